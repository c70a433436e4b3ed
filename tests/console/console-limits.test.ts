import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../app/logger.ts";
import { memoryLog } from "../server/build-test-app.ts";
import { Browser, type ConsoleFixture, consoleFixture } from "./console-fixture.ts";

/** A browser behind the documented nginx: every request arrives from the proxy, the client in X-Forwarded-For. */
class ProxiedBrowser extends Browser {
  constructor(
    app: Hono,
    private readonly forwardedFor: string,
  ) {
    super(app, "10.0.0.2");
  }

  override request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("X-Forwarded-For", this.forwardedFor);
    return super.request(path, { ...init, headers });
  }
}

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

describe("console login limiter (issue 12 item 14)", () => {
  let fixture: ConsoleFixture;

  beforeEach(async () => {
    fixture = await consoleFixture({ trustProxyHops: 1 });
  });
  afterEach(() => fixture.questionLog.close());

  it("behind TRUST_PROXY_HOPS=1, a stranger's failures lock only the stranger, not the ministry", async () => {
    const stranger = new ProxiedBrowser(fixture.app, "203.0.113.9");
    for (let attempt = 0; attempt < 30; attempt += 1) await stranger.login("sato", "wrong-password-123");
    for (let attempt = 0; attempt < 30; attempt += 1) await stranger.login(`guess-${attempt}`, "wrong-password-123");
    expect((await stranger.login("sato")).status).toBe(429);
    expect((await stranger.login("admin")).status).toBe(429);
    // Same proxy socket, other clients: the right password still works for the targeted account and for others.
    expect((await new ProxiedBrowser(fixture.app, "198.51.100.7").login("sato")).status).toBe(303);
    expect((await new ProxiedBrowser(fixture.app, "198.51.100.8").login("admin")).status).toBe(303);
  });

  it("keys on the address the proxy appended, not one the client made up", async () => {
    // The client prepends random addresses; nginx appends the real one, which is what counts.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await new ProxiedBrowser(fixture.app, `192.0.2.${attempt}, 203.0.113.9`).login(
        "sato",
        "wrong-password-123",
      );
      expect(response.status, `attempt ${attempt}`).toBe(attempt < 5 ? 401 : 429);
    }
    expect((await new ProxiedBrowser(fixture.app, "198.51.100.7").login("sato")).status).toBe(303);
  });

  it("without a trusted proxy, X-Forwarded-For is ignored and the socket address is the client", async () => {
    const direct = await consoleFixture();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await new ProxiedBrowser(direct.app, `203.0.113.${attempt}`).login("sato", "wrong-password-123");
      expect(response.status, `attempt ${attempt}`).toBe(attempt < 5 ? 401 : 429);
    }
    await direct.questionLog.close();
  });
});

describe("console input that must not reach the log (issue 12 item 17)", () => {
  it("never writes an over-long login name to the log, nor echoes it into the page", async () => {
    const log = memoryLog();
    const fixture = await consoleFixture({ logger: createLogger({ LOG_LEVEL: "info" }, log.stream) });
    const huge = `x${"A".repeat(100_000)}`;
    const response = await new Browser(fixture.app).login(huge, "wrong-password-123");
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("A".repeat(200));
    expect(log.text()).toContain("console login failed");
    expect(log.text()).not.toContain("A".repeat(200));
    // A plausible login is still logged, so operators can see who is being guessed.
    await new Browser(fixture.app).login("sato", "wrong-password-123");
    expect(log.lines().some((line) => line.msg === "console login failed" && line.login === "sato")).toBe(true);
    await fixture.questionLog.close();
  });
});

