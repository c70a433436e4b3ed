import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTION_IDS } from "../../../bots/slack/slack-blocks.ts";
import { questionReference } from "../../../questions/question-reference.ts";
import { validateQuestion } from "../../../rag/answer/validate-question.ts";
import { slackSampleAnswer } from "../../doubles/slow-ask-service.ts";
import { eventually, fixture, type Harness, mentionEvent, startHarness } from "./slack-harness.ts";

type Blocks = {
  type: string;
  text?: { text: string };
  elements?: { text: string | { text: string }; action_id?: string }[];
}[];

function blocksOf(call: { params: Record<string, unknown> } | undefined): Blocks {
  return JSON.parse(String(call?.params.blocks)) as Blocks;
}

describe("ways to ask taiwa in Slack", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it("answers an @mention in the message's thread with 👀, cited Block Kit and buttons", async () => {
    const event = mentionEvent({ eventId: "EvMention1", text: "特定重要物資とは何ですか", ts: "1515449522.000016" });
    expect((await harness.postJson(event)).status).toBe(200);
    const [reaction] = await harness.standIn.waitFor("reactions.add");
    expect(reaction?.params).toMatchObject({ channel: "C0LAN2Q65", timestamp: "1515449522.000016", name: "eyes" });
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    expect(posted?.params).toMatchObject({ channel: "C0LAN2Q65", thread_ts: "1515449522.000016" });
    const blocks = blocksOf(posted);
    expect(blocks[0]?.text?.text).toContain("政令で指定されます（出典1）");
    const citation = blocks.find((block) => block.type === "context" && JSON.stringify(block).includes("出典1:"));
    expect(JSON.stringify(citation)).toContain("経済安全保障推進法の解説");
    expect(JSON.stringify(citation)).toContain("p.12");
    expect(JSON.stringify(citation)).toContain("2024-05");
    expect(JSON.stringify(citation)).toContain("<https://example.go.jp/guide.pdf|リンク>");
    expect(JSON.stringify(blocks)).toContain("独占禁止法上の判断は個別の事案によります。");
    const actions = blocks.find((block) => block.type === "actions");
    expect(actions?.elements?.map((element) => element.action_id)).toEqual([
      ACTION_IDS.thumbsUp,
      ACTION_IDS.thumbsDown,
      ACTION_IDS.escalate,
    ]);

    const [ask] = harness.askService.asks;
    expect(ask).toMatchObject({
      question: "特定重要物資とは何ですか",
      surface: "slack",
      eventKey: "EvMention1",
      workspaceId: "T061EG9R6",
      organisation: "経済産業省テスト",
      delivery: {
        surface: "slack",
        data: { channel: "C0LAN2Q65", threadTs: "1515449522.000016", teamId: "T061EG9R6" },
      },
    });
    expect(ask?.asker.askerId).toMatch(/^slack-[0-9a-f]{24}$/);
    expect(ask?.asker.askerId).not.toContain("U061F7AUR");
  });

  it("says plainly that an unresolved question went to the ministry", async () => {
    harness.askService.answerFor = (request) =>
      slackSampleAnswer({
        question: request.question,
        resolved: false,
        answer: "資料に根拠が見つかりませんでした。",
        citations: [],
        reason: "no-evidence",
      });
    await harness.postJson(mentionEvent({ eventId: "EvUnresolved", text: "未知の制度は？" }));
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    expect(JSON.stringify(blocksOf(posted))).toContain("この質問は省庁の担当者に引き継ぎました");
    expect(String(posted?.params.text)).toContain("この質問は省庁の担当者に引き継ぎました");
    // An opaque reference, never the log's running number (issue 12 item 10).
    expect(JSON.stringify(blocksOf(posted))).toContain(`受付番号 ${questionReference("EvUnresolved")}`);
    expect(JSON.stringify(posted?.params)).not.toContain("q-1");
  });

  it("reads a follow-up in a thread with the thread's first question as context", async () => {
    await harness.postJson(mentionEvent({ eventId: "EvFirst", text: "特定重要物資とは？", ts: "1600000000.000100" }));
    await harness.standIn.waitFor("chat.postMessage");
    await harness.postJson(
      mentionEvent({
        eventId: "EvFollow",
        text: "その指定の手続きは？",
        ts: "1600000000.000200",
        threadTs: "1600000000.000100",
      }),
    );
    await harness.standIn.waitFor("chat.postMessage", 2);
    expect(harness.askService.asks[0]?.context).toBeUndefined();
    expect(harness.askService.asks[1]).toMatchObject({
      question: "その指定の手続きは？",
      context: "特定重要物資とは？",
    });
    expect(harness.standIn.callsTo("chat.postMessage")[1]?.params.thread_ts).toBe("1600000000.000100");
  });

  it("answers a direct message (message.im) in the DM", async () => {
    const body = fixture<{ event: Record<string, unknown> }>("message_im.json");
    body.event.text = "基幹インフラ制度の対象は？";
    await harness.postJson(body);
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    expect(posted?.params.channel).toBe("D024BE91L");
    expect(posted?.params.thread_ts).toBeUndefined();
    expect(harness.askService.asks[0]).toMatchObject({
      question: "基幹インフラ制度の対象は？",
      eventKey: "Ev0PV52K21",
    });
  });

  it("ignores bot messages, its own messages and edits: no loops", async () => {
    await harness.postJson(fixture("message_im_bot.json"));
    const own = fixture<{ event: Record<string, unknown>; event_id: string }>("message_im.json");
    own.event_id = "EvOwn";
    own.event.user = "U0LAN0Z89"; // the bot's own user id, as auth.test reports it
    await harness.postJson(own);
    const edited = fixture<{ event: Record<string, unknown>; event_id: string }>("message_im.json");
    edited.event_id = "EvEdit";
    edited.event.subtype = "message_changed";
    await harness.postJson(edited);
    const botMention = mentionEvent({ eventId: "EvBotMention", text: "ループ？" });
    (botMention.event as Record<string, unknown>).bot_id = "B999";
    await harness.postJson(botMention);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(harness.askService.asks).toHaveLength(0);
    expect(harness.standIn.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("answers the slash command (form data) only to the asker, with a share button", async () => {
    const fields = Object.fromEntries(new URLSearchParams(fixture<string>("slash_command.txt")));
    fields.command = "/taiwa";
    fields.text = "経済安全保障推進法の4つの柱は？";
    fields.response_url = harness.standIn.responseUrl("commands/1234/5678");
    const response = await harness.postForm(fields);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response_type: "ephemeral" });
    const [ephemeral] = await harness.standIn.waitFor("chat.postEphemeral");
    expect(ephemeral?.params).toMatchObject({ channel: "C2147483705", user: "U2147483697" });
    const actions = blocksOf(ephemeral).find((block) => block.type === "actions");
    expect(actions?.elements?.map((element) => element.action_id)).toContain(ACTION_IDS.share);
    expect(harness.standIn.callsTo("chat.postMessage")).toHaveLength(0);
    expect(harness.askService.asks[0]).toMatchObject({
      workspaceId: "T0001",
      organisation: "Globular",
      delivery: { data: { channel: "C2147483705", userId: "U2147483697", private: true } },
    });
  });

  it("answers the 「taiwaに聞く」 message shortcut in the message's thread", async () => {
    const payload = fixture<{ message: { text: string } }>("message_action.json");
    payload.message.text = "この資料の対象期間は？";
    const response = await harness.postPayload(payload);
    expect(response.status).toBe(200);
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    expect(posted?.params).toMatchObject({ channel: "D0LFFBKLZ", thread_ts: "1516229207.000133" });
    expect(harness.askService.asks[0]?.question).toBe("この資料の対象期間は？");
  });

  it("replies with a friendly message when a user asks too often", async () => {
    await harness.close();
    harness = await startHarness({ SLACK_RATE_LIMIT_PER_USER: 2 });
    for (const id of ["EvRate1", "EvRate2", "EvRate3"])
      await harness.postJson(mentionEvent({ eventId: id, text: `質問 ${id}` }));
    await harness.standIn.waitFor("chat.postMessage", 3);
    await eventually(() => harness.askService.asks.length === 2);
    const texts = harness.standIn.callsTo("chat.postMessage").map((call) => String(call.params.text));
    expect(texts.filter((text) => text.includes("1分ほど待ってから"))).toHaveLength(1);
  });

  describe("no silent or vague replies (issue 12 item 12)", () => {
    function fileShare(text: string) {
      const body = fixture<{ event: Record<string, unknown>; event_id: string }>("message_im.json");
      body.event_id = `EvFile${text.length}`;
      body.event = {
        ...body.event,
        subtype: "file_share",
        text,
        files: [{ id: "F0123ABCD", name: "資料.pdf", mimetype: "application/pdf" }],
      };
      return body;
    }

    it("answers the text of a DM that has a file attached", async () => {
      await harness.postJson(fileShare("この資料の特定重要物資とは？"));
      const [posted] = await harness.standIn.waitFor("chat.postMessage");
      expect(harness.askService.asks[0]?.question).toBe("この資料の特定重要物資とは？");
      expect(posted?.params.channel).toBe("D024BE91L");
      expect(String(posted?.params.blocks)).toContain("添付ファイルは読み取りません");
    });

    it("says that files are not read when a DM has only a file", async () => {
      await harness.postJson(fileShare(""));
      const [posted] = await harness.standIn.waitFor("chat.postMessage");
      expect(String(posted?.params.text)).toContain("添付ファイルは読み取りません");
      expect(harness.askService.asks).toHaveLength(0);
    });

    it("gives the length message, with the limit, for an over-long slash command", async () => {
      harness.askService.answerFor = (request) => {
        validateQuestion(request.question, 2000);
        return slackSampleAnswer({ question: request.question });
      };
      const fields = Object.fromEntries(new URLSearchParams(fixture<string>("slash_command.txt")));
      fields.command = "/taiwa";
      fields.text = "経済安全保障".repeat(400);
      fields.response_url = harness.standIn.responseUrl("commands/1234/5678");
      await harness.postForm(fields);
      const [reply] = await harness.standIn.waitFor("chat.postEphemeral");
      expect(String(reply?.params.text)).toContain("長すぎます");
      expect(String(reply?.params.text)).toContain("2000");
      expect(String(reply?.params.text)).not.toContain("回答を用意できませんでした");
    });

    it("answers a shortcut on a message without text only to the person who used it", async () => {
      const payload = fixture<{ message: { text: string } }>("message_action.json");
      payload.message.text = "";
      await harness.postPayload(payload);
      const [reply] = await harness.standIn.waitFor("chat.postEphemeral");
      expect(reply?.params.user).toBe(fixture<{ user: { id: string } }>("message_action.json").user.id);
      expect(String(reply?.params.text)).toContain("本文");
      expect(harness.standIn.callsTo("chat.postMessage")).toHaveLength(0);
      expect(harness.askService.asks).toHaveLength(0);
    });
  });
});
