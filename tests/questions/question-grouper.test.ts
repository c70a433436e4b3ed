import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createQuestionGrouper } from "../../questions/question-grouper.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import type { QuestionEntry } from "../../questions/types.ts";
import { QuestionSimilarity } from "../../rag/retrieve/question-similarity.ts";
import { searchDeps } from "../doubles/search-deps.ts";

describe("createQuestionGrouper", () => {
  let questionLog: SqliteQuestionLog;
  let sequence = 0;

  async function logged(question: string, organisation = "A社"): Promise<QuestionEntry> {
    sequence++;
    const { entry } = await questionLog.record({
      eventKey: `event-${sequence}`,
      surface: "slack",
      organisation,
      asker: { askerId: `asker-${sequence}` },
      question,
      botAnswer: "",
      citations: [],
      reason: "unresolved",
    });
    return entry;
  }

  beforeEach(async () => {
    questionLog = await SqliteQuestionLog.open({ dataDir: mkdtempSync(join(tmpdir(), "taiwa-grouper-")) });
  });

  it("joins the open question asking the same thing, not one on the same topic asking another point", async () => {
    const similarity = new QuestionSimilarity(await searchDeps());
    const grouper = createQuestionGrouper({ questionLog, similarity: () => similarity });
    const when = await logged("補助金の申請はいつから受け付けますか？", "A社");
    const count = await logged("補助金の採択件数は何件ですか？", "B社");
    expect(await grouper.groupNew(count)).toEqual({});
    const again = await logged("補助金はいつから申請できますか", "C社");
    const result = await grouper.groupNew(again);
    expect(result.groupId).toBe(when.id);
    expect(result.similarity).toBeGreaterThan(0.35);
    expect((await questionLog.groups.members(when.id)).map((member) => member.id)).toEqual([when.id, again.id]);
    expect((await questionLog.get(count.id))?.groupId).toBeUndefined();
  });

  it("leaves a question alone while the index loads, and never joins answered or split-off questions", async () => {
    const similarity = new QuestionSimilarity(await searchDeps());
    const first = await logged("セキュリティ・クリアランス制度はいつから始まりますか？");
    const loading = createQuestionGrouper({ questionLog, similarity: () => undefined });
    const second = await logged("セキュリティクリアランスはいつ始まりますか");
    expect(await loading.groupNew(second)).toEqual({});

    const grouper = createQuestionGrouper({ questionLog, similarity: () => similarity });
    await questionLog.answer({ id: first.id, actor: "sato", answer: "回答" });
    const late = await logged("セキュリティ・クリアランスの運用開始時期を教えてください");
    // The only similar open question is the one logged while loading; the answered one is out.
    expect((await grouper.groupNew(late)).groupId).toBe(second.id);
    // The official split it off: a later question joins the others, never the split-off one.
    await questionLog.groups.split({ id: late.id, actor: "sato" });
    const fourth = await logged("セキュリティ・クリアランスはいつから始まるのですか");
    expect((await grouper.groupNew(fourth)).groupId).toBe(second.id);
    expect((await questionLog.get(late.id))?.groupId).toBeUndefined();
  });

  it("analyses each open question once, not once per newly logged question", async () => {
    const similarity = new QuestionSimilarity(await searchDeps());
    const analysed: string[] = [];
    const profile = similarity.profile.bind(similarity);
    similarity.profile = (question: string) => {
      analysed.push(question);
      return profile(question);
    };
    const grouper = createQuestionGrouper({ questionLog, similarity: () => similarity });
    const open = await Promise.all(
      ["輸出管理の相談窓口はどこ？", "補助金の公募時期は？", "技術流出対策の研修はありますか？"].map((question) =>
        logged(question),
      ),
    );
    for (const entry of open) await grouper.groupNew(entry);
    const later = await logged("セキュリティ・クリアランスの開始時期は？");
    await grouper.groupNew(later);
    // Four questions, four analyses: the open ones were profiled when first seen and reused after.
    expect(analysed).toHaveLength(4);
    expect(new Set(analysed).size).toBe(4);
  });
});
