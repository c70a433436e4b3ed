import type { Chunk, DocumentMeta } from "../types.ts";

/** Text of one page (paged sources) or of the whole document (flowing text). */
export interface LoadedPage {
  /** 1-based page number; undefined for flowing text. */
  page?: number;
  text: string;
}

/** The result of loading one file: raw text, before normalisation. */
export type LoadResult =
  | { ok: true; pages: LoadedPage[] }
  | {
      ok: false;
      /** Why the file was skipped, one line, shown in the ingest summary. */
      reason: string;
    };

/** Reads one kind of file into text. Never throws for a bad file: it returns `{ ok: false, reason }`. */
export interface DocumentLoader {
  /** Lower-case extensions with the dot, e.g. [".pdf"]. */
  readonly extensions: readonly string[];
  load(request: { path: string; bytes: Uint8Array }): Promise<LoadResult>;
}

/** Size limits of the chunker, in characters (after normalisation). */
export interface ChunkingOptions {
  /** Hard cap on a chunk's text length. */
  maxChars: number;
  /** Characters repeated from the end of a chunk at the start of the next one in the same section. */
  overlapChars: number;
  /** Small neighbouring sections are merged until a chunk reaches this length. */
  minChars: number;
}

/** What the store remembers about one ingested file. */
export interface DocumentRecord {
  docId: string;
  /** Absolute path of the source file. */
  path: string;
  /** sha256 of the file bytes, its metadata and the chunker version: any change re-chunks the file. */
  fingerprint: string;
  meta: DocumentMeta;
  chunkCount: number;
  /** ISO timestamp of the last (re-)ingestion. */
  ingestedAt: string;
}

/**
 * Persists chunks per document plus a registry of what was ingested from where.
 * Chunks are written first and the registry last, so an interrupted run leaves the previous registry in force.
 */
export interface ChunkStore {
  /** Every ingested document. */
  readRecords(): Promise<DocumentRecord[]>;
  /** Replaces the whole registry. */
  writeRecords(request: { records: DocumentRecord[] }): Promise<void>;
  /** Replaces one document's chunks. */
  writeChunks(request: { docId: string; chunks: Chunk[] }): Promise<void>;
  /** Removes one document's chunks. */
  deleteChunks(request: { docId: string }): Promise<void>;
  /** Every chunk of every registered document; chunks of a document superseded by an ingested newer one carry `superseded: true`. */
  readAllChunks(): Promise<Chunk[]>;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface IngestSummary {
  /** Files ingested or found unchanged. */
  files: number;
  /** Chunks in the store after this run. */
  chunks: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: SkippedFile[];
  durationMs: number;
}

export interface IngestProgress {
  /** Files handled so far, out of `total`. */
  done: number;
  total: number;
  path: string;
  outcome: "added" | "updated" | "unchanged" | "skipped";
}
