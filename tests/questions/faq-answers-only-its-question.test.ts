import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Core, openCore } from "../../app/core.ts";
import { createLogger } from "../../app/logger.ts";
import { createFaqPublisher } from "../../questions/faq-publisher.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import type { AnswerResult } from "../../rag/types.ts";

const FAQ_QUESTION = "補助金の申請はいつから受け付けますか？";
const FAQ_ANSWER =
  "補助金の申請は2027年4月1日から受け付けます。申請は年度ごとの予定に沿って、所定の様式で提出してください。改正や予定の変更があれば改めてお知らせします。";

/** Asked of the same index: none is the FAQ's question, several share its words (補助金, 予定, 申請, 改正). */
const UNRELATED = [
  "来年の改正予定はありますか？",
  "来年の法改正の予定を教えてください",
  "補助金の上限額はいくらですか？",
  "補助金の採択件数は何件ですか？",
  "補助金の申請方法を教えてください",
  "補助金の対象経費には何が含まれますか？",
  "申請書の様式はどこで入手できますか？",
  "特定重要物資には何が指定されていますか？",
  "半導体は特定重要物資ですか？",
  "蓄電池の供給確保の取り組みは？",
  "セキュリティ・クリアランスはいつから始まりますか？",
  "技術流出を防ぐ対策を教えてください",
  "基幹インフラの事前審査の対象事業者は？",
  "経済安全保障の相談窓口はどこですか？",
  "予定されている説明会の日程は？",
  "輸出管理の該非判定のやり方は？",
  "改正された法律の施行日はいつですか？",
  "補助金の審査結果はいつ通知されますか？",
  "年度ごとの計画の提出期限はいつですか？",
  "営業秘密の管理方法に関する指針はありますか？",
  "サプライチェーンの強靱化に向けた支援策は？",
  "What is the schedule for the next amendment?",
];
const PARAPHRASES = [
  "補助金の申請はいつから受け付けますか？",
  "補助金はいつから申請できますか",
  "補助金の申請受付はいつ開始されますか？",
  "補助金の申請開始時期を教えてください",
];

const fromFaq = (answer: AnswerResult) =>
  answer.resolved && answer.citations.some((citation) => citation.docId.startsWith("faq-"));

describe("a published FAQ answers only the questions it really matches", () => {
  let core: Core;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "taiwa-faq-match-"));
    core = await openCore({ dataDir });
    await core.ingest({ paths: [join(import.meta.dirname, "../fixtures/documents/sample-ja.md")] });
    const questionLog = await SqliteQuestionLog.open({ dataDir });
    const publisher = createFaqPublisher({
      questionLog,
      dataDir,
      reindexFaq: () => core.reindexFaq(),
      logger: createLogger({ LOG_LEVEL: "silent" }),
    });
    const { reindexed } = await publisher.publish({ question: FAQ_QUESTION, answer: FAQ_ANSWER, actor: "sato" });
    expect(reindexed).toBe(true);
  }, 60_000);

  it(`answers none of ${UNRELATED.length} unrelated questions from the FAQ`, async () => {
    const answeredFromFaq: string[] = [];
    for (const question of UNRELATED) {
      const answer = await core.answerer.answer({ question });
      if (fromFaq(answer)) answeredFromFaq.push(question);
    }
    expect(UNRELATED.length).toBeGreaterThanOrEqual(20);
    expect(answeredFromFaq).toEqual([]);
  });

  // The gate is what this checks: each paraphrase reaches the FAQ and quotes it. Whether the answerer then calls it
  // resolved depends on its focus check (受付 vs 受け付け can leave it partial), which issue 10 tracks.
  const citesFaq = (answer: AnswerResult) => answer.citations.some((citation) => citation.docId.startsWith("faq-"));
  it("answers paraphrases of the FAQ's question from the FAQ", async () => {
    for (const question of PARAPHRASES) {
      const answer = await core.answerer.answer({ question });
      expect({ question, citesFaq: citesFaq(answer) }).toEqual({ question, citesFaq: true });
      expect(answer.answer).toContain("2027年4月1日");
    }
  });
});
