import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../app/config.ts";
import { TaiwaError } from "../../../app/errors.ts";
import { createLlmComponents } from "../../../rag/llm/create-llm-components.ts";
import { FakeExtractiveAnswerer } from "../../doubles/fake-extractive-answerer.ts";
import { FakeRetriever } from "../../doubles/fake-retriever.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { memoryLogger } from "../../doubles/memory-logger.ts";
import { OpenAiStandIn } from "../../doubles/openai-stand-in.ts";
import { QdrantStandIn } from "../../doubles/qdrant-stand-in.ts";

const chunks = [0, 1, 2].map((ordinal) => makeChunk({ docId: "plan", ordinal, text: `重点技術分野 ${ordinal}` }));
const chunksById = new Map(chunks.map((chunk) => [chunk.chunkId, chunk]));
let openAi: OpenAiStandIn;
let qdrant: QdrantStandIn;
beforeAll(async () => {
  openAi = await new OpenAiStandIn().start();
  qdrant = await new QdrantStandIn().start();
});
afterAll(async () => {
  await openAi.stop();
  await qdrant.stop();
});

function build(env: Record<string, string>) {
  const lexicalRetriever = new FakeRetriever(chunks);
  const extractiveAnswerer = new FakeExtractiveAnswerer();
  const dataDir = mkdtempSync(join(tmpdir(), "taiwa-llm-"));
  const components = createLlmComponents({
    config: loadConfig(env),
    logger: memoryLogger().logger,
    lexicalRetriever,
    extractiveAnswerer,
    chunksById,
    dataDir,
  });
  return { components, lexicalRetriever, extractiveAnswerer };
}

const embeddings = { OPENAI_EMBEDDING_MODEL: "text-embedding-3-small", OPENAI_EMBEDDING_DIMENSIONS: "256" };

describe("createLlmComponents", () => {
  it("returns undefined when nothing model-backed is configured, leaving the embedded setup untouched", () => {
    expect(build({}).components).toBeUndefined();
  });

  it("builds hybrid retrieval over the embedded store and generated answers, and syncs vectors idempotently", async () => {
    const { components, lexicalRetriever, extractiveAnswerer } = build({ OPENAI_BASE_URL: openAi.url, ...embeddings });
    expect(components?.retriever).not.toBe(lexicalRetriever);
    expect(components?.answerer).not.toBe(extractiveAnswerer);
    expect(await components?.ready()).toMatchObject({ embedded: 3, total: 3 });
    expect(await components?.ready()).toMatchObject({ embedded: 0, total: 3 });
    const result = await components?.answerer.answer({ question: "重点技術分野は？" });
    expect(result?.mode).toBe("generated");
    await components?.close();
  });

  it("keeps vectors in Qdrant when QDRANT_URL is set", async () => {
    const { components } = build({
      OPENAI_BASE_URL: openAi.url,
      ...embeddings,
      QDRANT_URL: qdrant.url,
      QDRANT_COLLECTION: "wired",
    });
    await components?.ready();
    expect(qdrant.collections.get("wired")?.points.size).toBe(3);
    expect(await components?.readiness[0]?.check()).toEqual({ ok: true, detail: "3 vectors" });
    const { passages } = (await components?.retriever.retrieve({ query: "重点技術分野 1", limit: 2 })) ?? {
      passages: [],
    };
    expect(passages.length).toBe(2);
  });

  it("keeps extractive answers with GENERATED_ANSWERS=false", () => {
    const { components, extractiveAnswerer } = build({
      OPENAI_API_KEY: "sk-x",
      OPENAI_BASE_URL: openAi.url,
      ...embeddings,
      GENERATED_ANSWERS: "false",
    });
    expect(components?.answerer).toBe(extractiveAnswerer);
  });

  it("uses the lexical retriever alone when no embedder is configured", () => {
    const { components, lexicalRetriever } = build({ OPENAI_API_KEY: "sk-x" });
    expect(components?.retriever).toBe(lexicalRetriever);
    expect(components?.embedder).toBeUndefined();
  });

  it("asks for OPENAI_EMBEDDING_DIMENSIONS when the model's size is unknown", () => {
    expect(() => build({ OPENAI_BASE_URL: openAi.url, OPENAI_EMBEDDING_MODEL: "nomic-embed-text" })).toThrow(
      /OPENAI_EMBEDDING_DIMENSIONS is missing/,
    );
  });

  it("survives an unreachable embedding endpoint at start (logged, lexical retrieval still answers)", async () => {
    const { components } = build({ OPENAI_BASE_URL: "http://127.0.0.1:9/v1", OPENAI_MAX_RETRIES: "0", ...embeddings });
    expect(await components?.ready()).toBeUndefined();
    const { passages } = (await components?.retriever.retrieve({ query: "重点", limit: 2 })) ?? { passages: [] };
    expect(passages).toHaveLength(2);
  });

  it("stops start-up on a Qdrant collection that does not match the embedder", async () => {
    const { components: first } = build({
      OPENAI_BASE_URL: openAi.url,
      ...embeddings,
      QDRANT_URL: qdrant.url,
      QDRANT_COLLECTION: "sized",
    });
    await first?.ready();
    const { components } = build({
      OPENAI_BASE_URL: openAi.url,
      OPENAI_EMBEDDING_MODEL: "text-embedding-3-small",
      QDRANT_URL: qdrant.url,
      QDRANT_COLLECTION: "sized",
    });
    await expect(components?.ready()).rejects.toBeInstanceOf(TaiwaError);
  });
});

describe("config cross-checks for model settings", () => {
  const problem = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return "";
    } catch (error) {
      return (error as Error).message;
    }
  };
  it("names the missing piece", () => {
    expect(problem({ QDRANT_URL: "http://127.0.0.1:6333" })).toContain("QDRANT_URL is set but nothing makes vectors");
    expect(problem({ OPENAI_EMBEDDING_MODEL: "m" })).toContain("OPENAI_API_KEY is missing");
    expect(problem({ OPENAI_API_KEY: "k", OPENAI_API_VERSION: "2024-10-21" })).toContain("OPENAI_BASE_URL is missing");
    expect(problem({ OPENAI_API_KEY: "k", OPENAI_EMBEDDING_MODEL: "m", EMBEDDING_MODEL_DIR: "/m" })).toContain(
      "both set",
    );
    expect(problem({ OPENAI_JSON_MODE: "maybe" })).toContain("OPENAI_JSON_MODE is invalid");
  });
  it("defaults OPENAI_JSON_MODE and GENERATED_ANSWERS to true", () => {
    expect(loadConfig({})).toMatchObject({ OPENAI_JSON_MODE: true, GENERATED_ANSWERS: true, OPENAI_MAX_RETRIES: 2 });
  });
});
