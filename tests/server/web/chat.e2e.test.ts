import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../app/logger.ts";
import { type RunningServer, startServer } from "../../../server/start-server.ts";
import { fakeTaiwa } from "../../doubles/fake-taiwa.ts";
import { CHROMIUM, hasChromium, launchChromium } from "../../doubles/headless-chromium.ts";
import { ScriptedAskService, sampleAnswer, sampleCitation } from "../../doubles/scripted-ask-service.ts";

if (!hasChromium)
  console.warn(
    `[skip] web chat browser tests: no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH).`,
  );

const citation = sampleCitation({
  title: "経済安全保障推進のための行動計画",
  sectionPath: ["第2章 施策", "(1) 重要物資"],
  page: 4,
  date: "2025-11-07",
  url: "https://www.cao.go.jp/keizai_anzen_hosho/",
  text: "特定重要物資の安定供給を確保する。<img src=x onerror=alert(1)>",
});

/** Resolved with a citation when the question mentions 物資 or "critical"; otherwise "not in the documents". */
const askService = new ScriptedAskService(async (request) => {
  const english = /critical/i.test(request.question);
  if (english || request.question.includes("物資")) {
    request.onPartial?.("特定重要物資の");
    if (request.question.includes("ゆっくり")) await new Promise((resolve) => setTimeout(resolve, 3_500));
    return {
      answer: sampleAnswer({
        id: `ans-${request.eventKey}`,
        question: request.question,
        lang: english ? "en" : "ja",
        answer: english
          ? "Supply of specified critical products is secured [1]."
          : "特定重要物資の安定供給を確保します[1]。",
        citations: [citation],
      }),
    };
  }
  return {
    answer: sampleAnswer({
      id: `ans-${request.eventKey}`,
      question: request.question,
      resolved: false,
      reason: "no-evidence",
      answer: "",
      citations: [],
    }),
    questionId: "17",
    reference: "7K2M-QX9D",
  };
});

