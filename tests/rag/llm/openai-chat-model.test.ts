import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OpenAiChatModel } from "../../../rag/llm/openai-chat-model.ts";
import { createOpenAiClient } from "../../../rag/llm/openai-client.ts";
import { OpenAiStandIn } from "../../doubles/openai-stand-in.ts";
import { taiwaFailure } from "../../doubles/taiwa-failure.ts";

const fastRetry = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1_000 };
let standIn: OpenAiStandIn;

beforeAll(async () => {
  standIn = await new OpenAiStandIn().start();
});
afterAll(() => standIn.stop());
beforeEach(() => {
  standIn.requests.length = 0;
  standIn.clearScripts();
});

function model(options: { timeoutMs?: number; maxRetries?: number } = {}): OpenAiChatModel {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return new OpenAiChatModel({
    client: createOpenAiClient({ apiKey: "sk-test", baseUrl: standIn.url, timeoutMs }),
    model: "gpt-4o-mini",
    timeoutMs,
    retry: { ...fastRetry, maxRetries: options.maxRetries ?? fastRetry.maxRetries },
  });
}

describe("OpenAiChatModel against the OpenAI stand-in", () => {
  it("sends a spec-valid JSON-mode request and returns the content", async () => {
    standIn.scriptChat({ kind: "reply", content: '{"resolved":false,"answer":"x","citations":[]}' });
    const { text } = await model().complete({ system: "sys", user: "質問" });
    expect(text).toBe('{"resolved":false,"answer":"x","citations":[]}');
    const [request] = standIn.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe("Bearer sk-test");
    expect(request?.body).toMatchObject({
      model: "gpt-4o-mini",
      temperature: 0,
      response_format: { type: "json_object" },
    });
    expect(request?.body.messages).toEqual([
      { role: "system", content: "sys" },
      { role: "user", content: "質問" },
    ]);
  });

  it("streams tokens through onToken and returns the whole text", async () => {
    const content = '{"resolved":true,"answer":"輸出規制の対象です[1]。","citations":[1]}';
    standIn.scriptChat({ kind: "reply", content });
    const tokens: string[] = [];
    const { text } = await model().complete({ system: "s", user: "u", onToken: (token) => tokens.push(token) });
    expect(text).toBe(content);
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.join("")).toBe(content);
    expect(standIn.requests[0]?.body.stream).toBe(true);
  });

  it("retries a 429 after the server's retry-after and then succeeds", async () => {
    standIn.scriptChat(
      { kind: "status", status: 429, headers: { "retry-after": "0.05" } },
      { kind: "reply", content: "ok" },
    );
    expect((await model().complete({ system: "s", user: "u" })).text).toBe("ok");
    expect(standIn.requests).toHaveLength(2);
  });

  it("gives up at once when retry-after asks for longer than a user can wait", async () => {
    standIn.scriptChat({ kind: "status", status: 429, headers: { "retry-after": "60" } });
    const error = await taiwaFailure(model().complete({ system: "s", user: "u" }));
    expect(error.code).toBe("model_rate_limited");
    expect(standIn.requests).toHaveLength(1);
  });

  it("retries 500s with back-off, and reports model_unavailable when retries run out", async () => {
    standIn.scriptChat(
      { kind: "status", status: 500 },
      { kind: "status", status: 502 },
      { kind: "reply", content: "ok" },
    );
    expect((await model().complete({ system: "s", user: "u" })).text).toBe("ok");
    expect(standIn.requests).toHaveLength(3);
    standIn.scriptChat({ kind: "status", status: 500 });
    const error = await taiwaFailure(model({ maxRetries: 0 }).complete({ system: "s", user: "u" }));
    expect(error.code).toBe("model_unavailable");
    expect(error.isRetryable).toBe(true);
  });

  it("does not retry a 401 and names the variable to fix", async () => {
    standIn.scriptChat({ kind: "status", status: 401, message: "Incorrect API key provided" });
    const error = await taiwaFailure(model().complete({ system: "s", user: "u" }));
    expect(error.code).toBe("model_unavailable");
    expect(error.message).toContain("OPENAI_API_KEY");
    expect(standIn.requests).toHaveLength(1);
  });

  it("times out a slow server with model_timeout", async () => {
    standIn.scriptChat({ kind: "slow", delayMs: 1_500, content: "late" });
    const error = await taiwaFailure(model({ timeoutMs: 150, maxRetries: 0 }).complete({ system: "s", user: "u" }));
    expect(error.code).toBe("model_timeout");
  });

  it("rejects a truncated stream without retrying tokens already shown", async () => {
    standIn.scriptChat({
      kind: "truncated",
      content: '{"resolved":true,"answer":"途中で切れる回答です。","citations":[1]}',
    });
    const tokens: string[] = [];
    const error = await taiwaFailure(
      model().complete({ system: "s", user: "u", onToken: (token) => tokens.push(token) }),
    );
    expect(["model_bad_output", "model_unavailable"]).toContain(error.code);
    expect(tokens.length).toBeGreaterThan(0);
    expect(standIn.requests).toHaveLength(1);
  });

  it("talks to Azure OpenAI deployments with api-version and api-key when OPENAI_API_VERSION is set", async () => {
    const base = standIn.url.replace(/\/v1$/, "/");
    const client = createOpenAiClient({
      apiKey: "azure-key",
      baseUrl: base,
      apiVersion: "2024-10-21",
      timeoutMs: 5_000,
    });
    const azure = new OpenAiChatModel({ client, model: "my-gpt-deployment", timeoutMs: 5_000, retry: fastRetry });
    standIn.scriptChat({ kind: "reply", content: "ok" });
    await azure.complete({ system: "s", user: "u" });
    const [request] = standIn.requests;
    expect(request?.path).toBe("/openai/deployments/my-gpt-deployment/chat/completions");
    expect(request?.query.get("api-version")).toBe("2024-10-21");
    expect(request?.headers["api-key"]).toBe("azure-key");
  });
});

describe("the OpenAI stand-in", () => {
  it("rejects requests that break the official schema with OpenAI's 400 error shape", async () => {
    const response = await fetch(`${standIn.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: { name: "gpt" }, messages: [] }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toContain("body.messages");
    const embeddings = await fetch(`${standIn.url}/embeddings`, {
      method: "POST",
      body: JSON.stringify({ input: "x" }),
    });
    expect(embeddings.status).toBe(400);
  });
});
