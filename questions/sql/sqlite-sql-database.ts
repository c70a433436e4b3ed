import Database from "better-sqlite3";
import { createPrivateFileSync } from "../../app/data-dir-permissions.ts";
import { TaiwaError } from "../../app/errors.ts";
import type { SqlDatabase, SqlExecutor, SqlRow, SqlValue } from "./types.ts";

type Statement = Database.Statement<SqlValue[]>;

/**
 * better-sqlite3 behind SqlDatabase. Every call goes through one queue: the driver is synchronous, but a
 * transaction's body is async, and nothing else may slip onto the connection between its BEGIN and COMMIT.
 */
export class SqliteSqlDatabase implements SqlDatabase {
  readonly dialect = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Statement>();
  private tail: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlExecutor;

  constructor(options: { file: string; busyTimeoutMs?: number }) {
    if (options.file !== ":memory:") createPrivateFileSync(options.file);
    this.db = new Database(options.file);
    // WAL: readers never block the writer and a commit is one append to the log, so a process killed mid-write
    // leaves either the whole transaction or none of it. synchronous=FULL also fsyncs the WAL on every commit:
    // NORMAL would survive a killed process but could lose the last commits on power loss, and a question the
    // asker was told was logged must not vanish. The write rate (a few per minute) makes the fsync cost irrelevant.
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    this.db.pragma("foreign_keys = ON");
    // Deleted and overwritten content is zeroed on disk, not just unlinked: erased names do not linger in free pages.
    this.db.pragma("secure_delete = ON");
    this.direct = {
      all: async (sql, params) => this.allNow(sql, params),
      run: async (sql, params) => this.runNow(sql, params),
      exec: async (script) => {
        this.guard(() => this.db.exec(script));
      },
    };
  }

  all(sql: string, params?: SqlValue[]): Promise<SqlRow[]> {
    return this.enqueue(async () => this.allNow(sql, params));
  }

  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }> {
    return this.enqueue(async () => this.runNow(sql, params));
  }

  exec(script: string): Promise<void> {
    return this.enqueue(async () => this.direct.exec(script));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading read locks.
      this.guard(() => this.db.exec("BEGIN IMMEDIATE"));
      try {
        const result = await work(this.direct);
        this.guard(() => this.db.exec("COMMIT"));
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  compact(): Promise<void> {
    return this.enqueue(async () => {
      // VACUUM rebuilds the file from live rows only; the checkpoint then moves it out of the WAL and empties the WAL,
      // which held the old pages too.
      this.guard(() => this.db.exec("VACUUM"));
      this.guard(() => this.db.pragma("wal_checkpoint(TRUNCATE)"));
    });
  }

  /** Runs a pragma or diagnostic directly (integrity_check in tests and doctor). */
  pragma(source: string): unknown {
    return this.db.pragma(source);
  }

  async close(): Promise<void> {
    await this.tail.catch(() => undefined);
    if (this.db.open) this.db.close();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.guard(() => this.db.prepare<SqlValue[]>(sql));
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private allNow(sql: string, params: SqlValue[] = []): SqlRow[] {
    const statement = this.statement(sql);
    if (!statement.reader) {
      this.guard(() => statement.run(...params));
      return [];
    }
    return this.guard(() => statement.all(...params) as SqlRow[]);
  }

  private runNow(sql: string, params: SqlValue[] = []): { changes: number } {
    const statement = this.statement(sql);
    if (statement.reader) return { changes: this.guard(() => statement.all(...params)).length };
    return { changes: this.guard(() => statement.run(...params)).changes };
  }

  private guard<T>(operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY)/.test(code)) {
        throw new TaiwaError("store_unavailable", `The question log database is unavailable (${code}).`, {
          cause: error,
          isRetryable: true,
        });
      }
      throw error;
    }
  }
}
