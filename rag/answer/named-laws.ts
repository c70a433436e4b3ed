/**
 * 「下請法」「国家先端戦略産業法」「EUのAI規則」: a law, bill, treaty or rule the question names by a name of its own.
 * A name the documents never write (nor any of its synonyms) is a law they do not cover, however many of the
 * question's other words they share (改正, 施行日).
 */
const LAW_NAME = /^.{2,}(?:法|法案|法律|条約|協定|規則|指令)$/u;

/** Compounds ending in 法 that name a way or a quality, not a law (提出方法, 違法, 手法). */
const NOT_A_LAW = /(?:方|手|違|合|適|不|製|工|療|論|寸|作|用|文|司|立|技|話|算)法$/u;

export function namesLaw(phrase: string): boolean {
  const folded = phrase.normalize("NFKC");
  return LAW_NAME.test(folded) && !NOT_A_LAW.test(folded);
}

/** A word of a law (法, 法律, 推進法), as the tokenizer cuts one; not a way or a quality (方法, 違法). */
export function lawWord(word: string): boolean {
  const folded = word.normalize("NFKC");
  return /法(?:律)?$/u.test(folded) && !NOT_A_LAW.test(folded);
}

/** The laws the question names that the documents write under no name: a topic outside them. */
export function unwrittenLaws(
  focus: readonly string[],
  writes: (text: string) => boolean,
  synonymsOf: (text: string) => readonly string[],
): string[] {
  return focus.filter((phrase) => namesLaw(phrase) && ![phrase, ...synonymsOf(phrase)].some(writes));
}
