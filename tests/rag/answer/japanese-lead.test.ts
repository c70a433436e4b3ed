import { describe, expect, it } from "vitest";
import { japaneseLead, japaneseSource } from "../../../rag/answer/japanese-lead.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

describe("japaneseSource", () => {
  it("names the issuing body, not its division, with the document's kind and date", () => {
    const chunk = (issuer: string, kind: "briefing" | "minutes" = "briefing", date = "2024-02") =>
      makeChunk({ docId: "d", kind, issuer, date, text: "" });
    expect(japaneseSource(chunk("試験省 試験政策課"))).toBe("試験省の資料(2024年2月)");
    expect(japaneseSource(chunk("試験大学 政策研究院", "briefing", "2022-10-15"))).toBe(
      "試験大学の資料(2022年10月15日)",
    );
    expect(japaneseSource(chunk("試験省", "minutes", "2024-10-01"))).toBe("試験省の議事要旨(2024年10月1日)");
    // A bracketed note is not the issuer's name; a name that is no body's stays whole.
    expect(japaneseSource(chunk("政府資料(発行元の記載なし)"))).toBe("政府資料(2024年2月)");
    expect(japaneseSource(chunk("taiwa チーム(試験省の公開情報から要約)"))).toBe("taiwa チームの資料(2024年2月)");
    expect(japaneseSource(makeChunk({ docId: "d", kind: "minutes", text: "" }))).toBe("議事要旨");
  });
});

describe("japaneseLead", () => {
  it("introduces a quote by its source and the title it opens with", () => {
    expect(japaneseLead("試験省の資料(2024年2月)", 1, "試験対話")).toBe(
      "試験省の資料(2024年2月)の「試験対話」[1]には、次のとおりあります。",
    );
    expect(japaneseLead("同じ資料", 2)).toBe("同じ資料[2]には、次のとおりあります。");
  });
});
