import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Browser, type ConsoleFixture, consoleFixture } from "./console-fixture.ts";

const PROTECTED_GETS = [
  "/console/",
  "/console/questions/1",
  "/console/questions/1/faq",
  "/console/faq",
  "/console/faq/1/edit",
  "/console/faq/1/unpublish",
  "/console/export.csv",
  "/console/stats",
  "/console/stats.csv",
  "/console/questions/1/presence",
  "/console/admin/templates",
  "/console/admin/users",
  "/console/admin/organisations",
];
const PROTECTED_POSTS = [
  "/console/logout",
  "/console/questions/1/assign",
  "/console/questions/1/answer",
  "/console/questions/1/close",
  "/console/questions/1/reopen",
  "/console/questions/1/retry-delivery",
  "/console/questions/1/confirm",
  "/console/questions/1/edit",
  "/console/questions/1/template",
  "/console/questions/1/correct",
  "/console/questions/1/note",
  "/console/admin/templates",
  "/console/admin/templates/1/delete",
  "/console/questions/1/faq",
  "/console/faq/1/unpublish",
  "/console/faq/1/edit",
  "/console/questions/1/split",
  "/console/admin/users",
  "/console/admin/users/sato/disable",
  "/console/admin/users/sato/enable",
  "/console/admin/organisations",
  "/console/admin/organisations/delete",
];

