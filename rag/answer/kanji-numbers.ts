const KANJI_DIGITS = "〇一二三四五六七八九";

/** 十六 → 16, 七 → 7, 元 → 1, 12 → 12: the small numbers of era dates and ordinals. */
export function kanjiNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === "元") return 1;
  if (!/^[〇一二三四五六七八九十]+$/u.test(text)) return undefined;
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const tensValue = text.includes("十") ? (tens ? KANJI_DIGITS.indexOf(tens) : 1) : 0;
  const onesValue = ones ? KANJI_DIGITS.indexOf(ones) : 0;
  return tensValue * 10 + onesValue;
}

/** 第二次 → 第2次, 第十回 → 第10回: an ordinal written in kanji reads as the digits a question types. */
export function arabicOrdinals(text: string): string {
  return text.replace(/第([〇一二三四五六七八九十]+)/gu, (whole, kanji: string) => {
    const n = kanjiNumber(kanji);
    return n === undefined ? whole : `第${n}`;
  });
}
