import { describe, expect, it } from "vitest";
import { SynonymDictionary } from "../../../rag/retrieve/synonym-dictionary.ts";
import { searchDeps } from "../../doubles/search-deps.ts";

describe("SynonymDictionary", () => {
  it("knows the domain abbreviations both ways", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("独禁法")).toContain("独占禁止法");
    expect(synonyms.lookup("独占禁止法")).toContain("独禁法");
    expect(synonyms.lookup("経済安保")).toContain("経済安全保障");
    expect(synonyms.lookup("レアアース")).toContain("希土類");
  });

  it("reads an asker's worry (心配, 不安) as the documents' 懸念", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("心配")).toContain("懸念");
    expect(synonyms.lookup("不安")).toContain("懸念");
  });

  it("reads an asker's ドローン as the documents' 無人航空機", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("ドローン")).toContain("無人航空機");
    expect(synonyms.lookup("無人航空機")).toContain("ドローン");
  });

  it("reads an asker's 察知 (seeing a disruption coming) as the documents' 予兆把握 and 早期警戒", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("察知")).toEqual(expect.arrayContaining(["予兆把握", "早期警戒"]));
    expect(synonyms.lookup("早期警戒")).toContain("察知");
  });

  it("reads an asker's 余力/余裕, 必須 and 新設 as the guideline's 経営資源, 必要 and 設立", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("余力")).toContain("経営資源");
    expect(synonyms.lookup("必須")).toContain("必要");
    expect(synonyms.lookup("設置")).toContain("設立");
  });

  it("reads an asker's 根拠 (a law's basis) as the provision that says it: 規定, 附則", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("根拠")).toEqual(expect.arrayContaining(["規定", "附則"]));
  });

  it("reads an asker's コスト or 「…にかかるお金」 as the documents' 費用, but not お金 alone", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("コスト")).toContain("費用");
    const variants = (text: string) => [...synonyms.domainMatches(text)].flatMap((match) => match.variants);
    expect(variants("研究情報の管理にかかるお金は計上できますか")).toContain("費用");
    expect(variants("国のお金で研究開発をする場合")).not.toContain("費用");
  });

  it("reads an asker's ルート (how technology leaks) as the documents' 経路", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("ルート")).toContain("経路");
    expect(synonyms.lookup("経路")).toContain("ルート");
  });

  it("loads Sudachi's dictionary for general spelling variants", async () => {
    const { synonyms } = await searchDeps();
    expect(synonyms.lookup("曖昧")).toContain("あいまい");
  });

  it("matches short ASCII abbreviations only as whole words", () => {
    const dictionary = SynonymDictionary.fromGroups([["セキュリティ・クリアランス", "sc"]]);
    const inWord = [...dictionary.domainMatches("discussion")].map((match) => match.term);
    expect(inWord).not.toContain("sc");
  });
});
