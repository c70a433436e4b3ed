import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTION_IDS } from "../../../bots/slack/slack-blocks.ts";
import { slackIdentity } from "../../../bots/slack/slack-identity.ts";
import { questionReference } from "../../../questions/question-reference.ts";
import { fixture, type Harness, mentionEvent, startHarness } from "./slack-harness.ts";

type Payload = Record<string, unknown> & {
  actions: Record<string, unknown>[];
  channel: { id: string };
  container: Record<string, unknown>;
};

describe("buttons and the escalation modal", () => {
  let harness: Harness;
  let answerKey: string;
  beforeEach(async () => {
    harness = await startHarness();
    await harness.postJson(
      mentionEvent({ eventId: "EvAsk", text: "特定重要物資とは？", ts: "1700000000.000100", channel: "CBR2V3XEX" }),
    );
    const [posted] = await harness.standIn.waitFor("chat.postMessage");
    const blocks = JSON.parse(String(posted?.params.blocks)) as { type: string; elements?: { value?: string }[] }[];
    answerKey = blocks.find((block) => block.type === "actions")?.elements?.[0]?.value ?? "";
    expect(answerKey).not.toBe("");
  });
  afterEach(async () => {
    await harness.close();
  });

  function click(actionId: string, value = answerKey): Payload {
    const payload = fixture<Payload>("block_actions.json");
    payload.actions = [{ ...payload.actions[0], action_id: actionId, value }];
    payload.container = {
      type: "message",
      message_ts: "1700000000.000200",
      thread_ts: "1700000000.000100",
      channel_id: "CBR2V3XEX",
    };
    payload.response_url = harness.standIn.responseUrl("actions/1");
    return payload;
  }

  /** The person in the block_actions / view_submission fixtures (not the asker of "EvAsk"). */
  const clicker = slackIdentity({ teamId: "T9TK3CUKW", userId: "UA8RXUSPL" });

  it("records 👍 and 👎 through askService.feedback with the stored question and answer, as the person who clicked", async () => {
    expect((await harness.postPayload(click(ACTION_IDS.thumbsUp))).status).toBe(200);
    expect((await harness.postPayload(click(ACTION_IDS.thumbsDown))).status).toBe(200);
    await harness.standIn.waitFor("chat.postEphemeral", 2);
    expect(harness.askService.feedbacks.map((feedback) => feedback.kind)).toEqual(["thumbs-up", "thumbs-down"]);
    expect(harness.askService.feedbacks[1]).toMatchObject({
      surface: "slack",
      // A colleague's 👎 is the colleague's entry, not the asker's.
      eventKey: `EvAsk:by:${clicker.asker.askerId}`,
      asker: clicker.asker,
      question: "特定重要物資とは？",
      workspaceId: "T9TK3CUKW",
      delivery: {
        surface: "slack",
        data: { channel: "CBR2V3XEX", threadTs: "1700000000.000100", userId: "UA8RXUSPL" },
      },
    });
    const replies = harness.standIn.callsTo("chat.postEphemeral").map((call) => String(call.params.text));
    expect(replies[1]).toContain("この質問は省庁の担当者に引き継ぎました");
  });

  it("「省庁に確認する」 opens a modal; its submission escalates with the typed context", async () => {
    await harness.postPayload(click(ACTION_IDS.escalate));
    const [opened] = await harness.standIn.waitFor("views.open");
    expect(opened?.params.trigger_id).toBe("12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3");
    const view = JSON.parse(String(opened?.params.view)) as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id?: string; element?: { action_id: string } }[];
    };
    const input = view.blocks.find((block) => block.element);

    const submission = fixture<{ view: Record<string, unknown> }>("view_submission.json");
    submission.view.callback_id = view.callback_id;
    submission.view.private_metadata = view.private_metadata;
    submission.view.state = {
      values: {
        [input!.block_id!]: {
          [input!.element!.action_id]: { type: "plain_text_input", value: "輸出管理の観点で知りたい" },
        },
      },
    };
    const response = await harness.postPayload(submission);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    await harness.standIn.waitFor("chat.postEphemeral");
    expect(harness.askService.feedbacks).toHaveLength(1);
    expect(harness.askService.feedbacks[0]).toMatchObject({
      kind: "escalated",
      userContext: "輸出管理の観点で知りたい",
      question: "特定重要物資とは？",
    });
  });

  it("the asker's own 👎 and 「省庁に確認する」 land on the question's own entry (one key), context included", async () => {
    await harness.postJson(
      mentionEvent({
        eventId: "EvMine",
        text: "重要技術の管理は？",
        ts: "1700000000.000300",
        channel: "CBR2V3XEX",
        user: "UA8RXUSPL",
        teamId: "T9TK3CUKW",
      }),
    );
    const posted = await harness.standIn.waitFor("chat.postMessage", 2);
    const blocks = JSON.parse(String(posted[1]?.params.blocks)) as { type: string; elements?: { value?: string }[] }[];
    const mine = blocks.find((block) => block.type === "actions")?.elements?.[0]?.value ?? "";
    await harness.postPayload(click(ACTION_IDS.thumbsDown, mine));
    await harness.postPayload(click(ACTION_IDS.escalate, mine));
    const [opened] = await harness.standIn.waitFor("views.open");
    const view = JSON.parse(String(opened?.params.view)) as { callback_id: string; private_metadata: string };
    const submission = fixture<{ view: Record<string, unknown> }>("view_submission.json");
    submission.view.callback_id = view.callback_id;
    submission.view.private_metadata = view.private_metadata;
    submission.view.state = {
      values: { escalation_context: { value: { type: "plain_text_input", value: "期限を知りたい" } } },
    };
    await harness.postPayload(submission);
    await harness.standIn.waitFor("chat.postEphemeral", 2);
    const [down, escalated] = harness.askService.feedbacks;
    expect(down).toMatchObject({ kind: "thumbs-down", eventKey: "EvMine", asker: clicker.asker });
    expect(escalated).toMatchObject({
      kind: "escalated",
      eventKey: "EvMine",
      asker: clicker.asker,
      userContext: "期限を知りたい",
    });
  });

  it("「チャンネルに共有」 posts the answer to the channel for everyone", async () => {
    await harness.postPayload(click(ACTION_IDS.share));
    const shared = await harness.standIn.waitFor("chat.postMessage", 2);
    expect(shared[1]?.params.channel).toBe("CBR2V3XEX");
    expect(String(shared[1]?.params.blocks)).toContain("さんが taiwa の回答を共有しました");
    expect(String(shared[1]?.params.blocks)).toContain("政令で指定されます");
  });

  it("confirms 👍 / 👎 / 「省庁に確認する」 in a channel only to the clicker, with the opaque 受付番号 (issue 12 item 10)", async () => {
    await harness.postPayload(click(ACTION_IDS.thumbsUp));
    await harness.postPayload(click(ACTION_IDS.thumbsDown));
    harness.standIn.fail({ method: "views.open", error: "expired_trigger_id" });
    await harness.postPayload(click(ACTION_IDS.escalate));
    const replies = await harness.standIn.waitFor("chat.postEphemeral", 3);
    // Only the answer itself was ever posted for everyone.
    expect(harness.standIn.callsTo("chat.postMessage")).toHaveLength(1);
    for (const reply of replies) expect(reply.params.user).toBe("UA8RXUSPL");
    // The reference is the one of the entry the click was recorded on (the clicker's own key).
    const reference = questionReference(harness.askService.feedbacks[1]?.eventKey ?? "");
    expect(String(replies[1]?.params.text)).toContain(`受付番号 ${reference}`);
    expect(String(replies[2]?.params.text)).toContain(`受付番号 ${reference}`);
    expect(JSON.stringify(replies)).not.toMatch(/受付番号 q-\d/);
  });

  it("tells the user when a button's answer is unknown (expired or forged)", async () => {
    await harness.postPayload(click(ACTION_IDS.thumbsDown, "no-such-answer"));
    const [reply] = await harness.standIn.waitFor("chat.postEphemeral");
    expect(String(reply?.params.text)).toContain("もう一度質問してください");
    expect(harness.askService.feedbacks).toHaveLength(0);
  });
});
