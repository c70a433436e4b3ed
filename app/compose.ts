import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import type { Answerer } from "../rag/types.ts";
import type { AskService, Notifier, QuestionLog } from "../questions/types.ts";
import type { ChatSurface } from "../bots/types.ts";
import type { ListWebReplies, Metrics, ReadinessCheck } from "../server/types.ts";

/** Everything a running taiwa holds, built once from the parsed config. */
export interface Taiwa {
  config: Config;
  logger: Logger;
  answerer: Answerer;
  askService: AskService;
  questionLog: QuestionLog;
  notifiers: Notifier[];
  /** Slack, Teams and the console, each present only when its configuration is. Mounted and started by the server. */
  surfaces: ChatSurface[];
  /** Settles when start-up work is done (on an empty data dir: the first index build); /readyz answers 503 until then. */
  ready: Promise<void>;
  /** What /readyz checks besides `ready`: each store answers (question log, vector store). */
  readiness: ReadinessCheck[];
  /** The same Metrics the askService was instrumented with (instrumentAskService), rendered at /metrics. */
  metrics: Metrics;
  /** Ministry answers the web notifier stored for one browser; optional until the web notifier lands. */
  listWebReplies?: ListWebReplies;
  close(): Promise<void>;
}

/** The composition root's signature: everything built once from the parsed config. */
export type ComposeTaiwa = (options: { config: Config; logger: Logger }) => Promise<Taiwa>;
