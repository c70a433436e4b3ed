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

  it("keeps the ministry's own go.jp contacts and redacts everyone else's", () => {
    const { text, redactions } = suggestRedactions(
      "詳しくは経済産業省 貿易管理課 03-3501-0000 または anpo@meti.go.jp、https://www.meti.go.jp/policy/ をご覧ください。弊社の担当 sato@example.co.jp 06-1234-5678 まで。偽装 https://meti.go.jp.example.com/ も。",
    );
    expect(text).toContain("03-3501-0000");
    expect(text).toContain("anpo@meti.go.jp");
    expect(text).toContain("https://www.meti.go.jp/policy/");
    expect(text).not.toMatch(/sato@|06-1234|example\.com/);
    expect(redactions.map((redaction) => redaction.kind).sort()).toEqual(["email", "phone", "url"]);
  });
});
