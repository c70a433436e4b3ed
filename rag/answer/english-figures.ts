import { ERA_YEAR_BEFORE, japaneseNumber } from "../japanese-numbers.ts";
import { englishLabel } from "./english-labels.ts";
import type { AskedType } from "./question-analysis.ts";

/**
 * English readings of the figures a Japanese quote states (約2.4兆円 → about ¥2.4 trillion, 令和4年7月25日 →
 * 25 July 2022), so that the reader of an English question gets the asked value in English. Each reading is a
 * conversion of the quoted figure, never a new claim.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 25 July 2022, July 2022 or 2022, as much as is known. */
export function englishDate(year: number, month?: number, day?: number): string | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  const monthName = month ? MONTHS[month - 1] : undefined;
  return [day, monthName, year].filter((part) => part !== undefined).join(" ");
}

/** 20 November: a day of a month with no year, as a slide writes it (11/20). */
export function englishDayMonth(month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${day} ${MONTHS[month - 1]}`;
}

const NUMBER = "[0-9〇一二三四五六七八九十元]+";

export interface Reading {
  /** The figure as quoted. */
  quoted: string;
  english: string;
  /** Where the quote (as normalized for reading) says it. */
  at: number;
}

type Reader = (text: string) => Reading[];

function readAll(text: string, pattern: RegExp, read: (match: RegExpMatchArray) => string | undefined): Reading[] {
  return [...text.matchAll(pattern)].flatMap((match) => {
    const english = read(match);
    const quoted = match[0].trim();
    return english ? [{ quoted, english, at: match.index! + match[0].indexOf(quoted) }] : [];
  });
}

const ERA_DATE = new RegExp(
  `(令和|平成)\\s*(${NUMBER})\\s*年(度)?(?:\\s*(${NUMBER})\\s*月(?:\\s*(${NUMBER})\\s*日)?)?`,
  "gu",
);
const WESTERN_DATE = /(?<![\d/和成])((?:19|20)\d{2}|\d{2})\s*年(度)?(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?/gu;
const SLASH_DATE = /(?<![\d/])(\d{2})\/(\d{1,2})\/(\d{1,2})(?![\d/])/gu;
const MONTH_DAY = /(?<![\d年/])(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
/**
 * 「1月正式版を公表」: a month alone, as a slide's timeline gives it. Not the months a law counts (「公布後6月以内」
 * is six months).
 */
const MONTH_ONLY = /(?<![\d年/.]|後\s*)(\d{1,2})\s*月(?!\s*(?:\d|以内|以上|以下|未満|を経|を超|経過|間|後))/gu;

const dates: Reader = (text) => {
  const eras = readAll(text, ERA_DATE, ([, era, year, fiscal, month, day]) => {
    const n = japaneseNumber(year!);
    if (n === undefined) return undefined;
    const western = ERA_YEAR_BEFORE[era!]! + n;
    const date = englishDate(western, month ? japaneseNumber(month) : undefined, day ? japaneseNumber(day) : undefined);
    return date && (fiscal && !month ? `fiscal ${western}` : date);
  });
  // A bare western year reads the same in English: only a year with its month, a fiscal year or a short year is read.
  const western = readAll(text, WESTERN_DATE, ([, year, fiscal, month, day]) => {
    const full = year!.length === 2 ? 2000 + Number(year) : Number(year);
    if (fiscal && !month) return `fiscal ${full}`;
    // 「10年」 alone is as likely a length of time as the year 2010.
    if (!month) return undefined;
    return englishDate(full, Number(month), day ? Number(day) : undefined);
  });
  const slashes = readAll(text, SLASH_DATE, ([, year, month, day]) =>
    englishDate(2000 + Number(year), Number(month), Number(day)),
  );
  const days = readAll(text, MONTH_DAY, ([, month, day]) => {
    const monthName = MONTHS[Number(month) - 1];
    return monthName && Number(day) >= 1 && Number(day) <= 31 ? `${Number(day)} ${monthName}` : undefined;
  });
  const months = readAll(text, MONTH_ONLY, ([, month]) => MONTHS[Number(month) - 1]);
  // A month and day inside a fuller date (2022年5月11日) is read with its year, not again alone.
  const full = [...eras, ...western, ...slashes];
  const shorter = [...days, ...months].filter((reading) => !full.some((date) => date.quoted.includes(reading.quoted)));
  return [...full, ...shorter];
};

const DURATION_UNITS: Record<string, [string, string]> = {
  年間: ["year", "years"],
  か年: ["year", "years"],
  カ年: ["year", "years"],
  か月: ["month", "months"],
  ヶ月: ["month", "months"],
  カ月: ["month", "months"],
  箇月: ["month", "months"],
  週間: ["week", "weeks"],
  日間: ["day", "days"],
  日分: ["day's supply", "days' supply"],
};
/** 「2~3週間分の在庫」: a range, and 分 for the supply a stock covers. */
const DURATION = new RegExp(
  `(?:(${NUMBER})\\s*[~〜～]\\s*)?(${NUMBER})\\s*(${Object.keys(DURATION_UNITS).join("|")})(分)?`,
  "gu",
);
/** 「施行後三年」: a time counted from an event, which is how a law sets its own review. */
const AFTER_EVENT = new RegExp(`([\\p{Script=Han}]{2,6})後\\s*(${NUMBER})\\s*(年|か月|ヶ月|カ月)(?![間度])`, "gu");

/**
 * 「5年程度」「約10年」: a number of years said as a length, by the words around it. A bare 「10年」 may as well be the
 * year 2010; one of up to two digits with 程度 or 約 is not a year. 「2年以内」 is left unread: it is as often the end
 * of a range (「公布後6月以内から2年以内で段階的施行」), and read alone it says less than the quote.
 */
const YEARS_AROUND =
  /(約|概ね|おおむね|およそ)?\s*((?<![\d.])\d{1,2}|[一二三四五六七八九十]{1,3})\s*年\s*(程度|ほど|くらい|ぐらい|前後)?(?![\d度間月以])/gu;

function lengthOf(count: string, unit: string): string | undefined {
  const n = japaneseNumber(count);
  const [one, many] = DURATION_UNITS[unit] ?? DURATION_UNITS[`${unit}間`] ?? [];
  return n === undefined || one === undefined ? undefined : `${n} ${n === 1 ? one : many}`;
}

const durations: Reader = (text) => [
  ...readAll(text, DURATION, ([, from, count, unit, supply]) => {
    const length = lengthOf(count!, unit!);
    const start = from === undefined ? undefined : japaneseNumber(from);
    if (!length || (from !== undefined && start === undefined)) return length;
    const ranged = start === undefined ? length : `${start}–${length}`;
    return supply ? `${ranged}${ranged.endsWith("s") ? "'" : "'s"} supply` : ranged;
  }),
  ...readAll(text, YEARS_AROUND, ([, about, count, around]) => {
    if (!about && !around) return undefined;
    const length = lengthOf(count!, "年間");
    if (length === undefined) return undefined;
    return `about ${length}`;
  }),
  ...readAll(text, AFTER_EVENT, ([, event, count, unit]) => {
    const length = lengthOf(count!, unit === "年" ? "年間" : unit!);
    const english = englishLabel(event!);
    return length && english ? `${length} after ${english}` : undefined;
  }),
];

const SCALE: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4 };
const CURRENCY: Record<string, string> = { 円: "¥", ドル: "$", ユーロ: "€" };
const MONEY = /(約|およそ|概ね)?\s*(\d[\d,]*(?:\.\d+)?)\s*(兆|億|万)(?:\s*(\d[\d,]*)\s*(億|万))?\s*(円|ドル|ユーロ)/gu;

/** 52,700,000,000 → "52.7 billion". */
function englishAmount(value: number): string {
  const [scale, word] =
    value >= 1e12 ? [1e12, " trillion"] : value >= 1e9 ? [1e9, " billion"] : value >= 1e6 ? [1e6, " million"] : [1, ""];
  const scaled = value / scale;
  return `${Number.parseFloat(scaled.toFixed(2)).toLocaleString("en-US")}${word}`;
}

const money: Reader = (text) =>
  readAll(text, MONEY, ([, about, first, firstScale, second, secondScale, currency]) => {
    const value =
      Number(first!.replace(/,/gu, "")) * SCALE[firstScale!]! +
      (second ? Number(second.replace(/,/gu, "")) * SCALE[secondScale!]! : 0);
    return `${about ? "about " : ""}${CURRENCY[currency!]}${englishAmount(value)}`;
  });

const TENTHS = /(\d+(?:\.\d+)?|[一二三四五六七八九十])\s*割/gu;
const TIMES = /(\d+(?:\.\d+)?)\s*倍/gu;

const rates: Reader = (text) => [
  ...readAll(text, TENTHS, ([, tenths]) => {
    const n = japaneseNumber(tenths!) ?? Number(tenths);
    return Number.isFinite(n) ? `${Number.parseFloat((n * 10).toFixed(1))}%` : undefined;
  }),
  ...readAll(text, TIMES, ([, times]) => `${times} times`),
];

const COUNTER_NOUNS: Record<string, string> = {
  件: "cases",
  社: "companies",
  か国: "countries",
  カ国: "countries",
  ヶ国: "countries",
  分野: "fields",
  品目: "items",
  物資: "goods",
  技術: "technologies",
  団体: "organisations",
  名: "people",
  人: "people",
  機関: "bodies",
  業種: "industries",
  項目: "items",
  類型: "types",
  拠点: "sites",
  プロジェクト: "projects",
};
const COUNT = new RegExp(`(?<![\\d.,第])(\\d[\\d,]*)\\s*(${Object.keys(COUNTER_NOUNS).join("|")})`, "gu");

/** 「14の業界団体」: a count, の, and a noun the glossary names (the count is of that noun). */
const COUNT_OF_NOUN = /(?<![\d.,第])(\d[\d,]*)\s*(?:つ)?の\s*([\p{Script=Han}\p{Script=Katakana}ー]{2,12})/gu;

/** The glossary's English for a noun, or for the longest known tail of it (重要業界団体 → industry associations). */
function nounInEnglish(noun: string): string | undefined {
  for (let from = 0; from <= noun.length - 2; from++) {
    const label = englishLabel(noun.slice(from));
    if (label) return label;
  }
  return undefined;
}

/** 「1ヶ国」 is one country, not "1 countries". */
function counted(count: string, plural: string): string {
  if (count !== "1") return `${count} ${plural}`;
  const singular =
    plural === "people"
      ? "person"
      : plural.endsWith("ies")
        ? `${plural.slice(0, -3)}y`
        : plural.endsWith("s")
          ? plural.slice(0, -1)
          : plural;
  return `1 ${singular}`;
}

const counts: Reader = (text) => [
  ...readAll(text, COUNT, ([, count, counter]) => counted(count!, COUNTER_NOUNS[counter!]!)),
  ...readAll(text, COUNT_OF_NOUN, ([, count, noun]) => {
    const english = nounInEnglish(noun!);
    return english ? counted(count!, english) : undefined;
  }),
];

const READERS: Partial<Record<AskedType, Reader[]>> = {
  date: [dates, durations],
  amount: [money, rates, durations],
  count: [counts, durations],
  // 「how large was China's GDP compared with Japan's」 is answered by a ratio (約4.2倍).
  comparison: [rates],
};
const MAX_FIGURES = 4;

/** A western year alone (2030年): a figure in its own right when it is what the answer gives, not a length of time. */
const BARE_YEAR = /(?<![\d/和成])((?:19|20)\d{2})\s*年(?![\d度間])/gu;

const bareYears: Reader = (text) => readAll(text, BARE_YEAR, ([, year]) => year);

/** The reading is the same figure as one already read, or part of one (1月 in 11月26日; not 「1月正式版」 after it). */
function readBefore(reading: Reading, known: readonly Reading[]): boolean {
  const end = reading.at + reading.quoted.length;
  return known.some(
    (other) => other.quoted === reading.quoted || (other.at <= reading.at && end <= other.at + other.quoted.length),
  );
}

/**
 * The asked types' figures in a quote, in its order, each with its English reading (約2.4兆円 → about ¥2.4 trillion).
 * `withYears` adds western years alone (2030年 → 2030), which read the same in English but may be the asked value.
 */
export function englishFigures(
  text: string,
  askedTypes: readonly AskedType[],
  { withYears = false }: { withYears?: boolean } = {},
): Reading[] {
  // A circled number marks an item (③ 人材流出): NFKC would read it as the count 「3人」.
  const normalized = text.replace(/[①-⑳]/gu, "・").normalize("NFKC");
  const readers = [...new Set(askedTypes.flatMap((type) => READERS[type] ?? []))];
  if (withYears && askedTypes.includes("date")) readers.push(bareYears);
  const found: Reading[] = [];
  for (const reading of readers.flatMap((reader) => reader(normalized))) {
    // A reading that says nothing the quote's digits do not (40% = 40%) is left out.
    if (reading.english === reading.quoted || readBefore(reading, found)) continue;
    found.push(reading);
  }
  return found.sort((a, b) => a.at - b.at).slice(0, MAX_FIGURES);
}
