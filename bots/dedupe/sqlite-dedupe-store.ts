import Database from "better-sqlite3";
import { createPrivateFileSync } from "../../app/data-dir-permissions.ts";
import { TaiwaError } from "../../app/errors.ts";
import type { DedupeStore } from "./types.ts";

/** Expired rows are swept every this many writes, so the table stays small without a timer. */
const SWEEP_EVERY = 500;

/**
 * DedupeStore in an SQLite file (default `${TAIWA_DATA_DIR}/slack.db`). WAL mode and a busy timeout let
 * several processes on one machine share the file, so a claim holds across restarts.
 */
export class SqliteDedupeStore implements DedupeStore {
  private readonly database: Database.Database;
  private writes = 0;

  constructor(options: { path: string }) {
    try {
      if (options.path !== ":memory:") createPrivateFileSync(options.path);
      this.database = new Database(options.path);
      this.database.pragma("journal_mode = WAL");
      this.database.pragma("busy_timeout = 5000");
      // Forgotten values (erase-asker) are zeroed on disk, not just unlinked.
      this.database.pragma("secure_delete = ON");
      this.database.exec(
        "CREATE TABLE IF NOT EXISTS slack_keys (key TEXT PRIMARY KEY, value TEXT, expires_at INTEGER NOT NULL)",
      );
    } catch (error) {
      throw new TaiwaError(
        "store_unavailable",
        `cannot open the chat state store (Slack and Teams) at ${options.path}: check the folder is writable`,
        {
          cause: error,
        },
      );
    }
  }

  async claim(request: { key: string; ttlSeconds: number }): Promise<{ claimed: boolean }> {
    const now = Date.now();
    const result = this.database
      .prepare(
        `INSERT INTO slack_keys (key, value, expires_at) VALUES (?, NULL, ?)
         ON CONFLICT(key) DO UPDATE SET value = NULL, expires_at = excluded.expires_at WHERE slack_keys.expires_at <= ?`,
      )
      .run(request.key, now + request.ttlSeconds * 1000, now);
    this.sweep(now);
    return { claimed: result.changes === 1 };
  }

  async put(request: { key: string; value: string; ttlSeconds: number }): Promise<void> {
    const now = Date.now();
    this.database
      .prepare(
        `INSERT INTO slack_keys (key, value, expires_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      )
      .run(request.key, request.value, now + request.ttlSeconds * 1000);
    this.sweep(now);
  }

  async get(request: { key: string }): Promise<{ value?: string }> {
    const row = this.database
      .prepare("SELECT value FROM slack_keys WHERE key = ? AND expires_at > ?")
      .get(request.key, Date.now()) as { value: string | null } | undefined;
    return row?.value == null ? {} : { value: row.value };
  }

  async forget(request: { containing: string }): Promise<{ removed: number }> {
    const { changes } = this.database
      .prepare("DELETE FROM slack_keys WHERE value IS NOT NULL AND instr(value, ?) > 0")
      .run(request.containing);
    if (changes > 0) {
      // Rebuild the file from live rows and empty the WAL, which held the old pages too.
      this.database.exec("VACUUM");
      this.database.pragma("wal_checkpoint(TRUNCATE)");
    }
    return { removed: changes };
  }

  async close(): Promise<void> {
    if (this.database.open) this.database.close();
  }

  private sweep(now: number): void {
    this.writes += 1;
    if (this.writes % SWEEP_EVERY === 0) this.database.prepare("DELETE FROM slack_keys WHERE expires_at <= ?").run(now);
  }
}
