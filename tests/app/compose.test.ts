import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeTaiwa, type Taiwa } from "../../app/compose.ts";
import { loadConfig } from "../../app/config.ts";
import { createLogger } from "../../app/logger.ts";
import { signSlackBody } from "../../bots/slack/slack-signature.ts";
import type { DeliveryWorker } from "../../questions/delivery-worker.ts";
import { type RunningServer, startServer } from "../../server/start-server.ts";
import { BOT_TOKEN, mentionEvent, SIGNING_SECRET } from "../bots/slack/slack-harness.ts";
import { SlackWebApiStandIn } from "../doubles/slack-web-api-stand-in.ts";

/**
 * The whole process as `npm start` builds it (composeTaiwa + the one server), with Slack pointed at a
 * local Web API stand-in: a question the documents do not cover goes from a Slack mention to the
 * question log, and the ministry's answer goes back to the same thread.
 */
let standIn: SlackWebApiStandIn;
let taiwa: Taiwa;
let server: RunningServer;

beforeAll(async () => {
  standIn = new SlackWebApiStandIn({ botToken: BOT_TOKEN });
  const { url: slackApiUrl } = await standIn.start();
  const config = loadConfig({
    NODE_ENV: "test",
    TAIWA_DATA_DIR: await mkdtemp(join(tmpdir(), "taiwa-compose-")),
    PORT: "0",
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApiUrl,
    ORGANISATION_MAP: JSON.stringify({ T061EG9R6: "サンプル工業会" }),
  });
  const logger = createLogger(config);
  taiwa = await composeTaiwa({ config, logger });
  server = await startServer({ taiwa, config, logger });
  await taiwa.ready;
});

afterAll(async () => {
  await server?.close();
  await standIn?.stop();
});

async function mention(text: string, eventId: string) {
  const event = mentionEvent({ eventId, text: `<@U0LAN0Z89> ${text}`, teamId: "T061EG9R6" });
  const body = JSON.stringify(event);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(`${server.url}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": signSlackBody({ signingSecret: SIGNING_SECRET, rawBody: body, timestamp }),
    },
    body,
  });
}

describe("composeTaiwa with Slack", () => {
  it("serves the web chat, the console and Slack from one process", async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    const console = await fetch(`${server.url}/console/`, { redirect: "manual" });
    expect([302, 303]).toContain(console.status);
    expect(taiwa.surfaces.map((surface) => surface.name)).toEqual(expect.arrayContaining(["slack", "console"]));
  });

  it("answers a covered question in the thread with citations from the bundled corpus", async () => {
    expect((await mention("特定重要物資にはどんな物資がありますか？", "Ev-covered")).status).toBe(200);
    const [posted] = await standIn.waitFor("chat.postMessage");
    expect(JSON.stringify(posted?.params)).toMatch(/出典/);
    const entries = await taiwa.questionLog.list({});
    expect(entries.total).toBe(0);
  });

  it("logs an uncovered question with its organisation and delivers the ministry's answer to the same thread", async () => {
    const before = standIn.callsTo("chat.postMessage").length;
    expect((await mention("ワールドカップの次の開催国はどこですか？", "Ev-uncovered")).status).toBe(200);
    const replies = await standIn.waitFor("chat.postMessage", before + 1);
    const reply = replies[before]!;
    expect(JSON.stringify(reply.params)).toMatch(/引き継ぎました/);

    const { entries } = await taiwa.questionLog.list({});
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toMatchObject({
      surface: "slack",
      organisation: "サンプル工業会",
      status: "open",
      reason: "unresolved",
    });

    await taiwa.questionLog.answer({
      id: entry.id,
      actor: "contact1",
      answer: "公表資料の対象外のため、担当課からご連絡します。",
      at: new Date(),
    });
    const consoleSurface = taiwa.surfaces.find((surface) => surface.name === "console") as unknown as {
      deliveryWorker: DeliveryWorker;
    };
    const { delivered } = await consoleSurface.deliveryWorker.runOnce({ ids: [entry.id] });
    expect(delivered).toEqual([entry.id]);
    const ministry = standIn.callsTo("chat.postMessage").at(-1)!;
    expect(JSON.stringify(ministry.params)).toMatch(/経済産業省担当者からの回答/);
    expect(ministry.params.thread_ts).toBe(reply.params.thread_ts);
    expect((await taiwa.questionLog.get(entry.id))?.deliveredAt).toBeInstanceOf(Date);
  });

  it("lists the bundled corpus's documents with their versions for the web chat's landing", async () => {
    const response = await fetch(`${server.url}/api/documents`);
    const { documents } = (await response.json()) as { documents: { docId: string; version?: string; kind: string }[] };
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.map((document) => document.docId)).toContain("sample-specified-critical-materials");
    expect(documents.find((document) => document.docId === "sample-specified-critical-materials")?.version).toBe(
      "サンプル",
    );
    expect(documents.some((document) => document.kind === "faq")).toBe(false);
  });
});
