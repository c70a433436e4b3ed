import type { Config } from "../../app/config.ts";
import type { Logger } from "../../app/logger.ts";
import type { AskService } from "../../questions/types.ts";
import type { DedupeStore } from "../dedupe/types.ts";

/** The Teams settings the surface reads; everything else in Config is ignored here. */
export type TeamsConfig = Pick<
  Config,
  | "NODE_ENV"
  | "HOST"
  | "LOG_QUESTIONS"
  | "MAX_QUESTION_CHARS"
  | "MICROSOFT_APP_ID"
  | "MICROSOFT_APP_PASSWORD"
  | "MICROSOFT_APP_TENANT_ID"
  | "MICROSOFT_APP_TYPE"
  | "BOTFRAMEWORK_OPENID_METADATA_URL"
  | "BOTFRAMEWORK_TOKEN_URL"
  | "TEAMS_ALLOWED_SERVICE_URLS"
>;

/** Where a Teams conversation can be reached later; the JSON kept in DeliveryTarget.data. */
export interface TeamsDeliveryData {
  /** Bot Framework conversation reference: serviceUrl, conversation (id with `;messageid=` for a channel thread, tenantId), bot, user, activityId. */
  reference: Record<string, unknown>;
  tenantId?: string;
  teamId?: string;
  channelId?: string;
}

/** Remembers the latest conversation reference per conversation (e.g. to greet or notify without a question). */
export interface TeamsConversationStore {
  save(request: { conversationId: string; delivery: TeamsDeliveryData }): Promise<void>;
}

export interface TeamsSurfaceOptions {
  config: TeamsConfig;
  logger: Logger;
  askService: AskService;
  /** Claims each activity id once (shared with Slack's event ids), so a redelivered activity is answered once. */
  dedupeStore: DedupeStore;
  conversationStore?: TeamsConversationStore;
}
