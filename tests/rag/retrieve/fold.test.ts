import { describe, expect, it } from "vitest";
import { cjkBigrams, foldForMatch, normalizeForSearch, topicUnits } from "../../../rag/retrieve/fold.ts";

describe("foldForMatch", () => {
  it("folds full-width letters, digits and spaces the way the evaluation does", () => {
    expect(foldForMatch("ＡＩ技術　２０２５年 5 月")).toBe("ai技術2025年5月");
  });
  it("turns half-width katakana into full-width", () => {
    expect(foldForMatch("ｶﾞｲﾀﾞﾝｽ")).toBe("ガイダンス");
  });
});

describe("normalizeForSearch", () => {
  it("keeps single spaces between words", () => {
    expect(normalizeForSearch("  Entity\u3000List  ")).toBe("entity list");
  });
});

describe("cjkBigrams", () => {
  it("makes bigrams inside kanji/katakana runs only", () => {
    expect(cjkBigrams("推進法の対象")).toEqual(["推進", "進法", "対象"]);
  });
  it("keeps a lone kanji as a unigram", () => {
    expect(cjkBigrams("米の")).toEqual(["米"]);
  });
});

describe("topicUnits", () => {
  it("matches a compound with a name in it by the name, a lone kanji beside it counting for nothing", () => {
    expect(topicUnits("米国chips法")).toEqual(["米国", "chips"]);
    expect(topicUnits("gdp比2")).toEqual(["gdp"]);
  });
  it("leaves two-letter Latin words and all-kanji phrases to their bigrams", () => {
    expect(topicUnits("ai規則")).toEqual(["規則"]);
    expect(topicUnits("推進法の対象")).toEqual(cjkBigrams("推進法の対象"));
  });
});
