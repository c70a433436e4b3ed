import { afterEach, describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import type { IndexedVectorStore } from "../../../rag/vector/types.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

/** Dimensions every contract store is created with. */
export const CONTRACT_DIMENSIONS = 4;

export interface ContractStore {
  store: IndexedVectorStore;
  /** A second store over the same persisted data (embedded files, the same Qdrant collection). */
  reopen(): Promise<IndexedVectorStore>;
  cleanup?(): Promise<void>;
}

const alpha = makeChunk({ docId: "doc-a", ordinal: 0, text: "alpha", kind: "guidance" });
const alphaTwo = makeChunk({ docId: "doc-a", ordinal: 1, text: "alpha two", kind: "guidance" });
const beta = makeChunk({ docId: "doc-b", ordinal: 0, text: "beta", kind: "faq" });
const gamma = makeChunk({ docId: "doc-c", ordinal: 0, text: "gamma", kind: "minutes" });
const chunks = [alpha, alphaTwo, beta, gamma];
const vectors = [
  [1, 0, 0, 0],
  [0.9, 0.1, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
];

/** The behaviour every IndexedVectorStore adapter must show; run once per adapter. */
export function runVectorStoreContract(name: string, create: () => Promise<ContractStore>): void {
  describe(`VectorStore contract: ${name}`, () => {
    let current: ContractStore | undefined;
    afterEach(async () => {
      await current?.cleanup?.();
      current = undefined;
    });
    async function filled(): Promise<IndexedVectorStore> {
      current = await create();
      await current.store.open();
      await current.store.upsert({ chunks, vectors });
      return current.store;
    }

    it("starts empty", async () => {
      current = await create();
      await current.store.open();
      expect(await current.store.count()).toBe(0);
      expect((await current.store.search({ vector: [1, 0, 0, 0], limit: 3 })).hits).toEqual([]);
    });

    it("finds the nearest chunks by cosine similarity, best first, within the limit", async () => {
      const store = await filled();
      const { hits } = await store.search({ vector: [2, 0, 0, 0], limit: 2 });
      expect(hits.map((hit) => hit.chunkId)).toEqual([alpha.chunkId, alphaTwo.chunkId]);
      expect(hits[0]?.score).toBeCloseTo(1, 5);
      expect(hits[1]?.score).toBeCloseTo(0.9 / Math.hypot(0.9, 0.1), 5);
    });

    it("is idempotent: upserting the same chunk again replaces its vector", async () => {
      const store = await filled();
      await store.upsert({ chunks: [gamma], vectors: [[0, 0, 0, 1]] });
      expect(await store.count()).toBe(4);
      const { hits } = await store.search({ vector: [0, 0, 0, 1], limit: 1 });
      expect(hits[0]?.chunkId).toBe(gamma.chunkId);
      expect(hits[0]?.score).toBeCloseTo(1, 5);
    });

    it("filters by document and by kind", async () => {
      const store = await filled();
      const byDoc = await store.search({ vector: [1, 0, 0, 0], limit: 10, filter: { docIds: ["doc-b", "doc-c"] } });
      expect(byDoc.hits.map((hit) => hit.chunkId).sort()).toEqual([beta.chunkId, gamma.chunkId]);
      const byKind = await store.search({ vector: [1, 0, 0, 0], limit: 10, filter: { kinds: ["faq"] } });
      expect(byKind.hits.map((hit) => hit.chunkId)).toEqual([beta.chunkId]);
    });

    it("deletes whole documents and single chunks, and lists what remains", async () => {
      const store = await filled();
      await store.deleteDocuments({ docIds: ["doc-a"] });
      expect(await store.count()).toBe(2);
      await store.deleteChunks({ chunkIds: [beta.chunkId] });
      expect(await store.listEntries()).toEqual([{ chunkId: gamma.chunkId, docId: "doc-c" }]);
      expect((await store.search({ vector: [1, 0, 0, 0], limit: 10 })).hits.map((hit) => hit.chunkId)).toEqual([
        gamma.chunkId,
      ]);
    });

    it("refuses vectors of the wrong size with a TaiwaError", async () => {
      const store = await filled();
      const error = await store.upsert({ chunks: [alpha], vectors: [[1, 0]] }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(TaiwaError);
    });

    it("keeps its data for the next process", async () => {
      const store = await filled();
      await store.flush();
      const reopened = await (current as ContractStore).reopen();
      await reopened.open();
      expect(await reopened.count()).toBe(4);
      const { hits } = await reopened.search({ vector: [0, 1, 0, 0], limit: 1 });
      expect(hits[0]?.chunkId).toBe(beta.chunkId);
    });
  });
}
