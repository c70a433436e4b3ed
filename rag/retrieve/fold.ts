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
