import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium } from "../../doubles/headless-chromium.ts";
import { ask, type ChatHarness, openChat, startChat, TITLE } from "./chat-harness.ts";

if (!hasChromium)
  console.warn(
    `[skip] web chat browser tests: no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH).`,
  );

/** Every box of the locator's matches, to check tap targets. */
async function boxes(locator: Locator): Promise<{ width: number; height: number; text: string }[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { width: rect.width, height: rect.height, text: element.textContent ?? "" };
    }),
  );
}

async function cssVar(page: Page, name: string): Promise<string> {
  return page.evaluate((variable) => {
    const probe = document.createElement("span");
    probe.style.color = `var(${variable})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, name);
}

describe.skipIf(!hasChromium)("web chat answers and cards in headless Chromium", () => {
  let harness: ChatHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startChat();
    ({ page } = await openChat(harness));
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("shows a cited answer: each document's title once, with version and page, the passage rendered", async () => {
    const exchange = await ask(page, "特定重要物資とは何ですか？");
    expect(await exchange.getAttribute("data-state")).toBe("answered");
    expect(await exchange.locator(".answer-text").textContent()).toBe(
      "特定重要物資の安定供給を確保します[1]。指定は政令で行います[2]。",
    );
    expect(await page.locator("#status").textContent()).toBe("回答しました。");
    // Two passages of one document: one entry, the title once, two passages under it.
    expect(await exchange.locator(".citation-doc").count()).toBe(1);
    expect(await exchange.locator(".citation-title").textContent()).toBe(TITLE);
    expect(await exchange.locator(".citation-doc").textContent()).not.toContain(`${TITLE}${TITLE}`);
    const shown = await exchange.locator(".citations").evaluate((list) => {
      const copy = list.cloneNode(true) as HTMLElement;
      for (const hidden of Array.from(copy.querySelectorAll(".visually-hidden"))) hidden.remove();
      return copy.textContent ?? "";
    });
    expect(shown.split(TITLE).length - 1).toBe(1);
    // The date is already in the version label, so it is not repeated either.
    expect(await exchange.locator(".citation-doc > .citation-meta").textContent()).toBe("版：改訂 2025-11-07 · 内閣府");
    const first = exchange.locator(".citation").first();
    expect(await first.locator(".citation-meta").textContent()).toBe(" 第2章 施策 › (1) 重要物資 · 4ページ");
    expect(await exchange.locator(".citation").nth(1).locator(".citation-meta").textContent()).toBe(
      " 第3章 体制 · 9ページ",
    );

    const passage = first.locator(".passage");
    expect(await passage.isVisible()).toBe(false);
    await first.locator("summary").click();
    expect(await passage.isVisible()).toBe(true);
    const text = (await passage.textContent()) ?? "";
    expect(text).not.toMatch(/##|\*\*/);
    // The title heading is not repeated inside the passage; the next heading is.
    expect(await passage.locator(".passage-heading").allTextContents()).toEqual(["第2章 施策"]);
    expect(await passage.locator("strong").filter({ hasText: "重要" }).last().textContent()).toBe("重要");
    expect(await passage.locator("li").allTextContents()).toEqual(["半導体", "蓄電池"]);
    // The sentence the answer used is marked; markup-looking text stays text.
    expect(await passage.locator("mark").allTextContents()).toEqual(["特定重要物資の安定供給を確保する。"]);
    expect(text).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator(".answer img").count()).toBe(0);
  });

  it("names sources for screen readers, gives tap targets of 24 px and palette link colours", async () => {
    const exchange = page.locator(".exchange[data-state=answered]").first();
    expect(await exchange.locator(".marker").first().getAttribute("aria-label")).toBe(`出典1：${TITLE}`);
    expect(await exchange.locator(".citation .visually-hidden").first().textContent()).toBe(`出典1：${TITLE}`);
    const targets = await boxes(
      exchange.locator(".marker:visible, summary:visible, .citation-title a:visible, button:visible"),
    );
    expect(targets.length).toBeGreaterThan(4);
    for (const target of targets) {
      expect(target.height, target.text).toBeGreaterThanOrEqual(24);
      expect(target.width, target.text).toBeGreaterThanOrEqual(24);
    }
    const accent = await cssVar(page, "--accent");
    expect(await exchange.locator(".citation-title a").evaluate((a) => getComputedStyle(a).color)).toBe(accent);
    expect(
      await exchange
        .locator(".marker")
        .first()
        .evaluate((a) => getComputedStyle(a).color),
    ).toBe(accent);
  });

  it("says 'not in the documents' once, offers 補足 and no 👍/👎, and never says 回答しました", async () => {
    const exchange = await ask(page, "来年の予算額はいくらですか？");
    expect(await exchange.getAttribute("data-state")).toBe("not-found");
    const card = exchange.locator(".not-found");
    expect(await card.locator("h4").textContent()).toBe("文書には見つかりませんでした");
    const said = (await exchange.locator(".answer").textContent()) ?? "";
    expect(said.match(/確認できません|見つかりません/g)).toHaveLength(2); // the heading and the answerer's one sentence
    expect(said.match(/この場所でお知らせします/g)).toHaveLength(1);
    expect(await exchange.locator(".awaiting").textContent()).toMatch(/^省庁の回答待ち（受付番号 q-[a-z0-9-]+）$/);
    expect(await exchange.getByRole("button", { name: "役に立った" }).count()).toBe(0);
    expect(await exchange.getByRole("button", { name: "役に立たなかった" }).count()).toBe(0);
    expect(await page.locator("#status").textContent()).toBe("文書には記載が見つかりませんでした。");

    // Already logged: the button adds 補足, which is then required.
    await exchange.getByRole("button", { name: "補足を送る" }).click();
    const context = exchange.getByLabel("補足：省庁の担当者に伝えたいことを書いてください");
    await exchange.getByRole("button", { name: "省庁に送る" }).click();
    expect(await exchange.locator(".feedback-result").textContent()).toBe("補足を入力してください。");
    await context.fill("当社の場合の目安を知りたい");
    const before = harness.askService.feedbacks.length;
    await exchange.getByRole("button", { name: "省庁に送る" }).click();
    await expect.poll(() => harness.askService.feedbacks.length).toBe(before + 1);
    expect(harness.askService.feedbacks.at(-1)).toMatchObject({
      kind: "escalated",
      userContext: "当社の場合の目安を知りたい",
      question: "来年の予算額はいくらですか？",
    });
    await expect
      .poll(() => exchange.locator(".feedback-result").textContent())
      .toBe("補足を省庁の担当者に送りました。");
  });

  it("gives a refused legal judgement its own heading and links to the consultation desks", async () => {
    const exchange = await ask(page, "当社の取引は違法ですか？");
    const card = exchange.locator(".not-found");
    expect(await card.getAttribute("data-kind")).toBe("legal");
    expect(await card.locator("h4").first().textContent()).toBe("個別の法的判断にはお答えできません");
    expect(await card.textContent()).not.toContain("文書には見つかりませんでした");
    const desks = card.getByRole("navigation", { name: "相談窓口" }).getByRole("link");
    expect(await desks.count()).toBe(3);
    const hrefs = await desks.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.some((href) => href.startsWith("https://www.meti.go.jp/"))).toBe(true);
    expect(hrefs.some((href) => href.startsWith("https://www.jftc.go.jp/"))).toBe(true);
    for (const target of await boxes(desks)) expect(target.height, target.text).toBeGreaterThanOrEqual(24);
    expect(await exchange.getByRole("button", { name: "役に立った" }).count()).toBe(0);
    expect(await page.locator("#status").textContent()).toBe("この質問にはお答えできませんでした。");
  });

  it("lets an out-of-scope asker still ask the ministry, with optional 補足", async () => {
    harness.askService.feedbackResult = { questionId: "q-scope", reference: "q-scope" };
    const exchange = await ask(page, "明日の天気は？");
    expect(await exchange.locator(".not-found h4").textContent()).toBe("公表文書の範囲外です");
    await exchange.getByRole("button", { name: "省庁に確認する" }).click();
    await exchange.getByLabel("補足（任意）：状況や知りたいことを書いてください").waitFor();
    await exchange.getByRole("button", { name: "省庁に送る" }).click();
    await expect.poll(() => harness.askService.feedbacks.at(-1)?.question).toBe("明日の天気は？");
    // Sent: the button is disabled and says why.
    const escalate = exchange.getByRole("button", { name: "省庁に確認する" });
    await expect.poll(() => escalate.isDisabled()).toBe(true);
    expect(await escalate.getAttribute("title")).toBe("送信済みです。");
    expect(
      await escalate.evaluate((b) => document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent),
    ).toBe("送信済みです。");
    // Logged now: it waits for the ministry's answer like any logged question.
    expect(await exchange.locator(".awaiting").textContent()).toMatch(/^省庁の回答待ち（受付番号 q-[a-z0-9-]+）$/);
    harness.askService.feedbackResult = {};
  });

  it("sends 👍 and 「省庁に確認する」 with optional 補足 on an answer; used buttons say why they are disabled", async () => {
    const exchange = page.locator(".exchange[data-state=answered]").first();
    const before = harness.askService.feedbacks.length;
    await exchange.getByRole("button", { name: "役に立った" }).click();
    await expect.poll(() => harness.askService.feedbacks.length).toBe(before + 1);
    expect(harness.askService.feedbacks.at(-1)?.kind).toBe("thumbs-up");
    const down = exchange.getByRole("button", { name: "役に立たなかった" });
    await expect.poll(() => down.isDisabled()).toBe(true);
    expect(await down.getAttribute("title")).toBe("送信済みです。");
    expect(await exchange.getByRole("button", { name: "役に立った" }).getAttribute("aria-pressed")).toBe("true");

    await exchange.getByRole("button", { name: "省庁に確認する" }).click();
    const context = exchange.getByLabel("補足（任意）：状況や知りたいことを書いてください");
    await expect.poll(() => context.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.fill("当社の部品が該当するか");
    await exchange.getByRole("button", { name: "省庁に送る" }).click();
    await expect.poll(() => harness.askService.feedbacks.length).toBe(before + 2);
    expect(harness.askService.feedbacks.at(-1)).toMatchObject({
      kind: "escalated",
      userContext: "当社の部品が該当するか",
      question: "特定重要物資とは何ですか？",
    });
    await expect.poll(() => exchange.locator(".feedback-result").textContent()).toContain("省庁の担当者に送りました");
  });

  it("shows what a partial answer's documents do not cover", async () => {
    const exchange = await ask(page, "物資の部分的な質問");
    expect(await exchange.locator(".missing h4").textContent()).toBe("資料に記載がない点");
    expect(await exchange.locator(".missing li").allTextContents()).toEqual(["申請の期限"]);
  });

  it("keeps user text as text, and marks an English answer lang=en with English labels", async () => {
    const exchange = await ask(page, "What are critical <b>products</b>?");
    expect(await exchange.locator(".question-text").textContent()).toBe("What are critical <b>products</b>?");
    expect(await page.locator(".question b").count()).toBe(0);
    expect(await exchange.locator(".answer").getAttribute("lang")).toBe("en");
    expect(await exchange.locator(".sources-title").textContent()).toBe("Sources");
    expect(await exchange.locator(".marker").first().getAttribute("aria-label")).toBe(`Source 1: ${TITLE}`);
    expect(await exchange.getByRole("button", { name: "Ask the ministry" }).count()).toBe(1);
  });

  it("falls back to POST /api/ask when the streaming route is missing", async () => {
    await page.route("**/api/ask/stream", (route) => route.fulfill({ status: 404, body: "" }));
    const asksBefore = harness.askService.asks.length;
    const exchange = await ask(page, "物資のフォールバック");
    await page.unroute("**/api/ask/stream");
    expect(await exchange.getAttribute("data-state")).toBe("answered");
    expect(harness.askService.asks.length).toBe(asksBefore + 1);
    expect(harness.askService.asks.at(-1)?.onPartial).toBeUndefined();
  });

  it("shows the server's error message with a retry button", async () => {
    const body = JSON.stringify({
      error: { code: "model_unavailable", message: "回答の生成サービスに接続できません。" },
    });
    await page.route("**/api/ask/stream", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body }),
    );
    const exchange = await ask(page, "物資についてエラー");
    await page.unroute("**/api/ask/stream");
    expect(await exchange.getAttribute("data-state")).toBe("error");
    expect(await exchange.getByRole("alert").textContent()).toContain("回答の生成サービスに接続できません。");
    await exchange.getByRole("button", { name: "もう一度送信" }).click();
    await page.locator(".exchange").last().and(page.locator("[data-state=answered]")).waitFor();
  });

  it("speaks English to an English browser", async () => {
    const { context, page: english } = await openChat(harness, { locale: "en-US" });
    expect(await english.locator("html").getAttribute("lang")).toBe("en");
    expect(await english.getByRole("button", { name: "Send" }).count()).toBe(1);
    expect(await english.getByLabel("Question", { exact: true }).count()).toBe(1);
    await context.close();
  });
});
