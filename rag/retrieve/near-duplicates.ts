import { foldForMatch } from "./fold.ts";

/**
 * Above this share of shared character bigrams two passages say the same thing: a slide footer
 * or a paragraph repeated across slides. Only the better ranked is kept, so a boilerplate passage
 * takes one of the top slots at most.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.85;

/** Character bigrams as numbers (two UTF-16 code units), which are much cheaper to hash than strings. */
function bigramSet(text: string): Set<number> {
  const folded = foldForMatch(text);
  const bigrams = new Set<number>();
  for (let at = 0; at + 1 < folded.length; at++)
    bigrams.add(folded.charCodeAt(at) * 65_536 + folded.charCodeAt(at + 1));
  return bigrams;
}

/** Jaccard similarity of two bigram sets. */
function similarity(left: Set<number>, right: Set<number>): number {
  if (left.size === 0 && right.size === 0) return 1;
  // Jaccard can reach the threshold only if the sizes are close: skip the count otherwise.
  if (Math.min(left.size, right.size) < NEAR_DUPLICATE_SIMILARITY * Math.max(left.size, right.size)) return 0;
  let shared = 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  for (const bigram of small) if (large.has(bigram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The items in order, without those nearly identical to an earlier one. */
export function withoutNearDuplicates<T>(items: readonly T[], textOf: (item: T) => string, limit: number): T[] {
  const kept: { item: T; bigrams: Set<number> }[] = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    const bigrams = bigramSet(textOf(item));
    if (kept.some((entry) => similarity(entry.bigrams, bigrams) >= NEAR_DUPLICATE_SIMILARITY)) continue;
    kept.push({ item, bigrams });
  }
  return kept.map((entry) => entry.item);
}
