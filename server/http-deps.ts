import type { Config } from "../app/config.ts";
import type { Logger } from "../app/logger.ts";
import type { ChatSurface } from "../bots/types.ts";
import type { AskService } from "../questions/types.ts";
import type { ListDocuments, ListWebReplies, Metrics, RateLimiter, ReadinessCheck } from "./types.ts";
import type { WebAnswerStore } from "./web-answers.ts";

/** Everything the HTTP app needs, passed in by the composition root (or a test). */
export interface HttpAppOptions {
  config: Pick<
    Config,
    | "MAX_QUESTION_CHARS"
    | "RATE_LIMIT_PER_MINUTE"
    | "TRUST_PROXY_HOPS"
    | "PUBLIC_BASE_URL"
    | "LOG_QUESTIONS"
    | "RETENTION_DAYS"
  > &
    Partial<Pick<Config, "WEB_FEEDBACK_PER_HOUR">>;
  logger: Logger;
  /** Already instrumented (instrumentAskService) so every surface is counted the same way. */
  askService: AskService;
  /** Slack, Teams, the console: each mounts its own routes. */
  surfaces: ChatSurface[];
  /** Stores and other dependencies /readyz checks (the index check comes from `ready`). */
  readiness: ReadinessCheck[];
  metrics: Metrics;
  /** Settles when start-up work (first-run indexing) is done; questions wait for it. */
  ready?: Promise<void>;
  /** The web notifier's stored ministry answers for one browser; without it /api/my-questions is empty. */
  listWebReplies?: ListWebReplies;
  /** Answers the web chat gave, for feedback by id; defaults to a bounded in-process store. */
  webAnswers?: WebAnswerStore;
  /** The index's documents for the web chat's landing; without it GET /api/documents lists none. */
  listDocuments?: ListDocuments;
  /** Defaults to an in-process token bucket of RATE_LIMIT_PER_MINUTE per client. */
  rateLimiter?: RateLimiter;
}

/** Body limit for questions: room for a question and its context at the longest UTF-8 encoding. */
export function askBodyLimitBytes(maxQuestionChars: number): number {
  return Math.max(16 * 1024, maxQuestionChars * 2 * 4 + 1024);
}

/** Feedback names an answer by id and may add a 4,000-character context: nothing more to carry. */
export const FEEDBACK_BODY_LIMIT_BYTES = 32 * 1024;
