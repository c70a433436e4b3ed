import { migrate } from "./sql/migrate.ts";
import { PostgresSqlDatabase } from "./sql/postgres-sql-database.ts";
import { SqlQuestionLog } from "./sql/sql-question-log.ts";
import type { QuestionLog } from "./types.ts";

/** The question log in PostgreSQL (DATABASE_URL), for deployments with several replicas. */
export class PostgresQuestionLog extends SqlQuestionLog implements QuestionLog {
  static async open(options: { connectionString: string; maxConnections?: number }): Promise<PostgresQuestionLog> {
    const database = new PostgresSqlDatabase({
      connectionString: options.connectionString,
      max: options.maxConnections,
    });
    try {
      await migrate(database);
    } catch (error) {
      await database.close().catch(() => undefined);
      throw error;
    }
    return new PostgresQuestionLog(database);
  }
}
