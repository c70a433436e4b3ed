import { BILINGUAL_GLOSSARY } from "../retrieve/bilingual-glossary.ts";

/**
 * Japanese term → its English label, from the bilingual glossary. The glossary maps what users type to what
 * to search, so a phrase may list a term only as a further sense (engineers → 技術者, 人材): a term is labelled
 * by a phrase that lists it first, one that names it alone before one that names others too, the longest first.
 */
export const ENGLISH_LABELS: readonly (readonly [string, string])[] = (() => {
  const labels = new Map<string, { english: string; alone: boolean }>();
  for (const [english, japanese] of Object.entries(BILINGUAL_GLOSSARY)) {
    const term = japanese[0];
    // A sense cue ("target for" → 目標) is how a phrase is read, not a name for the term.
    // So is an idiom that opens on a preposition ("on the table" → 検討).
    if (
      term === undefined ||
      term.length < 2 ||
      /\s(?:for|of|to|in|on|as|at)$|^(?:on|in|at|by|under|off)\s/u.test(english)
    )
      continue;
    const alone = japanese.length === 1;
    const known = labels.get(term);
    if (!known || (alone && !known.alone) || (alone === known.alone && english.length > known.english.length))
      labels.set(term, { english, alone });
  }
  return [...labels].map(([term, { english }]) => [term, english] as const).sort((a, b) => b[0].length - a[0].length);
})();

const LABEL_OF = new Map(ENGLISH_LABELS);

/** The English label of a Japanese term the glossary knows (業界団体 → industry associations), or undefined. */
export function englishLabel(term: string): string | undefined {
  return LABEL_OF.get(term);
}
