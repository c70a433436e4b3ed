import { describe, expect, it } from "vitest";
import { asksAbout, asksAboutEnglish, namedParts } from "../../../rag/answer/asked-names.ts";

describe("asksAbout", () => {
  it("names a Japanese name in the question, and a Latin one only as a word of it", () => {
    const asks = asksAbout("WAと原子力供給国グループの参加国数は？");
    expect(asks?.names("NSG (原子力供給国グループ)")).toBe(true);
    expect(asks?.names("WA (ワッセナー・アレンジメント)")).toBe(true);
    expect(asks?.names("MTCR (ミサイル技術管理レジーム)")).toBe(false);
    // "wa" is in "Wassenaar", but WA is no word of the question.
    expect(asksAbout("Wassenaarの参加国数は？")?.names("WA")).toBe(false);
    expect(asksAbout("試験黒鉛はいつから？")?.names("2023年12月 試験黒鉛")).toBe(true);
  });

  it("gives nothing when the question reads across the table", () => {
    expect(asksAbout("試験黒鉛の次に対象になったのは？")).toBeUndefined();
    expect(asksAbout("参加国が一番多いのはどのレジーム？")).toBeUndefined();
    expect(asksAbout("How many countries are in each of the four regimes?")).toBeUndefined();
  });
});

describe("asksAboutEnglish", () => {
  const COLUMNS = [
    "NSG (試験供給国グループ)",
    "AG (試験グループ)",
    "MTCR (試験技術レジーム)",
    "WA (試験アレンジメント)",
  ];

  it("names a column by its initialism, or by the initials of a proper name", () => {
    const asks = asksAboutEnglish("How many countries are in the Wassenaar Arrangement? Same for the NSG.");
    expect(namedParts(COLUMNS, (column) => column, asks)).toEqual([COLUMNS[0], COLUMNS[3]]);
    const spelled = asksAboutEnglish("When were the Missile Technology Control Regime and the Australia Group set up?");
    expect(namedParts(COLUMNS, (column) => column, spelled)).toEqual([COLUMNS[1], COLUMNS[2]]);
  });

  it("keeps every column when a name the question gives is no column's, or it names none, or reads across", () => {
    const withCountry = asksAboutEnglish("When did the US and the NSG agree?");
    expect(namedParts(COLUMNS, (column) => column, withCountry)).toEqual(COLUMNS);
    expect(asksAboutEnglish("When did China restrict graphite?")).toBeUndefined();
    expect(asksAboutEnglish("Which regime has the most members, the NSG or the MTCR?")).toBeUndefined();
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
