import type { App, ReceiverEvent } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../app/logger.ts";
import { HonoSlackReceiver, parseSlackBody } from "../../../bots/slack/hono-slack-receiver.ts";
import { signSlackBody } from "../../../bots/slack/slack-signature.ts";

const secret = "unit-secret";

function signed(body: string, contentType = "application/json"): RequestInit {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    method: "POST",
    body,
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": signSlackBody({ signingSecret: secret, rawBody: body, timestamp }),
    },
  };
}

function receiverWith(processEvent: (event: ReceiverEvent) => Promise<void>): HonoSlackReceiver {
  const receiver = new HonoSlackReceiver({ signingSecret: secret, logger: createLogger({ LOG_LEVEL: "silent" }) });
  receiver.init({ processEvent } as unknown as App);
  return receiver;
}

describe("HonoSlackReceiver", () => {
  it("returns the listener's ack body (e.g. a slash command placeholder) as JSON", async () => {
    const receiver = receiverWith(async (event) => {
      await event.ack({ response_type: "ephemeral", text: "確認しています" });
    });
    const response = await receiver.routes.request(
      "/events",
      signed("command=%2Ftaiwa&text=x", "application/x-www-form-urlencoded"),
    );
    expect(await response.json()).toEqual({ response_type: "ephemeral", text: "確認しています" });
  });

  it("acknowledges on its own before Slack's 3 s timeout when a listener never acks", async () => {
    let finished = false;
    const receiver = receiverWith(async () => {
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      finished = true;
    });
    const started = Date.now();
    const response = await receiver.routes.request(
      "/events",
      signed(JSON.stringify({ type: "event_callback", event_id: "Ev1" })),
    );
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(finished).toBe(false);
    await receiver.stop();
    expect(finished).toBe(true);
  });

  it("passes Slack's retry headers to Bolt and answers 400 to an unreadable body", async () => {
    const seen: ReceiverEvent[] = [];
    const receiver = receiverWith(async (event) => {
      seen.push(event);
      await event.ack();
    });
    const init = signed(JSON.stringify({ type: "event_callback", event_id: "Ev2" }));
    (init.headers as Record<string, string>)["x-slack-retry-num"] = "2";
    (init.headers as Record<string, string>)["x-slack-retry-reason"] = "http_timeout";
    expect((await receiver.routes.request("/events", init)).status).toBe(200);
    expect(seen[0]).toMatchObject({ retryNum: 2, retryReason: "http_timeout" });
    expect((await receiver.routes.request("/events", signed("{not json"))).status).toBe(400);
    expect((await receiver.routes.request("/events", signed("x".repeat(2 * 1024 * 1024)))).status).toBe(413);
    expect(seen).toHaveLength(1);
  });

  it("parses JSON, slash command forms and interactivity payloads", () => {
    expect(parseSlackBody('{"a":1}', "application/json")).toEqual({ a: 1 });
    expect(parseSlackBody("text=%E8%B3%AA%E5%95%8F&team_id=T1", "application/x-www-form-urlencoded")).toEqual({
      text: "質問",
      team_id: "T1",
    });
    expect(
      parseSlackBody(`payload=${encodeURIComponent('{"type":"block_actions"}')}`, "application/x-www-form-urlencoded"),
    ).toEqual({
      type: "block_actions",
    });
    expect(parseSlackBody("[1]", "application/json")).toBeUndefined();
  });
});
