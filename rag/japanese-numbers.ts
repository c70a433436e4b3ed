/** Era name → the Gregorian year before its first year (令和元年 = 2019). */
export const ERA_YEAR_BEFORE: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads 12, １２, 十二, 二十三 or 元 as a number (the years of era dates, ordinals, counts). */
export function japaneseNumber(text: string): number | undefined {
  const ascii = text.normalize("NFKC");
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (ascii === "元") return 1;
  if (!/^[〇一二三四五六七八九十]+$/.test(ascii)) return undefined;
  if (!ascii.includes("十")) return Number([...ascii].map((digit) => KANJI_DIGITS[digit]).join(""));
  const [tens, ones] = ascii.split("十");
  return (tens ? (KANJI_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (KANJI_DIGITS[ones] ?? 0) : 0);
}

const KANJI_WRITTEN = Object.keys(KANJI_DIGITS);

/** 6 → 六, 12 → 十二, 23 → 二十三 (1 to 99): a number as the documents may write it in kanji, as 令和六年. */
export function kanjiNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10 === 0 ? "" : KANJI_WRITTEN[n % 10]!;
  return `${tens === 0 ? "" : tens === 1 ? "十" : `${KANJI_WRITTEN[tens]}十`}${ones}`;
}

/** 第二次 → 第2次, 第十回 → 第10回: an ordinal written in kanji reads as the digits a question types. */
export function arabicOrdinals(text: string): string {
  return text.replace(/第([〇一二三四五六七八九十]+)/gu, (whole, kanji: string) => {
    const n = japaneseNumber(kanji);
    return n === undefined ? whole : `第${n}`;
  });
}
