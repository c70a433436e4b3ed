import type { Chunk, DocumentKind } from "../../rag/types.ts";

/** A chunk with just enough metadata for retrieval and answer tests; text is invented, never corpus text. */
export function makeChunk(options: {
  docId: string;
  ordinal?: number;
  text: string;
  kind?: DocumentKind;
  superseded?: boolean;
  title?: string;
  /** Headings over the chunk, outermost first. */
  sectionPath?: string[];
  /** ISO date of the document (YYYY-MM). */
  date?: string;
  issuer?: string;
}): Chunk {
  const ordinal = options.ordinal ?? 0;
  return {
    docId: options.docId,
    title: options.title ?? `資料 ${options.docId}`,
    kind: options.kind ?? "guidance",
    chunkId: `${options.docId}#${ordinal}`,
    ordinal,
    text: options.text,
    sectionPath: options.sectionPath ?? ["第1章"],
    ...(options.superseded ? { superseded: true } : {}),
    ...(options.date ? { date: options.date } : {}),
    ...(options.issuer ? { issuer: options.issuer } : {}),
  };
}
