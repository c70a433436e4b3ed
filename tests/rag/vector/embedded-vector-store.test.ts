import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedVectorStore } from "../../../rag/vector/embedded-vector-store.ts";
import { hashingVector } from "../../doubles/hashing-embedder.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { CONTRACT_DIMENSIONS, runVectorStoreContract } from "./vector-store.contract.ts";

runVectorStoreContract("embedded", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "taiwa-vectors-"));
  const create = () => new EmbeddedVectorStore({ dataDir, dimensions: CONTRACT_DIMENSIONS, modelId: "contract" });
  return {
    store: create(),
    reopen: async () => create(),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
});

describe("EmbeddedVectorStore files", () => {
  it("discards vectors made by another embedding model instead of mixing them", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "taiwa-vectors-"));
    const first = new EmbeddedVectorStore({ dataDir, dimensions: 4, modelId: "model-a" });
    await first.upsert({ chunks: [makeChunk({ docId: "d", text: "x" })], vectors: [[1, 0, 0, 0]] });
    const second = new EmbeddedVectorStore({ dataDir, dimensions: 4, modelId: "model-b" });
    await second.open();
    expect(await second.count()).toBe(0);
  });

  it("starts empty (to be rebuilt) when the files are damaged", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "taiwa-vectors-"));
    const store = new EmbeddedVectorStore({ dataDir, dimensions: 4, modelId: "m" });
    await store.upsert({ chunks: [makeChunk({ docId: "d", text: "x" })], vectors: [[1, 0, 0, 0]] });
    writeFileSync(join(dataDir, "vectors", "vectors.f32"), Buffer.from([1, 2, 3]));
    const reopened = new EmbeddedVectorStore({ dataDir, dimensions: 4, modelId: "m" });
    await reopened.open();
    expect(await reopened.count()).toBe(0);
  });

  it("grows past its initial capacity and keeps rows intact", async () => {
    const store = new EmbeddedVectorStore({ dimensions: 64, modelId: "m" });
    const chunks = Array.from({ length: 3000 }, (_, index) =>
      makeChunk({ docId: `d${index % 7}`, ordinal: index, text: `chunk number ${index}` }),
    );
    const vectors = chunks.map((chunk) => hashingVector(chunk.text, 64));
    await store.upsert({ chunks, vectors });
    await store.deleteDocuments({ docIds: ["d0"] });
    const { hits } = await store.search({ vector: vectors[2999] ?? [], limit: 1 });
    expect(hits[0]?.chunkId).toBe("d3#2999");
    expect(hits[0]?.score).toBeCloseTo(1, 5);
    expect(await store.count()).toBe(3000 - Math.ceil(3000 / 7));
  });
});
