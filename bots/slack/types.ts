/**
 * Seams of the Slack surface. Vendor (Bolt) types stay in the adapters; these are plain data.
 */

/**
 * Shared, expiring keys: Slack retries deduplicated by event_id, and short-lived state (a thread's first
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
  close(): Promise<void>;
}

/** What the Slack notifier needs to reply later in the same place (DeliveryTarget.data for surface "slack"). */
export interface SlackDeliveryData {
  channel: string;
  /** Thread to reply in; absent for a top-level DM reply. */
  threadTs?: string;
  teamId?: string;
  enterpriseId?: string;
  /** The asker's Slack user id. */
  userId?: string;
  /** The question was answered only to the asker (slash command): later answers go to their DM, not the channel. */
  private?: boolean;
}

/** Maps Slack team ids (or Enterprise Grid ids) to organisation names for the question log. */
export type OrganisationMap = Record<string, string>;

/** Per-minute limits on questions, counted per user and per workspace. */
export interface SlackRateLimits {
  perUserPerMinute: number;
  perWorkspacePerMinute: number;
}
