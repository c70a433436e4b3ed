import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { composeTaiwa, type Taiwa } from "../../app/compose.ts";
import { loadConfig } from "../../app/config.ts";
import { isTaiwaError } from "../../app/errors.ts";
import { INDEX_PREPARING_MESSAGE, waitForIndex } from "../../app/wait-for-index.ts";
import { capturingLogger } from "../doubles/capturing-logger.ts";
import { sampleAnswer } from "../doubles/scripted-ask-service.ts";

let taiwa: Taiwa | undefined;
afterAll(async () => {
  await taiwa?.close();
});

describe("questions that arrive while the index is being built", () => {
  it("a chat question asked before the first index is built is held and answered from it, not logged as unresolved", async () => {
    const corpus = await mkdtemp(join(tmpdir(), "taiwa-warmup-corpus-"));
    await writeFile(
      join(corpus, "guide.md"),
      "# 技術流出対策の手引き\n\n## 第1章 管理体制\n\n技術流出を防止するため、企業は営業秘密の管理規程を定め、アクセス権限を限定する。\n",
    );
    const config = loadConfig({
      NODE_ENV: "test",
      PORT: "0",
      LOG_LEVEL: "silent",
      TAIWA_DATA_DIR: await mkdtemp(join(tmpdir(), "taiwa-warmup-")),
      TAIWA_CORPUS_DIR: corpus,
    });
    taiwa = await composeTaiwa({ config, logger: capturingLogger().logger });
    // Asked at once, as a Slack or Teams event arriving on a fresh replica.
    const outcome = await taiwa.askService.ask({
      question: "技術流出を防止するため、企業は何を定めますか？",
      surface: "slack",
      eventKey: "EvEarly",
      asker: { askerId: "slack-early" },
    });
    expect(outcome.answer.resolved).toBe(true);
    expect(outcome.answer.citations.length).toBeGreaterThan(0);
    expect(outcome.questionId).toBeUndefined();
    expect((await taiwa.questionLog.list({})).total).toBe(0);
  });

  it("past the bounded wait, says plainly that the index is being prepared (index_missing, retryable)", async () => {
    const never = new Promise<void>(() => undefined);
    const answerer = waitForIndex({
      answerer: { answer: async (request) => sampleAnswer({ question: request.question }) },
      indexReady: never,
      timeoutMs: 30,
    });
    const error = await answerer.answer({ question: "質問" }).catch((caught: unknown) => caught);
    expect(isTaiwaError(error) && error.code).toBe("index_missing");
    expect(isTaiwaError(error) && error.isRetryable).toBe(true);
    expect((error as Error).message).toBe(INDEX_PREPARING_MESSAGE);
    expect(INDEX_PREPARING_MESSAGE).toBe("資料の索引を準備中です。しばらくしてからもう一度お試しください。");
  });

  it("answers at once when the index is ready, and passes on a failed build as index_missing", async () => {
    const ready = waitForIndex({
      answerer: { answer: async (request) => sampleAnswer({ question: request.question }) },
      indexReady: Promise.resolve(),
      timeoutMs: 30,
    });
    expect((await ready.answer({ question: "質問" })).question).toBe("質問");
    const failedBuild = Promise.reject(new Error("corpus unreadable"));
    failedBuild.catch(() => undefined);
    const failed = waitForIndex({
      answerer: { answer: async (request) => sampleAnswer({ question: request.question }) },
      indexReady: failedBuild,
      timeoutMs: 30,
    });
    const error = await failed.answer({ question: "質問" }).catch((caught: unknown) => caught);
    expect(isTaiwaError(error) && error.code).toBe("index_missing");
  });
});
