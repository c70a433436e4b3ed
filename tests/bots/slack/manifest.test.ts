import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../../app/config.ts";
import { SHORTCUT_CALLBACK_ID } from "../../../bots/slack/slack-command-listeners.ts";

const manifest = JSON.parse(readFileSync(new URL("../../../bots/slack/manifest.json", import.meta.url), "utf8")) as {
  features: { shortcuts: { callback_id: string; type: string }[]; slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};

describe("Slack app manifest", () => {
  it("declares what the code listens to, at the route the server serves", () => {
    expect(manifest.features.shortcuts).toContainEqual(
      expect.objectContaining({ callback_id: SHORTCUT_CALLBACK_ID, type: "message" }),
    );
    expect(manifest.features.slash_commands[0]?.command).toBe(configSchema.parse({}).SLACK_SLASH_COMMAND);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(["app_mention", "message.im"]);
    for (const url of [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.features.slash_commands[0]?.url,
    ]) {
      expect(url).toMatch(/\/slack\/events$/);
    }
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it("asks for exactly the scopes the bot uses", () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ["app_mentions:read", "chat:write", "commands", "im:history", "im:read", "im:write", "reactions:write"].sort(),
    );
  });
});
