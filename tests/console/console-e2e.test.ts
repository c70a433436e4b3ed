import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, launchChromium } from "../doubles/headless-chromium.ts";
import { type ConsoleFixture, consoleFixture, PASSWORD } from "./console-fixture.ts";

const available = hasChromium;

if (!available) {
  describe("console end-to-end (headless Chromium)", () => {
    it.skip(`skipped: no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`, () => {});
  });
}

describe.skipIf(!available)("console end-to-end (headless Chromium)", () => {
  let fixture: ConsoleFixture;
  let server: ServerType;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    fixture = await consoleFixture();
    await fixture.record({ question: "特定重要物資の安定供給確保について教えてください", topic: "guidance" });
    await fixture.record({ question: "専門家会議の議事録はいつ公開されますか", topic: "minutes" });
    server = serve({ fetch: fixture.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await fixture?.questionLog.close();
  });

  it("logs in, filters, answers, sees the answer delivered, publishes it as FAQ and exports CSV", async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: "ja-JP" });
    const page = await context.newPage();

    await page.goto(`${origin}/console/`);
    expect(new URL(page.url()).pathname).toBe("/console/login");
    await page.getByLabel("ログインID").fill("sato");
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.waitForURL(`${origin}/console/`);
    await expect.poll(() => page.locator("tbody tr").count()).toBe(2);

    await page.getByLabel("トピック").selectOption("guidance");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await page.waitForURL(/topic=guidance/);
    expect(await page.locator("tbody tr").count()).toBe(1);

    await page.getByRole("link", { name: /特定重要物資/ }).click();
    await page.waitForURL(/\/console\/questions\/\d+$/);
    await page.getByLabel("省庁の回答(質問者に届きます)").fill("安定供給確保計画の認定制度をご確認ください。");
    await page.getByRole("button", { name: "プレビューして確認" }).click();
    await page.getByRole("button", { name: "送信する", exact: true }).click();
    await page.waitForURL(/done=answer/);
    expect(await page.locator(".delivery-line .tone-ok").textContent()).toBe("配信済み");
    expect(fixture.slack.delivered.map((delivery) => delivery.answer)).toEqual([
      "安定供給確保計画の認定制度をご確認ください。",
    ]);

    await page.getByRole("link", { name: "FAQとして公開する" }).click();
    await page.getByLabel("質問(FAQの見出し)").fill("安定供給確保の認定制度とは");
    await page.getByLabel("会社名・個人名などを削除したことを確認しました").check();
    await page.getByRole("button", { name: "FAQとして公開する" }).click();
    await page.waitForURL(/\/console\/faq\?published=/);
    expect(await page.locator("main").textContent()).toContain("安定供給確保の認定制度とは");
    expect(fixture.reindexer.calls).toBe(1);
    const [faq] = await fixture.questionLog.faq.list();
    expect(existsSync(`${fixture.dataDir}/faq/${faq?.id}.md`)).toBe(true);

    await page.getByRole("link", { name: "質問一覧" }).click();
    await page.getByRole("link", { name: /すべて/ }).click();
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "この条件でCSVをダウンロード" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^taiwa-questions-\d{12}\.csv$/);
    const csv = readFileSync((await download.path()) ?? "");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString("utf8");
    expect(text).toContain("安定供給確保計画の認定制度をご確認ください。");
    expect(text).toContain("配信済み");
    await context.close();
  });
});
