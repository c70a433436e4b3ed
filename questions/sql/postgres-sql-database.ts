import pg from "pg";
import { TaiwaError } from "../../app/errors.ts";
import type { SqlDatabase, SqlExecutor, SqlRow, SqlValue } from "./types.ts";

/** `?` placeholders → `$1, $2, …` (our SQL never has a `?` inside a string literal). */
export function toPostgresPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

interface Queryable {
  query(text: string, values?: SqlValue[]): Promise<{ rows: SqlRow[]; rowCount: number | null }>;
}

function executor(target: Queryable): SqlExecutor {
  return {
    all: async (sql, params) => (await guard(() => target.query(toPostgresPlaceholders(sql), params ?? []))).rows,
    run: async (sql, params) => ({
      changes: (await guard(() => target.query(toPostgresPlaceholders(sql), params ?? []))).rowCount ?? 0,
    }),
    exec: async (script) => {
      await guard(() => target.query(script));
    },
  };
}

async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // Connection-level failures (no SQLSTATE class 23/42…) mean the server is down or unreachable.
    const connectionFailure =
      typeof code === "string" && (/^(ECONN|ENOTFOUND|ETIMEDOUT|EAI_)/.test(code) || /^(08|53|57P)/.test(code));
    if (connectionFailure || (error instanceof Error && /Connection terminated|timeout/i.test(error.message))) {
      throw new TaiwaError(
        "store_unavailable",
        `The question log database is unavailable (${String(code ?? "connection")}).`,
        {
          cause: error,
          isRetryable: true,
        },
      );
    }
    throw error;
  }
}

/** pg's Pool behind SqlDatabase. */
export class PostgresSqlDatabase implements SqlDatabase {
  readonly dialect = "postgres" as const;
  private readonly pool: pg.Pool;
  private readonly direct: SqlExecutor;

  constructor(options: { connectionString: string; max?: number; connectionTimeoutMillis?: number }) {
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 5,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    });
    // An idle client losing its connection must not crash the process; the next query reports it.
    this.pool.on("error", () => undefined);
    this.direct = executor(this.pool as unknown as Queryable);
  }

  all(sql: string, params?: SqlValue[]): Promise<SqlRow[]> {
    return this.direct.all(sql, params);
  }

  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }> {
    return this.direct.run(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.direct.exec(script);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await guard(() => this.pool.connect());
    try {
      await client.query("BEGIN");
      const result = await work(executor(client as unknown as Queryable));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * VACUUM FULL rewrites the tables that hold askers' identities, so erased values leave the data files. It cannot reach
   * WAL segments already archived or backups: docs/console.md says what the DBA must do about those.
   */
  async compact(): Promise<void> {
    await this.direct.exec("VACUUM FULL questions, askers");
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
