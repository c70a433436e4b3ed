import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import type { Answerer } from "../rag/types.ts";
import type { AskService, Notifier, QuestionLog } from "../questions/types.ts";

/** Everything a running taiwa holds, built once from the parsed config. */
export interface Taiwa {
  config: Config;
  logger: Logger;
  answerer: Answerer;
  askService: AskService;
  questionLog: QuestionLog;
  notifiers: Notifier[];
  close(): Promise<void>;
}
