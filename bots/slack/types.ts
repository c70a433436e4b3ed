/**
 * Seams of the Slack surface. Vendor (Bolt) types stay in the adapters; these are plain data.
 */

export type { DedupeStore } from "../dedupe/types.ts";

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
