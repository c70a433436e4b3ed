import { describe, expect, it } from "vitest";
import { askedTypeOfEnglish, askedTypeOfJapanese, holdsAskedType } from "../../../rag/retrieve/asked-type.ts";
import { LexicalSearchIndex } from "../../../rag/retrieve/lexical-search-index.ts";
import { searchDeps } from "../../doubles/search-deps.ts";
import { rankingChunk, rankingDocument } from "../../fixtures/chunks/ranking-corpus.ts";

describe("askedTypeOfJapanese", () => {
  it.each([
    ["この制度はいつから始まりましたか", "date"],
    ["いつ頃から検討されていたの？", "date"],
    ["第2版は何月に出ますか", "date"],
    ["対象は何件ありますか", "count"],
    ["何か国が参加していますか", "count"],
    ["原油の備蓄は何日分ですか", "count"],
    ["指定物資はいくつ？", "count"],
    ["出資額はいくらですか", "amount"],
    ["補正予算はどれくらい積んだの？", "amount"],
    ["追加関税は何%？", "rate"],
    ["海外製のシェアはどのくらい？", "rate"],
    ["売上はどの程度を目指すの？", "quantity"],
    ["この制度の目的は何ですか", undefined],
  ])("%s → %s", async (question, expected) => {
    const { tokenizer } = await searchDeps();
    expect(askedTypeOfJapanese(tokenizer.morphemes(question))).toBe(expected);
  });
});

describe("askedTypeOfEnglish", () => {
  it.each([
    ["When did the act come into force?", "date"],
    ["How many technologies were added?", "count"],
    ["How much did the government invest?", "amount"],
    ["What percentage of drones are imported?", "rate"],
    ["Why is the regime not enough?", undefined],
    // "when" after the sentence's own question word is a conjunction, unless and, a comma or a dash sets it apart.
    ["What threshold applies when a foreign investor buys shares in a listed company?", undefined],
    ["Which law applies when infrastructure operators are attacked?", undefined],
    ["What is the act, and when did it take effect?", "date"],
    ["How does it work — what are its steps — and from when has it been in force?", "date"],
    ["Since the 2020 amendment, when did the threshold change?", "date"],
    // A when-clause with its own subject sets the scene for the question word after it.
    ["When Russia invaded Ukraine, how many days of oil did Japan hold?", "count"],
    ["When was it set up, how many members does it have?", "date"],
  ])("%s → %s", (question, expected) => {
    expect(askedTypeOfEnglish(question)).toBe(expected);
  });
});

describe("holdsAskedType", () => {
  it("wants the value on a line that names the topic", () => {
    const text = "基幹インフラ制度\n2024年5月から施行\n相談窓口を設置";
    expect(holdsAskedType(text, "date", ["施行"])).toBe(true);
    expect(holdsAskedType(text, "date", ["相談"])).toBe(false);
    expect(holdsAskedType("対象は14事業", "count", ["事業"])).toBe(true);
    expect(holdsAskedType("予算は約9,500億円", "amount", ["予算"])).toBe(true);
    expect(holdsAskedType("税率は15%", "rate", ["税率"])).toBe(true);
    expect(holdsAskedType("税率は国ごとに違う", "rate", ["税率"])).toBe(false);
  });
});

describe("ranking with the asked type", () => {
  it("puts the passage that dates the topic first when asked いつ", async () => {
    const doc = rankingDocument("test-law");
    const chunks = [
      rankingChunk(doc, 0, ["制度"], "基幹インフラ制度の施行にあたり、事業者は順次準備を進めている。"),
      rankingChunk(doc, 2, ["経緯"], "基幹インフラ制度は、2024年5月から施行された。事業者の届出を審査する。"),
    ];
    const index = LexicalSearchIndex.build(chunks, await searchDeps());
    const dated = index.search({ query: "基幹インフラ制度はいつから施行？", limit: 2 });
    expect(dated[0]?.chunk.chunkId).toBe("test-law#2");
    // Without an asked type the shorter, denser passage leads: the boost is what reorders them.
    const plain = index.search({ query: "基幹インフラ制度の施行", limit: 2 });
    expect(plain[0]?.chunk.chunkId).toBe("test-law#0");
  });
});
