import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FakeSurface } from "../../doubles/fake-surface.ts";
import { buildTestApp } from "../build-test-app.ts";

const SCRIPTS = readdirSync(new URL("../../../server/web/", import.meta.url)).filter((name) => name.endsWith(".js"));

describe("web chat page and mounted surfaces", () => {
  it("writes the server's question limit into the page for the counter", async () => {
    const { app } = buildTestApp({ config: { MAX_QUESTION_CHARS: 321 } });
    const html = await (await app.request("/")).text();
    expect(html).toContain('data-max-chars="321"');
    expect(html).not.toContain("{{");
  });

  it("serves the chat page with a strict content security policy and its assets", async () => {
    const { app } = buildTestApp();
    const page = await app.request("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<label for="question"');
    expect(html).toContain('aria-live="polite"');
    for (const asset of [...SCRIPTS, "style.css"]) {
      const response = await app.request(`/web/${asset}`);
      expect(response.status, asset).toBe(200);
    }
    expect((await app.request("/web/../create-http-app.ts")).status).toBe(404);
  });

  it("never uses innerHTML in the chat's scripts", async () => {
    const { app } = buildTestApp();
    for (const asset of SCRIPTS) {
      const script = await (await app.request(`/web/${asset}`)).text();
      expect(script, asset).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });

  it("mounts each surface's routes under its base path", async () => {
    const slack = new FakeSurface({ name: "slack", basePath: "/slack" });
    const console = new FakeSurface({ name: "console", basePath: "/console" });
    const { app } = buildTestApp({ surfaces: [slack, console] });
    expect(await (await app.request("/slack/events", { method: "POST" })).json()).toEqual({ surface: "slack" });
    expect(await (await app.request("/console")).text()).toBe("console home");
  });

  it("answers unknown paths with a JSON not_found", async () => {
    const { app } = buildTestApp();
    const response = await app.request("/nope");
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});
