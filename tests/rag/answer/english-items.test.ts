import { describe, expect, it } from "vitest";
import { englishItems } from "../../../rag/answer/english-items.ts";

describe("englishItems", () => {
  it("reads a quoted enumeration in English when the glossaries name every item", () => {
    expect(
      englishItems([
        "経産省関係では、半導体、蓄電池、永久磁石、工作機械・産業用ロボット、天然ガスの5つ(令和5年10月現在)",
      ]),
    ).toEqual(["semiconductors", "batteries", "permanent magnet", "machine tool, industrial robot", "natural gas"]);
    expect(englishItems(["- ガリウム", "- ゲルマニウム", "- 黒鉛"])).toEqual(["gallium", "germanium", "graphite"]);
  });

  it("reads the names bracketed in a sentence with the grammar's reader, Latin names as written", () => {
    const reader = new Map([
      ["サウジ", "Saudi"],
      ["イラン", "Iran"],
      ["エジプト", "Egypt"],
    ]);
    const reading = (item: string) => reader.get(item);
    const sentence = "2024年1月から5ヶ国(サウジ、UAE、イラン、エジプト)が加わるが、一枚岩ではない。";
    expect(englishItems([sentence], reading, { bracketed: true })).toEqual(["Saudi", "UAE", "Iran", "Egypt"]);
    // Only when the question asks for a list: otherwise the bracket is an aside of the quote.
    expect(englishItems([sentence], reading)).toBeUndefined();
    // Without a reader, the glossaries name them (in their own case); a date in brackets lists nothing.
    expect(englishItems(["3機能(交渉機能、紛争解決機能、半導体)は根幹"], undefined, { bracketed: true })).toEqual([
      "negotiation function",
      "dispute settlement function",
      "semiconductors",
    ]);
    const dated = "「経済安全保障推進法」(2022年5月)、「重要土地等調査法」(2021年6月)等";
    expect(englishItems([dated], reading, { bracketed: true })).toBeUndefined();
    expect(englishItems(["5ヶ国(サウジ、イラン、ぺけぺけ国)が加わる"], reading, { bracketed: true })).toBeUndefined();
  });

  it("reads nothing when one item is unknown or the lines are sentences, not items", () => {
    expect(englishItems(["半導体、蓄電池、試験用ぺけぺけ装置の3つ"])).toBeUndefined();
    expect(englishItems(["- ①専門的な調査研究を行う能力", "- ②情報収集・整理・保管に関する能力"])).toBeUndefined();
    expect(englishItems(["企業からは具体的な対策に悩む声が多く聞かれる。"])).toBeUndefined();
  });
});
