import { describe, expect, it } from "vitest";
import { EmbeddedVectorStore } from "../../../rag/vector/embedded-vector-store.ts";
import { syncVectors } from "../../../rag/vector/sync-vectors.ts";
import { HashingEmbedder } from "../../doubles/hashing-embedder.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

describe("syncVectors", () => {
  it("embeds only missing chunks, drops removed documents and changed chunks", async () => {
    const embedder = new HashingEmbedder({ dimensions: 32 });
    const store = new EmbeddedVectorStore({ dimensions: 32, modelId: embedder.modelId });
    const first = [
      makeChunk({ docId: "a", ordinal: 0, text: "one" }),
      makeChunk({ docId: "a", ordinal: 1, text: "two" }),
      makeChunk({ docId: "b", text: "three" }),
    ];
    expect(await syncVectors({ chunks: first, embedder, vectorStore: store, batchSize: 2 })).toEqual({
      embedded: 3,
      deletedDocuments: 0,
      deletedChunks: 0,
      total: 3,
    });
    expect(embedder.calls.map((texts) => texts.length)).toEqual([2, 1]);
    expect(embedder.calls[0]?.[0]).toBe("資料 a\n第1章\none");

    const changed = makeChunk({ docId: "a", ordinal: 2, text: "two, revised" });
    const second = [first[0], changed].filter((chunk) => chunk !== undefined);
    expect(await syncVectors({ chunks: second, embedder, vectorStore: store })).toEqual({
      embedded: 1,
      deletedDocuments: 1,
      deletedChunks: 1,
      total: 2,
    });
    expect((await store.listEntries()).map((entry) => entry.chunkId).sort()).toEqual(["a#0", "a#2"]);
    expect(await syncVectors({ chunks: second, embedder, vectorStore: store })).toMatchObject({ embedded: 0 });
  });
});
