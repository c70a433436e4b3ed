/**
 * Regenerates docs/screenshots/*.png: starts taiwa on a seeded temporary data dir and photographs its pages in
 * headless Chromium. Each surface adds its shots as a list (consoleShots below; the web chat adds its own list the
 * same way). Run with `npm run screenshots` (needs Chromium: CHROMIUM_PATH or /usr/bin/chromium).
 */

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { composeTaiwa } from "../app/compose.ts";
import { loadConfig } from "../app/config.ts";
import { createLogger } from "../app/logger.ts";
import { startServer } from "../server/start-server.ts";
import { launchChromium } from "../tests/doubles/headless-chromium.ts";
import { CONSOLE_LOGIN, CONSOLE_PASSWORD, type Seeded, seed } from "./screenshot-seed.ts";
import { answerThroughLog, chatShots } from "./screenshots-chat.ts";

const OUT_DIR = "docs/screenshots";

/** One picture: a file name, a viewport, and how to get the page there. */
export interface Shot {
  file: string;
  viewport: { width: number; height: number };
  /** Leaves `page` showing what should be photographed. */
  prepare(page: Page, run: ShotRun): Promise<void>;
  fullPage?: boolean;
}

/** What every shot can use: the running server and the ids of the seeded questions. */
export interface ShotRun {
  origin: string;
  seeded: Seeded;
}

async function signIn(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/console/login`);
  await page.getByLabel("ログインID").fill(CONSOLE_LOGIN);
  await page.getByLabel("パスワード").fill(CONSOLE_PASSWORD);
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.waitForURL(`${origin}/console/`);
}

const CONSOLE_VIEWPORT = { width: 1366, height: 768 };

/** The ministry console at 1366×768: the queue, an answer-first detail page, the preview before sending, the statistics. */
export function consoleShots(): Shot[] {
  return [
    {
      file: "console-queue.png",
      viewport: CONSOLE_VIEWPORT,
      prepare: async (page, run) => {
        await signIn(page, run.origin);
      },
    },
    {
      file: "console-detail.png",
      viewport: CONSOLE_VIEWPORT,
      prepare: async (page, run) => {
        await signIn(page, run.origin);
        await page.goto(`${run.origin}/console/questions/${run.seeded.detailId}`);
        // A draft started from a template, as an official would have it while answering.
        await page.getByLabel("返信テンプレート").selectOption({ label: "資料の該当箇所の案内" });
        await page.getByRole("button", { name: "テンプレートを挿入" }).click();
        // The page comes back from the server with the template in the composer.
        await page.locator("#answer", { hasText: "お問い合わせありがとうございます" }).waitFor();
      },
    },
    {
      file: "console-confirm.png",
      viewport: CONSOLE_VIEWPORT,
      prepare: async (page, run) => {
        await signIn(page, run.origin);
        await page.goto(`${run.origin}/console/questions/${run.seeded.overdueId}`);
        await page
          .getByLabel("省庁の回答(質問者に届きます)")
          .fill(
            "助成金の交付時期は、認定後の交付申請の審査を経て決まります。\n詳しくは所管課（03-0000-0000）にお問い合わせください。",
          );
        await page.getByRole("button", { name: "プレビューして確認" }).click();
        await page.locator("figure.preview-frame").waitFor();
      },
    },
    {
      file: "console-stats.png",
      viewport: CONSOLE_VIEWPORT,
      prepare: async (page, run) => {
        await signIn(page, run.origin);
        await page.goto(`${run.origin}/console/stats`);
      },
    },
  ];
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "taiwa-screenshots-"));
  const config = loadConfig({
    TAIWA_DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    NODE_ENV: "development",
  });
  const logger = createLogger(config);
  const taiwa = await composeTaiwa({ config, logger });
  const server = await startServer({ taiwa, config, logger });
  let browser: Browser | undefined;
  try {
    const seeded = await seed(taiwa);
    browser = await launchChromium();
    mkdirSync(OUT_DIR, { recursive: true });
    // Each surface contributes its own list of shots: the console's here, the web chat's below.
    const shots = [...consoleShots()];
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: shot.viewport, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
      const page = await context.newPage();
      await shot.prepare(page, { origin: server.url, seeded });
      await page.screenshot({ path: join(OUT_DIR, shot.file), fullPage: shot.fullPage ?? false });
      await context.close();
      process.stdout.write(`${join(OUT_DIR, shot.file)}\n`);
    }
    for (const path of await chatShots(server.url, browser, { answerQuestion: answerThroughLog(taiwa.questionLog) }))
      process.stdout.write(`${path}\n`);
  } finally {
    await browser?.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
