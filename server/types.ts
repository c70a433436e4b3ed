import type { ErrorCode } from "../app/errors.ts";
import type { Surface } from "../questions/types.ts";
import type { DocumentKind } from "../rag/types.ts";

/** Counters and histograms the operator scrapes at GET /metrics. One adapter: in-process (per replica). */
export interface Metrics {
  /** One answered question, whichever surface it came from. */
  recordAnswer(event: { surface: Surface; resolved: boolean; latencyMs: number }): void;
  /** One failure seen by a user (a rejected request or a failed answer), by its stable code. */
  recordError(event: { code: ErrorCode; surface?: Surface }): void;
  /** The Prometheus text exposition of everything recorded so far. */
  render(): { contentType: string; body: string };
}

/** One dependency /readyz checks: the index is loaded, a store answers. */
export interface ReadinessCheck {
  /** Short name shown in the /readyz body, e.g. "index", "question-log", "qdrant". */
  readonly name: string;
  /** Resolves ok:false (never throws) when the dependency cannot serve questions now. */
  check(): Promise<{ ok: boolean; detail?: string }>;
}

/** A ministry answer delivered to one web asker (their returning view in the web chat). */
export interface WebReply {
  /** The opaque 受付番号 (questionReference), never the log's running number. */
  reference: string;
  question: string;
  /** The ministry's answer. */
  answer: string;
  answeredAt: Date;
  /** The answer replaces one shown before (「訂正」); absent means false. */
  corrected?: boolean;
}

/** Reads the ministry answers the web notifier stored for one browser's pseudonymous asker id. */
export type ListWebReplies = (request: { askerId: string }) => Promise<{ replies: WebReply[] }>;

/** One document the index answers from, as the web chat's landing lists it (no text). */
export interface DocumentSummary {
  docId: string;
  title: string;
  kind: DocumentKind;
  version?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  issuer?: string;
  url?: string;
}

/** The current documents of the loaded index (superseded versions and FAQ entries left out). */
export type ListDocuments = () => Promise<{ documents: DocumentSummary[] }>;

/** Decides whether one client may ask now. In-process per replica (see docs/deploy.md). */
export interface RateLimiter {
  take(request: { key: string }): { allowed: boolean; retryAfterSeconds: number };
}
