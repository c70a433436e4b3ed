import { ExtractiveAnswerer } from "../../rag/answer/extractive-answerer.ts";
import { LexicalSearchIndex } from "../../rag/retrieve/lexical-search-index.ts";
import type { Chunk } from "../../rag/types.ts";
import { searchDeps } from "./search-deps.ts";

/** The extractive answerer over the given (invented) chunks, indexed as the product indexes a corpus. */
export async function answererFor(chunks: Chunk[]): Promise<ExtractiveAnswerer> {
  const deps = await searchDeps();
  const index = LexicalSearchIndex.build(chunks, deps);
  return new ExtractiveAnswerer({ corpus: { index, tokenizer: deps.tokenizer } });
}

/** The chunk after a chunk in its document, among the given ones. */
export function nextChunkIn(chunks: readonly Chunk[]): (chunk: Chunk) => Chunk | undefined {
  const byId = new Map(chunks.map((chunk) => [chunk.chunkId, chunk]));
  return (chunk) => byId.get(`${chunk.docId}#${chunk.ordinal + 1}`);
}
