/**
 * A question may name its source by date (「2024年2月の資料では」「2024年2月の審議会資料」, "the February 2024 material", and
 * 「2024年2月の時点では」,
 * the state the documents of that month give): the date says
 * which document to read, not what the answer is about. It is taken out of the words searched and of the
 * question's topic, and the documents of that month are preferred.
 */

const JAPANESE =
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:の|に(?:出た|出された|公表された|発表された|示された|配られた|開かれた|開催された)|公表の|発表の|開催の)?\s*(?=(?:[\p{Script=Han}A-Za-z]{0,8}?(?:省|府|庁|METI|GRIPS)の?)?(?:会議|説明|配布|審議会|研究会|分科会|小委員会|委員会|部会)?(?:資料|文書|スライド)|(?:有識者|専門家)?会議(?!所)|時点)/gu;
/** 「2024年2月の時点では」「2024年2月時点で」: the state as of a month, which that month's documents give. */
const AS_OF_MONTH = /\d{1,2}\s*月\s*(?:の\s*)?時点/u;

export function namesStateAsOf(question: string): boolean {
  return AS_OF_MONTH.test(question);
}
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** A month as written in English: in full, or cut to three letters (Feb, Dec., Sept). */
export const MONTH_NAME = `${MONTHS.join("|")}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;

/** The month number (1–12) of a month name written in English, in full or cut short. */
export function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}
/**
 * What a document is called in English after its date ("the February 2024 material", "the 2025 deck", "the Dec 2025
 * briefing"); after a month, "one" stands for it too ("the Feb 2024 deck versus the Dec 2025 one").
 */
export const DOCUMENT_NOUNS = "materials?|documents?|slides|deck|presentation|paper";
/** "briefing" names the document alone ("the Dec 2025 briefing explains") or before one of the nouns above. */
const BRIEFING = `briefing(?:\\s+(?:${DOCUMENT_NOUNS}))?`;
/** A meeting named by its month ("the October 2024 expert meeting"): its minutes and slides carry that date. */
const MEETING_NOUNS = "(?:(?:expert|advisory|study[- ]group|council)\\s+)?(?:meeting|minutes)";
const ENGLISH = new RegExp(
  `\\b(${MONTH_NAME})\\s+((?:19|20)\\d{2})\\s+(?=(?:meti(?:'s)?\\s+|cabinet office\\s+|government\\s+)?(?:${BRIEFING}|${DOCUMENT_NOUNS}|${MEETING_NOUNS}|one\\b(?![\\s-]+(?:of|year)\\b))\\b)`,
  "giu",
);

/** 「2025年資料での支援総額」, "the 2025 deck": a year alone names the documents of that year. */
const JAPANESE_YEAR = /((?:19|20)\d{2})\s*年\s*(?:の|に出た)?\s*(?=(?:会議|説明|配布)?(?:資料|文書|スライド))/gu;
const ENGLISH_YEAR = new RegExp(
  `\\b((?:19|20)\\d{2})\\s+(?=(?:meti(?:'s)?\\s+|cabinet office\\s+|government\\s+)?(?:${BRIEFING}|${DOCUMENT_NOUNS})\\b)`,
  "giu",
);

export interface SourceDates {
  /** YYYY-MM (or YYYY, for a year alone) of each document the question names by date. */
  dates: string[];
  /** The question without those dates (「資料では…」). */
  rest: string;
}

export function sourceDates(question: string): SourceDates {
  const dates: string[] = [];
  const month = (value: string) => value.padStart(2, "0");
  let rest = question.replace(JAPANESE, (_match, year: string, monthNumber: string) => {
    dates.push(`${year}-${month(monthNumber)}`);
    return "";
  });
  rest = rest.replace(ENGLISH, (_match, monthName: string, year: string) => {
    dates.push(`${year}-${month(String(monthNumber(monthName)))}`);
    return "";
  });
  rest = rest.replace(JAPANESE_YEAR, (_match, year: string) => {
    dates.push(year);
    return "";
  });
  rest = rest.replace(ENGLISH_YEAR, (_match, year: string) => {
    dates.push(year);
    return "";
  });
  return { dates: [...new Set(dates)], rest };
}
