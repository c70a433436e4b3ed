import type { Chunk } from "../rag/types.ts";
import type { DocumentSummary } from "./types.ts";

/**
 * One summary per current document of the index, newest first: what the web chat says it covers.
 * FAQ entries are the ministry's answers, not documents, and a superseded version is only cited when named.
 */
export function documentSummaries(chunks: readonly Chunk[]): DocumentSummary[] {
  const byId = new Map<string, DocumentSummary>();
  for (const chunk of chunks) {
    if (chunk.kind === "faq" || chunk.superseded || byId.has(chunk.docId)) continue;
    const summary: DocumentSummary = { docId: chunk.docId, title: chunk.title, kind: chunk.kind };
    if (chunk.version) summary.version = chunk.version;
    if (chunk.date) summary.date = chunk.date;
    if (chunk.issuer) summary.issuer = chunk.issuer;
    if (chunk.url) summary.url = chunk.url;
    byId.set(chunk.docId, summary);
  }
  return [...byId.values()].sort(
    (a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title, "ja"),
  );
}
