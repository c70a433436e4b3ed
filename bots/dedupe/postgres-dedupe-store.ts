import pg from "pg";
import { TaiwaError } from "../../app/errors.ts";
import type { DedupeStore } from "./types.ts";

/**
 * DedupeStore in PostgreSQL (DATABASE_URL): every replica claims against the same table, and the
 * database clock decides expiry so replicas with skewed clocks still agree.
 */
export class PostgresDedupeStore implements DedupeStore {
  private readonly pool: pg.Pool;
  private ready: Promise<void> | undefined;

  constructor(options: { connectionString: string }) {
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: 5 });
    // Idle clients error when the server restarts; the next query reconnects, so only note it.
    this.pool.on("error", () => {});
  }

  async claim(request: { key: string; ttlSeconds: number }): Promise<{ claimed: boolean }> {
    const result = await this.query(
      `INSERT INTO slack_keys (key, value, expires_at) VALUES ($1, NULL, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET value = NULL, expires_at = excluded.expires_at WHERE slack_keys.expires_at <= now()`,
      [request.key, request.ttlSeconds],
    );
    return { claimed: result.rowCount === 1 };
  }

  async put(request: { key: string; value: string; ttlSeconds: number }): Promise<void> {
    await this.query(
      `INSERT INTO slack_keys (key, value, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      [request.key, request.value, request.ttlSeconds],
    );
  }

  async get(request: { key: string }): Promise<{ value?: string }> {
    const result = await this.query("SELECT value FROM slack_keys WHERE key = $1 AND expires_at > now()", [
      request.key,
    ]);
    const value = (result.rows[0] as { value: string | null } | undefined)?.value;
    return value == null ? {} : { value };
  }

  /** Deleted rows leave the data files at the next VACUUM; docs/console.md says what the DBA does about WAL archives. */
  async forget(request: { containing: string }): Promise<{ removed: number }> {
    const result = await this.query("DELETE FROM slack_keys WHERE value IS NOT NULL AND strpos(value, $1) > 0", [
      request.containing,
    ]);
    return { removed: result.rowCount ?? 0 };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async query(sql: string, values: unknown[]): Promise<pg.QueryResult> {
    try {
      this.ready ??= this.migrate();
      await this.ready;
      return await this.pool.query(sql, values);
    } catch (error) {
      this.ready = undefined;
      throw new TaiwaError(
        "store_unavailable",
        "the chat state store (PostgreSQL) did not answer: check DATABASE_URL",
        {
          cause: error,
          isRetryable: true,
        },
      );
    }
  }

  private async migrate(): Promise<void> {
    try {
      await this.pool.query(
        `CREATE TABLE IF NOT EXISTS slack_keys (key TEXT PRIMARY KEY, value TEXT, expires_at TIMESTAMPTZ NOT NULL);
         CREATE INDEX IF NOT EXISTS slack_keys_expires_at ON slack_keys (expires_at)`,
      );
    } catch (error) {
      // Replicas starting together race on CREATE ... IF NOT EXISTS (unique_violation / duplicate_table): the table exists.
      const code = (error as { code?: string }).code;
      if (code !== "23505" && code !== "42P07") throw error;
    }
    await this.pool.query("DELETE FROM slack_keys WHERE expires_at <= now()");
  }
}
