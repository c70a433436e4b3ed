import { describe, expect, it } from "vitest";
import { suggestRedactions } from "../../questions/redaction.ts";

describe("suggestRedactions", () => {
  it("replaces company names, honorific names, e-mail addresses and phone numbers", () => {
    const { text, redactions } = suggestRedactions(
      "株式会社サンプル工業の山田様から、ABC社の件で taro@example.co.jp 03-1234-5678 に連絡がありました。テスト株式会社も同様。",
    );
    expect(text).not.toMatch(/サンプル工業|山田|ABC|taro@|1234|テスト株式会社/);
    expect(text).toContain("〇〇社");
    expect(text).toContain("〇〇様");
    expect(redactions.map((redaction) => redaction.kind).sort()).toEqual([
      "company",
      "company",
      "company",
      "email",
      "person",
      "phone",
    ]);
  });

  it("leaves ordinary text and generic words alone", () => {
    const sample = "当社の輸出管理について、会社法上の扱いと他社の事例を教えてください。";
    expect(suggestRedactions(sample)).toEqual({ text: sample, redactions: [] });
  });
});
