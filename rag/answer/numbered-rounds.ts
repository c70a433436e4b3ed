import { japaneseNumber } from "../japanese-numbers.ts";

/** 「最初の2回」「初めの3回」: the first rounds of a meeting, counted. */
const FIRST_ROUNDS = /(?:最初|初め|はじめ)の([2-9２-９二三四五六七八九])回/gu;
/** 「初回」: the first round; not 「初回答」. */
const FIRST_ROUND = /初回(?![答])/gu;
/** "the first two meetings", "first 3 sessions". */
const ENGLISH_FIRST_ROUNDS = /\bfirst (two|three|four|five|[2-5]) (?=(?:[a-z-]+ ){0,3}?(?:meetings|sessions)\b)/giu;
const ENGLISH_COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };

function englishOrdinal(n: number): string {
  return `${n}${n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th"}`;
}

/**
 * The question with the rounds it counts from the start named by number, as the documents name them: 「最初の2回」 is
 * 第1回と第2回, 「初回」 第1回, "the first two meetings" the 1st and 2nd. A timeline lists 第1回 and 第2回 by number;
 * it never says which were first.
 */
export function roundsByNumber(question: string): string {
  return question
    .replace(FIRST_ROUNDS, (whole, count: string) => {
      const n = japaneseNumber(count);
      return n === undefined ? whole : Array.from({ length: n }, (_, at) => `第${at + 1}回`).join("と");
    })
    .replace(FIRST_ROUND, "第1回")
    .replace(ENGLISH_FIRST_ROUNDS, (_whole, count: string) => {
      const n = ENGLISH_COUNTS[count.toLowerCase()] ?? Number(count);
      const ordinals = Array.from({ length: n }, (_, at) => englishOrdinal(at + 1));
      return `${ordinals.slice(0, -1).join(", ")} and ${ordinals.at(-1)} `;
    });
}
