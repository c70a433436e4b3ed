import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { signSlackBody } from "../../../bots/slack/slack-signature.ts";
import { eventually, fixture, type Harness, mentionEvent, SIGNING_SECRET, startHarness } from "./slack-harness.ts";

describe("Slack HTTP receiver on the real Bolt stack", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it("answers Slack's url_verification challenge", async () => {
    const response = await harness.postJson(fixture("url_verification.json"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it.each([
    ["forged", { signature: "v0=0000000000000000000000000000000000000000000000000000000000000000" }],
    ["missing", { signature: null }],
    ["stale (six minutes old)", { timestamp: Math.floor(Date.now() / 1000) - 360 }],
    ["signed with another secret", { signature: "other" }],
  ] as const)("rejects a %s signature with 401 and processes nothing", async (_name, variant) => {
    const body = JSON.stringify(mentionEvent({ eventId: "EvForged1", text: "特定重要物資とは" }));
    const timestamp = Math.floor(Date.now() / 1000);
    const signature =
      "signature" in variant && variant.signature === "other"
        ? signSlackBody({ signingSecret: "not-the-secret", rawBody: body, timestamp: String(timestamp) })
        : "signature" in variant
          ? variant.signature
          : undefined;
    const response = await harness.post({
      body,
      ...("timestamp" in variant ? { timestamp: variant.timestamp } : { timestamp }),
      ...(signature !== undefined ? { signature } : {}),
    });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.askService.asks).toHaveLength(0);
    expect(harness.standIn.calls.filter((call) => call.method !== "auth.test")).toHaveLength(0);
    // The same body, correctly signed, still gets through: the rejection was about the signature alone.
    const genuine = await harness.post({ body });
    expect(genuine.status).toBe(200);
    await harness.standIn.waitFor("chat.postMessage");
  });

  it("rejects a body altered after signing", async () => {
    const body = JSON.stringify(mentionEvent({ eventId: "EvTamper", text: "質問" }));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = signSlackBody({ signingSecret: SIGNING_SECRET, rawBody: body, timestamp });
    const response = await harness.post({
      body: body.replace("質問", "改竄"),
      timestamp: Number(timestamp),
      signature,
    });
    expect(response.status).toBe(401);
    expect(harness.askService.asks).toHaveLength(0);
  });

  it("acks within 3 s while a slow answer is still being prepared, then posts it in the thread", async () => {
    harness.askService.delayMs = 3_200;
    const started = Date.now();
    const response = await harness.postJson(
      mentionEvent({ eventId: "EvSlow1", text: "特定重要物資とは？", ts: "1515449522.000016" }),
    );
    const ackMs = Date.now() - started;
    expect(response.status).toBe(200);
    expect(ackMs).toBeLessThan(3_000);
    expect(harness.standIn.callsTo("chat.postMessage")).toHaveLength(0);
    const [posted] = await harness.standIn.waitFor("chat.postMessage", 1, 8_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_200);
    expect(posted?.params.thread_ts).toBe("1515449522.000016");
    expect(posted?.params.channel).toBe("C0LAN2Q65");
  });

  it("acks a slash command at once with a placeholder while a slow answer is prepared", async () => {
    harness.askService.delayMs = 3_100;
    const fields = Object.fromEntries(new URLSearchParams(fixture<string>("slash_command.txt")));
    fields.command = "/taiwa";
    fields.text = "特定重要物資とは？";
    const started = Date.now();
    const response = await harness.postForm(fields);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await response.json()).toMatchObject({ response_type: "ephemeral", text: "🔎 確認しています…" });
    await harness.standIn.waitFor("chat.postEphemeral", 1, 8_000);
  });

  it("deduplicates Slack's retries of one event_id (X-Slack-Retry-Num)", async () => {
    harness.askService.delayMs = 300;
    const event = mentionEvent({ eventId: "EvRetry1", text: "重要インフラとは？" });
    const first = await harness.postJson(event);
    const retries = await Promise.all([
      harness.postJson(event, { retryNum: 1 }),
      harness.postJson(event, { retryNum: 2 }),
    ]);
    expect([first, ...retries].map((response) => response.status)).toEqual([200, 200, 200]);
    await harness.standIn.waitFor("chat.postMessage");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.askService.asks).toHaveLength(1);
    expect(harness.standIn.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("keeps deduplicating after a restart on the same store", async () => {
    const event = mentionEvent({ eventId: "EvRestart1", text: "サプライチェーンとは？" });
    await harness.postJson(event);
    await harness.standIn.waitFor("chat.postMessage");
    const second = await startHarness({}, { storePath: harness.storePath });
    try {
      const response = await second.postJson(event, { retryNum: 1 });
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(second.askService.asks).toHaveLength(0);
      expect(second.standIn.callsTo("chat.postMessage")).toHaveLength(0);
    } finally {
      await second.close();
    }
  });

  it("answers Slack's ssl_check with 200 and no work", async () => {
    const response = await harness.postForm({ ssl_check: "1", token: "x" });
    expect(response.status).toBe(200);
    await eventually(() => true);
    expect(harness.askService.asks).toHaveLength(0);
  });
});
