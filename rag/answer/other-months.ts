/** A month of a year as the documents write it: 2025年10月, 令和7年10月, or 10月 alone (本年4月, 10月9日). */
const MONTH = /(?:(\d{4}|令和\s*\d{1,2})\s*年\s*)?(\d{1,2})\s*月(?!\s*[間])/gu;

export interface Month {
  year?: number;
  month: number;
}

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const reiwa = text.match(/^令和\s*(\d{1,2})$/u);
  return reiwa ? 2018 + Number(reiwa[1]) : Number(text);
}

/** The months a text names, with their year when it gives one (令和 read as 西暦). */
export function monthsIn(text: string): Month[] {
  return [...text.normalize("NFKC").matchAll(MONTH)].map((match) => {
    const year = yearOf(match[1]);
    return { month: Number(match[2]), ...(year !== undefined ? { year } : {}) };
  });
}

/** The months a question dates its subject by, each with its year: 「10月の会議」 alone may be any year's. */
export function askedMonths(question: string): Month[] {
  return monthsIn(question).filter((month) => month.year !== undefined);
}

/** A date with its day (2025年10月9日, 令和7年10月9日). */
const FULL_DATE = /(?:\d{4}|令和\s*\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/gu;

/**
 * The months a question picks an entry by (「2025年2月に対象になった鉱種」): a date with its day (「2025年10月9日に出した
 * 規制」) names the measure itself, not a row of that month.
 */
export function entryMonths(question: string): Month[] {
  return askedMonths(question.normalize("NFKC").replace(FULL_DATE, " "));
}

/**
 * The text names one of the months, in that year or with no year of its own (本年4月, 25年6月). A month without a year
 * is read in `yearOfText` when given: 「本年5月」 in a document of 2025 is 2025年5月.
 */
export function namesMonth(text: string, months: readonly Month[], yearOfText?: number): boolean {
  return monthsIn(text).some(({ year = yearOfText, month }) =>
    months.some((one) => one.month === month && (year === undefined || year === one.year)),
  );
}

/**
 * The lines of an answer about something the question dates (「2025年10月に出した再輸出規制」), without the lines that
 * date only other things (「2023年8月のガリウム…を皮切りに、本年4月には…」): those are the background of other
 * measures. A line that names the asked month (「10月9日、…を発表」) or no month at all stays, and nothing is dropped
 * unless some line names the asked month. The question must give the month with its year: 「10月の会議」 alone may be
 * any year's.
 */
export function withoutOtherMonths(lines: readonly string[], question: string): string[] {
  const asked = askedMonths(question);
  if (asked.length === 0) return [...lines];
  const read = lines.map((line) => {
    const months = monthsIn(line);
    const names = namesMonth(line, asked);
    return { line, names, other: months.length > 0 && !names };
  });
  if (!read.some(({ names }) => names) || read.every(({ other }) => other)) return [...lines];
  return read.filter(({ other }) => !other).map(({ line }) => line);
}
