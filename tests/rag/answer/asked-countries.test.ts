import { describe, expect, it } from "vitest";
import { ASKS_COUNTRIES, countriesBeyondQuestion } from "../../../rag/answer/asked-countries.ts";

describe("ASKS_COUNTRIES", () => {
  it("reads which countries are asked, in Japanese and English", () => {
    expect(ASKS_COUNTRIES.test("どの国が選ばれましたか")).toBe(true);
    expect(ASKS_COUNTRIES.test("Which countries are currently on that excepted list?")).toBe(true);
    expect(ASKS_COUNTRIES.test("どの分野が対象ですか")).toBe(false);
  });
});

describe("countriesBeyondQuestion", () => {
  it("keeps the places the question does not name", () => {
    const question = "日本は適用除外国に入っていないそうですが、どの国が入っていますか？";
    expect(countriesBeyondQuestion(["日本", "カナダ", "オーストラリア"], question, [])).toEqual([
      "カナダ",
      "オーストラリア",
    ]);
  });

  it("finds none when the lines name only the asker's country, in the English question's translated focus too", () => {
    expect(countriesBeyondQuestion(["日本", "日本"], "日本は入っていないそうですが、どの国？", [])).toEqual([]);
    const english = "Japan is not among the excepted states. Which countries are on that list?";
    expect(countriesBeyondQuestion(["日本"], english, ["日本", "リスト"])).toEqual([]);
  });

  it("does not read a one-character abbreviation of a relation (日米) as a listed country", () => {
    expect(countriesBeyondQuestion(["日", "米"], "どの国が対象ですか", [])).toEqual([]);
  });

  it("does not read a place that only qualifies a noun (日本企業, 中国産) as a country named", () => {
    const lines = "各国を①市場性、②日本企業進出・投資、③中国産原料の6項目で評価";
    expect(countriesBeyondQuestion(["日本", "中国"], "どの国が重点国に選ばれましたか", [], lines)).toEqual([]);
    expect(countriesBeyondQuestion(["インド", "日本"], "どの国が重点国に？", [], "インド、日本企業の進出先")).toEqual([
      "インド",
    ]);
    expect(countriesBeyondQuestion(["米国"], "どの国が？", [], "米国等と連携")).toEqual(["米国"]);
  });
});
