import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../app/logger.ts";
import { SlackNotifier } from "../../bots/slack/slack-notifier.ts";
import { createDeliveryWorker } from "../../questions/delivery-worker.ts";
import { questionReference } from "../../questions/question-reference.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import type { Surface } from "../../questions/types.ts";
import { listWebReplies, WebNotifier } from "../../questions/web-notifier.ts";
import { BOT_TOKEN } from "../bots/slack/slack-harness.ts";
import { RecordingNotifier } from "../doubles/recording-notifier.ts";
import { SlackWebApiStandIn } from "../doubles/slack-web-api-stand-in.ts";

describe("DeliveryWorker", () => {
  let log: SqliteQuestionLog;
  let clock: Date;
  const logger = createLogger({ LOG_LEVEL: "silent" });

  beforeEach(async () => {
    log = await SqliteQuestionLog.open({ dataDir: mkdtempSync(join(tmpdir(), "taiwa-delivery-")) });
    clock = new Date("2026-04-06T00:00:00Z");
  });
  afterEach(() => log.close());

  async function answered(surface: Surface, askerId = "asker-1"): Promise<string> {
    const { entry } = await log.record({
      eventKey: `ev-${Math.random()}`,
      surface,
      asker: { askerId },
      question: "質問",
      botAnswer: "",
      citations: [],
      reason: "unresolved",
      delivery: { surface, data: { channel: "C1", threadTs: "9.9" } },
    });
    await log.answer({ id: entry.id, actor: "sato", answer: "省庁の回答", at: clock });
    return entry.id;
  }

  it("delivers an answer through the entry's surface notifier and records it", async () => {
    const slack = new RecordingNotifier("slack");
    const teams = new RecordingNotifier("teams");
    const worker = createDeliveryWorker({ questionLog: log, notifiers: [slack, teams], logger, now: () => clock });
    const id = await answered("slack");
    expect(await worker.runOnce()).toEqual({ delivered: [id], failed: [] });
    expect(slack.delivered).toEqual([
      { entryId: id, answer: "省庁の回答", delivery: { surface: "slack", data: { channel: "C1", threadTs: "9.9" } } },
    ]);
    expect(teams.calls).toBe(0);
    expect((await log.get(id))?.deliveredAt).toBeInstanceOf(Date);
    expect((await log.listAudit({ questionId: id })).events.map((event) => event.action)).toContain("delivered");
    expect(await worker.runOnce()).toEqual({ delivered: [], failed: [] });
  });

  it("retries a failed delivery with exponential backoff until it succeeds", async () => {
    const slack = new RecordingNotifier("slack");
    slack.failures = 2;
    const worker = createDeliveryWorker({
      questionLog: log,
      notifiers: [slack],
      logger,
      now: () => clock,
      baseDelayMs: 1000,
    });
    const id = await answered("slack");
    expect((await worker.runOnce()).failed).toEqual([id]);
    const first = await log.get(id);
    expect(first).toMatchObject({ deliveryAttempts: 1, deliveryError: "chat API unavailable (test double)" });
    expect(first?.nextDeliveryAt?.getTime()).toBe(clock.getTime() + 1000);
    expect((await worker.runOnce()).failed).toEqual([]);
    clock = new Date(clock.getTime() + 1000);
    expect((await worker.runOnce()).failed).toEqual([id]);
    expect((await log.get(id))?.nextDeliveryAt?.getTime()).toBe(clock.getTime() + 2000);
    clock = new Date(clock.getTime() + 2000);
    expect((await worker.runOnce()).delivered).toEqual([id]);
    expect(await log.get(id)).toMatchObject({ deliveryAttempts: 3, deliveryError: undefined });
    expect(slack.delivered).toHaveLength(1);
  });

  it("gives up after maxAttempts", async () => {
    const slack = new RecordingNotifier("slack");
    slack.failures = 5;
    const worker = createDeliveryWorker({
      questionLog: log,
      notifiers: [slack],
      logger,
      now: () => clock,
      maxAttempts: 2,
      baseDelayMs: 1,
    });
    const id = await answered("slack");
    await worker.runOnce();
    clock = new Date(clock.getTime() + 10);
    await worker.runOnce();
    clock = new Date(clock.getTime() + 10_000);
    expect(await worker.runOnce()).toEqual({ delivered: [], failed: [] });
    expect(await log.get(id)).toMatchObject({ deliveryAttempts: 2, nextDeliveryAt: undefined });
    expect(slack.calls).toBe(2);
  });

  it("does not retry what retrying cannot fix: no notifier for the surface, or no delivery target", async () => {
    const worker = createDeliveryWorker({
      questionLog: log,
      notifiers: [new RecordingNotifier("slack")],
      logger,
      now: () => clock,
    });
    const teams = await answered("teams");
    const erased = await answered("slack", "asker-erased");
    await log.eraseAsker({ askerId: "asker-erased" });
    expect(new Set((await worker.runOnce()).failed)).toEqual(new Set([teams, erased]));
    expect(await log.get(teams)).toMatchObject({ nextDeliveryAt: undefined });
    expect((await log.get(teams))?.deliveryError).toContain("teams");
    expect((await log.get(erased))?.deliveryError).toContain("配信先");
  });

  it("stops at the first permanent failure (isRetryable: false) instead of retrying for hours", async () => {
    const slack = new RecordingNotifier("slack");
    slack.permanentFailures = 1;
    const worker = createDeliveryWorker({ questionLog: log, notifiers: [slack], logger, now: () => clock });
    const id = await answered("slack");
    expect((await worker.runOnce()).failed).toEqual([id]);
    expect(await log.get(id)).toMatchObject({ deliveryAttempts: 1, nextDeliveryAt: undefined });
    expect((await log.get(id))?.deliveryError).toContain("not_in_channel");
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    expect(await worker.runOnce()).toEqual({ delivered: [], failed: [] });
    expect(slack.calls).toBe(1);
  });

  it("Slack: after not_in_channel, offers a DM to the asker and delivers through it when asked", async () => {
    const standIn = new SlackWebApiStandIn({ botToken: BOT_TOKEN });
    await standIn.start();
    try {
      standIn.notInChannel.add("C1");
      const slack = new SlackNotifier({ token: BOT_TOKEN, slackApiUrl: standIn.url, logger });
      const worker = createDeliveryWorker({ questionLog: log, notifiers: [slack], logger, now: () => clock });
      const { entry } = await log.record({
        eventKey: "ev-dm",
        surface: "slack",
        asker: { askerId: "asker-1" },
        question: "質問",
        botAnswer: "",
        citations: [],
        reason: "unresolved",
        delivery: { surface: "slack", data: { channel: "C1", threadTs: "9.9", userId: "U0ASKER" } },
      });
      await log.answer({ id: entry.id, actor: "sato", answer: "省庁の回答", at: clock });
      expect(worker.alternativeRoute(entry)).toBeUndefined();
      expect((await worker.runOnce()).failed).toEqual([entry.id]);
      const failed = await log.get(entry.id);
      expect(failed).toMatchObject({ deliveryAttempts: 1, nextDeliveryAt: undefined });
      const route = worker.alternativeRoute(failed!);
      expect(route?.label).toBe("本人へのDMで再送");

      expect(await log.retryDelivery({ id: entry.id, at: clock, delivery: route!.delivery })).toBe(true);
      expect((await worker.runOnce()).delivered).toEqual([entry.id]);
      const [posted] = standIn.callsTo("chat.postMessage").filter((call) => call.params.channel !== "C1");
      expect(posted?.params.channel).toBe("D0ASKER");
      expect(posted?.params.thread_ts).toBeUndefined();
      expect(worker.alternativeRoute((await log.get(entry.id))!)).toBeUndefined();
    } finally {
      await standIn.stop();
    }
  });

  it("lets only one of two workers (replicas) deliver the same entry", async () => {
    const first = new RecordingNotifier("slack");
    const second = new RecordingNotifier("slack");
    const a = createDeliveryWorker({ questionLog: log, notifiers: [first], logger, now: () => clock });
    const b = createDeliveryWorker({ questionLog: log, notifiers: [second], logger, now: () => clock });
    await answered("slack");
    await Promise.all([a.runOnce(), b.runOnce()]);
    expect(first.delivered.length + second.delivered.length).toBe(1);
  });

  it("makes web answers available to the asker who asked, and to no one else", async () => {
    const worker = createDeliveryWorker({ questionLog: log, notifiers: [new WebNotifier()], logger, now: () => clock });
    const mine = await answered("web", "web-asker-1");
    await answered("web", "web-asker-2");
    expect((await listWebReplies({ questionLog: log, askerId: "web-asker-1" })).replies).toEqual([]);
    await worker.runOnce();
    const { replies } = await listWebReplies({ questionLog: log, askerId: "web-asker-1" });
    // The opaque reference, never the log's running number (issue 12 item 10).
    const reference = questionReference((await log.get(mine))?.eventKey ?? "");
    expect(replies).toEqual([
      { reference, question: "質問", answer: "省庁の回答", answeredAt: clock, corrected: false },
    ]);
    expect((await log.get(mine))?.readAt).toEqual(expect.any(Date));
  });

  it("delivers a correction of a delivered answer again, flagged as a correction", async () => {
    const slack = new RecordingNotifier("slack");
    const worker = createDeliveryWorker({ questionLog: log, notifiers: [slack], logger, now: () => clock });
    const id = await answered("slack");
    await worker.runOnce();
    await log.correct({ id, actor: "sato", answer: "訂正後の回答", at: clock });
    expect(await worker.runOnce()).toEqual({ delivered: [id], failed: [] });
    expect(slack.delivered.map(({ answer, correction }) => ({ answer, correction }))).toEqual([
      { answer: "省庁の回答", correction: undefined },
      { answer: "訂正後の回答", correction: true },
    ]);
    const { events } = await log.listAudit({ questionId: id });
    expect(events.find((event) => event.action === "delivered")?.detail).toBe("slack(第2版・訂正)");
  });
});