describe("console authentication and authorisation", () => {
  let fixture: ConsoleFixture;

  beforeEach(async () => {
    fixture = await consoleFixture();
    await fixture.record();
  });
  afterEach(() => fixture.questionLog.close());

  it("redirects every page to the login page without a session, and refuses every POST with 401", async () => {
    const anonymous = new Browser(fixture.app);
    for (const path of PROTECTED_GETS) {
      const response = await anonymous.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("Location"), path).toBe(`/console/login?next=${encodeURIComponent(path)}`);
    }
    for (const path of PROTECTED_POSTS) {
      const response = await anonymous.post(path, { _csrf: "x", answer: "a" });
      expect(response.status, path).toBe(401);
    }
    expect((await fixture.questionLog.get("1"))?.status).toBe("open");
    const css = await anonymous.get("/console/console.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("Content-Type")).toContain("text/css");
  });

  it("logs in with a secure session cookie and logs out", async () => {
    const browser = new Browser(fixture.app);
    const loginPage = await browser.get("/console/login");
    expect(loginPage.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    const response = await browser.login("sato");
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/console/");
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith("taiwa_console="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/console/);
    expect(cookie).not.toMatch(/Secure/);
    const list = await browser.get("/console/");
    expect(list.status).toBe(200);
    expect(await list.text()).toContain("質問一覧");
    const csrf = Browser.csrf(await (await browser.get("/console/")).text());
    expect((await browser.post("/console/logout", { _csrf: csrf })).status).toBe(303);
    expect((await browser.get("/console/")).status).toBe(302);
  });

  it("marks the cookie Secure when PUBLIC_BASE_URL is https", async () => {
    const secure = await consoleFixture({ publicBaseUrl: "https://taiwa.example.go.jp" });
    const response = await new Browser(secure.app).login("sato");
    expect(response.headers.getSetCookie().find((value) => value.startsWith("taiwa_console="))).toMatch(/Secure/);
    await secure.questionLog.close();
  });

  it("rejects wrong passwords, unknown and disabled accounts, and a login form without its CSRF token", async () => {
    const browser = new Browser(fixture.app);
    expect((await browser.login("sato", "wrong-password-123")).status).toBe(401);
    expect((await browser.login("nobody")).status).toBe(401);
    await fixture.questionLog.accounts.updateUser({ login: "sato", disabled: true });
    expect((await browser.login("sato")).status).toBe(401);
    const noToken = await browser.post("/console/login", { login: "admin", password: "correct-horse-battery" });
    expect(noToken.status).toBe(403);
    const fresh = new Browser(fixture.app);
    const forged = await fresh.post("/console/login", {
      _csrf: "forged",
      login: "admin",
      password: "correct-horse-battery",
    });
    expect(forged.status).toBe(403);
  });

  it("limits failed logins per client and account, and per client", async () => {
    const browser = new Browser(fixture.app, "198.51.100.7");
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await browser.login("sato", "wrong-password-123")).status).toBe(401);
    const locked = await browser.login("sato");
    expect(locked.status).toBe(429);
    expect(locked.headers.get("Retry-After")).toBeTruthy();
    expect(await locked.text()).toContain("一時的にロック");
    // Only that client waits: the account still opens from another address (issue 12 item 14).
    expect((await new Browser(fixture.app, "203.0.113.9").login("sato")).status).toBe(303);
    fixture.clock.now = new Date(fixture.clock.now.getTime() + 16 * 60_000);
    expect((await browser.login("sato")).status).toBe(303);

    const attacker = new Browser(fixture.app, "198.51.100.99");
    for (let attempt = 0; attempt < 8; attempt += 1) await attacker.login(`guess-${attempt}`, "wrong-password-123");
    expect((await attacker.login("admin")).status).toBe(429);
    expect((await new Browser(fixture.app, "198.51.100.100").login("admin")).status).toBe(303);
  });

  it("expires sessions after CONSOLE_SESSION_MINUTES", async () => {
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("sato");
    fixture.clock.now = new Date(fixture.clock.now.getTime() + 61 * 60_000);
    const expired = await browser.get("/console/");
    expect(expired.status).toBe(302);
    expect(expired.headers.get("Location")).toContain("expired=1");
    expect((await browser.post("/console/questions/1/close", { _csrf: csrf })).status).toBe(401);
  });

  it("ends the sessions of a disabled account", async () => {
    const browser = new Browser(fixture.app);
    await browser.signIn("sato");
    await fixture.questionLog.accounts.updateUser({ login: "sato", disabled: true });
    expect((await browser.get("/console/")).status).toBe(302);
  });

  it("refuses POSTs with a missing or wrong CSRF token", async () => {
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("admin");
    expect((await browser.post("/console/questions/1/close", {})).status).toBe(403);
    expect((await browser.post("/console/questions/1/close", { _csrf: `${csrf}x` })).status).toBe(403);
    expect(
      (
        await browser.post("/console/admin/users", {
          _csrf: "",
          login: "evil",
          role: "admin",
          password: "x".repeat(12),
        })
      ).status,
    ).toBe(403);
    expect((await fixture.questionLog.get("1"))?.status).toBe("open");
    expect(await fixture.questionLog.accounts.getUser("evil")).toBeUndefined();
    expect((await browser.post("/console/questions/1/close", { _csrf: csrf })).status).toBe(303);
  });

  it("keeps contacts out of the admin pages", async () => {
    const browser = new Browser(fixture.app);
    const csrf = await browser.signIn("sato");
    for (const path of ["/console/admin/users", "/console/admin/organisations", "/console/admin/templates"])
      expect((await browser.get(path)).status, path).toBe(403);
    const posts: [string, Record<string, string>][] = [
      ["/console/admin/users", { login: "mallory", role: "admin", password: "x".repeat(12) }],
      ["/console/admin/users/admin/disable", {}],
      ["/console/admin/organisations", { workspaceId: "T9", name: "X" }],
      ["/console/admin/organisations/delete", { workspaceId: "T001" }],
      ["/console/admin/templates", { title: "悪い文例", body: "x" }],
      ["/console/admin/templates/1/delete", {}],
    ];
    for (const [path, form] of posts)
      expect((await browser.post(path, { _csrf: csrf, ...form })).status, path).toBe(403);
    expect(await fixture.questionLog.accounts.getUser("mallory")).toBeUndefined();
    expect((await fixture.questionLog.accounts.getUser("admin"))?.disabled).toBe(false);
    expect((await fixture.questionLog.templates.list()).map((template) => template.title)).not.toContain("悪い文例");
    expect(await fixture.questionLog.templates.get("1")).toBeDefined();
    expect(await (await browser.get("/console/")).text()).not.toContain("ユーザー管理");
  });

  it("only redirects to console paths after login", async () => {
    const browser = new Browser(fixture.app);
    const page = await (await browser.get("/console/login")).text();
    const response = await browser.post("/console/login", {
      _csrf: Browser.csrf(page),
      login: "sato",
      password: "correct-horse-battery",
      next: "https://evil.example/",
    });
    expect(response.headers.get("Location")).toBe("/console/");
  });

  it("answers with a fixed Japanese error page, without internals, when the store fails", async () => {
    const browser = new Browser(fixture.app);
    await browser.signIn("sato");
    await fixture.questionLog.close();
    const response = await browser.get("/console/");
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain("内部エラーが発生しました");
    expect(page).not.toMatch(/at .*\.ts|database connection/i);
    fixture = await consoleFixture();
  });
});