describe.skipIf(!hasChromium)("web chat in headless Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const logger = createLogger({ LOG_LEVEL: "silent" });
    const listWebReplies = async () => ({
      replies: [
        {
          reference: "AAAA-0001",
          question: "補助金の申請期限は?",
          answer: "<b>来月末</b>です。",
          answeredAt: new Date("2026-03-02T09:00:00.000Z"),
        },
      ],
    });
    const taiwa = fakeTaiwa({ logger, askService, listWebReplies });
    server = await startServer({ taiwa, config: taiwa.config, logger });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "ja-JP" });
    await page.goto(`${server.url}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function ask(question: string): Promise<ReturnType<Page["locator"]>> {
    const before = await page.locator(".exchange").count();
    await page.getByLabel("質問", { exact: true }).fill(question);
    await page.getByLabel("質問", { exact: true }).press("Enter");
    const exchange = page.locator(".exchange").nth(before);
    await exchange.and(page.locator(":not([data-state=pending])")).waitFor();
    return exchange;
  }

  it("shows the ministry's answers delivered to this browser", async () => {
    const replies = page.getByRole("region", { name: "省庁からの回答" });
    await replies.waitFor();
    expect(await replies.locator(".reply-question").textContent()).toBe("補助金の申請期限は?");
    expect(await replies.locator(".reply-answer").textContent()).toBe("<b>来月末</b>です。");
    expect(await replies.locator(".reply-date").textContent()).toBe("回答日: 2026/3/2（受付番号 AAAA-0001）");
  });

  it("asks with Enter and shows the cited answer with an expandable passage and a link", async () => {
    const exchange = await ask("特定重要物資とは何ですか?");
    expect(await exchange.getAttribute("data-state")).toBe("answered");
    await expect
      .poll(() => exchange.locator(".answer-text").textContent())
      .toBe("特定重要物資の安定供給を確保します[1]。");
    const item = exchange.locator(".citation");
    expect(await item.locator("cite").textContent()).toBe("経済安全保障推進のための行動計画");
    expect(await item.locator("cite a").getAttribute("href")).toBe("https://www.cao.go.jp/keizai_anzen_hosho/");
    expect(await item.locator(".citation-meta").textContent()).toContain(
      "第2章 施策 › (1) 重要物資 · 4ページ · 2025-11-07",
    );

    const passage = item.locator("blockquote");
    expect(await passage.isVisible()).toBe(false);
    await item.locator("summary").click();
    expect(await passage.isVisible()).toBe(true);
    // The passage's markup-looking text stays text: no element is created from it.
    expect(await passage.textContent()).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator(".answer img").count()).toBe(0);
    expect(askService.asks.at(-1)?.surface).toBe("web");
  });

  it("shows the 'not in the documents' state and that the question went to the ministry", async () => {
    const exchange = await ask("来年の予算額はいくらですか?");
    expect(await exchange.getAttribute("data-state")).toBe("not-found");
    expect(await exchange.locator(".not-found").textContent()).toContain("文書には見つかりませんでした");
    expect(await exchange.locator(".not-found").textContent()).toContain("省庁の担当者に記録されました");
    // The opaque reference, never the log's running number (issue 12 item 10).
    expect(await exchange.locator(".not-found").textContent()).toContain("受付番号 7K2M-QX9D");
    expect(await exchange.locator(".not-found").textContent()).not.toContain("17");
  });

  it("sends 👍 and 「省庁に確認する」 with optional context to the feedback API", async () => {
    const exchange = page.locator(".exchange[data-state=answered]").first();
    await exchange.getByRole("button", { name: "役に立った" }).click();
    await expect.poll(() => askService.feedbacks.length).toBe(1);
    expect(askService.feedbacks[0]?.kind).toBe("thumbs-up");

    await exchange.getByRole("button", { name: "省庁に確認する" }).click();
    const context = exchange.getByLabel("補足(任意): 状況や知りたいことを書いてください");
    await expect.poll(() => context.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.fill("当社の部品が該当するか");
    await exchange.getByRole("button", { name: "省庁に送る" }).click();
    await expect.poll(() => askService.feedbacks.length).toBe(2);
    expect(askService.feedbacks[1]).toMatchObject({
      kind: "escalated",
      userContext: "当社の部品が該当するか",
      question: "特定重要物資とは何ですか?",
    });
    await expect.poll(() => exchange.locator(".feedback-result").textContent()).toContain("省庁の担当者に送りました");
  });

  it("keeps user text as text and labels an English question's answer in English", async () => {
    const exchange = await ask("What are critical <b>products</b>?");
    expect(await exchange.locator(".question p").textContent()).toBe("What are critical <b>products</b>?");
    expect(await page.locator(".question b").count()).toBe(0);
    expect(await exchange.locator(".sources-title").textContent()).toBe("Sources");
    expect(await exchange.getByRole("button", { name: "Ask the ministry" }).count()).toBe(1);
  });

  it("falls back to POST /api/ask when the streaming route is missing", async () => {
    await page.route("**/api/ask/stream", (route) => route.fulfill({ status: 404, body: "" }));
    const asksBefore = askService.asks.length;
    const exchange = await ask("物資のフォールバック");
    await page.unroute("**/api/ask/stream");
    expect(await exchange.getAttribute("data-state")).toBe("answered");
    expect(askService.asks.length).toBe(asksBefore + 1);
    expect(askService.asks.at(-1)?.onPartial).toBeUndefined();
  });

  it("shows the server's error message with a retry button", async () => {
    const body = JSON.stringify({
      error: { code: "model_unavailable", message: "回答の生成サービスに接続できません。" },
    });
    await page.route("**/api/ask/stream", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body }),
    );
    const exchange = await ask("物資についてエラー");
    await page.unroute("**/api/ask/stream");
    expect(await exchange.getAttribute("data-state")).toBe("error");
    expect(await exchange.getByRole("alert").textContent()).toContain("回答の生成サービスに接続できません。");
    await exchange.getByRole("button", { name: "もう一度送信" }).click();
    await page.locator(".exchange").last().and(page.locator("[data-state=answered]")).waitFor();
  });

  it("speaks English to an English browser", async () => {
    const english = await browser.newPage({ locale: "en-US" });
    await english.goto(`${server.url}/`);
    expect(await english.locator("html").getAttribute("lang")).toBe("en");
    expect(await english.getByRole("button", { name: "Send" }).count()).toBe(1);
    expect(await english.getByLabel("Question", { exact: true }).count()).toBe(1);
    await english.close();
  });

  it("says it is still thinking when an answer takes more than 3 seconds", async () => {
    await page.getByLabel("質問", { exact: true }).fill("ゆっくり物資について");
    await page.getByRole("button", { name: "送信" }).click();
    await expect.poll(() => page.locator("#status").textContent(), { timeout: 3_400 }).toBe("まだ考えています…");
    const exchange = page.locator(".exchange").last();
    await exchange.and(page.locator("[data-state=answered]")).waitFor();
  });
});
