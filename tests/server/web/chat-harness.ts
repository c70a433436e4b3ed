import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { createLogger } from "../../../app/logger.ts";
import type { Citation } from "../../../rag/types.ts";
import { type RunningServer, startServer } from "../../../server/start-server.ts";
import type { DocumentSummary, WebReply } from "../../../server/types.ts";
import { fakeTaiwa } from "../../doubles/fake-taiwa.ts";
import { launchChromium } from "../../doubles/headless-chromium.ts";
import { ScriptedAskService, sampleAnswer, sampleCitation } from "../../doubles/scripted-ask-service.ts";

export const TITLE = "経済安全保障推進のための行動計画";

/** Two passages of one document: its title must show once. The first is Markdown with markup-looking text. */
export const citations: Citation[] = [
  sampleCitation({
    n: 1,
    title: TITLE,
    version: "改訂 2025-11-07",
    sectionPath: [TITLE, "第2章 施策", "(1) 重要物資"],
    page: 4,
    text: `## ${TITLE}\n## 第2章 施策\n特定重要物資の安定供給を確保する。**重要**な物資は別に定める。\n- 半導体\n- 蓄電池\n<img src=x onerror=alert(1)>`,
  }),
  sampleCitation({
    n: 2,
    chunkId: "action-plan-2025:def:5",
    title: TITLE,
    version: "改訂 2025-11-07",
    sectionPath: ["第3章 体制"],
    page: 9,
    text: "指定は政令で行う。",
  }),
];

const LONG_ANSWER = Array.from({ length: 30 }, (_, i) => `長い回答の${i + 1}行目です[1]。`).join("\n");

/** Scripted by keywords in the question; unresolved questions get ids q-1, q-2, … to attach replies to. */
export function scriptedService(): ScriptedAskService {
  let logged = 0;
  return new ScriptedAskService(async (request) => {
    const q = request.question;
    const id = `ans-${request.eventKey}`;
    if (q.includes("ゆっくり")) await new Promise((resolve) => setTimeout(resolve, 3_500));
    if (/critical/i.test(q)) {
      return {
        answer: sampleAnswer({ id, question: q, lang: "en", answer: "Critical products are secured [1].", citations }),
      };
    }
    if (q.includes("長い回答"))
      return { answer: sampleAnswer({ id, question: q, answer: LONG_ANSWER, citations: citations.slice(0, 1) }) };
    if (q.includes("部分")) {
      const answer = {
        ...sampleAnswer({ id, question: q, citations }),
        missing: [{ part: "申請の期限", askedType: "date" as const }],
      };
      return { answer };
    }
    if (q.includes("物資")) {
      request.onPartial?.("特定重要物資の");
      return {
        answer: sampleAnswer({
          id,
          question: q,
          answer: "特定重要物資の安定供給を確保します[1]。指定は政令で行います[2]。",
          citations,
        }),
      };
    }
    const abstain = (reason: "legal-judgement" | "out-of-scope" | "no-evidence", answer: string) =>
      sampleAnswer({ id, question: q, resolved: false, reason, answer, citations: [] });
    if (q.includes("違法")) {
      logged += 1;
      const answer = abstain("legal-judgement", "個別の案件の判断は、公表資料からはお答えできません。");
      return { answer, questionId: `q-${logged}`, reference: `q-${logged}` };
    }
    if (q.includes("天気")) return { answer: abstain("out-of-scope", "公表資料の範囲外のためお答えできません。") };
    logged += 1;
    const answer = abstain(
      "no-evidence",
      "公表資料では確認できませんでした。担当者に引き継ぎました。回答があり次第、この場所でお知らせします。",
    );
    return { answer, questionId: `q-${logged}`, reference: `q-${logged}` };
  });
}

export const documents: DocumentSummary[] = [
  { docId: "action-plan-2025", title: TITLE, kind: "action-plan", version: "改訂 2025-11-07", date: "2025-11-07" },
  { docId: "guidance-2024", title: "技術流出対策ガイダンス", kind: "guidance", version: "第1版", date: "2024-02" },
];

export interface ChatHarness {
  server: RunningServer;
  browser: Browser;
  askService: ScriptedAskService;
  /** The ministry replies GET /api/my-questions returns; tests push to it. */
  replies: WebReply[];
  close(): Promise<void>;
}

export async function startChat(options: { env?: Record<string, string> } = {}): Promise<ChatHarness> {
  const logger = createLogger({ LOG_LEVEL: "silent" });
  const askService = scriptedService();
  const replies: WebReply[] = [];
  const taiwa = fakeTaiwa({
    logger,
    askService,
    env: options.env,
    listWebReplies: async () => ({ replies: [...replies] }),
    listDocuments: async () => ({ documents }),
  });
  const server = await startServer({ taiwa, config: taiwa.config, logger });
  const browser = await launchChromium();
  return {
    server,
    browser,
    askService,
    replies,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export async function openChat(
  harness: ChatHarness,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ locale: "ja-JP", reducedMotion: "reduce", ...options });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}/`);
  return { context, page };
}

/** Types a question, presses Enter and waits until its exchange is no longer pending. */
export async function ask(page: Page, question: string): Promise<Locator> {
  const before = await page.locator(".exchange").count();
  const box = page.getByLabel("質問", { exact: true });
  await box.fill(question);
  await box.press("Enter");
  const exchange = page.locator(".exchange").nth(before);
  await exchange.and(page.locator(":not([data-state=pending])")).waitFor();
  return exchange;
}
