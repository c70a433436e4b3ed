/**
 * Canonical text for matching: NFKC (full/half width), lower case, no whitespace.
 * The evaluation's "passage contains quote" test uses exactly this.
 */
export function foldForMatch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

/** NFKC and lower case, whitespace collapsed: for tokenising. */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ー々〆ヶ]+/gu;

/** The words a text names: its kanji and katakana runs of two or more characters (one alone says too little). */
export const WORD_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;

/** Character bigrams over runs of kanji and katakana, so compounds match across segmentation differences. */
export function cjkBigrams(normalized: string): string[] {
  const bigrams: string[] = [];
  for (const match of normalized.matchAll(CJK_RUN)) {
    const run = match[0];
    if (run.length === 1) {
      bigrams.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) bigrams.push(run.slice(i, i + 2));
  }
  return bigrams;
}

/**
 * What a topic phrase is matched by, piece by piece: its kanji/katakana bigrams and its Latin names, so a
 * compound with a name in it (chips法, gdp比) is found by the name. Beside a name, a lone kanji (法, 比)
 * says too little to count.
 */
export function topicUnits(normalized: string): string[] {
  // Two letters (ai, eu) are too common in the documents to say which topic a line is about.
  const names = normalized.match(/[a-z][a-z0-9]{2,}/gu) ?? [];
  const bigrams = cjkBigrams(normalized);
  return names.length === 0 ? bigrams : [...bigrams.filter((bigram) => bigram.length === 2), ...names];
}
