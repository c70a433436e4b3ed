import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { Hono } from "hono";
import { createLogger } from "../../../app/logger.ts";
import { SqliteDedupeStore } from "../../../bots/dedupe/sqlite-dedupe-store.ts";
import { signSlackBody } from "../../../bots/slack/slack-signature.ts";
import { createSlackSurface, type SlackConfig } from "../../../bots/slack/slack-surface.ts";
import type { ChatSurface } from "../../../bots/types.ts";
import { SlackWebApiStandIn } from "../../doubles/slack-web-api-stand-in.ts";
import { SlowAskService } from "../../doubles/slow-ask-service.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";
export const APP_TOKEN = "xapp-1-A0MDYCDME-1-stand-in";

const fixtureDir = new URL("../../fixtures/slack/", import.meta.url).pathname;

/** A documented Slack payload from tests/fixtures/slack, parsed (JSON) or raw (form text). */
export function fixture<T = Record<string, unknown>>(name: string): T {
  const text = readFileSync(join(fixtureDir, name), "utf8");
  return (name.endsWith(".json") ? JSON.parse(text) : text.trim()) as T;
}

export interface Harness {
  url: string;
  standIn: SlackWebApiStandIn;
  askService: SlowAskService;
  store: SqliteDedupeStore;
  surface: ChatSurface;
  storePath: string;
  /** POSTs to /slack/events, signed unless told otherwise. */
  post(request: {
    body: string;
    contentType?: string;
    timestamp?: number;
    signature?: string | null;
    retryNum?: number;
  }): Promise<Response>;
  postJson(body: unknown, extra?: { retryNum?: number }): Promise<Response>;
  postForm(fields: Record<string, string>): Promise<Response>;
  postPayload(payload: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function startHarness(
  overrides: Partial<SlackConfig> = {},
  options: { storePath?: string } = {},
): Promise<Harness> {
  const standIn = new SlackWebApiStandIn({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  await standIn.start();
  const directory = options.storePath ? undefined : mkdtempSync(join(tmpdir(), "taiwa-slack-"));
  const storePath = options.storePath ?? join(directory!, "slack.db");
  const store = new SqliteDedupeStore({ path: storePath });
  const askService = new SlowAskService();
  const surface = createSlackSurface({
    config: {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: standIn.url,
      SLACK_SLASH_COMMAND: "/taiwa",
      SLACK_RATE_LIMIT_PER_USER: 100,
      SLACK_RATE_LIMIT_PER_WORKSPACE: 1000,
      ORGANISATION_MAP: JSON.stringify({ T061EG9R6: "経済産業省テスト", E0001: "Globular" }),
      LOG_QUESTIONS: false,
      ...overrides,
    },
    logger: createLogger({ LOG_LEVEL: "silent" }),
    askService,
    dedupeStore: store,
  });
  const root = new Hono();
  if (surface.routes) root.route(surface.routes.basePath, surface.routes.app);
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: root.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const post: Harness["post"] = async (request) => {
    const timestamp = String(request.timestamp ?? Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = {
      "content-type": request.contentType ?? "application/json",
      "x-slack-request-timestamp": timestamp,
    };
    const signature =
      request.signature === undefined
        ? signSlackBody({ signingSecret: SIGNING_SECRET, rawBody: request.body, timestamp })
        : request.signature;
    if (signature !== null) headers["x-slack-signature"] = signature;
    if (request.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(request.retryNum);
      headers["x-slack-retry-reason"] = "http_timeout";
    }
    return fetch(url, { method: "POST", headers, body: request.body });
  };
  return {
    url,
    standIn,
    askService,
    store,
    surface,
    storePath,
    post,
    postJson: (body, extra) =>
      post({ body: JSON.stringify(body), ...(extra?.retryNum !== undefined ? { retryNum: extra.retryNum } : {}) }),
    postForm: (fields) =>
      post({ body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" }),
    postPayload: (payload) =>
      post({
        body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        contentType: "application/x-www-form-urlencoded",
      }),
    async close() {
      await surface.stop?.();
      server.close();
      await standIn.stop();
      await store.close();
      if (directory) rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** An app_mention event from the documented example, with its own id, text and timestamps. */
export function mentionEvent(request: {
  eventId: string;
  text: string;
  ts?: string;
  threadTs?: string;
  user?: string;
  channel?: string;
  teamId?: string;
}) {
  const body = fixture<{ event: Record<string, unknown> } & Record<string, unknown>>("app_mention.json");
  const ts = request.ts ?? `1515449522.${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return {
    ...body,
    ...(request.teamId ? { team_id: request.teamId } : {}),
    event_id: request.eventId,
    event: {
      ...body.event,
      text: `<@U0LAN0Z89> ${request.text}`,
      ts,
      ...(request.threadTs ? { thread_ts: request.threadTs } : {}),
      ...(request.user ? { user: request.user } : {}),
      ...(request.channel ? { channel: request.channel } : {}),
    },
  };
}

/** Polls until `check` holds (for work that happens after the ack). */
export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
