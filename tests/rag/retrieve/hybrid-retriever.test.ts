import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { createHybridRetriever } from "../../../rag/retrieve/hybrid-retriever.ts";
import type { Chunk, VectorStore } from "../../../rag/types.ts";
import { EmbeddedVectorStore } from "../../../rag/vector/embedded-vector-store.ts";
import { FakeRetriever } from "../../doubles/fake-retriever.ts";
import { HashingEmbedder } from "../../doubles/hashing-embedder.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { memoryLogger } from "../../doubles/memory-logger.ts";

const a = makeChunk({ docId: "a", text: "重要鉱物の輸出規制について" });
const b = makeChunk({ docId: "b", text: "基幹インフラ制度の事前審査" });
const c = makeChunk({ docId: "c", text: "半導体サプライチェーンの強靱化", kind: "faq" });
const d = makeChunk({ docId: "d", text: "経済安全保障推進法の特定重要物資" });
const old = makeChunk({ docId: "old", text: "特定重要物資の旧版", superseded: true });
const all = [a, b, c, d, old];
const chunksById = new Map(all.map((chunk) => [chunk.chunkId, chunk]));

/** A vector store whose ranking is fixed: it proves fusion without depending on embedding geometry. */
function fixedDense(ranking: Chunk[]): VectorStore {
  return {
    search: async () => ({ hits: ranking.map((chunk, rank) => ({ chunkId: chunk.chunkId, score: 1 - rank / 10 })) }),
    upsert: async () => {},
    deleteDocuments: async () => {},
    count: async () => ranking.length,
  };
}

function hybrid(options: { lexical: Chunk[]; dense: Chunk[]; weights?: { lexical: number; dense: number } }) {
  const embedder = new HashingEmbedder();
  const lexical = new FakeRetriever(options.lexical);
  const { logger, entries } = memoryLogger();
  const retriever = createHybridRetriever({
    lexical,
    embedder,
    vectorStore: fixedDense(options.dense),
    chunksById,
    logger,
    ...(options.weights ? { weights: options.weights } : {}),
  });
  return { retriever, lexical, embedder, entries };
}

const ids = (passages: { chunk: Chunk }[]) => passages.map((passage) => passage.chunk.docId);

describe("createHybridRetriever", () => {
  it("fuses rankings by reciprocal rank (k=60): agreement wins, then lexical rank breaks ties", async () => {
    const { retriever } = hybrid({ lexical: [a, b, c], dense: [c, d] });
    const { passages } = await retriever.retrieve({ query: "q", limit: 4 });
    expect(ids(passages)).toEqual(["c", "a", "b", "d"]);
    expect(passages[0]?.score).toBeCloseTo(1 / 63 + 1 / 61, 10);
  });

  it("follows the weights: a zero dense weight gives the lexical order", async () => {
    const { retriever } = hybrid({ lexical: [a, b, c], dense: [d, c], weights: { lexical: 1, dense: 0 } });
    expect(ids((await retriever.retrieve({ query: "q", limit: 3 })).passages)).toEqual(["a", "b", "c"]);
  });

  it("asks each side for more candidates than the limit and passes the filter to both", async () => {
    const { retriever, lexical, embedder } = hybrid({ lexical: [a], dense: [] });
    await retriever.retrieve({ query: "輸出", limit: 3, filter: { kinds: ["faq"] } });
    expect(lexical.calls[0]).toEqual({ query: "輸出", limit: 12, filter: { kinds: ["faq"] } });
    expect(embedder.calls).toEqual([["輸出"]]);
  });

  it("keeps dense hits the passage gate refuses (an FAQ for another question) out of the fusion", async () => {
    const retriever = createHybridRetriever({
      lexical: new FakeRetriever([a]),
      embedder: new HashingEmbedder(),
      vectorStore: fixedDense([c, d]),
      chunksById,
      passageGate: (query) => (chunk) => chunk.kind !== "faq" || query.includes("強靱化"),
    });
    expect(ids((await retriever.retrieve({ query: "来年の改正予定", limit: 4 })).passages)).toEqual(["a", "d"]);
    expect(ids((await retriever.retrieve({ query: "強靱化の支援", limit: 4 })).passages)).toContain("c");
  });

  it("drops superseded chunks from the dense side unless asked for them", async () => {
    const { retriever } = hybrid({ lexical: [], dense: [old, d] });
    expect(ids((await retriever.retrieve({ query: "q", limit: 5 })).passages)).toEqual(["d"]);
    expect(
      ids((await retriever.retrieve({ query: "q", limit: 5, filter: { includeSuperseded: true } })).passages),
    ).toEqual(["old", "d"]);
  });

  it("answers from lexical retrieval alone when the embedder fails, and logs the code", async () => {
    const { retriever, embedder, entries } = hybrid({ lexical: [a, b], dense: [d] });
    embedder.failWith = new TaiwaError("embedder_unavailable", "down");
    expect(ids((await retriever.retrieve({ query: "q", limit: 5 })).passages)).toEqual(["a", "b"]);
    expect(entries().some((entry) => entry.code === "embedder_unavailable")).toBe(true);
  });

  it("finds a passage by meaning that the lexical side missed (hashing embedder, embedded store)", async () => {
    const embedder = new HashingEmbedder();
    const store = new EmbeddedVectorStore({ dimensions: 256, modelId: embedder.modelId });
    const { vectors } = await embedder.embed({ texts: all.map((chunk) => chunk.text) });
    await store.upsert({ chunks: all, vectors });
    const retriever = createHybridRetriever({
      lexical: new FakeRetriever([b]),
      embedder,
      vectorStore: store,
      chunksById,
    });
    const { passages } = await retriever.retrieve({ query: "半導体のサプライチェーン", limit: 2 });
    expect(ids(passages)).toContain("c");
  });
});

describe("createHybridRetriever deadline", () => {
  it("answers from lexical results when the embedder never answers", async () => {
    const hangingEmbedder = {
      dimensions: 4,
      modelId: "hanging",
      embed: () => new Promise<{ vectors: number[][] }>(() => {}),
    };
    const { logger, entries } = memoryLogger();
    const retriever = createHybridRetriever({
      lexical: new FakeRetriever([a, b]),
      embedder: hangingEmbedder,
      vectorStore: fixedDense([d]),
      chunksById,
      denseTimeoutMs: 50,
      logger,
    });
    const { passages } = await retriever.retrieve({ query: "q", limit: 5 });
    expect(ids(passages)).toEqual(["a", "b"]);
    expect(entries().some((entry) => entry.code === "model_timeout")).toBe(true);
  });
});
