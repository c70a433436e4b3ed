import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { slackSampleAnswer } from "../../doubles/slow-ask-service.ts";
import { fixture, type Harness, mentionEvent, startHarness } from "./slack-harness.ts";

describe("Slack API errors do not crash the bot or lose the question", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it("retries a 429 after its Retry-After delay", async () => {
    harness.standIn.fail({ method: "chat.postMessage", status: 429, retryAfterSeconds: 1 });
    await harness.postJson(mentionEvent({ eventId: "Ev429", text: "質問です" }));
    const calls = await harness.standIn.waitFor("chat.postMessage", 2, 10_000);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(String(calls[1]?.params.blocks)).toContain("政令で指定されます");
  });

  it("falls back to plain text when Slack answers invalid_blocks", async () => {
    harness.standIn.fail({ method: "chat.postMessage", error: "invalid_blocks" });
    await harness.postJson(mentionEvent({ eventId: "EvBlocks", text: "質問です", ts: "1515449522.000777" }));
    const calls = await harness.standIn.waitFor("chat.postMessage", 2);
    expect(calls[0]?.params.blocks).toBeDefined();
    expect(calls[1]?.params.blocks).toBeUndefined();
    expect(calls[1]?.params).toMatchObject({ thread_ts: "1515449522.000777" });
    expect(String(calls[1]?.params.text)).toContain("政令で指定されます（出典1）");
  });

  it("keeps a very long answer within Slack's limits (the stand-in accepts it)", async () => {
    const sentence = "経済安全保障に関する長い説明の文です。".repeat(20);
    harness.askService.answerFor = (request) =>
      slackSampleAnswer({
        question: request.question,
        answer: `${sentence}${"あ".repeat(3500)}${"😀".repeat(2000)}`.repeat(20),
      });
    await harness.postJson(mentionEvent({ eventId: "EvLong", text: "長い回答" }));
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    const blocks = JSON.parse(String(posted?.params.blocks)) as { type: string; text?: { text: string } }[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    expect(harness.standIn.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("logs channel_not_found, still hands the question to askService, and keeps serving", async () => {
    harness.standIn.missingChannels.add("CGONE");
    await harness.postJson(mentionEvent({ eventId: "EvGone", text: "消えたチャンネル", channel: "CGONE" }));
    await harness.standIn.waitFor("chat.postMessage");
    expect(harness.askService.asks[0]).toMatchObject({ eventKey: "EvGone", delivery: { data: { channel: "CGONE" } } });
    await harness.postJson(mentionEvent({ eventId: "EvAfter", text: "次の質問" }));
    const calls = await harness.standIn.waitFor("chat.postMessage", 2);
    expect(calls[1]?.params.channel).toBe("C0LAN2Q65");
  });

  it("answers a slash command through response_url when the bot is not in the channel", async () => {
    harness.standIn.notInChannel.add("C2147483705");
    const fields = Object.fromEntries(new URLSearchParams(fixture<string>("slash_command.txt")));
    fields.command = "/taiwa";
    fields.text = "質問です";
    fields.response_url = harness.standIn.responseUrl("commands/1234/5678");
    await harness.postForm(fields);
    const [responded] = await harness.standIn.waitFor("response_url");
    expect(responded?.params).toMatchObject({ response_type: "ephemeral", path: "/response/commands/1234/5678" });
    expect(JSON.stringify(responded?.params.blocks)).toContain("政令で指定されます");
  });

  it("answers a message shortcut through response_url when taiwa is not in that channel", async () => {
    harness.standIn.notInChannel.add("D0LFFBKLZ");
    const payload = fixture<{ message: { text: string }; response_url: string }>("message_action.json");
    payload.message.text = "この資料の対象期間は？";
    payload.response_url = harness.standIn.responseUrl("app-actions/1");
    await harness.postPayload(payload);
    const [responded] = await harness.standIn.waitFor("response_url");
    expect(responded?.params).toMatchObject({ response_type: "ephemeral", path: "/response/app-actions/1" });
    expect(harness.askService.asks).toHaveLength(1);
  });

  it("still answers when auth.test fails, and learns the bot's ids on a later event", async () => {
    harness.standIn.fail({ method: "auth.test", error: "internal_error", times: 1 });
    await harness.postJson(mentionEvent({ eventId: "EvNoAuth", text: "質問です" }));
    await harness.standIn.waitFor("chat.postMessage");
    await harness.postJson(mentionEvent({ eventId: "EvAuthOk", text: "次の質問" }));
    await harness.standIn.waitFor("chat.postMessage", 2);
    expect(harness.standIn.callsTo("auth.test").length).toBeGreaterThanOrEqual(2);
  });

  it("says plainly that the index is being prepared when a question outlasts the start-up wait", async () => {
    harness.askService.failWith = new TaiwaError("index_missing", "資料の索引を準備中です。", { isRetryable: true });
    await harness.postJson(mentionEvent({ eventId: "EvEarly", text: "質問です" }));
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    expect(String(posted?.params.text)).toBe("資料の索引を準備中です。しばらくしてからもう一度お試しください。");
  });

  it("tells the asker when the answer could not be prepared", async () => {
    harness.askService.failWith = new Error("core down");
    await harness.postJson(mentionEvent({ eventId: "EvFail", text: "質問です" }));
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    expect(String(posted?.params.text)).toContain("回答を用意できませんでした");
  });
});
