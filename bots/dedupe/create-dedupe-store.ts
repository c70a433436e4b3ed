import { join } from "node:path";
import type { Config } from "../../app/config.ts";
import { PostgresDedupeStore } from "./postgres-dedupe-store.ts";
import { SqliteDedupeStore } from "./sqlite-dedupe-store.ts";
import type { DedupeStore } from "./types.ts";

/**
 * PostgreSQL when DATABASE_URL is set (shared by replicas), else `${TAIWA_DATA_DIR}/slack.db`: Slack's and Teams'
 * delivery claims and short-lived state (the file and table keep their first name so existing claims still hold).
 */
export function createDedupeStore(options: { config: Pick<Config, "DATABASE_URL" | "TAIWA_DATA_DIR"> }): DedupeStore {
  const { config } = options;
  if (config.DATABASE_URL) return new PostgresDedupeStore({ connectionString: config.DATABASE_URL });
  return new SqliteDedupeStore({ path: join(config.TAIWA_DATA_DIR, "slack.db") });
}
