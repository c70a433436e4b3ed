// Screenshots of the web chat for README: a cited answer and a ministry reply under its question,
// at 1280×800 and 390×844. `chatShots()` is called by scripts/screenshots.ts with its own taiwa and
// browser; `tsx scripts/screenshots-chat.ts` starts a temporary taiwa with the sample corpus itself.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { composeTaiwa } from "../app/compose.ts";
import { loadConfig } from "../app/config.ts";
import { createLogger } from "../app/logger.ts";
import { questionReference } from "../questions/question-reference.ts";
import type { QuestionLog } from "../questions/types.ts";
import { startServer } from "../server/start-server.ts";
import { launchChromium } from "../tests/doubles/headless-chromium.ts";

const OUT_DIR = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const CITED_QUESTION = "特定重要物資とは何ですか？";
const UNCOVERED_QUESTION = "来年度の補助金の公募はいつ始まりますか？";
const MINISTRY_ANSWER =
  "来年度の公募開始時期は、予算成立後に経済産業省のウェブサイトでお知らせします。例年は4月ごろです。個別のご相談は経済安全保障政策課までお寄せください。";

// The desktop shot starts at the answered question (its card, the ministry's reply, then the cited
// answer below); the phone's, with less room, at the reply itself.
const VIEWPORTS = [
  { file: "chat-desktop.png", width: 1280, height: 800, top: ".exchange[data-reply=true]", openPassage: false },
  { file: "chat-mobile.png", width: 390, height: 844, top: ".reply", openPassage: false },
];

/**
 * Asks an uncovered question (so it is logged), has `answerQuestion` answer it as the ministry would,
 * asks a covered one, then shoots each viewport with the reply shown under its question.
 */
export async function chatShots(
  baseUrl: string,
  browser: Browser,
  options: {
    /** Answers and delivers the logged question as an official would in the console (answerThroughLog). */
    answerQuestion: (reference: string, answer: string) => Promise<void>;
    outDir?: string;
  },
): Promise<string[]> {
  const outDir = options.outDir ?? OUT_DIR;
  await mkdir(outDir, { recursive: true });
  const context = await browser.newContext({ locale: "ja-JP", reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  const reference = await ask(page, UNCOVERED_QUESTION);
  if (!reference) throw new Error("the uncovered question was not logged for the ministry");
  await options.answerQuestion(reference, MINISTRY_ANSWER);
  await ask(page, CITED_QUESTION);
  const saved: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.reload();
    await page.locator(".reply").first().waitFor();
    if (viewport.openPassage) {
      await page.locator(".exchange[data-state=answered]").last().locator("details summary").first().click();
    }
    await page
      .locator(viewport.top)
      .first()
      .evaluate((element) => element.scrollIntoView({ block: "start" }));
    const path = join(outDir, viewport.file);
    await page.screenshot({ path });
    saved.push(path);
  }
  await context.close();
  return saved;
}

/** Sends a question through the page; resolves its 受付番号 when the answer says it was logged. */
async function ask(page: Page, question: string): Promise<string | undefined> {
  const before = await page.locator(".exchange").count();
  const logged = page.waitForResponse((response) => response.url().includes("/api/ask"));
  await page.getByLabel("質問", { exact: true }).fill(question);
  await page.getByLabel("質問", { exact: true }).press("Enter");
  await logged;
  await page.locator(".exchange").nth(before).and(page.locator(":not([data-state=pending])")).waitFor();
  return page.evaluate((text) => {
    const stored = JSON.parse(localStorage.getItem("taiwa.conversation.v1") ?? "{}");
    const record = (stored.exchanges ?? []).find((each: { question: string }) => each.question === text);
    return record?.references?.[0] as string | undefined;
  }, question);
}

/** The ministry's side, straight on the question log: answered, then delivered by the web notifier. */
export function answerThroughLog(questionLog: QuestionLog) {
  return async (reference: string, answer: string) => {
    // The browser knows only the opaque 受付番号; the ministry side finds the entry it names.
    const { entries } = await questionLog.list({ limit: 50 });
    const entry = entries.find((candidate) => questionReference(candidate.eventKey) === reference);
    if (!entry) throw new Error(`no logged question has the reference ${reference}`);
    await questionLog.answer({ id: entry.id, actor: "screenshots", answer });
    await questionLog.markDelivered({ id: entry.id, deliveredAt: new Date() });
  };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "taiwa-shots-"));
  const config = loadConfig({
    NODE_ENV: "development",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    TAIWA_DATA_DIR: dataDir,
    TAIWA_CORPUS_DIR: fileURLToPath(new URL("../corpus/", import.meta.url)),
  });
  const logger = createLogger(config);
  const taiwa = await composeTaiwa({ config, logger });
  const server = await startServer({ taiwa, config, logger });
  const browser = await launchChromium();
  try {
    await taiwa.ready;
    const saved = await chatShots(server.url, browser, { answerQuestion: answerThroughLog(taiwa.questionLog) });
    for (const path of saved) console.log(`saved ${path}`);
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
