import { readdirSync, readFileSync } from "node:fs";
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

  it("asks for exactly the scopes the bot uses (issue 12 item 12: no unused im:read)", () => {
    // Every Web API method the code calls, with the bot scope Slack requires for it (none for views.open, auth.test).
    const scopeOfMethod: Record<string, string | undefined> = {
      "chat.postMessage": "chat:write",
      "chat.postEphemeral": "chat:write",
      "reactions.add": "reactions:write",
      "conversations.open": "im:write",
      "views.open": undefined,
      "auth.test": undefined,
    };
    const scopeOfEvent: Record<string, string> = { app_mention: "app_mentions:read", "message.im": "im:history" };
    const folder = new URL("../../../bots/slack/", import.meta.url);
    const called = new Set<string>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(new URL(file, folder), "utf8");
      for (const match of source.matchAll(/\.(chat|reactions|conversations|views|auth|users|files|im)\s*\.\s*(\w+)\(/g))
        called.add(`${match[1]}.${match[2]}`);
    }
    for (const method of called) expect(Object.keys(scopeOfMethod), `scope of ${method}`).toContain(method);
    const needed = new Set<string>();
    for (const method of called) if (scopeOfMethod[method]) needed.add(scopeOfMethod[method]);
    for (const event of manifest.settings.event_subscriptions.bot_events) needed.add(scopeOfEvent[event] ?? event);
    if (manifest.features.slash_commands.length > 0 || manifest.features.shortcuts.length > 0) needed.add("commands");
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([...needed].sort());
  });
});
