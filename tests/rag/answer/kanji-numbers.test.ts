import { describe, expect, it } from "vitest";
import { arabicOrdinals, kanjiNumber } from "../../../rag/answer/kanji-numbers.ts";

describe("kanjiNumber", () => {
  it("reads the small numbers of era dates and ordinals", () => {
    expect(kanjiNumber("七")).toBe(7);
    expect(kanjiNumber("十六")).toBe(16);
    expect(kanjiNumber("二十")).toBe(20);
    expect(kanjiNumber("元")).toBe(1);
    expect(kanjiNumber("12")).toBe(12);
    expect(kanjiNumber("百")).toBeUndefined();
  });
});

describe("arabicOrdinals", () => {
  it("writes a kanji ordinal in digits, leaving other kanji numbers alone", () => {
    expect(arabicOrdinals("第二次トランプ政権下")).toBe("第2次トランプ政権下");
    expect(arabicOrdinals("第十回会議と三つの柱")).toBe("第10回会議と三つの柱");
  });
});
