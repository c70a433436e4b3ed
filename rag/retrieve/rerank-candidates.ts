import type { Passage } from "../types.ts";
import { holdsAskedType } from "./asked-type.ts";
import { withoutNearDuplicates } from "./near-duplicates.ts";
import type { AnalyzedQuery } from "./query-analyzer.ts";

/**
 * Score factor for a candidate holding a value of the asked type beside the topic (a date for いつ):
 * mild, so it reorders close candidates but does not lift an off-topic passage over the matching one.
 */
export const ASKED_TYPE_BOOST = 1.15;
/** Score factor for a passage of the document the question names by its date. */
export const SOURCE_DATE_BOOST = 1.5;

/**
 * The final order of BM25 candidates: the asked type tilts close calls, then passages nearly
 * identical to a better ranked one are dropped. Returns at most `limit` passages.
 */
export function rerankCandidates(candidates: Passage[], query: AnalyzedQuery, limit: number): Passage[] {
  const asked = query.askedType;
  let ranked = candidates;
  if (asked !== undefined) {
    // The question's own words (not synonyms), long enough to say something about the topic.
    const topic = query.words.filter(({ term, weight }) => weight >= 1 && term.length > 1).map(({ term }) => term);
    ranked = candidates
      .map((passage) => ({
        ...passage,
        score: holdsAskedType(passage.chunk.text, asked, topic) ? passage.score * ASKED_TYPE_BOOST : passage.score,
      }))
      .sort((left, right) => right.score - left.score);
  }
  // The document the asker names by date (「2024年2月の資料では」) is the one to read first.
  if (query.sourceDates.length > 0)
    ranked = ranked
      .map((passage) => {
        const { date } = passage.chunk;
        const named = date !== undefined && query.sourceDates.some((month) => date.startsWith(month));
        return named ? { ...passage, score: passage.score * SOURCE_DATE_BOOST } : passage;
      })
      .sort((left, right) => right.score - left.score);
  return withoutNearDuplicates(ranked, (passage) => passage.chunk.text, limit);
}
