import { describe, expect, it } from "vitest";
import { englishFigures } from "../../../rag/answer/english-figures.ts";
import type { AskedType } from "../../../rag/answer/question-analysis.ts";

/** The readings as one line, "Figures: 約2.4兆円 = about ¥2.4 trillion.", or undefined when there are none. */
function figures(text: string, askedTypes: AskedType[]): string | undefined {
  const found = englishFigures(text, askedTypes);
  return found.length > 0
    ? `Figures: ${found.map(({ quoted, english }) => `${quoted} = ${english}`).join("; ")}.`
    : undefined;
}

describe("englishFigures", () => {
  it("reads sums of money in English, with 約 as about", () => {
    expect(figures("5年間で527億ドル(約7兆円)支援", ["amount"])).toBe(
      "Figures: 5年間 = 5 years; 527億ドル = $52.7 billion; 約7兆円 = about ¥7 trillion.",
    );
    expect(figures("補正予算で約9,500億円、1兆2,000億円を措置", ["amount"])).toBe(
      "Figures: 約9,500億円 = about ¥950 billion; 1兆2,000億円 = ¥1.2 trillion.",
    );
    expect(figures("回答者の3割、出資は2倍", ["amount"])).toBe("Figures: 3割 = 30%; 2倍 = 2 times.");
  });

  it("reads era, short-year and slashed dates, and a month and day inside a full date only once", () => {
    expect(figures("令和4年7月25日公表、令和七年五月十六日成立", ["date"])).toBe(
      "Figures: 令和4年7月25日 = 25 July 2022; 令和七年五月十六日 = 16 May 2025.",
    );
    expect(figures("24年5月から施行。23/10/31 初版", ["date"])).toBe(
      "Figures: 24年5月 = May 2024; 23/10/31 = 31 October 2023.",
    );
    expect(figures("2022年5月11日成立、9月30日閣議決定", ["date"])).toBe(
      "Figures: 2022年5月11日 = 11 May 2022; 9月30日 = 30 September.",
    );
    expect(figures("令和8年度の予算", ["date"])).toBe("Figures: 令和8年度 = fiscal 2026.");
  });

  it("leaves out what reads the same in English, and a bare number of years that may be a length of time", () => {
    expect(figures("2025年に公表、関税は25%", ["date", "amount"])).toBeUndefined();
    expect(figures("10年で見直す", ["date"])).toBeUndefined();
  });

  it("reads a range of time, and the supply a stock covers (2~3週間分)", () => {
    expect(figures("約240日分の備蓄と2~3週間分の在庫、3~5年間の計画", ["amount"])).toBe(
      "Figures: 240日分 = 240 days' supply; 2~3週間分 = 2–3 weeks' supply; 3~5年間 = 3–5 years.",
    );
  });

  it("reads a number of years as a length when 程度 or 約 says it is one, not a year written short", () => {
    expect(figures("長期的な視野(20年程度)のもと、概ね4年程度で成果を出し、約3年で見直す", ["date"])).toBe(
      "Figures: 20年程度 = about 20 years; 概ね4年程度 = about 4 years; 約3年 = about 3 years.",
    );
    // The end of a range, read alone, would say less than the quote.
    expect(figures("公布後6月以内から2年以内で段階的施行", ["date"])).toBeUndefined();
    expect(figures("2030年程度までに、24年5月施行", ["date"])).toBe("Figures: 24年5月 = May 2024.");
  });

  it("reads a time counted from an event, in kanji numerals too, as that long after the event", () => {
    expect(figures("この法律の施行後三年を目途として検討を加え", ["date"])).toBe(
      "Figures: 施行後三年 = 3 years after enforcement.",
    );
    expect(figures("施行後10年で見直す、三年間の計画", ["date"])).toBe(
      "Figures: 施行後10年 = 10 years after enforcement; 三年間 = 3 years.",
    );
  });

  it("reads a ratio for a comparison, and no sums or dates", () => {
    expect(figures("2022年のGDPは日本の約4.2倍であり、約2.4兆円", ["comparison"])).toBe("Figures: 4.2倍 = 4.2 times.");
  });

  it("reads counts with their counter nouns, only for the asked types", () => {
    expect(figures("12物資を指定、48か国が参加", ["count"])).toBe("Figures: 12物資 = 12 goods; 48か国 = 48 countries.");
    expect(figures("12物資を指定、総額約2.4兆円", ["definition"])).toBeUndefined();
  });

  it("reads one of a counter in the singular, and no count in an item's circled number (③ 人材流出)", () => {
    expect(figures("1ヶ国分の増加、3人の委員", ["count"])).toBe("Figures: 1ヶ国 = 1 country; 3人 = 3 people.");
    expect(figures("③ 人材流出", ["count"])).toBeUndefined();
  });

  it("reads 「14の業界団体」 as a count of the noun the glossary names, and not a noun it does not know", () => {
    expect(figures("まず14の業界団体と対話を実施。", ["count"])).toBe(
      "Figures: 14の業界団体 = 14 industry associations.",
    );
    expect(figures("3つの試験もの", ["count"])).toBeUndefined();
  });
  it("reads a month alone (「1月正式版を公表」), in the quote's order, though the same digits are part of another date", () => {
    const quote = "- 11月26日任意の意見募集を開始(~12月26日)\n- 1月正式版を公表";
    expect(englishFigures(quote, ["date"]).map(({ english }) => english)).toEqual([
      "26 November",
      "26 December",
      "January",
    ]);
    // A count of months is a length of time, not a month.
    expect(englishFigures("3か月以内に届け出る", ["date"]).map(({ english }) => english)).toEqual(["3 months"]);
    // A law counts months as 月: 「公布後6月以内」 is six months, not June.
    expect(englishFigures("公布後6月以内から段階的に施行", ["date"])).toEqual([]);
    expect(englishFigures("施行の日から3月以内に届け出る", ["date"])).toEqual([]);
  });
});
