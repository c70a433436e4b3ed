import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Browser, type ConsoleFixture, consoleFixture } from "./console-fixture.ts";

/** A body that counts what the server pulls from it: 64 KiB chunks, up to `total` bytes. */
function countingBody(total: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

describe("console request body limit (issue 12 item 13)", () => {
  let fixture: ConsoleFixture;

  beforeEach(async () => {
    fixture = await consoleFixture();
    await fixture.record();
  });
  afterEach(() => fixture.questionLog.close());

  it("answers a 200 MB login POST with 413 from its Content-Length, before reading the body", async () => {
    const body = countingBody(200 * 1024 * 1024);
    const response = await new Browser(fixture.app).request("/console/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(200 * 1024 * 1024) },
      body: body.stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("大きすぎます");
    expect(body.pulled()).toBeLessThanOrEqual(128 * 1024);
  });

  it("stops reading a streamed body without Content-Length at the limit and answers 413", async () => {
    const body = countingBody(200 * 1024 * 1024);
    const response = await new Browser(fixture.app).request("/console/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(512 * 1024);
  });

  it("limits signed-in routes too, while a full-length answer still fits", async () => {
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("sato");
    const tooBig = await browser.post("/console/questions/1/answer", { _csrf: csrf, answer: "あ".repeat(200_000) });
    expect(tooBig.status).toBe(413);
    expect((await fixture.questionLog.get("1"))?.ministryAnswer).toBeUndefined();
    const fits = await browser.post("/console/questions/1/answer", { _csrf: csrf, answer: "😀".repeat(4000) });
    expect(fits.status).toBe(303);
  });
});
