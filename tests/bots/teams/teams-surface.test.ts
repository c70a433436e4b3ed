import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../app/config.ts";
import { TaiwaError } from "../../../app/errors.ts";
import { SqliteDedupeStore } from "../../../bots/dedupe/sqlite-dedupe-store.ts";
import { createTeamsSurface } from "../../../bots/teams/teams-surface.ts";
import { questionReference } from "../../../questions/question-reference.ts";
import { type BotConnectorStandIn, startBotConnectorStandIn } from "../../doubles/bot-connector-stand-in.ts";
import { ScriptedAskService } from "../../doubles/recording-ask-service.ts";
import { eventually } from "../slack/slack-harness.ts";
import { fixture, startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";
import { adaptiveCardProblems } from "./validate-card.ts";

const TENANT = "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d";

type Attachment = {
  contentType: string;
  content: { body: { type: string; text?: string }[]; actions?: { title: string }[] };
};
const cardOf = (activity: Record<string, unknown>) => (activity.attachments as Attachment[])[0]?.content;
const texts = (activity: Record<string, unknown>) => JSON.stringify(cardOf(activity));

describe("Teams surface in local development mode (no MICROSOFT_APP_ID)", () => {
  let connector: BotConnectorStandIn;
  let harness: TeamsHarness;
  const conversations: string[] = [];

  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
  });
  afterAll(async () => {
    await connector.close();
  });
  beforeEach(async () => {
    connector.calls.length = 0;
    harness = await startTeamsHarness({
      conversationStore: { save: async ({ conversationId }) => void conversations.push(conversationId) },
    });
  });
  afterEach(async () => {
    await harness.close();
  });

  it("says loudly that it is unauthenticated, at start-up and in describe()", () => {
    expect(harness.surface.describe()).toMatch(/DEVELOPMENT MODE.*no authentication/);
    expect(harness.logs.some((log) => log.level === 40 && String(log.msg).includes("NOT authenticated"))).toBe(true);
  });

  it("refuses development mode when NODE_ENV=production, naming MICROSOFT_APP_ID", () => {
    const config = loadConfig({ NODE_ENV: "production" });
    const create = () =>
      createTeamsSurface({
        config,
        logger: pino({ level: "silent" }),
        askService: new ScriptedAskService(),
        dedupeStore: new SqliteDedupeStore({ path: ":memory:" }),
      });
    expect(create).toThrowError(TaiwaError);
    expect(create).toThrowError(/MICROSOFT_APP_ID/);
  });

  it("refuses development mode on a non-loopback HOST with one line naming MICROSOFT_APP_ID and HOST (issue 12 item 19)", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "taiwa.example.jp"]) {
      const config = loadConfig({ NODE_ENV: "development", HOST: host });
      const create = () =>
        createTeamsSurface({
          config,
          logger: pino({ level: "silent" }),
          askService: new ScriptedAskService(),
          dedupeStore: new SqliteDedupeStore({ path: ":memory:" }),
        });
      expect(create).toThrowError(TaiwaError);
      try {
        create();
      } catch (error) {
        const message = (error as Error).message;
        expect(message).toContain("MICROSOFT_APP_ID");
        expect(message).toContain("HOST");
        expect(message).not.toContain("\n");
      }
    }
    for (const host of ["127.0.0.1", "::1", "localhost"]) {
      const config = loadConfig({ NODE_ENV: "development", HOST: host });
      expect(() =>
        createTeamsSurface({
          config,
          logger: pino({ level: "silent" }),
          askService: new ScriptedAskService(),
          dedupeStore: new SqliteDedupeStore({ path: ":memory:" }),
        }),
      ).not.toThrow();
    }
  });

  it("turns botbuilder's own configuration checks into config_invalid", () => {
    const config = loadConfig({
      MICROSOFT_APP_ID: "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
      MICROSOFT_APP_TYPE: "UserAssignedMSI",
      MICROSOFT_APP_TENANT_ID: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
      MICROSOFT_APP_PASSWORD: "not-for-msi",
    });
    const create = () =>
      createTeamsSurface({
        config,
        logger: pino({ level: "silent" }),
        askService: new ScriptedAskService(),
        dedupeStore: new SqliteDedupeStore({ path: ":memory:" }),
      });
    expect(create).toThrowError(/MICROSOFT_APP_\*/);
  });

  it("answers a personal chat message with a typing indicator and a valid answer card", async () => {
    const response = await harness.post(fixture("personal-message", connector.url));
    expect(response.status).toBe(200);
    const [message] = await connector.waitForMessages(1);
    if (!message) throw new Error("no message");
    expect(connector.calls[0]?.activity.type).toBe("typing");
    expect(harness.askService.asks[0]).toMatchObject({
      question: "サプライチェーン調査では何を準備すればよいですか？",
      surface: "teams",
      eventKey: "teams:1763616001123",
      workspaceId: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
      asker: { displayName: "山田 花子" },
    });
    expect(harness.askService.asks[0]?.asker.askerId).toMatch(/^teams:[0-9a-f]{24}$/);
    const call = connector.calls.find((candidate) => candidate.activity === message);
    expect(call?.conversationId).toBe("a:1Xy2Zw3Vu4Ts5Rq6Po7Nm8Lk9Ji0HgFeDcBa-personal-chat");
    expect(call?.activityId).toBe("1763616001123");
    expect(texts(message)).toContain("出典 2件に基づく回答");
    expect(texts(message)).toContain("［1］](https://www.meti.go.jp/example/1.pdf)");
    expect(texts(message)).toContain("独占禁止法");
    expect(cardOf(message)?.actions?.map((action) => action.title)).toEqual([
      "👍 役に立った",
      "👎 役に立たなかった",
      "省庁に確認する",
    ]);
    expect(adaptiveCardProblems(cardOf(message))).toEqual([]);
    expect(conversations).toContain("a:1Xy2Zw3Vu4Ts5Rq6Po7Nm8Lk9Ji0HgFeDcBa-personal-chat");
  });

  it("answers a channel @mention in the same thread, without the mention text, and stores the thread reference", async () => {
    await harness.post(fixture("channel-mention", connector.url));
    const [message] = await connector.waitForMessages(1);
    const ask = harness.askService.asks[0];
    expect(ask?.question).toBe("特定重要物資の安定供給確保のために事業者が取り組むべきことは？");
    const threadId = "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2;messageid=1763615554567";
    expect(connector.calls.find((call) => call.activity === message)).toMatchObject({
      method: "POST",
      conversationId: threadId,
      activityId: "1763615554567",
    });
    expect(ask?.delivery).toMatchObject({
      surface: "teams",
      data: {
        tenantId: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
        teamId: "19:f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5@thread.tacv2",
        reference: {
          conversation: { id: threadId, tenantId: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d" },
          serviceUrl: connector.url,
          activityId: "1763615554567",
        },
      },
    });
  });

  it("answers a group chat @mention", async () => {
    await harness.post(fixture("group-chat-mention", connector.url));
    await connector.waitForMessages(1);
    expect(harness.askService.asks[0]?.question).toBe("基幹インフラの事前審査の対象は？");
    expect(connector.calls.at(-1)?.conversationId).toBe("19:meeting_group_chat_1a2b3c4d@thread.v2");
  });

  it("says plainly that an unresolved question went to the ministry, without offering to escalate again", async () => {
    harness.askService.nextAnswer = {
      resolved: false,
      reason: "no-evidence",
      answer: "資料から確かな回答が見つかりませんでした。",
      citations: [],
      notes: [],
    };
    harness.askService.nextQuestionId = "42";
    await harness.post(fixture("personal-message", connector.url));
    const [message] = await connector.waitForMessages(1);
    if (!message) throw new Error("no message");
    // The opaque reference, never the log's running number (issue 12 item 10).
    expect(texts(message)).toContain(
      `経済産業省の担当者に引き継ぎました（受付番号 ${questionReference("teams:1763616001123")}）`,
    );
    expect(texts(message)).not.toContain("受付番号 42");
    expect(cardOf(message)?.actions?.map((action) => action.title)).toEqual(["👍 役に立った", "👎 役に立たなかった"]);
    expect(adaptiveCardProblems(cardOf(message))).toEqual([]);
  });

  it("sends a long generated answer as one capped card, not a run of cards (issue 12 item 11)", async () => {
    const long = Array.from(
      { length: 60 },
      (_, index) => `第${index + 1}項: ${"重要物資の供給網を点検し、代替調達先を確保する。".repeat(12)}[1]`,
    ).join("\n");
    harness.askService.nextAnswer = { answer: long, mode: "generated" };
    await harness.post(fixture("personal-message", connector.url));
    const [message] = await connector.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.messages()).toHaveLength(1);
    expect(connector.calls.filter((call) => call.status !== 200)).toEqual([]);
    expect(adaptiveCardProblems(cardOf(message ?? {}))).toEqual([]);
    expect(texts(message ?? {})).toContain("続きは出典をご覧ください");
    expect(texts(message ?? {})).toContain("👍");
  });

  it("shows a friendly error when the answer fails", async () => {
    harness.askService.failWith = new TaiwaError("model_timeout", "upstream timed out after 20000 ms");
    await harness.post(fixture("personal-message", connector.url));
    const [message] = await connector.waitForMessages(1);
    expect(message?.text).toContain("時間がかかりすぎました");
    expect(JSON.stringify(message)).not.toContain("20000");
  });

  it("says plainly that the index is being prepared when a question outlasts the start-up wait", async () => {
    harness.askService.failWith = new TaiwaError("index_missing", "資料の索引を準備中です。", { isRetryable: true });
    await harness.post(fixture("personal-message", connector.url));
    const [message] = await connector.waitForMessages(1);
    expect(message?.text).toBe("資料の索引を準備中です。しばらくしてからもう一度お試しください。");
  });

  it("answers in English when the question was in English", async () => {
    harness.askService.failWith = new TaiwaError("rate_limited", "too many");
    await harness.post({ ...fixture("personal-message", connector.url), text: "What must companies prepare?" });
    const [message] = await connector.waitForMessages(1);
    expect(message?.text).toBe("Many questions are arriving at once. Please wait a minute and try again.");
  });

  it("welcomes the team when the app is added (conversationUpdate)", async () => {
    await harness.post(fixture("conversation-update-bot-added", connector.url));
    const [message] = await connector.waitForMessages(1);
    if (!message) throw new Error("no message");
    expect(texts(message)).toContain("taiwa へようこそ");
    expect(texts(message)).toContain("@taiwa とメンション");
    expect(adaptiveCardProblems(cardOf(message))).toEqual([]);
    expect(harness.askService.asks).toEqual([]);
  });

  it("tells a group chat to @mention taiwa, since Teams only delivers mentions there (issue 12 item 10)", async () => {
    const added = fixture("conversation-update-bot-added", connector.url);
    await harness.post({
      ...added,
      conversation: {
        isGroup: true,
        conversationType: "groupChat",
        tenantId: TENANT,
        id: "19:meeting_group@thread.v2",
      },
      channelData: { tenant: { id: TENANT } },
    });
    const [message] = await connector.waitForMessages(1);
    if (!message) throw new Error("no message");
    expect(texts(message)).toContain("@taiwa とメンション");
    expect(texts(message)).not.toContain("そのまま質問を書いて");
    expect(message.summary).toBe("taiwa へようこそ");
    expect(adaptiveCardProblems(cardOf(message))).toEqual([]);
  });

  it("gives answer cards a notification summary from the answer, never the question (issue 12 item 10)", async () => {
    await harness.post(fixture("channel-mention", connector.url));
    const [message] = await connector.waitForMessages(1);
    expect(message?.summary).toBe("サプライチェーンの把握が求められます［1］。調達先の多様化も挙げられています［2］。");
    expect(String(message?.summary)).not.toContain("特定重要物資の安定供給確保");
  });

  it("confirms a legacy Action.Submit click in a channel only to the clicker, in a 1:1 chat (issue 12 item 10)", async () => {
    await harness.post(fixture("submit-feedback-escalate", connector.url));
    const [message] = await connector.waitForMessages(1);
    const call = connector.calls.find((candidate) => candidate.activity === message);
    expect(call?.conversationId).not.toContain("@thread.tacv2");
    expect(connector.created[0]).toMatchObject({
      isGroup: false,
      members: [{ id: "29:1q2w3e4r5t6y7u8i9o0pAbCdEfGhIjKlMnOpQrStUvWxYz" }],
      tenantId: TENANT,
    });
    expect(call?.conversationId).toBe(connector.created[0]?.id);
    expect(call?.activityId).toBeUndefined();
    expect(message?.text).toMatch(/確認を依頼しました（受付番号 [0-9A-Z]{4}-[0-9A-Z]{4}）/);
    expect(connector.calls.filter((candidate) => candidate.conversationId.includes("@thread.tacv2"))).toEqual([]);
    expect(harness.askService.asks).toEqual([]);
    expect(harness.askService.feedbacks[0]).toMatchObject({
      surface: "teams",
      kind: "escalated",
      question: "特定重要物資の安定供給確保のために事業者が取り組むべきことは？",
      userContext: "当社は半導体製造装置の部品を扱っています。",
      workspaceId: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
      delivery: {
        surface: "teams",
        data: {
          reference: {
            conversation: { id: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2;messageid=1763615554567" },
          },
        },
      },
    });
  });

  it("posts nothing in the channel when Teams refuses the 1:1 chat for a legacy click (issue 12 item 10)", async () => {
    connector.refuseConversations = true;
    try {
      await harness.post(fixture("submit-feedback-escalate", connector.url));
      const deadline = Date.now() + 5_000;
      while (harness.askService.feedbacks.length === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(harness.askService.feedbacks[0]).toMatchObject({ kind: "escalated" });
      expect(connector.messages()).toEqual([]);
      expect(harness.logs.some((log) => String(log.msg).includes("confirmation not sent"))).toBe(true);
    } finally {
      connector.refuseConversations = false;
    }
  });

  it("answers an Action.Execute click in a channel with an invoke response only the clicker sees (issue 12 item 10)", async () => {
    const invoke = fixture("invoke-adaptive-card-action", connector.url);
    const channel = fixture("channel-mention", connector.url);
    const response = await harness.post({
      ...invoke,
      conversation: channel.conversation,
      channelData: channel.channelData,
      value: {
        action: {
          type: "Action.Execute",
          verb: "feedback",
          data: {
            action: "feedback",
            kind: "escalated",
            answerId: "answer-9",
            question: "質問",
            userContext: "補足です",
          },
        },
        trigger: "manual",
      },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: string; value: string };
    expect(body.type).toBe("application/vnd.microsoft.activity.message");
    expect(body.value).toContain("確認を依頼しました（受付番号 ");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.messages()).toEqual([]);
    expect(harness.askService.feedbacks[0]).toMatchObject({ kind: "escalated", userContext: "補足です" });
  });

  it("uses the remembered answer for feedback on a card it sent", async () => {
    await harness.post(fixture("personal-message", connector.url));
    await connector.waitForMessages(1);
    const response = await harness.post(fixture("invoke-adaptive-card-action", connector.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: expect.stringContaining("ご指摘ありがとうございます"),
    });
    expect(harness.askService.feedbacks[0]).toMatchObject({
      kind: "thumbs-down",
      question: "サプライチェーン調査では何を準備すればよいですか？",
      answer: { citations: [expect.objectContaining({ n: 1 }), expect.objectContaining({ n: 2 })] },
    });
  });

  it("one person's 👎 then 「省庁に確認する」 on the same answer is one log entry (one key), also after a restart", async () => {
    await harness.post(fixture("personal-message", connector.url));
    await connector.waitForMessages(1);
    await harness.post(fixture("invoke-adaptive-card-action", connector.url));
    await harness.post({ ...fixture("submit-feedback-escalate", connector.url), id: "escalate-1" });
    await connector.waitForMessages(2);
    const [down, escalated] = harness.askService.feedbacks;
    expect(down?.kind).toBe("thumbs-down");
    expect(escalated?.kind).toBe("escalated");
    // The asker's own feedback lands on their question's entry.
    expect(down?.eventKey).toBe("teams:1763616001123");
    expect(escalated?.eventKey).toBe(down?.eventKey);
    expect(escalated?.asker.askerId).toBe(down?.asker.askerId);

    // Without the answer in memory (a restart), both clicks still share one key.
    const fresh = await startTeamsHarness();
    try {
      await fresh.post({ ...fixture("invoke-adaptive-card-action", connector.url), id: "down-2" });
      await fresh.post({ ...fixture("submit-feedback-escalate", connector.url), id: "escalate-2" });
      await eventually(() => fresh.askService.feedbacks.length === 2);
      const [again, thenEscalated] = fresh.askService.feedbacks;
      expect(thenEscalated?.eventKey).toBe(again?.eventKey);
    } finally {
      await fresh.close();
    }
  });

  it("answers a redelivered activity (same id) once, also on another replica sharing the store", async () => {
    const storePath = join(mkdtempSync(join(tmpdir(), "taiwa-teams-dedupe-")), "state.db");
    const first = await startTeamsHarness({ storePath });
    const second = await startTeamsHarness({ storePath });
    try {
      const activity = { ...fixture("personal-message", connector.url), id: "redelivered-1" };
      expect((await first.post(activity)).status).toBe(200);
      await connector.waitForMessages(1);
      expect((await first.post(activity)).status).toBe(200);
      expect((await second.post(activity)).status).toBe(200);
      await first.surface.stop?.();
      await second.surface.stop?.();
      expect(first.askService.asks.length + second.askService.asks.length).toBe(1);
      const cards = connector.calls.filter((call) => call.activity.type === "message");
      expect(cards).toHaveLength(1);
      // A new activity from the same conversation is a new question.
      await first.post({ ...activity, id: "redelivered-2" });
      await eventually(() => first.askService.asks.length === 2);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("refuses oversized bodies with 413 before reading them as activities", async () => {
    const activity = { ...fixture("personal-message", connector.url), text: "あ".repeat(200_000) };
    expect((await harness.post(activity)).status).toBe(413);
    expect(harness.askService.asks).toEqual([]);
  });

  it("rejects malformed bodies with 400 and replies to non-loopback serviceUrls with 403", async () => {
    expect((await harness.post("not an activity")).status).toBe(400);
    const response = await harness.post(fixture("personal-message", "https://attacker.example/"));
    expect(response.status).toBe(403);
    expect(harness.askService.asks).toEqual([]);
  });

  it("refuses a loopback serviceUrl with a path, so replies go only to /v3/conversations/… (issue 12 item 19)", async () => {
    const response = await harness.post(fixture("personal-message", `${connector.url}internal/admin/`));
    expect(response.status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.calls).toEqual([]);
    expect(harness.askService.asks).toEqual([]);
  });
});
