import { beforeAll, describe, expect, it } from "vitest";
import { negatedStems } from "../../../rag/answer/negated-terms.ts";
import type { JapaneseTokenizer } from "../../../rag/retrieve/japanese-tokenizer.ts";
import { searchDeps } from "../../doubles/search-deps.ts";

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = (await searchDeps()).tokenizer;
});

describe("negatedStems", () => {
  it("finds a negating prefix with the noun it turns", () => {
    expect(negatedStems(tokenizer.morphemes("非上場会社の株式を取得する場合の閾値は？"))).toEqual(["非上場"]);
    expect(negatedStems(tokenizer.morphemes("無許可輸出の罰金は？"))).toEqual(["無許可"]);
  });

  it("does not cut words that merely open with such a character", () => {
    expect(negatedStems(tokenizer.morphemes("不正競争防止法の改正と、不安な点、未来の非常時の対応"))).toEqual([]);
  });
});
