import { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { renderAnswerBlocks } from "../../../bots/slack/slack-blocks.ts";
import { slackSampleAnswer } from "../../doubles/slow-ask-service.ts";

/**
 * Against the real Slack Web API: does Slack accept the Block Kit taiwa renders (the stand-in encodes
 * Slack's rules; this checks them at the source). Needs a test workspace:
 * SLACK_TEST_BOT_TOKEN (xoxb-…) and SLACK_TEST_CHANNEL (a channel id the bot is in).
 */
const token = process.env.SLACK_TEST_BOT_TOKEN;
const channel = process.env.SLACK_TEST_CHANNEL;

if (token && channel) {
  describe("Slack Web API (real)", () => {
    it("accepts a long cited answer with buttons, split within Slack's limits", async () => {
      const client = new webApi.WebClient(token);
      const answer = slackSampleAnswer({ answer: "経済安全保障に関する長い説明の文です[1]。".repeat(1_200) });
      const message = renderAnswerBlocks({ answer, logged: false, answerKey: "int-test" });
      const result = await client.apiCall("chat.postMessage", { channel, text: message.text, blocks: message.blocks });
      expect(result.ok).toBe(true);
    });
  });
} else {
  describe("Slack Web API (real)", () => {
    it.skip("skipped: set SLACK_TEST_BOT_TOKEN and SLACK_TEST_CHANNEL to post a rendered answer to a real test workspace", () => {});
  });
}
