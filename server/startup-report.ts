import type { ChatSurface } from "../bots/types.ts";

const HOW_TO_SWITCH_ON: Record<string, string> = {
  slack:
    "Slack: off (set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET for HTTP mode, or with SLACK_APP_TOKEN for Socket Mode)",
  teams: "Teams: off (set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD)",
  console: "Console: off",
};

/** The lines logged once the server listens: the web chat's address and every surface, on or off. */
export function startupReport(options: { url: string; surfaces: ChatSurface[] }): string[] {
  const lines = [`Web chat: ${options.url}/ (ask API: POST ${options.url}/api/ask)`];
  const on = new Set(options.surfaces.map((surface) => surface.name));
  for (const surface of options.surfaces) lines.push(surface.describe());
  for (const [name, line] of Object.entries(HOW_TO_SWITCH_ON)) {
    if (!on.has(name as ChatSurface["name"])) lines.push(line);
  }
  lines.push(`Health: ${options.url}/healthz, readiness: ${options.url}/readyz, metrics: ${options.url}/metrics`);
  return lines;
}
