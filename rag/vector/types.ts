import type { VectorStore } from "../types.ts";

/** One stored vector, as the index keeps it: enough to tell which chunks are stale after a re-ingest. */
export interface StoredVectorEntry {
  chunkId: string;
  docId: string;
}

/**
 * A VectorStore that can be opened, listed and pruned: what syncing the store with the chunk index needs.
 * Both adapters (embedded, Qdrant) implement it; retrieval only needs VectorStore.
 */
export interface IndexedVectorStore extends VectorStore {
  /** Opens the store: loads the files, or creates/validates the Qdrant collection. Idempotent. */
  open(): Promise<void>;
  /** Every stored vector's chunk and document. */
  listEntries(): Promise<StoredVectorEntry[]>;
  /** Removes vectors of chunks that no longer exist (a document re-ingested with new content). */
  deleteChunks(request: { chunkIds: string[] }): Promise<void>;
  /** Persists pending writes (embedded store with persist "manual"); a no-op for Qdrant, which writes with wait=true. */
  flush(): Promise<void>;
  /** Persists pending writes (embedded store) and releases resources. */
  close(): Promise<void>;
}
