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

  it("reads nothing when one item is unknown or the lines are sentences, not items", () => {
    expect(englishItems(["半導体、蓄電池、試験用ぺけぺけ装置の3つ"])).toBeUndefined();
    expect(englishItems(["- ①専門的な調査研究を行う能力", "- ②情報収集・整理・保管に関する能力"])).toBeUndefined();
    expect(englishItems(["企業からは具体的な対策に悩む声が多く聞かれる。"])).toBeUndefined();
  });
});
