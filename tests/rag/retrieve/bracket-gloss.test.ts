import { describe, expect, it } from "vitest";
import { glossesOf, saidOnlyInGloss, withoutGlosses } from "../../../rag/retrieve/bracket-gloss.ts";

describe("bracket glosses", () => {
  const question = "試験情報保護活用法(試験クリアランスの法律)はいつできて、いつ施行された？";

  it("finds the bracketed aside right after a name, and leaves it out", () => {
    expect(glossesOf(question)).toEqual(["(試験クリアランスの法律)"]);
    expect(withoutGlosses(question)).toBe("試験情報保護活用法 はいつできて、いつ施行された？");
  });

  it("tells a phrase only the aside says from one the question says itself", () => {
    expect(saidOnlyInGloss(question, "試験クリアランス")).toBe(true);
    expect(saidOnlyInGloss(question, "試験情報保護活用法")).toBe(false);
    expect(saidOnlyInGloss("試験クリアランス(試験クリアランスの法律)とは？", "試験クリアランス")).toBe(false);
  });

  it("takes no bracket that opens a question, follows a particle or spells a name out for an aside", () => {
    expect(glossesOf("(至急)試験法はいつ施行？")).toEqual([]);
    expect(glossesOf("試験法は(たしか試験の法律)いつ施行？")).toEqual([]);
    expect(glossesOf("Tプログラム(試験技術育成プログラム)の規模は？")).toEqual([]);
  });
});
