import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { createLogger } from "../../../app/logger.ts";
import { MINISTRY_HEADER, SlackNotifier } from "../../../bots/slack/slack-notifier.ts";
import { questionReference } from "../../../questions/question-reference.ts";
import type { QuestionEntry } from "../../../questions/types.ts";
import { SlackWebApiStandIn } from "../../doubles/slack-web-api-stand-in.ts";
import { BOT_TOKEN } from "./slack-harness.ts";

function entry(data: Record<string, unknown>): QuestionEntry {
  return {
    id: "q-1",
    eventKey: "EvMention1",
    surface: "slack",
    workspaceId: "T061EG9R6",
    asker: { askerId: "slack-abc" },
    question: "特定重要物資の指定手続きは？",
    botAnswer: "資料に根拠が見つかりませんでした。",
    citations: [],
    reason: "unresolved",
    delivery: { surface: "slack", data },
    status: "answered",
    receivedAt: new Date("2026-11-01T00:00:00Z"),
    deliveryAttempts: 0,
  };
}

describe("SlackNotifier", () => {
  let standIn: SlackWebApiStandIn;
  let notifier: SlackNotifier;
  beforeEach(async () => {
    standIn = new SlackWebApiStandIn({ botToken: BOT_TOKEN });
    await standIn.start();
    notifier = new SlackNotifier({
      token: BOT_TOKEN,
      slackApiUrl: standIn.url,
      logger: createLogger({ LOG_LEVEL: "silent" }),
    });
  });
  afterEach(async () => {
    await standIn.stop();
  });

  it("posts the ministry's answer to the original thread under the header", async () => {
    const before = Date.now();
    const { deliveredAt } = await notifier.deliver({
      entry: entry({ channel: "C0LAN2Q65", threadTs: "1515449522.000016", teamId: "T061EG9R6" }),
      answer: "政令で定める手続に従い指定されます。<詳細>は担当課へ & お問い合わせください。",
    });
    expect(deliveredAt.getTime()).toBeGreaterThanOrEqual(before);
    const [posted] = standIn.callsTo("chat.postMessage");
    expect(posted?.params).toMatchObject({ channel: "C0LAN2Q65", thread_ts: "1515449522.000016" });
    const blocks = String(posted?.params.blocks);
    expect(blocks).toContain(MINISTRY_HEADER);
    expect(blocks).toContain("&lt;詳細&gt;は担当課へ &amp; お問い合わせください");
    expect(String(posted?.params.text)).toContain("経済産業省担当者からの回答");
    // The 受付番号 the asker was given, so they can match the answer to their question (issue 12 item 10).
    expect(blocks).toContain(`受付番号 ${questionReference("EvMention1")}`);
    expect(blocks).not.toContain("q-1");
  });

  it("posts a correction to the same thread, saying it corrects the earlier answer", async () => {
    await notifier.deliver({
      entry: entry({ channel: "C0LAN2Q65", threadTs: "1515449522.000016" }),
      answer: "訂正後の回答です。",
      correction: true,
    });
    const [posted] = standIn.callsTo("chat.postMessage");
    expect(posted?.params).toMatchObject({ channel: "C0LAN2Q65", thread_ts: "1515449522.000016" });
    const blocks = String(posted?.params.blocks);
    expect(blocks).toContain("経済産業省担当者からの回答(訂正)");
    expect(blocks).toContain("先にお送りした回答を、次のとおり訂正します。");
    expect(String(posted?.params.text)).toMatch(/^経済産業省担当者からの回答\(訂正\)/);
  });

  it("posts to a DM when the question had no thread", async () => {
    await notifier.deliver({ entry: entry({ channel: "D024BE91L" }), answer: "回答です。" });
    const [posted] = standIn.callsTo("chat.postMessage");
    expect(posted?.params.channel).toBe("D024BE91L");
    expect(posted?.params.thread_ts).toBeUndefined();
  });

  it("sends the answer to a privately asked question (slash command) to the asker's DM, not the channel", async () => {
    await notifier.deliver({
      entry: entry({ channel: "C2147483705", userId: "U2147483697", private: true }),
      answer: "回答です。",
    });
    const [opened] = standIn.callsTo("conversations.open");
    expect(opened?.params.users).toBe("U2147483697");
    const [posted] = standIn.callsTo("chat.postMessage");
    expect(posted?.params.channel).toBe("D2147483697");
  });

  it("fails closed when Slack opens no DM for a private question: never the channel, not retryable", async () => {
    standIn.noDmChannel.add("U2147483697");
    const failure = await notifier
      .deliver({ entry: entry({ channel: "C2147483705", userId: "U2147483697", private: true }), answer: "回答です。" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaiwaError);
    expect((failure as TaiwaError).code).toBe("delivery_failed");
    expect((failure as TaiwaError).isRetryable).toBe(false);
    expect(standIn.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("throws a retryable delivery_failed error when Slack fails transiently", async () => {
    standIn.fail({ method: "chat.postMessage", error: "internal_error", times: 5 });
    const failure = await notifier
      .deliver({ entry: entry({ channel: "C1" }), answer: "回答" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaiwaError);
    expect(failure).toMatchObject({ code: "delivery_failed", isRetryable: true });
  });

  it("throws a non-retryable delivery_failed error when the channel is gone, and without a target", async () => {
    standIn.missingChannels.add("CGONE");
    await expect(notifier.deliver({ entry: entry({ channel: "CGONE" }), answer: "回答" })).rejects.toMatchObject({
      code: "delivery_failed",
      isRetryable: false,
    });
    await expect(notifier.deliver({ entry: entry({}), answer: "回答" })).rejects.toMatchObject({
      code: "delivery_failed",
    });
  });
});
