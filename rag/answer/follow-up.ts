import type { AnalyzedQuery } from "../retrieve/query-analyzer.ts";
import type { QuestionAnalysis } from "./question-analysis.ts";

/** Context terms count at most this much of a question's own term. */
export const CONTEXT_WEIGHT = 0.4;

/**
 * Whether the thread's earlier question is read with this one: only when this one cannot stand
 * alone (これ/それ, ellipsis, no topic of its own). A self-contained question ignores its context,
 * so it retrieves the same passages whatever was asked before.
 */
export function usesContext(analysis: QuestionAnalysis, context: string | undefined): context is string {
  return context !== undefined && context.trim() !== "" && !analysis.standsAlone;
}

/** The question's own terms, plus the context's terms at a lower weight (never above the question's own). */
export function withContext(own: AnalyzedQuery, context: AnalyzedQuery): AnalyzedQuery {
  const merge = (mine: AnalyzedQuery["words"], theirs: AnalyzedQuery["words"]) => {
    const terms = new Map(mine.map(({ term, weight }) => [term, weight]));
    for (const { term, weight } of theirs) if (!terms.has(term)) terms.set(term, Math.min(weight, 1) * CONTEXT_WEIGHT);
    return [...terms].map(([term, weight]) => ({ term, weight }));
  };
  return {
    ...own,
    words: merge(own.words, context.words),
    bigrams: merge(own.bigrams, context.bigrams),
    compounds: [...own.compounds, ...context.compounds.filter((compound) => !own.compounds.includes(compound))],
    searchText: `${context.searchText}\n${own.searchText}`,
  };
}
