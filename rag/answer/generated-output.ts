import { z } from "zod";

/** The JSON the system prompt asks for; extra keys are ignored, missing or mistyped ones reject the answer. */
const outputSchema = z.object({
  resolved: z.boolean(),
  answer: z.string().trim().min(1),
  citations: z.array(z.number().int()).default([]),
});

export type OutputProblem = "not-json" | "wrong-shape" | "unknown-source" | "no-citation";

export type ParsedOutput =
  | { ok: true; resolved: boolean; answer: string; cited: number[] }
  | { ok: false; problem: OutputProblem; detail: string };

/**
 * Parses and checks the model's answer against the `sourceCount` sources it was given: every [n] in the text
 * and in `citations` must name a given source, and a resolved answer must cite at least one.
 */
export function parseGeneratedOutput(text: string, sourceCount: number): ParsedOutput {
  let json: unknown;
  try {
    json = JSON.parse(stripCodeFence(text));
  } catch {
    return { ok: false, problem: "not-json", detail: `not JSON (${text.length} characters)` };
  }
  const parsed = outputSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problem: "wrong-shape",
      detail: parsed.error.issues.map((issue) => issue.path.join(".")).join(", "),
    };
  const { resolved, answer, citations } = parsed.data;
  const markers = [...answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  const cited = [...new Set([...markers, ...citations])].sort((left, right) => left - right);
  const unknown = cited.filter((n) => n < 1 || n > sourceCount);
  if (unknown.length > 0)
    return {
      ok: false,
      problem: "unknown-source",
      detail: `cites [${unknown.join("], [")}] with ${sourceCount} sources`,
    };
  if (resolved && markers.length === 0)
    return { ok: false, problem: "no-citation", detail: "a resolved answer without any [n] marker" };
  return {
    ok: true,
    resolved,
    answer,
    cited: markers.length > 0 ? [...new Set(markers)].sort((left, right) => left - right) : cited,
  };
}

/** Some models wrap JSON in ```json fences even when told not to. */
function stripCodeFence(text: string): string {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(trimmed);
  return fenced?.[1] ?? trimmed;
}

/**
 * The `answer` string decoded from an incomplete JSON object, for streaming: `{"resolved":true,"answer":"…`
 * gives the text so far. Undefined until the answer key has started.
 */
export function partialAnswer(buffer: string): string | undefined {
  const start = /"answer"\s*:\s*"/.exec(buffer);
  if (!start) return undefined;
  let text = "";
  for (let index = start.index + start[0].length; index < buffer.length; index += 1) {
    const character = buffer[index];
    if (character === '"') break;
    if (character !== "\\") {
      text += character;
      continue;
    }
    const escaped = buffer[index + 1];
    if (escaped === undefined) break;
    if (escaped === "u") {
      const hex = buffer.slice(index + 2, index + 6);
      if (!/^[0-9a-f]{4}$/i.test(hex)) break;
      text += String.fromCharCode(Number.parseInt(hex, 16));
      index += 5;
      continue;
    }
    text += ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" } as Record<string, string>)[escaped] ?? escaped;
    index += 1;
  }
  return text;
}
