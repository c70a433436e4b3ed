import { japaneseNumber } from "../japanese-numbers.ts";
import type { PassageLine } from "./passage-lines.ts";

/** 「3つの切り口」「4つの制度」「考えを3点お伝えしたい」: a line that says how many items follow. */
const ANNOUNCED = /([2-9]|1\d|20|[二三四五六七八九十])(?:つの|点(?:を|、|お伝え|申し上げ))/u;

/** 「第一に、」「第二に」: items a speech numbers by ordinal adverbs. */
const ORDINAL_ADVERB = /^(?:[-・•]\s*)?第([一二三四五六七八九十]|\d{1,2})に[、,]/u;

/** The number of items a line announces, when it announces some. */
export function announcedCount(text: string): number | undefined {
  const match = text.normalize("NFKC").match(ANNOUNCED);
  if (!match) return undefined;
  return japaneseNumber(match[1]!);
}

/** A list item's numbering: ① (circled), (1) (parenthesised) or 1. (dotted), and its number. */
export function itemNumber(text: string): { style: string; n: number } | undefined {
  // NFKC turns ① into 1; read the circled digit before normalising.
  const circled = text.trimStart().codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) return { style: "circled", n: circled - 0x2460 + 1 };
  const line = text.normalize("NFKC").trimStart();
  const parenthesised = line.match(/^\((\d{1,2})\)/u);
  if (parenthesised) return { style: "parenthesised", n: Number(parenthesised[1]) };
  const dotted = line.match(/^(\d{1,2})[.)](?!\d)/u);
  if (dotted) return { style: "dotted", n: Number(dotted[1]) };
  const ordinal = line.match(ORDINAL_ADVERB)?.[1];
  const n = ordinal === undefined ? undefined : japaneseNumber(ordinal);
  return n === undefined ? undefined : { style: "ordinal", n };
}

/**
 * The items a line announces (「政策全体を通じて重視する「3つの切り口」」 then ①…②…③…), read from the lines
 * after it: only the numbered item lines, in sequence from 1, skipping the description under each. Stops
 * at the announced count, or where the numbering breaks. Undefined unless at least two items follow.
 */
export function announcedItems(
  announcing: PassageLine,
  following: readonly PassageLine[],
): { count: number; items: PassageLine[] } | undefined {
  const count = announcedCount(announcing.text);
  if (count === undefined) return undefined;
  const items: PassageLine[] = [];
  let style: string | undefined;
  for (const line of following) {
    if (items.length >= count) break;
    const numbered = itemNumber(line.text);
    if (!numbered) continue;
    if (style === undefined) {
      if (numbered.n !== 1) continue;
      style = numbered.style;
    } else if (numbered.style !== style) continue;
    // A numbered line out of sequence starts another list: this one has ended.
    if (numbered.n !== items.length + 1) break;
    items.push(line);
  }
  return items.length >= 2 ? { count, items } : undefined;
}
