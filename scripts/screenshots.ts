/**
 * Regenerates docs/screenshots/*.png: starts taiwa on a seeded temporary data dir and photographs its pages in
 * headless Chromium. Each surface adds its shots as a list (consoleShots below; the web chat adds its own list the
 * same way). Run with `npm run screenshots` (needs Chromium: CHROMIUM_PATH or /usr/bin/chromium).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { composeTaiwa, type Taiwa } from "../app/compose.ts";
import { loadConfig } from "../app/config.ts";
import { createLogger } from "../app/logger.ts";
import { hashPassword } from "../questions/passwords.ts";
import type { NewQuestionEntry } from "../questions/types.ts";
import { startServer } from "../server/start-server.ts";
import { launchChromium } from "../tests/doubles/headless-chromium.ts";

const OUT_DIR = "docs/screenshots";
const CONSOLE_LOGIN = "sato";
const CONSOLE_PASSWORD = "screenshot-password-1";
const HOUR = 3_600_000;

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

interface Seeded {
  overdueId: string;
  answeredId: string;
  detailId: string;
}

function entry(overrides: Partial<NewQuestionEntry> & Pick<NewQuestionEntry, "question">): NewQuestionEntry {
  return {
    eventKey: `screenshot-${Math.random()}`,
    surface: "slack",
    workspaceId: "T0SAMPLE",
    organisation: "株式会社サンプル精機",
    asker: { askerId: `asker-${Math.random().toString(36).slice(2, 8)}` },
    botAnswer: "公表資料からは、ご質問の点についての記載を見つけられませんでした。",
    citations: [],
    reason: "unresolved",
    topic: "guidance",
    ...overrides,
  };
}

/** A few questions from several organisations and surfaces: one answered, one overdue, the rest waiting. */
async function seed(taiwa: Taiwa): Promise<Seeded> {
  const log = taiwa.questionLog;
  const now = Date.now();
  await log.accounts.createUser({
    login: CONSOLE_LOGIN,
    passwordHash: await hashPassword(CONSOLE_PASSWORD),
    role: "admin",
  });
  await log.accounts.createUser({
    login: "tanaka",
    passwordHash: await hashPassword(CONSOLE_PASSWORD),
    role: "contact",
  });
  const overdue = await log.record(
    entry({
      question: "特定重要物資の安定供給確保計画の認定を受けた場合、助成金の交付時期はいつ頃になりますか。",
      surface: "teams",
      workspaceId: "72f988bf-0000-0000-0000-000000000001",
      organisation: "サンプル工業株式会社",
      reason: "escalated",
      userContext: "来年度の設備投資計画に反映したいため、おおよその時期だけでも知りたいです。",
      receivedAt: new Date(now - 5 * 24 * HOUR),
    }),
  );
  const detail = await log.record(
    entry({
      question:
        "経済安全保障推進法の基幹インフラ制度で、届出が必要な「特定重要設備」に当社の制御システムの更新が含まれるか教えてください。",
      surface: "slack",
      reason: "escalated",
      userContext: "電力分野の事業者です。更新は既存設備の部品交換のみです。",
      botAnswer:
        "基幹インフラ制度では、特定重要設備の導入や維持管理等の委託について事前届出が求められます[1]。ただし、個別の設備が該当するかどうかは資料からは判断できません。",
      citations: [
        {
          n: 1,
          docId: "guidance-sample",
          chunkId: "guidance-sample#3",
          title: "基幹インフラ制度に関する説明資料(サンプル)",
          kind: "guidance",
          sectionPath: ["第2章", "事前届出"],
          text: "特定重要設備の導入等を行う場合には、事前に届出を行う必要がある。",
        },
      ],
      receivedAt: new Date(now - 26 * HOUR),
    }),
  );
  await log.record(
    entry({
      question: "専門家会議の次回の議事録はいつ公開されますか。",
      surface: "web",
      workspaceId: undefined,
      organisation: undefined,
      topic: "minutes",
      receivedAt: new Date(now - 7 * HOUR),
    }),
  );
  await log.record(
    entry({
      question: "サプライチェーン調査の回答期限を延長してもらうことはできますか。",
      organisation: "株式会社みなと電子",
      workspaceId: "T0MINATO",
      reason: "thumbs-down",
      receivedAt: new Date(now - 3 * HOUR),
    }),
  );
  const answered = await log.record(
    entry({
      question: "特許出願の非公開制度の対象となる技術分野の一覧はどこで確認できますか。",
      surface: "web",
      workspaceId: undefined,
      organisation: undefined,
      topic: "briefing",
      receivedAt: new Date(now - 50 * HOUR),
    }),
  );
  await log.assign({ id: detail.entry.id, actor: CONSOLE_LOGIN, assignee: CONSOLE_LOGIN });
  await log.answer({
    id: answered.entry.id,
    actor: "tanaka",
    answer: "対象となる技術分野は、公表資料「特許出願の非公開制度の概要」の別表に掲載しています。",
    at: new Date(now - 20 * HOUR),
  });
  await log.markDelivered({ id: answered.entry.id, deliveredAt: new Date(now - 20 * HOUR) });
  // Another official has the question open, so the detail page shows the collision warning.
  await log.touchPresence({ questionId: detail.entry.id, login: "tanaka", at: new Date() });
  await log.addNote({
    questionId: detail.entry.id,
    author: "tanaka",
    body: "電力分野の所管課に確認中。回答案は明日までに共有します。",
  });
  // Twelve weeks of bot traffic, so the statistics have something to draw.
  for (let week = 0; week < 12; week += 1) {
    const at = new Date(now - week * 7 * 24 * HOUR);
    const asks = 12 + ((week * 7) % 9);
    for (let index = 0; index < asks; index += 1) {
      const surface = (["slack", "teams", "web"] as const)[index % 3] ?? "web";
      await log.countEvent({ kind: "ask", surface, at });
      await log.countEvent({ kind: index % 4 === 0 ? "unresolved" : "resolved", surface, at });
    }
  }
  return { overdueId: overdue.entry.id, answeredId: answered.entry.id, detailId: detail.entry.id };
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
    const shots = [...consoleShots()];
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: shot.viewport, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
      const page = await context.newPage();
      await shot.prepare(page, { origin: server.url, seeded });
      await page.screenshot({ path: join(OUT_DIR, shot.file), fullPage: shot.fullPage ?? false });
      await context.close();
      process.stdout.write(`${join(OUT_DIR, shot.file)}\n`);
    }
  } finally {
    await browser?.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
