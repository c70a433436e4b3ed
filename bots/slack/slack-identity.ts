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

/**
 * ORGANISATION_MAP as "T0123=経済産業省,E0456=Example Corp" (team or Enterprise Grid ids); JSON objects also accepted.
 * Unparseable entries are skipped rather than stopping the bot.
 */
export function parseOrganisationMap(value: string | undefined): OrganisationMap {
  if (!value) return {};
  const trimmed = value.trim();
  if (trimmed.startsWith("{")) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (typeof parsed !== "object" || parsed === null) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      );
    } catch {
      return {};
    }
  }
  const map: OrganisationMap = {};
  for (const pair of trimmed.split(/[,;\n]/)) {
    const [key, ...rest] = pair.split("=");
    const name = rest.join("=").trim();
    if (key?.trim() && name) map[key.trim()] = name;
  }
  return map;
}
