import { describe, expect, it } from "vitest";
import { arabicOrdinals, japaneseNumber, kanjiNumber } from "../../rag/japanese-numbers.ts";

describe("japaneseNumber", () => {
  it("reads the small numbers of era dates and ordinals", () => {
    expect(japaneseNumber("七")).toBe(7);
    expect(japaneseNumber("十六")).toBe(16);
    expect(japaneseNumber("二十")).toBe(20);
    expect(japaneseNumber("元")).toBe(1);
    expect(japaneseNumber("12")).toBe(12);
    expect(japaneseNumber("百")).toBeUndefined();
  });
});

describe("arabicOrdinals", () => {
  it("writes a kanji ordinal in digits, leaving other kanji numbers alone", () => {
    expect(arabicOrdinals("第二次トランプ政権下")).toBe("第2次トランプ政権下");
    expect(arabicOrdinals("第十回会議と三つの柱")).toBe("第10回会議と三つの柱");
  });
});

describe("kanjiNumber", () => {
  it("writes 1 to 99 in kanji as the documents do, and reads back as the same number", () => {
    expect(kanjiNumber(6)).toBe("六");
    expect(kanjiNumber(10)).toBe("十");
    expect(kanjiNumber(12)).toBe("十二");
    expect(kanjiNumber(20)).toBe("二十");
    for (let n = 1; n < 100; n++) expect(japaneseNumber(kanjiNumber(n)), String(n)).toBe(n);
  });
});
