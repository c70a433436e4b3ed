import { ERA_YEAR_BEFORE, japaneseNumber } from "../japanese-numbers.ts";

function iso(year: number, month?: number, day?: number): string | undefined {
  if (year < 1900 || year > 2200) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  const yearMonth = `${year}-${String(month).padStart(2, "0")}`;
  if (day === undefined) return yearMonth;
  if (day < 1 || day > 31) return undefined;
  return `${yearMonth}-${String(day).padStart(2, "0")}`;
}

const number = "([0-9０-９]+|[〇一二三四五六七八九十]+|元)";
const eraDate = new RegExp(`(令和|平成|昭和)\\s*${number}\\s*年(?:\\s*${number}\\s*月(?:\\s*${number}\\s*日)?)?`);
const westernDate = new RegExp(`([0-9０-９]{4})\\s*年(?:\\s*${number}\\s*月(?:\\s*${number}\\s*日)?)?`);
const numericDate = /(?<![0-9])(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?![0-9])/;

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : japaneseNumber(text);
}

/**
 * The first date in a text as ISO (YYYY, YYYY-MM or YYYY-MM-DD), from 令和/平成/昭和 or 西暦 forms:
 * 令和4年10月15日 → 2022-10-15, 2025年5月 → 2025-05, 2024/10/01 → 2024-10-01.
 */
export function parseJapaneseDate(text: string): string | undefined {
  const candidates: { index: number; value: string | undefined }[] = [];
  const era = eraDate.exec(text);
  if (era) {
    const year = japaneseNumber(era[2]!);
    const value =
      year === undefined
        ? undefined
        : iso(ERA_YEAR_BEFORE[era[1]!]! + year, optionalNumber(era[3]), optionalNumber(era[4]));
    candidates.push({ index: era.index, value });
  }
  const western = westernDate.exec(text);
  if (western) {
    const value = iso(Number(western[1]!.normalize("NFKC")), optionalNumber(western[2]), optionalNumber(western[3]));
    candidates.push({ index: western.index, value });
  }
  const numeric = numericDate.exec(text);
  if (numeric) {
    candidates.push({
      index: numeric.index,
      value: iso(Number(numeric[1]), Number(numeric[2]), optionalNumber(numeric[3])),
    });
  }
  return candidates.filter((candidate) => candidate.value !== undefined).sort((a, b) => a.index - b.index)[0]?.value;
}

/** A date at the start of a file name: 2024-10-01_minutes.txt → 2024-10-01, 2024-02_x.txt → 2024-02, 20250530 → 2025-05-30. */
export function dateFromFileName(fileName: string): string | undefined {
  const dashed = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![0-9])/.exec(fileName);
  if (dashed) return iso(Number(dashed[1]), Number(dashed[2]), optionalNumber(dashed[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?![0-9])/.exec(fileName);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return undefined;
}
