import { beforeAll, describe, expect, it } from "vitest";
import { joinedTopics } from "../../../rag/answer/joined-topics.ts";
import type { Morphology } from "../../../rag/answer/question-analysis.ts";
import { searchDeps } from "../../doubles/search-deps.ts";

let morphology: Morphology;
beforeAll(async () => {
  morphology = (await searchDeps()).tokenizer;
});
const joined = (question: string) => joinedTopics(morphology.morphemes(question));

describe("joinedTopics", () => {
  it.each([
    ["試験計画の初版、改訂版、再改訂版はそれぞれいつ出ましたか？", ["初版", "改訂版", "再改訂版"]],
    ["試験法の物資確保と技術育成って、どれくらいの予算？", ["物資確保", "技術育成"]],
    ["輸出管理や投資管理は、どの法律で？", ["輸出管理", "投資管理"]],
    // What is asked of each (例, 予算) may follow with の.
    ["補助金に入れる理念や要件の例は？", ["理念", "要件"]],
    ["半導体と蓄電池の予算を教えて", ["半導体", "蓄電池"]],
  ])("reads the topics %s joins as equals", (question, topics) => {
    expect(joined(question)).toEqual(topics);
  });

  it.each([
    // A group that modifies a noun asks about that noun: one relation, not two topics.
    "日本と米国の関係は？",
    // 「・」 joins the words of one name.
    "試験・クリアランスとは？",
    // Asked nouns (施行日, 数) are what is asked, not topics.
    "施行日と対象事業の数を知りたい",
    "試験制度の概要を教えて",
  ])("finds no joined topics in %s", (question) => {
    expect(joined(question)).toEqual([]);
  });
});
