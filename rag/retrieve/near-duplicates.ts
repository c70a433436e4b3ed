import { foldForMatch } from "./fold.ts";

/**
 * Above this share of shared character bigrams two passages say the same thing: a slide footer
 * or a paragraph repeated across slides. Only the better ranked is kept, so a boilerplate passage
 * takes one of the top slots at most.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.85;

function bigramSet(text: string): Set<string> {
  const folded = foldForMatch(text);
  const bigrams = new Set<string>();
  for (let at = 0; at + 1 < folded.length; at++) bigrams.add(folded.slice(at, at + 2));
  return bigrams;
}

/** Jaccard similarity of two bigram sets. */
function similarity(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  for (const bigram of small) if (large.has(bigram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The items in order, without those nearly identical to an earlier one. */
export function withoutNearDuplicates<T>(items: readonly T[], textOf: (item: T) => string, limit: number): T[] {
  const kept: { item: T; bigrams: Set<string> }[] = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    const bigrams = bigramSet(textOf(item));
    if (kept.some((entry) => similarity(entry.bigrams, bigrams) >= NEAR_DUPLICATE_SIMILARITY)) continue;
    kept.push({ item, bigrams });
  }
  return kept.map((entry) => entry.item);
}
