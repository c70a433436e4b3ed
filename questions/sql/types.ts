/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

export type SqlRow = Record<string, unknown>;

/** Runs SQL written with `?` placeholders; each driver translates to its own dialect. */
export interface SqlExecutor {
  all(sql: string, params?: SqlValue[]): Promise<SqlRow[]>;
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  /** Several statements, no parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** The small slice of a SQL database the question log needs. Drivers: better-sqlite3 and pg. */
export interface SqlDatabase extends SqlExecutor {
  readonly dialect: "sqlite" | "postgres";
  /** Runs `work` in one transaction; nothing else runs on the same connection meanwhile. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Rewrites the storage so deleted or overwritten values leave no copy behind (erasure, retention): SQLite VACUUM
   * and a truncating WAL checkpoint; PostgreSQL VACUUM FULL of the tables holding personal data.
   */
  compact(): Promise<void>;
  close(): Promise<void>;
}
