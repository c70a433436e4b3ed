import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackWebApiStandIn } from "../../doubles/slack-web-api-stand-in.ts";
import { BOT_TOKEN } from "./slack-harness.ts";

/** The stand-in must reject what Slack rejects, or the surface's tests would pass against a lenient fake. */
describe("Slack Web API stand-in", () => {
  const standIn = new SlackWebApiStandIn({ botToken: BOT_TOKEN });
  let client: webApi.WebClient;
  const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
  const errorOf = async (call: Promise<unknown>) => {
    try {
      await call;
      return "ok";
    } catch (error) {
      return (error as { data?: { error?: string } }).data?.error ?? String(error);
    }
  };

  beforeAll(async () => {
    await standIn.start();
    client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: standIn.url, retryConfig: { retries: 0 } });
  });
  afterAll(async () => {
    await standIn.stop();
  });

  it("accepts a well-formed message and records it", async () => {
    const result = await client.chat.postMessage({ channel: "C1", text: "hi", blocks: [section("hi")] });
    expect(result.ok).toBe(true);
    expect(standIn.callsTo("chat.postMessage").at(-1)?.token).toBe(BOT_TOKEN);
  });

  it("rejects a wrong token with invalid_auth", async () => {
    const stranger = new webApi.WebClient("xoxb-wrong", { slackApiUrl: standIn.url, retryConfig: { retries: 0 } });
    expect(await errorOf(stranger.chat.postMessage({ channel: "C1", text: "hi" }))).toBe("invalid_auth");
  });

  it("rejects an unknown method with unknown_method", async () => {
    expect(await errorOf(client.apiCall("chat.postMessagez", { channel: "C1" }))).toBe("unknown_method");
  });

  it("rejects a missing channel with channel_not_found, and other missing required params per the spec", async () => {
    expect(await errorOf(client.apiCall("chat.postMessage", { text: "hi" }))).toBe("channel_not_found");
    expect(await errorOf(client.apiCall("reactions.add", { channel: "C1", timestamp: "1.1" }))).toBe(
      "invalid_arguments",
    );
    expect(await errorOf(client.apiCall("chat.postEphemeral", { channel: "C1", text: "hi" }))).toBe(
      "invalid_arguments",
    );
  });

  it("rejects more than 50 blocks, section text over 3,000 characters and malformed blocks with invalid_blocks", async () => {
    const many = Array.from({ length: 51 }, () => section("x"));
    expect(await errorOf(client.chat.postMessage({ channel: "C1", text: "x", blocks: many }))).toBe("invalid_blocks");
    expect(
      await errorOf(client.chat.postMessage({ channel: "C1", text: "x", blocks: [section("あ".repeat(3001))] })),
    ).toBe("invalid_blocks");
    expect(await errorOf(client.chat.postMessage({ channel: "C1", text: "x", blocks: [{ type: "sektion" }] }))).toBe(
      "invalid_blocks",
    );
    expect(await errorOf(client.apiCall("chat.postMessage", { channel: "C1", text: "x", blocks: "[not json" }))).toBe(
      "invalid_blocks",
    );
    expect(
      await errorOf(client.chat.postMessage({ channel: "C1", text: "x", blocks: [section("あ".repeat(3000))] })),
    ).toBe("ok");
  });

  it("answers 429 with Retry-After when scripted", async () => {
    standIn.fail({ method: "chat.update", status: 429, retryAfterSeconds: 7 });
    const response = await fetch(`${standIn.url}chat.update`, {
      method: "POST",
      headers: { authorization: `Bearer ${BOT_TOKEN}`, "content-type": "application/x-www-form-urlencoded" },
      body: "channel=C1&ts=1.1&text=x",
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
  });
});
