import type { Config } from "../app/config.ts";
import type { Logger } from "../app/logger.ts";
import type { DeliveryWorker } from "../questions/delivery-worker.ts";
import type { FaqPublisher } from "../questions/faq-publisher.ts";
import type { ConsoleSession, ConsoleUser, QuestionLog } from "../questions/types.ts";
import type { QuestionSimilarity } from "../rag/retrieve/question-similarity.ts";
import type { LoginRateLimiter } from "./login-rate-limiter.ts";

export type ConsoleConfig = Pick<
  Config,
  "PUBLIC_BASE_URL" | "CONSOLE_SESSION_MINUTES" | "TAIWA_DATA_DIR" | "LOG_QUESTIONS" | "ANSWER_TARGET_HOURS"
> &
  /** Proxies in front of taiwa (as for the web chat's rate limit); unset = 0, the socket address is the client. */
  Partial<Pick<Config, "TRUST_PROXY_HOPS">>;

/** Hono environment of the console: the signed-in user and session, set by the auth middleware. */
export interface ConsoleEnv {
  Variables: { user: ConsoleUser; session: ConsoleSession };
}

/** What every console route needs. */
export interface ConsoleDeps {
  questionLog: QuestionLog;
  config: ConsoleConfig;
  logger: Logger;
  worker: DeliveryWorker;
  faq: FaqPublisher;
  limiter: LoginRateLimiter;
  /** Organisation names from ORGANISATION_MAP (read-only; console edits are stored). */
  configuredOrganisations: Record<string, string>;
  /** Called after admins edit the organisation map, so lookups see it at once. */
  onOrganisationsChanged: () => void;
  now: () => Date;
  /** Where the console is mounted, for links and the cookie path. */
  basePath: string;
  /** The corpus index's question similarity (undefined while it loads): picks a group's FAQ proposal. */
  questionSimilarity?: () => QuestionSimilarity | undefined;
}
