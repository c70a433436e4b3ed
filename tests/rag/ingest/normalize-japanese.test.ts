import { describe, expect, it } from "vitest";
import {
  joinBrokenLines,
  nfkcKeepingCircled,
  normalizeJapanese,
  stripHtmlFragments,
} from "../../../rag/ingest/normalize-japanese.ts";

describe("normalizeJapanese", () => {
  it("applies NFKC: full-width ASCII and digits become half-width, half-width kana full-width", () => {
    expect(normalizeJapanese("ＡＩ・半導体の（１）投資額は１２３億円")).toBe("AI・半導体の(1)投資額は123億円");
    expect(normalizeJapanese("ｶﾞｲﾀﾞﾝｽ")).toBe("ガイダンス");
  });

  it("keeps circled numbers, which NFKC would turn into digits", () => {
    expect(nfkcKeepingCircled("① サプライチェーン ② 先端技術")).toBe("① サプライチェーン ② 先端技術");
    expect(normalizeJapanese("①ＡＢＣ")).toBe("①ABC");
  });

  it("joins a Japanese sentence broken across lines, without a space", () => {
    expect(normalizeJapanese("本ガイダンスは、企業の技術の流出を防ぐた\nめの考え方を示す。")).toBe(
      "本ガイダンスは、企業の技術の流出を防ぐための考え方を示す。",
    );
  });

  it("joins English words broken across lines with one space", () => {
    expect(joinBrokenLines("Economic\nStatecraft")).toBe("Economic Statecraft");
  });

  it("does not join after a sentence end or a closing bracket", () => {
    expect(normalizeJapanese("一文目である。\n二文目である。")).toBe("一文目である。\n二文目である。");
    expect(normalizeJapanese("「国益を確保すること」\n次の段落")).toBe("「国益を確保すること」\n次の段落");
  });

  it("keeps list items and headings on their own lines", () => {
    const text =
      "【問題意識】\n- ・機微技術の発展と\n技術管理の拡大\n- ・米国\n第2章 対策\n(1) 情報管理\n① 秘密情報の特定";
    expect(normalizeJapanese(text)).toBe(
      "【問題意識】\n- ・機微技術の発展と技術管理の拡大\n- ・米国\n第2章 対策\n(1) 情報管理\n① 秘密情報の特定",
    );
  });

  it("does not join the rows of a tab-separated table and keeps its cells apart", () => {
    expect(normalizeJapanese("相互関税\t15%\n対中国\t20%")).toBe("相互関税\u300015%\n対中国\u300020%");
  });

  it("removes stray HTML fragments, block tags becoming line breaks, and decodes entities", () => {
    const text = '<ul style="list-style-type: none">● <u>官僚的手続き</u>の撤廃<ul>✓ 情報提供依頼</ul></ul>A&amp;B';
    expect(
      normalizeJapanese(text)
        .split("\n")
        .filter((line) => line !== ""),
    ).toEqual(["● 官僚的手続きの撤廃", "✓ 情報提供依頼", "A&B"]);
    expect(stripHtmlFragments("<日時>2024年10月1日")).toBe("<日時>2024年10月1日");
  });

  it("cleans whitespace: markdown emphasis, spaces between Japanese characters, runs of blank lines", () => {
    expect(normalizeJapanese("**国家**の  安全を 確保\n\n\n\n次")).toBe("国家の安全を確保\n\n次");
    expect(normalizeJapanese("経済産業省　本館 17 階")).toBe("経済産業省本館 17 階");
    expect(normalizeJapanese("行1\r\n\r\n行2\u200b")).toBe("行1\n\n行2");
  });
});
