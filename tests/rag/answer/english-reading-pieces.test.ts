import { beforeAll, describe, expect, it } from "vitest";
import { termWords, withLatinCase } from "../../../rag/answer/english-reading-pieces.ts";
import type { JapaneseTokenizer } from "../../../rag/retrieve/japanese-tokenizer.ts";
import { searchDeps } from "../../doubles/search-deps.ts";

let tokenizer: JapaneseTokenizer;
const words = (line: string) => termWords(line, tokenizer);

beforeAll(async () => {
  ({ tokenizer } = await searchDeps());
});

describe("termWords", () => {
  it("gives an Act's name once, in capitals, when the line names it with and without 上", () => {
    const found = words("独占禁止法上の論点と独占禁止法の運用");
    expect(found.filter((word) => word.toLowerCase() === "antimonopoly act")).toEqual(["Antimonopoly Act"]);
  });

  it("leaves out a known katakana word that is only a piece of a longer one the tokenizer cut (ド|ローン is no loan)", () => {
    expect(words("国産ドローンの調達")).not.toContain("loan");
    // Katakana words that are each known keep their English.
    expect(words("オープンウェイトモデルの開発")).toContain("open-weight model");
  });

  it("names the terms of a line the grammar cannot read whole, in its order, terms written together as one phrase", () => {
    const line =
      "試験会社がいきなり全方位で進めると、輸出管理の担当者に人手と時間がかかるので、ロードマップを作成されたい。";
    const found = words(line);
    expect(found).toContain("export controls");
    expect(found.indexOf("export controls")).toBeLessThan(found.indexOf("roadmap"));
    // Verbs and particles say what the line does with its terms: they are left out, not guessed at.
    expect(found.join(" ")).not.toMatch(/\b(?:progress|proceed|take|create)\b/u);
  });

  it("leaves out words that judge or date what the line names (重要, 今後) and writes initials and months as English does", () => {
    const found = words("今後、経済産業省は5月に重要な輸出管理の見直しを行う。");
    expect(found).not.toContain("important");
    expect(found).not.toContain("future");
    expect(found).toContain("METI");
    expect(found.join("; ")).not.toMatch(/\bmay\b/u);
  });

  it("names each term once", () => {
    const found = words("輸出管理を強化し、輸出管理の体制を整える。");
    expect(found.filter((word) => word === "export controls")).toHaveLength(1);
  });

  it("past its limit drops first the action nouns that stand alone, the line's verbs, and keeps the terms they act on", () => {
    const line = "試験会議を開催し、輸出管理の強化を検討し、サプライチェーンの見直しを実施する。";
    const all = words(line);
    expect(all).toEqual(expect.arrayContaining(["export controls", "supply chains", "holding"]));
    const few = termWords(line, tokenizer, 3);
    expect(few).toHaveLength(3);
    expect(few).toContain("export controls");
    expect(few).toContain("supply chains");
    expect(few).not.toContain("holding");
  });

  it("gives a date, a sum or a share the line states as the figure it is, in English", () => {
    const found = words("試験省令で規定(平成22年4月1日施行)。試験会社の株式4億ドル相当分を購入(総株式の15%相当)。");
    expect(found).toContain("1 April 2010");
    expect(found).toContain("15%");
    expect(found.join("; ")).toMatch(/\$400 million/u);
    expect(found.join("; ")).not.toMatch(/heisei/iu);
  });
});

describe("withLatinCase", () => {
  it("writes a Latin name as the line does, and takes a name kuromoji kept with its bracket as text, not a pattern", () => {
    expect(withLatinCase("azec ministerial meeting", ["AZEC"])).toBe("AZEC ministerial meeting");
    // Read as a pattern, 「p)」 is an unmatched bracket and the whole answer failed.
    expect(withLatinCase("p) department", ["P)"])).toBe("p) department");
  });
});
