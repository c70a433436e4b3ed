import { isTaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import type { Chunk, Embedder, Passage, RetrievalFilter, Retriever, VectorStore } from "../types.ts";

export interface HybridRetrieverOptions {
  /** The lexical (BM25) retriever: always consulted, and the whole answer when the dense side fails. */
  lexical: Retriever;
  embedder: Embedder;
  vectorStore: VectorStore;
  /** Resolves the vector store's chunk ids to chunks; a function is read per query (see liveChunkMap). */
  chunksById: ReadonlyMap<string, Chunk> | (() => ReadonlyMap<string, Chunk>);
  /** Reciprocal rank fusion constant; 60 is the value from Cormack et al. (2009). */
  k?: number;
  weights?: { lexical: number; dense: number };
  /**
   * Longest wait for the dense side before answering from lexical results alone: a slow embedding
   * endpoint must not hold every answer for its whole timeout and retries.
   */
  denseTimeoutMs?: number;
  /** Candidates taken from each side, as a multiple of the requested limit. */
  candidateFactor?: number;
  /**
   * Which dense hits a question may use (the lexical side applies the same rule itself): an FAQ entry only for the
   * question it answers (LexicalSearchIndex.faqGate).
   */
  passageGate?: (query: string) => (chunk: Chunk) => boolean;
  logger?: Logger;
}

/**
 * Retriever fusing lexical and dense rankings by weighted reciprocal rank fusion: score = Σ w / (k + rank).
 * Ranks, not raw scores, are fused because BM25 and cosine scores live on unrelated scales.
 * If embedding or the vector store fails, the lexical ranking is returned alone and the incident logged,
 * so a dead embedding endpoint costs recall, never the answer.
 */
export function createHybridRetriever(options: HybridRetrieverOptions): Retriever {
  const k = options.k ?? 60;
  const weights = options.weights ?? { lexical: 1, dense: 1 };
  const candidateFactor = options.candidateFactor ?? 4;
  return {
    async retrieve(request) {
      const candidates = Math.max(request.limit * candidateFactor, request.limit);
      const [lexical, dense] = await Promise.all([
        options.lexical.retrieve({ ...request, limit: candidates }),
        withDeadline(denseSearch(options, request.query, request.filter, candidates, request.signal), options),
      ]);
      const fused = new Map<string, { chunk: Chunk; score: number; firstRank: number }>();
      const add = (passages: Passage[], weight: number, offset: number): void => {
        passages.forEach((passage, rank) => {
          const entry = fused.get(passage.chunk.chunkId) ?? {
            chunk: passage.chunk,
            score: 0,
            firstRank: offset + rank,
          };
          entry.score += weight / (k + rank + 1);
          fused.set(passage.chunk.chunkId, entry);
        });
      };
      add(lexical.passages, weights.lexical, 0);
      const gate = options.passageGate?.(request.query);
      add(gate ? dense.filter((passage) => gate(passage.chunk)) : dense, weights.dense, candidates);
      const passages = [...fused.values()]
        .sort((left, right) => right.score - left.score || left.firstRank - right.firstRank)
        .slice(0, request.limit)
        .map(({ chunk, score }) => ({ chunk, score }));
      return { passages };
    },
  };
}

async function denseSearch(
  options: HybridRetrieverOptions,
  query: string,
  filter: RetrievalFilter | undefined,
  limit: number,
  signal: AbortSignal | undefined,
): Promise<Passage[]> {
  try {
    const { vectors } = await options.embedder.embed({ texts: [query], ...(signal ? { signal } : {}) });
    const vector = vectors[0];
    if (!vector) return [];
    const { hits } = await options.vectorStore.search({ vector, limit, ...(filter ? { filter } : {}) });
    const chunksById = typeof options.chunksById === "function" ? options.chunksById() : options.chunksById;
    return hits.flatMap((hit) => {
      const chunk = chunksById.get(hit.chunkId);
      // The vector store cannot see supersession (it changes without re-embedding), so it is applied here.
      if (!chunk || (chunk.superseded && !filter?.includeSuperseded)) return [];
      return [{ chunk, score: hit.score }];
    });
  } catch (error) {
    const code = isTaiwaError(error) ? error.code : "internal";
    options.logger?.warn({ code, err: error }, "dense retrieval failed; answering from lexical retrieval alone");
    return [];
  }
}

async function withDeadline(dense: Promise<Passage[]>, options: HybridRetrieverOptions): Promise<Passage[]> {
  const timeoutMs = options.denseTimeoutMs ?? 5_000;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Passage[]>((resolve) => {
    timer = setTimeout(() => {
      options.logger?.warn(
        { code: "model_timeout", timeoutMs },
        "dense retrieval too slow; answering from lexical retrieval alone",
      );
      resolve([]);
    }, timeoutMs);
  });
  try {
    return await Promise.race([dense, late]);
  } finally {
    clearTimeout(timer);
  }
}
