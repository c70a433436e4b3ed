import { describe, expect, it } from "vitest";
import { announcedCount, announcedItems, itemNumber } from "../../../rag/answer/announced-list.ts";
import { passageLines } from "../../../rag/answer/passage-lines.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

const linesOf = (text: string) => passageLines(makeChunk({ docId: "d", text }), () => false);

describe("announcedCount", () => {
  it("reads how many items a line announces, in digits or kanji", () => {
    expect(announcedCount("政策全体を通じて重視する「3つの切り口」。")).toBe(3);
    expect(announcedCount("## 4つの制度")).toBe(4);
    expect(announcedCount("三つの柱で構成する")).toBe(3);
    expect(announcedCount("１つの例として")).toBeUndefined();
    expect(announcedCount("制度の概要")).toBeUndefined();
    expect(announcedCount("産業界に対して、試験省としての考えを3点お伝えしたいと思います。")).toBe(3);
    expect(announcedCount("評価は3点満点")).toBeUndefined();
  });
});

describe("itemNumber", () => {
  it("tells circled, parenthesised and dotted numbering apart", () => {
    expect(itemNumber("② 試験支援策")).toEqual({ style: "circled", n: 2 });
    expect(itemNumber("（3）試験審査")).toEqual({ style: "parenthesised", n: 3 });
    expect(itemNumber("1. 試験物資の確保")).toEqual({ style: "dotted", n: 1 });
    expect(itemNumber("2024年5月に施行")).toBeUndefined();
    expect(itemNumber("1.5倍に増えた")).toBeUndefined();
    expect(itemNumber("- 第二に、試験条件を確保することも重要であります。")).toEqual({ style: "ordinal", n: 2 });
    expect(itemNumber("第2に、試験を進める")).toEqual({ style: "ordinal", n: 2 });
    expect(itemNumber("第二次試験計画")).toBeUndefined();
  });
});

describe("announcedItems", () => {
  it("takes the numbered items in sequence, skipping the description under each, up to the count", () => {
    const [announcing, ...rest] = linesOf(
      [
        "試験政策で重視する「3つの切り口」。",
        "① 試験連携",
        "試験連携は産業界の理解を得て進める。",
        "(1) 別の番号付けの行",
        "② 試験支援策と試験防衛策の一体的実施",
        "③ 試験同志国との連携",
        "④ 数に入らない項目",
      ].join("\n"),
    );
    const found = announcedItems(announcing!, rest);
    expect(found?.items.map((line) => line.text)).toEqual([
      "① 試験連携",
      "② 試験支援策と試験防衛策の一体的実施",
      "③ 試験同志国との連携",
    ]);
  });

  it("stops where the numbering breaks and needs two items", () => {
    const [announcing, ...rest] = linesOf("「4つの試験制度」\n1. 試験物資\n3. 飛んだ番号\n2. 後から来た番号");
    expect(announcedItems(announcing!, rest)).toBeUndefined();
  });
});
