import { foldForMatch, normalizeForSearch, topicUnits } from "../retrieve/fold.ts";
import { nounClassOf } from "./noun-classes.ts";

/**
 * Share of the question's topic that the evidence mentions, counted in kanji/katakana bigrams (and
 * whole words for Latin names such as CFIUS), so a long specific compound weighs more than a passing
 * word of the asker's (記憶, 社内) and a variant spelling (ガイダンス/ガイドンス) still mostly matches.
 * A question about 火星探査 finds none of its subject in the evidence, whatever generic words
 * (予算, 時期) the passages share with it.
 */
export function focusFound(focus: string[], evidence: string, synonymsOf: (term: string) => string[]): number {
  let total = 0;
  let found = 0;
  for (const phrase of focus) {
    if (nounClassOf(phrase) !== "none") continue;
    const forms = [phrase, ...synonymsOf(phrase)].map(foldForMatch);
    const units = topicUnits(normalizeForSearch(phrase));
    if (forms.some((form) => evidence.includes(form))) {
      total += Math.max(1, units.length);
      found += Math.max(1, units.length);
      continue;
    }
    if (units.length === 0) {
      total += 1;
      continue;
    }
    total += units.length;
    found += units.filter((unit) => evidence.includes(unit)).length;
  }
  return total === 0 ? 1 : found / total;
}

/**
 * An English question's topic phrases are its translated words glued together (中国原産レアアース含有): the documents
 * write the words, not the glue, whose bigrams (産レ, ス含) no passage has. The topic is found as far as either
 * reading finds it, the phrases whole or each word on its own.
 */
export function focusFoundInWords(
  focus: string[],
  wordsOf: (phrase: string) => readonly string[] | undefined,
  evidence: string,
  synonymsOf: (term: string) => string[],
): number {
  const whole = focusFound(focus, evidence, synonymsOf);
  // A Japanese question's phrases are its own words: there is no second reading.
  if (!focus.some((phrase) => wordsOf(phrase) !== undefined)) return whole;
  const words = focus.flatMap((phrase) => wordsOf(phrase) ?? [phrase]);
  return Math.max(whole, focusFound(words, evidence, synonymsOf));
}
