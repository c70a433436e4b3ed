import { createHash } from "node:crypto";
import type { Asker } from "../../questions/types.ts";
import type { InboundActivity } from "./teams-activity.ts";

/** Where an activity came from: the tenant is the organisation (one association, one Microsoft 365 tenant). */
export interface TeamsOrigin {
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  /** What the question log groups organisations by: the tenant id. */
  workspaceId?: string;
}

export function originOf(activity: InboundActivity): TeamsOrigin {
  const tenantId = activity.channelData?.tenant?.id ?? activity.conversation.tenantId;
  return {
    tenantId,
    teamId: activity.channelData?.team?.id,
    channelId: activity.channelData?.channel?.id,
    workspaceId: tenantId,
  };
}

/** Pseudonymous, stable per Teams user: the Entra object id when Teams sends it, else the channel account id. */
export function askerOf(activity: InboundActivity): Asker {
  const tenantId = originOf(activity).tenantId ?? "no-tenant";
  const userKey = activity.from.aadObjectId ?? activity.from.id;
  const askerId = `teams:${createHash("sha256").update(`${tenantId}\u0000${userKey}`).digest("hex").slice(0, 24)}`;
  return activity.from.name ? { askerId, displayName: activity.from.name } : { askerId };
}
