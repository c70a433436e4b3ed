import { ERA_YEAR_BEFORE, japaneseNumber } from "../japanese-numbers.ts";

/** A question that wants its date in the era calendar (「令和でいうと」「令和何年」「和暦で」). */
const ASKS_ERA = /令和|和暦|平成/u;
/** A question that wants its date in the Western calendar (「西暦で」「西暦何年」). */
const ASKS_WESTERN = /西暦/u;

const WESTERN_DATE = /((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?/gu;
const ERA_DATE =
  /(令和|平成)\s*([0-9]+|元|[一二三四五六七八九十]+)\s*年(?:\s*(\d{1,2}|[一二三四五六七八九十]+)\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]+)\s*日)?)?/gu;

/** At most this many dates are converted: a date question asks about one or two. */
const MAX_DATES = 3;

const monthDay = (month?: number, day?: number) =>
  `${month !== undefined ? `${month}月` : ""}${month !== undefined && day !== undefined ? `${day}日` : ""}`;

/** 2024 → 令和6年; 2019 → 令和元年; 2018 → 平成30年. */
function eraYear(year: number): string | undefined {
  const reiwa = year - ERA_YEAR_BEFORE.令和!;
  if (reiwa >= 1) return `令和${reiwa === 1 ? "元" : reiwa}年`;
  const heisei = year - ERA_YEAR_BEFORE.平成!;
  return heisei >= 1 ? `平成${heisei}年` : undefined;
}

/**
 * The dates of the quoted lines in the calendar the question asks for: 「令和でいうといつ」 over a quote that says
 * 「2024年9月」 is answered 「2024年9月は令和6年9月です。」, since the documents write one calendar and the asker
 * reads the other. Nothing when the question names neither calendar, or the quotes hold no date to convert.
 */
export function eraNote(question: string, lines: readonly string[]): string | undefined {
  const text = lines.join("\n").normalize("NFKC");
  const asked = question.normalize("NFKC");
  const notes: string[] = [];
  if (ASKS_ERA.test(asked)) {
    for (const match of text.matchAll(WESTERN_DATE)) {
      const era = eraYear(Number(match[1]));
      if (!era) continue;
      const month = match[2] ? Number(match[2]) : undefined;
      const day = match[3] ? Number(match[3]) : undefined;
      notes.push(`${match[1]}年${monthDay(month, day)}は${era}${monthDay(month, day)}`);
    }
  } else if (ASKS_WESTERN.test(asked)) {
    for (const match of text.matchAll(ERA_DATE)) {
      const year = japaneseNumber(match[2]!);
      // 「令和四年法律第四十三号」 numbers a law; its year dates nothing asked.
      if (year === undefined || text.slice(match.index + match[0].length).startsWith("法律")) continue;
      const month = match[3] ? japaneseNumber(match[3]) : undefined;
      const day = match[4] ? japaneseNumber(match[4]) : undefined;
      const western = year + ERA_YEAR_BEFORE[match[1]!]!;
      notes.push(`${match[1]}${match[2]}年${monthDay(month, day)}は西暦${western}年${monthDay(month, day)}`);
    }
  }
  const distinct = [...new Set(notes)].slice(0, MAX_DATES);
  return distinct.length > 0 ? `※ ${distinct.join("、")}です。` : undefined;
}
