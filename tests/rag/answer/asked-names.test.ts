import { describe, expect, it } from "vitest";
import { asksAbout, namedParts } from "../../../rag/answer/asked-names.ts";

describe("asksAbout", () => {
  it("names a Japanese name in the question, and a Latin one only as a word of it", () => {
    const asks = asksAbout("WAと原子力供給国グループの参加国数は？");
    expect(asks?.("NSG (原子力供給国グループ)")).toBe(true);
    expect(asks?.("WA (ワッセナー・アレンジメント)")).toBe(true);
    expect(asks?.("MTCR (ミサイル技術管理レジーム)")).toBe(false);
    // "wa" is in "Wassenaar", but WA is no word of the question.
    expect(asksAbout("Wassenaarの参加国数は？")?.("WA")).toBe(false);
    expect(asksAbout("試験黒鉛はいつから？")?.("2023年12月 試験黒鉛")).toBe(true);
  });

  it("names a row by the month the question asks about, not by the month of the document it names", () => {
    const asks = asksAbout("試験黒鉛はいつ？2025年2月に追加された鉱種も教えて");
    expect(asks?.("2025年2月 試験鉱A、試験鉱B")).toBe(true);
    expect(asks?.("2025年12月 試験鉱C")).toBe(false);
    expect(asksAbout("Which minerals were added in February 2025?")?.("2025年2月 試験鉱A")).toBe(true);
    expect(asksAbout("2024年2月の資料で、試験黒鉛は？")?.("2024年2月 試験鉱A")).toBe(false);
  });

  it("names a row of an English question by the Japanese of its phrases, whole or inside a longer name", () => {
    const asks = asksAbout("How many countries are in the Missile Technology Control Regime and the AG?", [
      "ミサイル技術管理",
      "諸国",
    ]);
    expect(asks?.("MTCR (ミサイル技術管理レジーム)")).toBe(true);
    expect(asks?.("AG (オーストラリア・グループ)")).toBe(true);
    // A short phrase names a row only as its start (諸国 is in 先進諸国 without naming it).
    expect(asks?.("先進諸国会合")).toBe(false);
    expect(asks?.("諸国会合")).toBe(true);
    expect(asksAbout("When was graphite added?", ["黒鉛"])?.("黒鉛")).toBe(true);
  });

  it("gives nothing when the question reads across the table", () => {
    expect(asksAbout("試験黒鉛の次に対象になったのは？")).toBeUndefined();
    expect(asksAbout("参加国が一番多いのはどのレジーム？")).toBeUndefined();
    expect(asksAbout("How many countries are in each of the four regimes?")).toBeUndefined();
  });
});

describe("namedParts", () => {
  const asks = asksAbout("NSGは？");
  it("keeps the named parts when some are named, and all of them when none or all are", () => {
    expect(namedParts(["NSG 48", "AG 42"], (part) => part, asks)).toEqual(["NSG 48"]);
    expect(namedParts(["MTCR 35", "AG 42"], (part) => part, asks)).toEqual(["MTCR 35", "AG 42"]);
    expect(namedParts(["NSG 48", "NSG 2"], (part) => part, asks)).toEqual(["NSG 48", "NSG 2"]);
    expect(namedParts(["NSG 48", "AG 42"], (part) => part, undefined)).toEqual(["NSG 48", "AG 42"]);
  });
});
