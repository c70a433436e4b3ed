import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { Hono } from "hono";
import { createLogger } from "../../app/logger.ts";
import { SqliteDedupeStore } from "../../bots/dedupe/sqlite-dedupe-store.ts";
import { signSlackBody } from "../../bots/slack/slack-signature.ts";
import { createSlackSurface } from "../../bots/slack/slack-surface.ts";
import { SlackWebApiStandIn } from "../../tests/doubles/slack-web-api-stand-in.ts";
import { SlowAskService } from "../../tests/doubles/slow-ask-service.ts";

/**
 * 200 signed app_mention events within 10 s from 20 concurrent senders against the real /slack/events
 * route on 127.0.0.1, with the Web API stand-in; 20 of them are also redelivered as Slack retries.
 * Floors: every delivery acked within 3 s, every event answered exactly once, none lost.
 */
const EVENTS = 200;
const SENDERS = 20;
const SPREAD_MS = 8_000;
const RETRIES = 20;
const ACK_FLOOR_MS = 3_000;
const SIGNING_SECRET = "bench-signing-secret";
const BOT_TOKEN = "xoxb-bench-token";

export async function run(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), "taiwa-bench-slack-"));
  const standIn = new SlackWebApiStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
  const store = new SqliteDedupeStore({ path: join(directory, "slack.db") });
  const askService = new SlowAskService();
  // A core that takes 0.1–1.5 s per answer: long enough that answering before the ack would miss the floor.
  const slowAsk = askService.ask.bind(askService);
  askService.ask = async (request) => {
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 1_400));
    return slowAsk(request);
  };
  const surface = createSlackSurface({
    config: {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: standIn.url,
      SLACK_SLASH_COMMAND: "/taiwa",
      SLACK_RATE_LIMIT_PER_USER: 1_000,
      SLACK_RATE_LIMIT_PER_WORKSPACE: 10_000,
      ORGANISATION_MAP: undefined,
      LOG_QUESTIONS: false,
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

  const runId = Date.now();
  const deliveries = Array.from({ length: EVENTS }, (_, index) => ({ index, retry: false }));
  for (let index = 0; index < RETRIES; index += 1) deliveries.push({ index: index * (EVENTS / RETRIES), retry: true });
  const ackMs: number[] = [];
  const statuses = new Map<number, number>();
  const started = Date.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async (_, sender) => {
      const mine = deliveries.filter((_, position) => position % SENDERS === sender);
      for (const [position, delivery] of mine.entries()) {
        const due = started + (position / mine.length) * SPREAD_MS;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
        const body = JSON.stringify(mention(runId, delivery.index));
        const timestamp = String(Math.floor(Date.now() / 1000));
        const headers: Record<string, string> = {
          "content-type": "application/json",
          "x-slack-request-timestamp": timestamp,
          "x-slack-signature": signSlackBody({ signingSecret: SIGNING_SECRET, rawBody: body, timestamp }),
          ...(delivery.retry ? { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } : {}),
        };
        const sentAt = Date.now();
        const response = await fetch(url, { method: "POST", headers, body });
        ackMs.push(Date.now() - sentAt);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const sentWithinMs = Date.now() - started;
  const deadline = Date.now() + 20_000;
  while (answeredThreads(standIn).size < EVENTS && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const allAnsweredMs = Date.now() - started;

  const perEvent = answeredThreads(standIn);
  const answeredOnce = [...perEvent.values()].filter((count) => count === 1).length;
  const duplicates = [...perEvent.values()].filter((count) => count > 1).length;
  const lost = EVENTS - perEvent.size;
  ackMs.sort((a, b) => a - b);
  const quantile = (q: number) => ackMs[Math.min(ackMs.length - 1, Math.floor(q * ackMs.length))] ?? 0;
  const result = {
    events: EVENTS,
    deliveries: deliveries.length,
    senders: SENDERS,
    sentWithinMs,
    ackP50Ms: quantile(0.5),
    ackP95Ms: quantile(0.95),
    ackMaxMs: ackMs.at(-1) ?? 0,
    http200: statuses.get(200) ?? 0,
    answeredExactlyOnce: answeredOnce,
    duplicates,
    lost,
    asks: askService.asks.length,
    allAnsweredMs,
    floors: {
      everyAckWithin3s: (ackMs.at(-1) ?? Infinity) < ACK_FLOOR_MS && (statuses.get(200) ?? 0) === deliveries.length,
      answeredExactlyOnce: answeredOnce === EVENTS && duplicates === 0,
      noneLost: lost === 0,
      sentWithin10s: sentWithinMs <= 10_000,
    },
  };
  const passed = Object.values(result.floors).every(Boolean);
  console.table([
    { metric: "events / deliveries (incl. retries)", value: `${EVENTS} / ${deliveries.length}` },
    { metric: "sent within (ms)", value: sentWithinMs },
    { metric: "ack p50 / p95 / max (ms)", value: `${result.ackP50Ms} / ${result.ackP95Ms} / ${result.ackMaxMs}` },
    { metric: "HTTP 200", value: result.http200 },
    { metric: "answered exactly once", value: answeredOnce },
    { metric: "duplicates / lost", value: `${duplicates} / ${lost}` },
    { metric: "all answered after (ms)", value: allAnsweredMs },
    { metric: "floors", value: passed ? "PASS" : `FAIL ${JSON.stringify(result.floors)}` },
  ]);
  const resultsDir = new URL("../results/", import.meta.url).pathname;
  writeFileSync(
    join(resultsDir, "slack-mentions.json"),
    `${JSON.stringify({ ...result, passed, at: new Date().toISOString() }, null, 2)}\n`,
  );

  await surface.stop?.();
  server.close();
  await standIn.stop();
  await store.close();
  rmSync(directory, { recursive: true, force: true });
  if (!passed) process.exitCode = 1;
}

function mention(runId: number, index: number) {
  const ts = `${Math.floor(runId / 1000)}.${String(index).padStart(6, "0")}`;
  return {
    token: "ZZZZZZWSxiZZZ2yIvs3peJ",
    team_id: "T061EG9R6",
    api_app_id: "A0MDYCDME",
    type: "event_callback",
    event_id: `EvBench${runId}x${index}`,
    event_time: Math.floor(runId / 1000),
    event: {
      type: "app_mention",
      user: `U${String(index % 50).padStart(8, "0")}`,
      text: `<@U0LAN0Z89> 質問 ${index}: 特定重要物資とは？`,
      ts,
      channel: "C0LAN2Q65",
      event_ts: ts,
    },
  };
}

/** chat.postMessage calls per thread (one thread per event). */
function answeredThreads(standIn: SlackWebApiStandIn): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of standIn.callsTo("chat.postMessage")) {
    const thread = String(call.params.thread_ts);
    counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  return counts;
}
