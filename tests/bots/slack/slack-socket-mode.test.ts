import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../app/logger.ts";
import { SqliteDedupeStore } from "../../../bots/dedupe/sqlite-dedupe-store.ts";
import { createSlackSurface } from "../../../bots/slack/slack-surface.ts";
import type { ChatSurface } from "../../../bots/types.ts";
import { SlackSocketModeStandIn } from "../../doubles/slack-socket-mode-stand-in.ts";
import { SlackWebApiStandIn } from "../../doubles/slack-web-api-stand-in.ts";
import { SlowAskService } from "../../doubles/slow-ask-service.ts";
import { APP_TOKEN, BOT_TOKEN, mentionEvent } from "./slack-harness.ts";

describe("Slack Socket Mode (no public URL)", () => {
  const directory = mkdtempSync(join(tmpdir(), "taiwa-slack-socket-"));
  let webApi: SlackWebApiStandIn;
  let socket: SlackSocketModeStandIn;
  let store: SqliteDedupeStore;
  let askService: SlowAskService;
  let surface: ChatSurface | undefined;
  const makeSurface = (extra: { socketModeRetryMs?: number } = {}) =>
    createSlackSurface({
      config: {
        SLACK_SIGNING_SECRET: undefined,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: webApi.url,
        SLACK_SLASH_COMMAND: "/taiwa",
        SLACK_RATE_LIMIT_PER_USER: 100,
        SLACK_RATE_LIMIT_PER_WORKSPACE: 1000,
        ORGANISATION_MAP: undefined,
        LOG_QUESTIONS: false,
      },
      logger: createLogger({ LOG_LEVEL: "silent" }),
      askService,
      dedupeStore: store,
      ...extra,
    });

  beforeEach(async () => {
    webApi = new SlackWebApiStandIn({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    socket = new SlackSocketModeStandIn();
    await Promise.all([webApi.start(), socket.start()]);
    webApi.socketModeUrl = socket.url;
    store = new SqliteDedupeStore({ path: join(directory, `${Date.now()}.db`) });
    askService = new SlowAskService();
    surface = makeSurface();
  });
  afterEach(async () => {
    await surface?.stop?.();
    await Promise.all([socket.stop(), webApi.stop()]);
    await store.close();
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("connects through apps.connections.open, acks the envelope at once and posts the answer", async () => {
    expect(surface?.routes).toBeUndefined();
    expect(surface?.describe()).toContain("Socket Mode");
    await surface?.start?.();
    await socket.waitForConnection();
    const [open] = webApi.callsTo("apps.connections.open");
    expect(open?.token).toBe(APP_TOKEN);

    askService.delayMs = 500;
    const sentAt = Date.now();
    socket.sendEvent({
      envelopeId: "env-1",
      body: mentionEvent({ eventId: "EvSocket1", text: "特定重要物資とは？", ts: "1515449522.000016" }),
    });
    const ack = await socket.waitForAck("env-1");
    expect(ack.at - sentAt).toBeLessThan(3_000);
    expect(webApi.callsTo("chat.postMessage")).toHaveLength(0);
    const [posted] = await webApi.waitFor("chat.postMessage");
    expect(posted?.params).toMatchObject({ channel: "C0LAN2Q65", thread_ts: "1515449522.000016" });
    expect(askService.asks[0]).toMatchObject({ eventKey: "EvSocket1", question: "特定重要物資とは？" });

    // Slack redelivers the same event in a new envelope when it thinks the first was lost.
    socket.sendEvent({
      envelopeId: "env-2",
      body: mentionEvent({ eventId: "EvSocket1", text: "特定重要物資とは？" }),
      retryAttempt: 1,
    });
    await socket.waitForAck("env-2");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(askService.asks).toHaveLength(1);
    expect(webApi.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("keeps trying to connect when Slack is unreachable at start-up, then answers", async () => {
    await surface?.stop?.();
    surface = makeSurface({ socketModeRetryMs: 100 });
    // Every apps.connections.open attempt of the first start (one call plus the WebClient's 3 retries) fails.
    webApi.fail({ method: "apps.connections.open", status: 503, times: 4 });
    await expect(surface.start?.()).rejects.toBeDefined();
    await socket.waitForConnection();
    socket.sendEvent({ envelopeId: "env-late", body: mentionEvent({ eventId: "EvLate", text: "遅れて接続" }) });
    await socket.waitForAck("env-late");
    await webApi.waitFor("chat.postMessage");
  });
});
