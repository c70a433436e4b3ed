import type { Chunk } from "../types.ts";

/**
 * A chunkId → chunk map that follows a live chunk list: rebuilt only when the list itself is replaced
 * (a re-ingest swaps the index), so lookups stay O(1) without holding a stale copy.
 */
export function liveChunkMap(getChunks: () => readonly Chunk[]): () => ReadonlyMap<string, Chunk> {
  let source: readonly Chunk[] | undefined;
  let map: ReadonlyMap<string, Chunk> = new Map();
  return () => {
    const chunks = getChunks();
    if (chunks !== source) {
      source = chunks;
      map = new Map(chunks.map((chunk) => [chunk.chunkId, chunk]));
    }
    return map;
  };
}
