import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { questionReference } from "../../../questions/question-reference.ts";
import type { DeliveryTarget, QuestionEntry } from "../../../questions/types.ts";
import { type BotConnectorStandIn, startBotConnectorStandIn } from "../../doubles/bot-connector-stand-in.ts";
import { fixture, startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";
import { adaptiveCardProblems } from "./validate-card.ts";

function entry(delivery: DeliveryTarget | undefined): QuestionEntry {
  return {
    id: "Q-3",
    eventKey: "teams:1763615554567",
    surface: "teams",
    workspaceId: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
    asker: { askerId: "teams:0123456789abcdef01234567" },
    question: "特定重要物資の安定供給確保のために事業者が取り組むべきことは？",
    botAnswer: "資料から確かな回答が見つかりませんでした。",
    citations: [],
    reason: "unresolved",
    status: "answered",
    ministryAnswer: "供給途絶リスクの把握と代替調達先の確保をお願いします。",
    receivedAt: new Date("2026-11-20T05:12:35Z"),
    deliveryAttempts: 0,
    ...(delivery ? { delivery } : {}),
  };
}

describe("TeamsNotifier (development mode)", () => {
  let connector: BotConnectorStandIn;
  let harness: TeamsHarness;
  let delivery: DeliveryTarget | undefined;

  beforeAll(async () => {
    connector = await startBotConnectorStandIn();
    harness = await startTeamsHarness();
    await harness.post(fixture("channel-mention", connector.url));
    await connector.waitForMessages(1);
    delivery = harness.askService.asks[0]?.delivery;
  });
  afterAll(async () => {
    await harness.close();
    await connector.close();
  });
  beforeEach(() => {
    connector.calls.length = 0;
  });

  it("is the notifier for the teams surface", () => {
    expect(harness.surface.notifier?.surface).toBe("teams");
  });

  it("delivers a console answer into the same channel thread under the ministry header", async () => {
    const result = await harness.surface.notifier?.deliver({
      entry: entry(delivery),
      answer: "供給途絶リスクの把握と代替調達先の確保をお願いします。",
    });
    expect(result?.deliveredAt).toBeInstanceOf(Date);
    const [message] = connector.messages();
    const call = connector.calls[0];
    expect(call).toMatchObject({
      method: "POST",
      conversationId: "19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2;messageid=1763615554567",
      activityId: "1763615554567",
    });
    const card = ((message?.attachments ?? []) as { content: unknown }[])[0]?.content;
    expect(JSON.stringify(card)).toContain("経済産業省担当者からの回答");
    expect(JSON.stringify(card)).toContain("代替調達先の確保");
    expect(adaptiveCardProblems(card)).toEqual([]);
    // The notification names the ministry's answer, never the (confidential) question (issue 12 item 10).
    expect(message?.summary).toBe("経済産業省担当者からの回答");
    expect(JSON.stringify(card)).toContain(`受付番号 ${questionReference("teams:1763615554567")}`);
    expect(JSON.stringify(card)).not.toContain("Q-3");
  });

  it("delivers a correction into the same thread under a 訂正 header", async () => {
    await harness.surface.notifier?.deliver({ entry: entry(delivery), answer: "訂正後の回答です。", correction: true });
    const [message] = connector.messages();
    const card = ((message?.attachments ?? []) as { content: unknown }[])[0]?.content;
    expect(JSON.stringify(card)).toContain("経済産業省担当者からの回答（訂正）");
    expect(JSON.stringify(card)).toContain("先にお送りした回答を、次のとおり訂正します。");
    expect(connector.calls[0]).toMatchObject({ activityId: "1763615554567" });
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it("throws a retryable delivery_failed error when the connector fails", async () => {
    connector.failNext(503, 5);
    const failure = await harness.surface.notifier
      ?.deliver({ entry: entry(delivery), answer: "回答" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaiwaError);
    expect(failure).toMatchObject({ code: "delivery_failed", isRetryable: true });
  });

  it("does not retry when the bot was removed from the conversation (404)", async () => {
    connector.failNext(404, 5);
    const failure = await harness.surface.notifier
      ?.deliver({ entry: entry(delivery), answer: "回答" })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "delivery_failed", isRetryable: false });
  });

  it("refuses an entry without a Teams conversation reference", async () => {
    const failure = await harness.surface.notifier
      ?.deliver({ entry: entry({ surface: "slack", data: { channel: "C1" } }), answer: "回答" })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "delivery_failed", isRetryable: false });
    expect(connector.calls).toEqual([]);
  });
});
