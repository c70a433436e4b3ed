import { createHash } from "node:crypto";
import type { Asker } from "../../questions/types.ts";
import type { OrganisationMap } from "./types.ts";

/** Who asked and from which workspace, as the question log keeps it. */
export interface SlackIdentity {
  asker: Asker;
  /** The Slack team id (workspace); the Enterprise Grid id when the team is unknown. */
  workspaceId?: string;
  organisation?: string;
}

/**
 * Pseudonymous asker id: sha256 of team + user, truncated. Stable per person and workspace, yet the
 * log alone cannot be turned back into a Slack user id.
 */
export function slackIdentity(request: {
  teamId?: string;
  enterpriseId?: string;
  userId: string;
  organisations?: OrganisationMap;
}): SlackIdentity {
  const { teamId, enterpriseId, userId, organisations } = request;
  const digest = createHash("sha256")
    .update(`${teamId ?? enterpriseId ?? ""}:${userId}`)
    .digest("hex")
    .slice(0, 24);
  const workspaceId = teamId ?? enterpriseId;
  const organisation =
    (teamId ? organisations?.[teamId] : undefined) ?? (enterpriseId ? organisations?.[enterpriseId] : undefined);
  return {
    asker: { askerId: `slack-${digest}` },
    ...(workspaceId ? { workspaceId } : {}),
    ...(organisation ? { organisation } : {}),
  };
}
