import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, launchChromium } from "../doubles/headless-chromium.ts";
import { PASSWORD } from "./console-fixture.ts";
import { type GroupFixture, groupFixture } from "./group-fixture.ts";

if (!hasChromium) {
  describe("grouping and FAQ end-to-end (headless Chromium)", () => {
    it.skip(`skipped: no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`, () => {});
  });
}

const ANSWER = "補助金の申請は2027年4月1日から受け付けます。";

describe.skipIf(!hasChromium)("grouping and FAQ end-to-end (headless Chromium)", () => {
  let fixture: GroupFixture;
  let server: ServerType;
  let browser: Browser;
  let origin: string;
  let page: Page;
  let ids: string[];

  beforeAll(async () => {
    fixture = await groupFixture();
    ids = await fixture.askAll();
    server = serve({ fetch: fixture.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "ja-JP", viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${origin}/console/login`);
    await page.getByLabel("ログインID").fill("sato");
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.waitForURL(`${origin}/console/`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await fixture?.close();
  });

  it("shows three askers' question as one group and delivers one answer to Slack, Teams and the web", async () => {
    await expect.poll(() => page.locator("main tbody tr").count()).toBe(1);
    await page.getByRole("link", { name: "類似 3件" }).click();
    await page.waitForURL(new RegExp(`/console/questions/${ids[0]}`));
    const panel = page.locator("section.group-panel");
    expect(await panel.getByRole("heading").textContent()).toBe("類似の質問グループ(3件)");
    expect(await panel.locator("tbody tr").count()).toBe(3);

    await page.getByLabel("省庁の回答(質問者に届きます)").fill(ANSWER);
    await page.getByRole("button", { name: "プレビューして確認" }).click();
    await page.getByRole("button", { name: "送信する", exact: true }).click();
    await page.waitForURL(/done=answer/);
    expect(await page.getByRole("status").textContent()).toContain("配信を開始しました");
    expect(await panel.locator("tbody tr").filter({ hasText: "回答済み" }).count()).toBe(3);

    expect(fixture.slackApi.callsTo("chat.postMessage")).toHaveLength(1);
    expect(JSON.stringify(fixture.slackApi.callsTo("chat.postMessage")[0]?.params)).toContain("2027年4月1日");
    expect(fixture.connector.messages()).toHaveLength(1);
    expect(JSON.stringify(fixture.connector.messages())).toContain("2027年4月1日");
    expect((await fixture.webReplies("web-browser-3")).replies.map((reply) => reply.answer)).toEqual([ANSWER]);
  });

  it("guards the FAQ: refuses placeholders, previews the citation, edits as a new version, confirms 公開停止", async () => {
    await page.goto(`${origin}/console/questions/${ids[0]}/faq`);
    expect(await page.locator(".notice").textContent()).toContain("類似の質問グループ(3件");
    const question = page.getByLabel("質問(FAQの見出し)");
    const answer = page.getByLabel("回答");
    await answer.fill("〇〇社からのご質問です。（（詳細）） 経済産業省 03-3501-0000 まで。");
    await page.getByLabel("会社名・個人名などを削除したことを確認しました").check();
    await page.getByRole("button", { name: "FAQとして公開する" }).click();
    expect(await page.getByRole("alert").first().textContent()).toContain("仮の文字");
    expect(await fixture.questionLog.faq.list()).toEqual([]);
    // The typed text stays on the page, and the ministry's own number was not redacted.
    expect(await answer.inputValue()).toContain("03-3501-0000");

    await question.fill("補助金の申請はいつから受け付けますか");
    await answer.fill("2027年4月1日から受け付けます。経済産業省 03-3501-0000 まで。");
    await page.getByRole("button", { name: "出典のプレビューを更新" }).click();
    const preview = page.locator("figure.citation-preview");
    expect(await preview.textContent()).toContain("[1] 補助金の申請はいつから受け付けますか");
    expect(await preview.textContent()).toContain("経済産業省");
    await page.getByLabel("会社名・個人名などを削除したことを確認しました").check();
    await page.getByRole("button", { name: "FAQとして公開する" }).click();
    await page.waitForURL(/\/console\/faq\?published=/);
    const [published] = await fixture.questionLog.faq.list();
    expect(published).toMatchObject({
      version: 1,
      answer: "2027年4月1日から受け付けます。経済産業省 03-3501-0000 まで。",
    });

    await page.getByRole("link", { name: "編集" }).click();
    await page.getByLabel("回答").fill("2027年4月1日から受け付けます。締切は同年6月30日です。");
    await page.getByLabel("会社名・個人名などを削除したことを確認しました").check();
    await page.getByRole("button", { name: "新しい版として公開する" }).click();
    await page.waitForURL(/\/console\/faq\?revised=/);
    const active = await fixture.questionLog.faq.list();
    expect(active.map((faq) => [faq.version, faq.supersedes])).toEqual([[2, published?.id]]);
    expect((await fixture.questionLog.faq.get(published?.id ?? ""))?.withdrawnAt).toBeInstanceOf(Date);
    expect(await page.locator("main tbody").textContent()).toContain("第2版");

    await page.getByRole("link", { name: "公開停止…" }).click();
    expect(await page.locator(".warn").textContent()).toContain("公開を停止すると");
    expect(await fixture.questionLog.faq.list()).toHaveLength(1);
    await page.getByRole("button", { name: "公開を停止する" }).click();
    await page.waitForURL(/removed=1/);
    expect(await fixture.questionLog.faq.list()).toEqual([]);
  });
});
