import { mkdtempSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { Hono } from "hono";
import { pino } from "pino";
import { loadConfig } from "../../../app/config.ts";
import { SqliteDedupeStore } from "../../../bots/dedupe/sqlite-dedupe-store.ts";
import { createTeamsSurface } from "../../../bots/teams/teams-surface.ts";
import type { TeamsConversationStore } from "../../../bots/teams/types.ts";
import type { ChatSurface } from "../../../bots/types.ts";
import { ScriptedAskService } from "../../doubles/recording-ask-service.ts";

export type FixtureName =
  | "channel-mention"
  | "personal-message"
  | "group-chat-mention"
  | "conversation-update-bot-added"
  | "submit-feedback-escalate"
  | "invoke-adaptive-card-action";

/** A recorded Teams activity with its serviceUrl pointed at the local Bot Connector stand-in. */
export function fixture(name: FixtureName, serviceUrl: string): Record<string, unknown> {
  const activity = JSON.parse(
    readFileSync(new URL(`../../fixtures/teams/${name}.json`, import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  return { ...activity, serviceUrl };
}

export interface TeamsHarness {
  url: string;
  surface: ChatSurface;
  askService: ScriptedAskService;
  logs: Record<string, unknown>[];
  post(activity: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The real Teams surface served over HTTP on 127.0.0.1, mounted at /api/messages as the server does. */
export async function startTeamsHarness(
  options: { env?: Record<string, string>; conversationStore?: TeamsConversationStore; storePath?: string } = {},
): Promise<TeamsHarness> {
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "debug", ...options.env });
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: "debug" },
    { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const askService = new ScriptedAskService();
  // Replicas (and restarts) share activity claims through the store's file.
  const dedupeStore = new SqliteDedupeStore({
    path: options.storePath ?? join(mkdtempSync(join(tmpdir(), "taiwa-teams-")), "state.db"),
  });
  const surface = createTeamsSurface({
    config,
    logger,
    askService,
    dedupeStore,
    ...(options.conversationStore ? { conversationStore: options.conversationStore } : {}),
  });
  const routes = surface.routes;
  if (!routes) throw new Error("the Teams surface has no routes");
  const app = new Hono().route(routes.basePath, routes.app);
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${routes.basePath}`;
  return {
    url,
    surface,
    askService,
    logs,
    post: (activity, headers = {}) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      }),
    async close() {
      await surface.stop?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dedupeStore.close();
    },
  };
}
