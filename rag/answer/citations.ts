import type { Chunk, Citation, Passage } from "../types.ts";

/** Kinds of documents retrieved, most frequent first: the question log's topic. */
export function topicsOf(passages: Passage[]): string[] {
  const counts = new Map<string, number>();
  for (const { chunk } of passages.slice(0, 5)) counts.set(chunk.kind, (counts.get(chunk.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
}

export function toCitation(passage: Passage | { chunk: Chunk }, n: number): Citation {
  const { chunk } = passage;
  return {
    n,
    docId: chunk.docId,
    chunkId: chunk.chunkId,
    title: chunk.title,
    issuer: chunk.issuer,
    date: chunk.date,
    kind: chunk.kind,
    version: chunk.version,
    url: chunk.url,
    sectionPath: chunk.sectionPath,
    page: chunk.page,
    text: chunk.text,
  };
}
