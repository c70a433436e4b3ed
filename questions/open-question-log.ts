import type { Config } from "../app/config.ts";
import { PostgresQuestionLog } from "./postgres-question-log.ts";
import { SqliteQuestionLog } from "./sqlite-question-log.ts";
import type { QuestionLog } from "./types.ts";

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file in the data directory. */
export function openQuestionLog(config: Pick<Config, "DATABASE_URL" | "TAIWA_DATA_DIR">): Promise<QuestionLog> {
  return config.DATABASE_URL
    ? PostgresQuestionLog.open({ connectionString: config.DATABASE_URL })
    : SqliteQuestionLog.open({ dataDir: config.TAIWA_DATA_DIR });
}
