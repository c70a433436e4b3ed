import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium } from "../../doubles/headless-chromium.ts";
import { ask, type ChatHarness, openChat, startChat, TITLE } from "./chat-harness.ts";

const MAX = 120;

/** WCAG relative-luminance contrast of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe.skipIf(!hasChromium)("web chat conversation, layout and input in headless Chromium", () => {
  let harness: ChatHarness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // A small limit, to see that the counter uses the server's MAX_QUESTION_CHARS.
    harness = await startChat({ env: { MAX_QUESTION_CHARS: String(MAX) } });
    ({ context, page } = await openChat(harness, { viewport: { width: 800, height: 600 } }));
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("lands on what taiwa covers (documents and versions from the index) and example chips", async () => {
    const landing = page.getByRole("region", { name: "公表文書をもとに、出典つきで答えます" });
    expect(await landing.isVisible()).toBe(true);
    const documents = landing.getByRole("list", { name: "参照している文書" }).getByRole("listitem");
    await expect.poll(() => documents.count()).toBe(2);
    expect(await documents.nth(1).textContent()).toBe("技術流出対策ガイダンス 版：第1版 · 2024-02");
    expect(await documents.first().textContent()).toBe(`${TITLE} 版：改訂 2025-11-07`);
    const chip = landing
      .getByRole("list", { name: "質問の例" })
      .getByRole("button", { name: "特定重要物資とは何ですか？" });
    await chip.click();
    await page.locator(".exchange[data-state=answered]").waitFor();
    expect(harness.askService.asks.at(-1)?.question).toBe("特定重要物資とは何ですか？");
    expect(await landing.isVisible()).toBe(false);
  });

  it("pins the composer to the bottom and scrolls each new answer into view at its start", async () => {
    await ask(page, "長い回答をください");
    const exchange = await ask(page, "もう一度長い回答をください");
    const layout = await page.evaluate(() => {
      const main = document.querySelector("main") as HTMLElement;
      const form = document.getElementById("ask-form") as HTMLElement;
      const answer = document.querySelectorAll(".answer")[
        document.querySelectorAll(".answer").length - 1
      ] as HTMLElement;
      return {
        pageScrolls: document.documentElement.scrollHeight > window.innerHeight,
        mainScrolls: main.scrollHeight > main.clientHeight,
        formBottom: form.getBoundingClientRect().bottom,
        viewport: window.innerHeight,
        mainTop: main.getBoundingClientRect().top,
        answerTop: answer.getBoundingClientRect().top,
      };
    });
    expect(layout.pageScrolls).toBe(false);
    expect(layout.mainScrolls).toBe(true);
    expect(Math.round(layout.formBottom)).toBe(layout.viewport);
    // The answer starts at the top of the conversation (not its end at the bottom).
    expect(layout.answerTop).toBeGreaterThanOrEqual(layout.mainTop);
    expect(layout.answerTop).toBeLessThan(layout.mainTop + 40);
    expect(await exchange.getAttribute("data-state")).toBe("answered");
    // Scrolling the conversation back leaves the composer where it was.
    await page.locator("main").evaluate((main) => main.scrollTo(0, 0));
    expect(await page.locator("#question").isVisible()).toBe(true);
    const formBottom = await page.locator("#ask-form").evaluate((form) => form.getBoundingClientRect().bottom);
    expect(Math.round(formBottom)).toBe(layout.viewport);
  });

  it("folds a long question behind 「続きを表示」", async () => {
    const long = `物資について。\n${"長い質問の本文です。\n".repeat(9)}最後の行です。`;
    expect(long.length).toBeLessThanOrEqual(MAX);
    const exchange = await ask(page, long);
    const toggle = exchange.getByRole("button", { name: "続きを表示" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    const text = exchange.locator(".question-text");
    const folded = await text.evaluate((p) => ({ client: p.clientHeight, scroll: p.scrollHeight }));
    expect(folded.scroll).toBeGreaterThan(folded.client);
    await toggle.click();
    expect(await exchange.getByRole("button", { name: "折りたたむ" }).getAttribute("aria-expanded")).toBe("true");
    const open = await text.evaluate((p) => ({ client: p.clientHeight, scroll: p.scrollHeight }));
    expect(open.scroll).toBe(open.client);
  });

  it("counts characters live against the server's limit and keeps over-long text in the box", async () => {
    const box = page.getByLabel("質問", { exact: true });
    const counter = page.locator("#question-count");
    await box.fill("物資");
    expect(await counter.textContent()).toBe(`2 / ${MAX}`);
    const tooLong = "あ".repeat(MAX + 5);
    await box.fill(tooLong);
    expect(await counter.textContent()).toBe(`${MAX + 5} / ${MAX}`);
    expect(await counter.getAttribute("class")).toContain("over");
    const exchanges = await page.locator(".exchange").count();
    await box.press("Enter");
    expect(await page.locator("#status").textContent()).toBe(
      `質問が長すぎます（${MAX + 5} / ${MAX} 文字）。${MAX} 文字以内に短くしてから送信してください。`,
    );
    expect(await box.inputValue()).toBe(tooLong);
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(".exchange").count()).toBe(exchanges);
    await box.fill("");
  });

  it("says why Enter waits while an answer is pending, and why the send button is disabled", async () => {
    const box = page.getByLabel("質問", { exact: true });
    await box.fill("ゆっくり物資について");
    await box.press("Enter");
    await box.fill("次の質問です");
    await box.press("Enter");
    expect(await page.locator("#status").textContent()).toBe(
      "前の質問への回答を準備中です。入力した質問はそのまま残してあります。回答が届いてから送信してください。",
    );
    expect(await box.inputValue()).toBe("次の質問です");
    const send = page.getByRole("button", { name: "送信" });
    expect(await send.isDisabled()).toBe(true);
    expect(await send.getAttribute("title")).toBe("前の質問への回答を準備中です。回答が届いてから送信できます。");
    expect(await page.locator("#send-why").textContent()).toBe(await send.getAttribute("title"));
    await expect.poll(() => page.locator("#status").textContent(), { timeout: 3_400 }).toBe("まだ考えています…");
    await page.locator(".exchange").last().and(page.locator("[data-state=answered]")).waitFor();
    expect(await send.isDisabled()).toBe(false);
    expect(await send.getAttribute("title")).toBeNull();
    await box.fill("");
  });

  it("shows the ministry's reply under the question it answers, live, with a title badge", async () => {
    const exchange = await ask(page, "来年の予算額はいくらですか？");
    const questionId =
      harness.askService.asks.length > 0 ? await storedQuestionId(page, "来年の予算額はいくらですか？") : "";
    expect(questionId).toMatch(/^q-\d+$/);
    harness.replies.push({
      reference: questionId,
      question: "来年の予算額はいくらですか？",
      answer: "予算額は12月に公表します。",
      answeredAt: new Date("2026-03-02T09:00:00.000Z"),
    });
    // Read further up when it arrives: the reply is off screen, so it stays unseen.
    await page.locator("main").evaluate((main) => main.scrollTo(0, 0));
    // Coming back to the tab checks at once.
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    const reply = exchange.locator(".reply-slot .reply");
    await reply.waitFor();
    expect(await exchange.locator(".reply-slot").getAttribute("aria-live")).toBe("polite");
    expect(await reply.locator(".reply-answer").textContent()).toBe("予算額は12月に公表します。");
    expect(await reply.locator(".reply-date").textContent()).toBe("回答日：2026/3/2（受付番号 q-1）");
    expect(await exchange.locator(".awaiting").count()).toBe(0);
    const offScreen = await reply.evaluate(
      (element) =>
        element.getBoundingClientRect().top >
        (document.querySelector("main") as HTMLElement).getBoundingClientRect().bottom,
    );
    expect(offScreen).toBe(true);
    await page.waitForTimeout(1_000);
    expect(await page.title()).toMatch(/^\(1\) taiwa/);
    // Seen once it has been on screen a moment.
    await reply.scrollIntoViewIfNeeded();
    await expect.poll(() => page.title(), { timeout: 3_000 }).toMatch(/^taiwa/);
  });

  it("keeps the conversation and the reply under its question across a reload", async () => {
    const before = await page.locator(".exchange").allTextContents();
    await page.reload();
    await page.locator(".exchange .reply").waitFor();
    const exchange = page.locator(".exchange", { hasText: "来年の予算額はいくらですか？" });
    expect(await exchange.locator(".reply-answer").textContent()).toBe("予算額は12月に公表します。");
    expect(await exchange.locator(".not-found h4").textContent()).toBe("文書には見つかりませんでした");
    expect(await page.locator(".exchange").count()).toBe(before.length);
    expect(await page.locator(".exchange[data-state=answered] .citation-title").first().textContent()).toBe(TITLE);
    expect(await page.getByRole("region", { name: "公表文書をもとに、出典つきで答えます" }).isVisible()).toBe(false);
    expect(await page.locator("#status").textContent()).toBe("前回の会話を表示しています。");
  });

  it("replaces a reply with the ministry's correction and counts it as new", async () => {
    const first = harness.replies[0];
    if (!first) throw new Error("the reply test above seeds one reply");
    // The same answeredAt: a correction may keep it, and still counts as new.
    harness.replies[0] = { ...first, answer: "訂正:予算額は1月に公表します。" };
    await page.locator("main").evaluate((main) => main.scrollTo(0, 0));
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    const exchange = page.locator(".exchange", { hasText: "来年の予算額はいくらですか？" });
    await expect.poll(() => exchange.locator(".reply-answer").textContent()).toBe("訂正:予算額は1月に公表します。");
    expect(await exchange.locator(".reply").count()).toBe(1);
    expect(await page.title()).toMatch(/^\(1\) taiwa/);
    await exchange.locator(".reply").scrollIntoViewIfNeeded();
    await expect.poll(() => page.title(), { timeout: 3_000 }).toMatch(/^taiwa/);
  });

  it("adds a reply to a question from before this conversation as its own exchange", async () => {
    harness.replies.push({
      reference: "q-older",
      question: "以前の質問です",
      answer: "以前の質問への回答です。",
      answeredAt: new Date("2026-03-03T09:00:00.000Z"),
    });
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    const exchange = page.locator(".exchange", { hasText: "以前の質問です" });
    await exchange.locator(".reply").waitFor();
    expect(await exchange.getAttribute("data-state")).toBe("reply");
    expect(await exchange.locator(".answer").count()).toBe(0);
  });

  it("「新しい会話」 clears the conversation and shows the landing; old replies do not come back", async () => {
    await page.getByRole("button", { name: "新しい会話" }).click();
    expect(await page.locator(".exchange").count()).toBe(0);
    expect(await page.getByRole("region", { name: "公表文書をもとに、出典つきで答えます" }).isVisible()).toBe(true);
    await page.reload();
    await page.locator("#documents li").first().waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForTimeout(300);
    expect(await page.locator(".exchange").count()).toBe(0);
  });

  it("asks for notification permission only when the asker clicks", async () => {
    const notify = page.getByRole("button", { name: "回答が届いたら通知する" });
    expect(await page.evaluate(() => Notification.permission)).toBe("default");
    expect(await notify.isVisible()).toBe(true);
    await context.grantPermissions(["notifications"]);
    await notify.click();
    await expect.poll(() => notify.isVisible()).toBe(false);
    expect(await page.locator("#status").textContent()).toBe("回答が届いたら、このブラウザーで通知します。");
  });

  it("raises a browser notification for a reply that arrives while the asker is elsewhere", async () => {
    const other = await harness.browser.newContext({ locale: "ja-JP" });
    // A recording stand-in for the Notification API, already granted, on a page without focus.
    await other.addInitScript(() => {
      const shown: { title: string; body?: string }[] = [];
      (window as unknown as { shown: typeof shown }).shown = shown;
      class RecordingNotification {
        static permission = "granted";
        static requestPermission = async () => "granted";
        constructor(title: string, options?: { body?: string }) {
          shown.push({ title, body: options?.body });
        }
      }
      Object.defineProperty(window, "Notification", { value: RecordingNotification });
      document.hasFocus = () => false;
    });
    const away = await other.newPage();
    await away.goto(`${harness.server.url}/`);
    expect(await away.getByRole("button", { name: "回答が届いたら通知する" }).isVisible()).toBe(false);
    await ask(away, "別の部署から来年の予定を聞きます");
    const questionId = await storedQuestionId(away, "別の部署から来年の予定を聞きます");
    harness.replies.push({
      reference: questionId,
      question: "別の部署から来年の予定を聞きます",
      answer: "予定は追ってお知らせします。",
      answeredAt: new Date("2026-03-04T09:00:00.000Z"),
    });
    await away.evaluate(() => window.dispatchEvent(new Event("focus")));
    // (This harness's reply list is not per asker, so the earlier replies arrive here too.)
    await expect
      .poll(() => away.evaluate(() => (window as unknown as { shown: unknown[] }).shown))
      .toContainEqual({ title: "taiwa：省庁から回答が届きました", body: "別の部署から来年の予定を聞きます" });
    await other.close();
  });

  it("has an input outline of at least 3:1, in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const colours = await page.locator("#question").evaluate((box) => {
        const style = getComputedStyle(box);
        return { border: style.borderTopColor, background: style.backgroundColor };
      });
      expect(contrast(colours.border, colours.background), colorScheme).toBeGreaterThanOrEqual(3);
    }
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: "light" });
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(contrast(dark, "rgb(0, 0, 0)")).toBeLessThan(1.5);
    expect(contrast(light, "rgb(255, 255, 255)")).toBeLessThan(1.5);
  });

  it("breaks headings by phrase and writes UI text with full-width Japanese punctuation", async () => {
    for (const selector of ["h1", "#landing h2", "#landing h3"]) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((h) => getComputedStyle(h).wordBreak),
        selector,
      ).toBe("auto-phrase");
    }
    const chrome = await page.evaluate(() =>
      [
        document.title,
        ...Array.from(document.querySelectorAll("header, #landing, #ask-form")).map((node) => node.textContent ?? ""),
        (document.getElementById("question") as HTMLTextAreaElement).placeholder,
      ].join("\n"),
    );
    expect(chrome).toContain("特定重要物資");
    const kana = "\\u3040-\\u30ff\\u3400-\\u9fff";
    expect(chrome.match(new RegExp(`[${kana}][:?!(),]|[:?!(),][${kana}]`, "gu"))).toBeNull();
  });
});

async function storedQuestionId(page: Page, question: string): Promise<string> {
  return page.evaluate((text) => {
    const stored = JSON.parse(localStorage.getItem("taiwa.conversation.v1") ?? "{}");
    const record = (stored.exchanges ?? []).find((each: { question: string }) => each.question === text);
    return record?.references?.[0] ?? "";
  }, question);
}
