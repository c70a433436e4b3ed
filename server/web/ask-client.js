// Talks to the ask API: streams over Server-Sent Events when /api/ask/stream exists, falls back to
// POST /api/ask otherwise. Resolves { ok, answer, reference } or { ok: false, message, code }.

export async function askQuestion({ question, context, lang, onPartial }) {
  const body = JSON.stringify(context ? { question, context } : { question });
  const headers = { "content-type": "application/json", "accept-language": lang };
  let response;
  try {
    response = await fetch("/api/ask/stream", {
      method: "POST",
      headers: { ...headers, accept: "text/event-stream" },
      body,
    });
  } catch {
    response = undefined;
  }
  if (response?.ok && (response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    return readStream(response, onPartial);
  }
  if (response && response.status !== 404 && response.status !== 405) return failure(response);
  return askOnce({ body, headers });
}

async function askOnce({ body, headers }) {
  try {
    const response = await fetch("/api/ask", {
      method: "POST",
      headers: { ...headers, accept: "application/json" },
      body,
    });
    if (!response.ok) return failure(response);
    return {
      ok: true,
      answer: await response.json(),
      reference: response.headers.get("x-taiwa-reference") ?? undefined,
    };
  } catch {
    return { ok: false };
  }
}

async function failure(response) {
  try {
    const body = await response.json();
    return { ok: false, message: body?.error?.message, code: body?.error?.code };
  } catch {
    return { ok: false };
  }
}

/** Minimal SSE reader (EventSource cannot POST): events are separated by a blank line. */
async function readStream(response, onPartial) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n/g, "\n");
      let boundary = buffer.indexOf("\n\n");
      while (boundary !== -1) {
        const event = parseEvent(buffer.slice(0, boundary));
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf("\n\n");
        if (!event) continue;
        if (event.name === "partial") onPartial(event.data.text ?? "");
        else if (event.name === "answer") {
          const { reference, ...answer } = event.data;
          return { ok: true, answer, reference };
        } else if (event.name === "error") {
          return { ok: false, message: event.data?.error?.message, code: event.data?.error?.code };
        }
      }
    }
  } catch {
    // The connection dropped mid-answer; the caller offers a retry.
  }
  return { ok: false };
}

function parseEvent(block) {
  let name = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) name = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
  }
  if (data.length === 0) return undefined;
  try {
    return { name, data: JSON.parse(data.join("\n")) };
  } catch {
    return undefined;
  }
}
