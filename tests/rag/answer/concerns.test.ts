import { describe, expect, it } from "vitest";
import { asksAboutConcerns, voicesConcern } from "../../../rag/answer/concerns.ts";

describe("asksAboutConcerns", () => {
  it("finds a worry that the question asks about, in Japanese or English", () => {
    expect(asksAboutConcerns("産業界は独禁法のどういう点を気にしているとされていますか？")).toBe(true);
    expect(asksAboutConcerns("企業側はどんなことを心配していたんでしょう。")).toBe(true);
    expect(asksAboutConcerns("What worries did industry voice about antitrust law?")).toBe(true);
    expect(asksAboutConcerns("What concerns were raised about pharmaceuticals?")).toBe(true);
  });

  it("does not take a worry the asker only mentions, or a country of concern, as the thing asked", () => {
    expect(asksAboutConcerns("会員企業から不安の声が出ています。制度の狙いは何ですか？")).toBe(false);
    expect(asksAboutConcerns("懸念が解消されない場合はどうなりますか？")).toBe(false);
    expect(asksAboutConcerns("同業で懸念国向けの輸出を自粛する申し合わせは何か問題になりますか？")).toBe(false);
    expect(asksAboutConcerns("Is the guidance legally binding?")).toBe(false);
  });
});

describe("voicesConcern", () => {
  it("reads 懸念, おそれ and 不安 as a worry, and 懸念国 as a country", () => {
    expect(voicesConcern("カルテル違反のおそれがあるとの漠然とした懸念")).toBe(true);
    expect(voicesConcern("懸念国向けの輸出を管理する")).toBe(false);
  });
});
