import { describe, expect, it } from "vitest";
import { englishTerms } from "../../../rag/answer/english-framing.ts";

describe("englishTerms", () => {
  it("labels a term by an English name, never by a phrase that only says how a word is read ('target for')", () => {
    expect(englishTerms("2030年に100兆円とする目標の早期実現") ?? "").not.toMatch(/\bfor\b/u);
    expect(englishTerms("技術流出対策を輸出管理とあわせて")).toMatch(/輸出管理 = export controls/u);
  });

  it("does not gloss a term again that a figure already read in English holds", () => {
    expect(englishTerms("施行後三年を目途として輸出管理を見直す")).toMatch(/施行 = /u);
    expect(englishTerms("施行後三年を目途として輸出管理を見直す", ["施行後三年"]) ?? "").not.toMatch(
      /施行 = |三年 = /u,
    );
  });
});
