import type { Logger } from "../../app/logger.ts";
import type { Chunk, Embedder } from "../types.ts";
import type { IndexedVectorStore } from "./types.ts";

export interface SyncVectorsResult {
  embedded: number;
  deletedDocuments: number;
  deletedChunks: number;
  total: number;
}

/**
 * Makes the vector store hold exactly the given chunks: embeds the ones it lacks, removes documents that are
 * gone and chunks whose content changed. Chunk ids carry a content hash, so an unchanged chunk is never re-embedded.
 */
export async function syncVectors(options: {
  chunks: Iterable<Chunk>;
  embedder: Embedder;
  vectorStore: IndexedVectorStore;
  /** Chunks embedded and upserted per step: bounds memory and lets progress show in the log. */
  batchSize?: number;
  logger?: Logger;
  signal?: AbortSignal;
}): Promise<SyncVectorsResult> {
  const { embedder, vectorStore, logger } = options;
  const wanted = new Map<string, Chunk>();
  for (const chunk of options.chunks) wanted.set(chunk.chunkId, chunk);
  const wantedDocIds = new Set([...wanted.values()].map((chunk) => chunk.docId));
  const stored = await vectorStore.listEntries();
  const storedIds = new Set(stored.map((entry) => entry.chunkId));

  const goneDocIds = [...new Set(stored.filter((entry) => !wantedDocIds.has(entry.docId)).map((entry) => entry.docId))];
  const staleChunkIds = stored
    .filter((entry) => wantedDocIds.has(entry.docId) && !wanted.has(entry.chunkId))
    .map((entry) => entry.chunkId);
  await vectorStore.deleteDocuments({ docIds: goneDocIds });
  await vectorStore.deleteChunks({ chunkIds: staleChunkIds });

  const missing = [...wanted.values()].filter((chunk) => !storedIds.has(chunk.chunkId));
  const batchSize = options.batchSize ?? 64;
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize);
    const { vectors } = await embedder.embed({
      texts: batch.map(embeddingText),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    await vectorStore.upsert({ chunks: batch, vectors });
    logger?.debug({ embedded: start + batch.length, of: missing.length }, "embedding chunks");
  }
  await vectorStore.flush();
  const result = {
    embedded: missing.length,
    deletedDocuments: goneDocIds.length,
    deletedChunks: staleChunkIds.length,
    total: wanted.size,
  };
  logger?.info({ ...result, model: embedder.modelId }, "vector store in sync with the index");
  return result;
}

/** Title and heading path give a short chunk the context a reader would have. */
export function embeddingText(chunk: Chunk): string {
  return [chunk.title, ...chunk.sectionPath, chunk.text].filter((part) => part.trim() !== "").join("\n");
}
