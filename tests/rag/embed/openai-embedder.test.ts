import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OpenAiEmbedder } from "../../../rag/embed/openai-embedder.ts";
import { createOpenAiClient } from "../../../rag/llm/openai-client.ts";
import { hashingVector } from "../../doubles/hashing-embedder.ts";
import { OpenAiStandIn } from "../../doubles/openai-stand-in.ts";
import { taiwaFailure } from "../../doubles/taiwa-failure.ts";

let standIn: OpenAiStandIn;
beforeAll(async () => {
  standIn = await new OpenAiStandIn().start();
});
afterAll(() => standIn.stop());
beforeEach(() => {
  standIn.requests.length = 0;
  standIn.clearScripts();
});

function embedder(
  options: { batchSize?: number; timeoutMs?: number; sendDimensions?: boolean; dimensions?: number } = {},
): OpenAiEmbedder {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return new OpenAiEmbedder({
    client: createOpenAiClient({ apiKey: "sk-test", baseUrl: standIn.url, timeoutMs }),
    model: "text-embedding-3-small",
    dimensions: options.dimensions ?? 256,
    sendDimensions: options.sendDimensions ?? true,
    batchSize: options.batchSize ?? 2,
    timeoutMs,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1_000 },
  });
}

describe("OpenAiEmbedder against the OpenAI stand-in", () => {
  it("embeds in batches, in input order, sending model, dimensions and float encoding", async () => {
    const texts = ["経済安全保障", "重要鉱物", "輸出管理", "基幹インフラ", "サプライチェーン"];
    const { vectors } = await embedder().embed({ texts });
    expect(vectors).toEqual(texts.map((text) => hashingVector(text, 256)));
    expect(standIn.requests.map((request) => request.body.input)).toEqual([
      texts.slice(0, 2),
      texts.slice(2, 4),
      texts.slice(4),
    ]);
    expect(standIn.requests[0]?.body).toMatchObject({
      model: "text-embedding-3-small",
      dimensions: 256,
      encoding_format: "float",
    });
  });

  it("replaces empty texts, which the API rejects, without shifting positions", async () => {
    const { vectors } = await embedder().embed({ texts: ["", "本文"] });
    expect(vectors).toHaveLength(2);
    expect(standIn.requests[0]?.body.input).toEqual([" ", "本文"]);
  });

  it("retries 429 and 5xx, then succeeds", async () => {
    standIn.scriptEmbeddings(
      { kind: "status", status: 429, headers: { "retry-after-ms": "20" } },
      { kind: "status", status: 503 },
    );
    const { vectors } = await embedder().embed({ texts: ["a"] });
    expect(vectors).toHaveLength(1);
    expect(standIn.requests).toHaveLength(3);
  });

  it("maps exhausted retries to embedder_unavailable and rate limits to model_rate_limited", async () => {
    standIn.scriptEmbeddings(
      { kind: "status", status: 500 },
      { kind: "status", status: 500 },
      { kind: "status", status: 500 },
    );
    expect((await taiwaFailure(embedder().embed({ texts: ["a"] }))).code).toBe("embedder_unavailable");
    standIn.scriptEmbeddings({ kind: "status", status: 429, headers: { "retry-after": "120" } });
    expect((await taiwaFailure(embedder().embed({ texts: ["a"] }))).code).toBe("model_rate_limited");
  });

  it("times out a slow endpoint with model_timeout", async () => {
    standIn.scriptEmbeddings({ kind: "slow", delayMs: 1_500, content: "" });
    const slow = new OpenAiEmbedder({
      client: createOpenAiClient({ apiKey: "sk-test", baseUrl: standIn.url, timeoutMs: 150 }),
      model: "text-embedding-3-small",
      dimensions: 256,
      timeoutMs: 150,
      retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 10 },
    });
    expect((await taiwaFailure(slow.embed({ texts: ["a"] }))).code).toBe("model_timeout");
  });

  it("rejects vectors of the wrong size with a fix naming OPENAI_EMBEDDING_DIMENSIONS", async () => {
    standIn.scriptEmbeddings({ kind: "garbage-embeddings" });
    const error = await taiwaFailure(embedder().embed({ texts: ["a"] }));
    expect(error.code).toBe("embedder_unavailable");
    expect(error.message).toContain("OPENAI_EMBEDDING_DIMENSIONS");
  });

  it("leaves `dimensions` out for models that do not take it", async () => {
    await embedder({ sendDimensions: false }).embed({ texts: ["a"] });
    expect(standIn.requests[0]?.body).not.toHaveProperty("dimensions");
  });
});
