import { describe, expect, it } from "vitest";
import { searchDeps } from "../../doubles/search-deps.ts";

describe("JapaneseTokenizer", () => {
  it("segments a long compound into content words and keeps it as one key phrase", async () => {
    const { tokenizer } = await searchDeps();
    const analyzed = tokenizer.analyze("経済安全保障推進法の見直しについて");
    expect(analyzed.words).toEqual(expect.arrayContaining(["経済", "安全", "保障", "推進", "見直し"]));
    expect(analyzed.words).not.toContain("の");
    expect(analyzed.compounds).toContain("経済安全保障推進法");
    expect(analyzed.bigrams).toContain("保障");
  });

  it("uses base forms of verbs and drops particles and auxiliaries", async () => {
    const { tokenizer } = await searchDeps();
    const analyzed = tokenizer.analyze("技術を守りました");
    expect(analyzed.words).toEqual(["技術", "守る"]);
  });

  it("keeps a katakana compound whole before って, as it is in the documents", async () => {
    const { tokenizer } = await searchDeps();
    const question = tokenizer.analyzeQuestion("セキュリティ・クリアランスって要するに何？");
    const document = tokenizer.analyze("セキュリティ・クリアランスとは、厳格な管理ルールを定めるもの。");
    expect(question.compounds).toContain("セキュリティ・クリアランス");
    expect(document.words).toEqual(
      expect.arrayContaining(question.words.filter((word) => word.includes("クリアランス"))),
    );
    expect(tokenizer.morphemes("セキュリティ・クリアランスって").map((token) => token.surface_form)).toEqual([
      "セキュリティ・クリアランス",
      "って",
    ]);
  });

  it("searches a question for the noun a verb is made of (義務づける → 義務)", async () => {
    const { tokenizer } = await searchDeps();
    const question = tokenizer.analyzeQuestion("試験指針は企業に対応を義務づけるものですか");
    expect(question.words).toEqual(expect.arrayContaining(["試験", "指針", "対応", "義務"]));
    // A document's text is indexed as it is written.
    expect(tokenizer.analyze("企業に義務付ける").words).not.toContain("義務");
  });

  it("keeps a law's name before って a noun, not the verb kuromoji reads (法っ/て)", async () => {
    const { tokenizer } = await searchDeps();
    const tokens = tokenizer.morphemes("試験保護法って、いつ成立");
    expect(tokens.map((token) => token.surface_form).slice(0, 4)).toEqual(["試験", "保護", "法", "って"]);
    expect(tokens[3]!.pos).toBe("助詞");
  });

  it("normalises full-width input before analysis", async () => {
    const { tokenizer } = await searchDeps();
    expect(tokenizer.analyze("ＣＦＩＵＳの審査").words).toContain("cfius");
  });

  it("analyses text with a lone UTF-16 surrogate instead of crashing kuromoji (issue 12 item 17)", async () => {
    const { tokenizer } = await searchDeps();
    for (const text of ["経済\uD800安全", "a\uD83D", "\uDC00保障"]) {
      expect(() => tokenizer.analyze(text), JSON.stringify(text)).not.toThrow();
      expect(() => tokenizer.morphemes(text), JSON.stringify(text)).not.toThrow();
    }
    expect(tokenizer.analyze("経済\uD800安全").words).toEqual(expect.arrayContaining(["経済", "安全"]));
  });
});
