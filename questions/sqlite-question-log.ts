import { join } from "node:path";
import { migrate } from "./sql/migrate.ts";
import { SqlQuestionLog } from "./sql/sql-question-log.ts";
import { SqliteSqlDatabase } from "./sql/sqlite-sql-database.ts";
import type { QuestionLog } from "./types.ts";

/** The embedded question log: `${dataDir}/questions.db` (WAL, fsync on commit). */
export class SqliteQuestionLog extends SqlQuestionLog implements QuestionLog {
  private constructor(private readonly sqlite: SqliteSqlDatabase) {
    super(sqlite);
  }

  static async open(options: { dataDir: string; fileName?: string }): Promise<SqliteQuestionLog> {
    const database = new SqliteSqlDatabase({ file: join(options.dataDir, options.fileName ?? "questions.db") });
    await migrate(database);
    return new SqliteQuestionLog(database);
  }

  /** PRAGMA integrity_check: "ok" when the file is sound. */
  integrityCheck(): string {
    const rows = this.sqlite.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  }
}
