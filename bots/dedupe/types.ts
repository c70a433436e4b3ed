/**
 * Shared, expiring keys: Slack retries deduplicated by event_id, Teams redeliveries by activity id, and short-lived state (a thread's first
 * question, an answer behind its buttons) that must hold across restarts and replicas.
 * Adapters: SQLite (embedded) and PostgreSQL (DATABASE_URL).
 */
export interface DedupeStore {
  /** True the first time `key` is claimed within `ttlSeconds`; false for every later claim, on any replica. */
  claim(request: { key: string; ttlSeconds: number }): Promise<{ claimed: boolean }>;
  /** Stores `value` under `key` (overwriting) until `ttlSeconds` pass. */
  put(request: { key: string; value: string; ttlSeconds: number }): Promise<void>;
  /** The value under `key`, or undefined when absent or expired. */
  get(request: { key: string }): Promise<{ value?: string }>;
  /**
   * erase-asker: removes every value that contains `containing` (the answers stored behind buttons name their asker),
   * leaving no copy in the storage file.
   */
  forget(request: { containing: string }): Promise<{ removed: number }>;
  close(): Promise<void>;
}
