import { describe, expect, it } from "vitest";
import { faqPlaceholders } from "../../questions/faq-guards.ts";
import { suggestRedactions } from "../../questions/redaction.ts";

describe("faqPlaceholders", () => {
  it("finds 〇〇, the redaction placeholders and doubled brackets", () => {
    expect(faqPlaceholders("〇〇社の事例です。")).toEqual(["〇〇"]);
    expect(faqPlaceholders("連絡先は(電話番号)です")).toEqual(["(電話番号)"]);
    expect(faqPlaceholders("連絡先は（メールアドレス）へ")).toEqual(["（メールアドレス）"]);
    expect(faqPlaceholders("【【重要】】対象です")).toEqual(["【【", "】】"]);
    expect(faqPlaceholders("（（注））を参照")).toEqual(["（（", "））"]);
  });

  it("finds every placeholder the redaction suggestions leave", () => {
    const { text } = suggestRedactions("株式会社サンプルの山田様 taro@example.co.jp 03-1234-5678 https://example.com/");
    expect(faqPlaceholders(text).length).toBeGreaterThanOrEqual(4);
  });

  it("passes clean text, single brackets and the ministry's own contacts", () => {
    expect(
      faqPlaceholders("【概要】対象は（1）半導体です。経済産業省 03-3501-0000、https://www.meti.go.jp/ へ。"),
    ).toEqual([]);
  });
});
