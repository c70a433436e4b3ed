import type { Language } from "../types.ts";
import type { AskedType } from "./question-analysis.ts";

const DIGITS = "[0-9０-９]";
const KANJI_NUMBER = "[一二三四五六七八九十百千]";
const DATE = new RegExp(
  `((19|20)${DIGITS}{2}\\s*年|令和\\s*(${DIGITS}+|元)\\s*年|平成\\s*${DIGITS}+\\s*年|${DIGITS}{1,2}\\s*月|${DIGITS}{1,2}\\s*日|${DIGITS}{2,4}\\s*[/.]\\s*${DIGITS}{1,2}|(19|20)${DIGITS}{2}|${DIGITS}+\\s*(年間|か月|ヶ月|カ月|日間|年度)|${KANJI_NUMBER}+\\s*年|年度内|上旬|中旬|下旬|年内|年度末)`,
  "u",
);
const AMOUNT = new RegExp(
  `(${DIGITS}[\\d,.，]*\\s*(円|ドル|ユーロ|元|億|兆|万|%|％|割|倍|パーセント)|[億兆]円|${KANJI_NUMBER}+割)`,
  "u",
);
/** A number counting things (14の業界団体, 15技術, 8つ): not a year, a date, money, R3 or a section number. */
const COUNTERS =
  "つ|の|件|社|か国|カ国|ヶ国|国|分野|品目|物資|技術|事業|団体|類型|項目|領域|制度|名|人|回|本|個|種類|種|者|機関|プロジェクト|拠点|業種|省庁|府省|カ所|か所|項|点|品|施設";
const COUNT = new RegExp(
  `((?<![A-Za-z\\d/.第])${DIGITS}+\\s*(${COUNTERS})|${KANJI_NUMBER}+\\s*(つ|件|社|か国|カ国|分野|品目|物資|技術|事業|団体|類型|項目|領域|制度|の))`,
  "u",
);
const BULLETED = /^\s*(?:[-・•●○◆◇■□▶▷➤➢→*]|\d+[.)．]|[(（]\d+[)）]|[①-⑳])/u;

/** Items of an enumeration in the excerpt: bullet lines, or 「、」/「・」-joined items on one line. */
export function itemCount(lines: string[]): number {
  const bullets = lines.filter((line) => BULLETED.test(line)).length;
  // On one line, an enumeration is three or more short pieces (半導体、蓄電池、クラウド), not a sentence's commas.
  const inline = Math.max(
    0,
    ...lines.map((line) => {
      const pieces = line.split(/[、・,]|(?=[①-⑳])/u).filter((piece) => piece.trim() !== "");
      const short = pieces.filter((piece) => piece.length <= 24).length;
      return short >= 3 ? short : 0;
    }),
  );
  return Math.max(bullets, inline);
}

/**
 * Whether an excerpt carries a value of the asked type: a date for いつ, a number for 何件 / いくら,
 * several items for a list. Types whose answer is prose (definition, reason, procedure, yes/no,
 * comparison) are carried by the excerpt's relevance, checked elsewhere.
 */
export function carriesValue(type: AskedType, lines: string[]): boolean {
  const text = lines.join("\n");
  switch (type) {
    case "date":
      return DATE.test(text);
    case "amount":
      return AMOUNT.test(text);
    case "count":
      // 「どのくらい」 is answered by an amount as often as by a count.
      return COUNT.test(text) || AMOUNT.test(text);
    case "list":
      return itemCount(lines) >= 2;
    default:
      return true;
  }
}

/** How the missing point is named: 「〇〇の時期」, "the date of …". */
export const ASKED_LABELS: Record<AskedType, Record<Language, string>> = {
  definition: { ja: "内容", en: "what it is" },
  list: { ja: "一覧(すべての項目)", en: "the full list" },
  date: { ja: "時期・日付", en: "the date or period" },
  count: { ja: "数", en: "the number" },
  amount: { ja: "金額・割合", en: "the amount or rate" },
  procedure: { ja: "手続き・方法", en: "the procedure" },
  reason: { ja: "理由", en: "the reason" },
  "yes-no": { ja: "可否", en: "the answer" },
  comparison: { ja: "違い", en: "the difference" },
};
