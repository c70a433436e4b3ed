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
