import { chmod, mkdir, mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { composeTaiwa, type Taiwa } from "../../app/compose.ts";
import { loadConfig } from "../../app/config.ts";
import { secureDataDir } from "../../app/data-dir-permissions.ts";
import { syncFaqFolder } from "../../questions/faq-folder-sync.ts";
import { QuestionSpool } from "../../questions/question-spool.ts";
import { BOT_TOKEN, SIGNING_SECRET } from "../bots/slack/slack-harness.ts";
import { capturingLogger } from "../doubles/capturing-logger.ts";

/** Path (relative to root, "." for root) → permission bits, for every directory and file beneath. */
async function modes(root: string): Promise<Map<string, number>> {
  const found = new Map<string, number>([[".", (await stat(root)).mode & 0o777]]);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    found.set(path.slice(root.length + 1), (await stat(path)).mode & 0o777);
  }
  return found;
}

async function directories(root: string): Promise<Set<string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return new Set([
    ".",
    ...entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1)),
  ]);
}

function octal(found: Map<string, number>): Record<string, string> {
  return Object.fromEntries([...found].map(([path, mode]) => [path, mode.toString(8)]));
}

let taiwa: Taiwa | undefined;
afterAll(async () => {
  await taiwa?.close();
});

describe("the data directory is private (0700, files 0600)", () => {
  it("a fresh deployment creates every directory 0700 and every file 0600: index, question log, Slack store, FAQ, spool", async () => {
    const corpus = await mkdtemp(join(tmpdir(), "taiwa-perm-corpus-"));
    await writeFile(
      join(corpus, "guide.md"),
      "# 手引き\n\n## 第1章 目的\n\n技術流出の防止のため、管理体制を整備する。\n",
    );
    const dataDir = join(await mkdtemp(join(tmpdir(), "taiwa-perm-")), "data");
    const config = loadConfig({
      NODE_ENV: "test",
      PORT: "0",
      LOG_LEVEL: "silent",
      TAIWA_DATA_DIR: dataDir,
      TAIWA_CORPUS_DIR: corpus,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: "http://127.0.0.1:1/api/",
    });
    taiwa = await composeTaiwa({ config, logger: capturingLogger().logger });
    await taiwa.ready;
    await taiwa.questionLog.record({
      eventKey: "perm-1",
      surface: "web",
      asker: { askerId: "a", displayName: "山田" },
      question: "質問",
      botAnswer: "",
      citations: [],
      reason: "unresolved",
    });
    await taiwa.questionLog.faq.add({ question: "FAQ の質問", answer: "FAQ の回答", publishedBy: "admin" });
    await syncFaqFolder({ faq: taiwa.questionLog.faq, dataDir });
    await new QuestionSpool({ dataDir }).append({
      eventKey: "perm-2",
      surface: "web",
      asker: { askerId: "a" },
      question: "質問",
      botAnswer: "",
      citations: [],
      reason: "failed",
    });

    const found = await modes(dataDir);
    for (const name of ["questions.db", "questions.db-wal", "questions.db-shm", "slack.db", "question-spool.jsonl"]) {
      expect(found.has(name), `${name} exists`).toBe(true);
    }
    expect([...found.keys()].some((path) => path.startsWith("faq/") && path.endsWith(".md"))).toBe(true);
    expect([...found.keys()].some((path) => path.startsWith("index/"))).toBe(true);
    const dirs = await directories(dataDir);
    const loose = [...found].filter(([path, mode]) => mode !== (dirs.has(path) ? 0o700 : 0o600));
    expect(octal(new Map(loose))).toEqual({});
  });

  it("tightens an existing world-readable data directory at start and says so in the log", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "taiwa-perm-old-"));
    await chmod(dataDir, 0o755);
    await mkdir(join(dataDir, "faq"), { mode: 0o755 });
    await writeFile(join(dataDir, "questions.db"), "x", { mode: 0o644 });
    await writeFile(join(dataDir, "faq", "1.md"), "x", { mode: 0o644 });
    await chmod(join(dataDir, "questions.db"), 0o644);
    await chmod(join(dataDir, "faq", "1.md"), 0o644);
    const { logger, lines } = capturingLogger();

    await secureDataDir({ dataDir, logger });

    expect(octal(await modes(dataDir))).toEqual({ ".": "700", faq: "700", "faq/1.md": "600", "questions.db": "600" });
    const line = lines.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.tightened);
    expect(line).toMatchObject({ tightened: 4, dataDir });
    expect(String(line?.msg)).toContain("permissions");
  });
});
