import { describe, expect, it } from "vitest";
import { namesLaw, unwrittenLaws } from "../../../rag/answer/named-laws.ts";

describe("namesLaw", () => {
  it("takes a name ending in 法, 法案, 規則, 協定 as a law's", () => {
    for (const name of ["下請法", "改正法案", "AI規則", "36協定", "国家先端戦略産業法", "ＡＩ法"])
      expect(namesLaw(name)).toBe(true);
  });

  it("does not take a way of doing something or a quality for a law", () => {
    for (const word of ["提出方法", "算定方法", "労働法上違法", "分析手法", "法", "協定"])
      expect(namesLaw(word)).toBe(false);
  });
});

describe("unwrittenLaws", () => {
  const written = new Set(["経済安全保障推進法", "不競法"]);
  const writes = (text: string) => [...written].some((name) => name.includes(text));
  const synonyms: Record<string, string[]> = { 不正競争防止法: ["不競法"], 下請法: ["下請代金支払遅延等防止法"] };
  const synonymsOf = (text: string) => synonyms[text] ?? [];

  it("names the laws the documents write under no name", () => {
    expect(unwrittenLaws(["下請法", "施行日", "変更"], writes, synonymsOf)).toEqual(["下請法"]);
  });

  it("keeps a law the documents write, as it is, in part, or by a synonym", () => {
    expect(unwrittenLaws(["経済安全保障推進法", "推進法", "不正競争防止法", "改正"], writes, synonymsOf)).toEqual([]);
  });
});
