/** The kinds of document taiwa knows; they drive topics in the question log and filters in retrieval. */
export const DOCUMENT_KINDS = ["action-plan", "guidance", "casebook", "minutes", "briefing", "faq", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the corpus manifest (or inference, without one) says about one source file. */
export interface DocumentMeta {
  /** Stable id: the manifest's, or the file name without its extension. */
  docId: string;
  title: string;
  issuer?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  kind: DocumentKind;
  url?: string;
  /** Free-form version label (e.g. "再改訂 2025-05-30"). */
  version?: string;
  /** docId of the document this one replaces; the replaced one is only cited when asked for by name. */
  supersedes?: string;
  /** Other names a user may call this document by (略称). */
  aliases?: string[];
}

/** A unit of retrieval: a piece of one document under one heading path. */
export interface Chunk extends DocumentMeta {
  /** Deterministic: docId + content hash + ordinal. */
  chunkId: string;
  /** Position within the document, from 0. */
  ordinal: number;
  text: string;
  /** Heading path from the outermost heading inward, e.g. ["第2章 …", "(1) …"]. */
  sectionPath: string[];
  /** 1-based page for paged sources (PDF, slides); undefined for flowing text. */
  page?: number;
  /** True when a newer version of the same document exists. */
  superseded?: boolean;
}

export interface RetrievalFilter {
  kinds?: DocumentKind[];
  docIds?: string[];
  /** Include superseded versions (set automatically when the question names an old version). */
  includeSuperseded?: boolean;
}

export interface Passage {
  chunk: Chunk;
  score: number;
}

/** Lexical (word) index: BM25 over Japanese tokens. */
export interface LexicalIndex {
  search(request: { query: string; filter?: RetrievalFilter; limit: number }): Passage[];
  readonly size: number;
}

/** Turns text into vectors. */
export interface Embedder {
  readonly dimensions: number;
  readonly modelId: string;
  embed(request: { texts: string[]; signal?: AbortSignal }): Promise<{ vectors: number[][] }>;
}

/** Stores chunk vectors and finds the nearest ones. */
export interface VectorStore {
  upsert(request: { chunks: Chunk[]; vectors: number[][] }): Promise<void>;
  deleteDocuments(request: { docIds: string[] }): Promise<void>;
  search(request: {
    vector: number[];
    filter?: RetrievalFilter;
    limit: number;
  }): Promise<{ hits: { chunkId: string; score: number }[] }>;
  count(): Promise<number>;
}

/** Finds the passages most likely to answer a question. */
export interface Retriever {
  retrieve(request: {
    query: string;
    filter?: RetrievalFilter;
    limit: number;
    signal?: AbortSignal;
  }): Promise<{ passages: Passage[] }>;
}

export type Language = "ja" | "en";

/** Why an answer was not presented as resolved. */
export type AbstainReason = "no-evidence" | "partial" | "legal-judgement" | "out-of-scope" | "prompt-injection";

/** What a question asks for (rag/answer/question-analysis.ts). */
export type AskedType =
  | "definition"
  | "list"
  | "date"
  | "count"
  | "amount"
  | "procedure"
  | "reason"
  | "yes-no"
  | "comparison";

/** A part of the question the documents do not answer (a partial answer names each one). */
export interface MissingPart {
  /** The part of the question, as asked. */
  part: string;
  askedType: AskedType;
}

export interface Citation {
  /** The [n] marker used in the answer text, from 1. */
  n: number;
  docId: string;
  chunkId: string;
  title: string;
  issuer?: string;
  date?: string;
  kind: DocumentKind;
  version?: string;
  url?: string;
  sectionPath: string[];
  page?: number;
  /** The cited passage. */
  text: string;
}

export interface RetrievedPassage {
  docId: string;
  chunkId: string;
  text: string;
  score: number;
}

/** The answer JSON every surface receives (`ask --json`, `POST /api/ask`). */
export interface AnswerResult {
  id: string;
  question: string;
  lang: Language;
  resolved: boolean;
  answer: string;
  citations: Citation[];
  /** Top passages in rank order (at most 10). */
  retrieved: RetrievedPassage[];
  /** "partial": the documents answer some of the question; `missing` names what they do not. */
  reason?: AbstainReason;
  /** Parts of the question the answer does not cover (set when `reason` is "partial"). */
  missing?: MissingPart[];
  /** One-line notes shown under the answer (antitrust disclaimer, degraded-mode notice). */
  notes: string[];
  /** Kinds of the documents retrieved, most frequent first: the question log's topic. */
  topics: string[];
  /** Which answerer produced the text. */
  mode: "extractive" | "generated";
  latencyMs: number;
}

export interface AnswerRequest {
  id?: string;
  question: string;
  /** Earlier question in the same thread, read as context for a follow-up. */
  context?: string;
  filter?: RetrievalFilter;
  signal?: AbortSignal;
  /** Called with partial text as it is generated (streaming models only). */
  onPartial?: (text: string) => void;
}

/** Question in, cited answer (or honest abstention) out. */
export interface Answerer {
  answer(request: AnswerRequest): Promise<AnswerResult>;
}

/** A chat completion model, behind our own seam so vendor types stay in adapters. */
export interface ChatModel {
  readonly modelId: string;
  complete(request: {
    system: string;
    user: string;
    signal?: AbortSignal;
    onToken?: (text: string) => void;
  }): Promise<{ text: string }>;
}