describe("crafted question ids and page numbers (issue 12 item 17)", () => {
  let fixture: ConsoleFixture;

  beforeEach(async () => {
    fixture = await consoleFixture();
    await fixture.record();
  });
  afterEach(() => fixture.questionLog.close());

  it("answers 400 or 404, never 500", async () => {
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("admin");
    const ids = ["abc", "1.5", "-1", "0", "99999999999999999999999", "1e3", "%00", "%E2%80%AE1", "x".repeat(500)];
    for (const id of ids) {
      for (const path of [`/console/questions/${id}`, `/console/questions/${id}/faq`]) {
        const response = await browser.get(path);
        expect([400, 404], path).toContain(response.status);
      }
      for (const action of ["assign", "answer", "close", "reopen", "retry-delivery", "faq"]) {
        const path = `/console/questions/${id}/${action}`;
        const response = await browser.post(path, { _csrf: csrf, answer: "回答", question: "質問", confirmed: "yes" });
        expect([400, 404], path).toContain(response.status);
      }
      const unpublish = await browser.post(`/console/faq/${id}/unpublish`, { _csrf: csrf });
      expect([400, 404], `faq ${id}`).toContain(unpublish.status);
    }
    for (const page of ["-1", "0", "1e309", "99999999999999999999", "abc", "2.5", "9007199254740993"]) {
      const response = await browser.get(`/console/?page=${page}`);
      expect([200, 400], page).toContain(response.status);
    }
    expect((await browser.get("/console/?page=2")).status).toBe(200);
  });
});

describe("FAQ publishing (issue 12 item 20)", () => {
  it("refuses to publish an FAQ for a question id that does not exist", async () => {
    const fixture = await consoleFixture();
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("admin");
    const response = await browser.post("/console/questions/999/faq", {
      _csrf: csrf,
      question: "存在しない質問",
      answer: "回答",
      confirmed: "yes",
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("999");
    expect(await fixture.questionLog.faq.list()).toEqual([]);
    expect(fixture.reindexer.calls).toBe(0);
    await fixture.questionLog.close();
  });
});

describe("console passwords (issue 12 item 20)", () => {
  it("are never trimmed: an account created with surrounding spaces logs in with exactly that password", async () => {
    const fixture = await consoleFixture();
    const admin = new Browser(fixture.app);
    const csrf = await admin.signIn("admin");
    const password = "  spaced-password-123  ";
    const created = await admin.post("/console/admin/users", {
      _csrf: csrf,
      login: "tanaka",
      role: "contact",
      password,
    });
    expect(created.status).toBeLessThan(400);
    expect((await new Browser(fixture.app, "198.51.100.20").login("tanaka", password)).status).toBe(303);
    expect((await new Browser(fixture.app, "198.51.100.21").login("tanaka", password.trim())).status).toBe(401);
    await fixture.questionLog.close();
  });
});

describe("citation links in the console (issue 12 item 15)", () => {
  it("links only http: and https: URLs; a javascript: URL is shown as text", async () => {
    const fixture = await consoleFixture();
    const citation = (n: number, url: string) => ({
      n,
      docId: `d${n}`,
      chunkId: `d${n}#1`,
      title: `文書${n}`,
      kind: "guidance" as const,
      sectionPath: ["第1章"],
      text: "本文",
      url,
    });
    const entry = await fixture.record({
      citations: [citation(1, "javascript:alert(document.cookie)"), citation(2, "https://example.go.jp/guide.pdf")],
    });
    const browser = new Browser(fixture.app);
    await browser.signIn("sato");
    const page = await (await browser.get(`/console/questions/${entry.id}`)).text();
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).toContain("javascript:alert(document.cookie)");
    expect(page).toContain('href="https://example.go.jp/guide.pdf"');
    await fixture.questionLog.close();
  });
});

describe("CSV export (issue 12 item 16)", () => {
  it("streams the export a page at a time instead of building it in memory", async () => {
    const fixture = await consoleFixture();
    for (let index = 0; index < 450; index += 1) await fixture.record({ question: `質問${index}` });
    const limits: (number | undefined)[] = [];
    const list = fixture.questionLog.list.bind(fixture.questionLog);
    fixture.questionLog.list = (query) => {
      limits.push(query.limit);
      return list(query);
    };
    const browser = new Browser(fixture.app);
    await browser.signIn("admin");
    const response = await browser.get("/console/export.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("番号,")).toBe(true);
    const rows = text.trim().split("\r\n");
    expect(rows).toHaveLength(451);
    expect(new Set(rows.slice(1).map((row) => row.split(",")[0])).size).toBe(450);
    expect(limits.length).toBeGreaterThan(1);
    expect(Math.max(...limits.map((limit) => limit ?? Number.POSITIVE_INFINITY))).toBeLessThanOrEqual(200);
    await fixture.questionLog.close();
  });
});
