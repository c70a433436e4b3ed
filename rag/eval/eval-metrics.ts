import { foldForMatch } from "../retrieve/fold.ts";
import type { AnswerResult } from "../types.ts";
import type { EvalQuestion } from "./eval-question.ts";

export interface EvalMetrics {
  questions: number;
  answerable: number;
  unanswerable: number;
  recallAt5: number;
  recallAt10: number;
  mrrAt10: number;
  citationHit: number;
  /** Answered, and the answer text itself holds an evidence quote. */
  evidenceInAnswer: number;
  answered: number;
  abstained: number;
}

export interface EvalOutcome {
  question: EvalQuestion;
  result: AnswerResult;
  /** 1-based rank of the first retrieved passage holding an evidence quote, or 0. */
  evidenceRank: number;
  citationHit: boolean;
  /** Resolved and the answer text contains one of the evidence quotes. */
  evidenceInAnswer: boolean;
}

/** Rank of the first text containing one of the quotes (NFKC, whitespace removed), 1-based; 0 when none. */
export function firstEvidenceRank(texts: string[], quotes: string[]): number {
  const folded = quotes.map(foldForMatch);
  const at = texts.findIndex((text) => {
    const passage = foldForMatch(text);
    return folded.some((quote) => passage.includes(quote));
  });
  return at + 1;
}

export function scoreOutcome(question: EvalQuestion, result: AnswerResult): EvalOutcome {
  const quotes = question.evidence.map((item) => item.quote);
  const evidenceRank = firstEvidenceRank(
    result.retrieved.slice(0, 10).map((passage) => passage.text),
    quotes,
  );
  const citationHit =
    result.resolved &&
    firstEvidenceRank(
      result.citations.map((citation) => citation.text),
      quotes,
    ) > 0;
  const evidenceInAnswer = result.resolved && firstEvidenceRank([result.answer], quotes) > 0;
  return { question, result, evidenceRank, citationHit, evidenceInAnswer };
}

/** The metrics defined in the shared eval README. */
export function summarize(outcomes: EvalOutcome[]): EvalMetrics {
  const answerable = outcomes.filter((outcome) => outcome.question.answerable);
  const unanswerable = outcomes.filter((outcome) => !outcome.question.answerable);
  const share = (items: EvalOutcome[], test: (outcome: EvalOutcome) => boolean) =>
    items.length === 0 ? 0 : items.filter(test).length / items.length;
  const mrr =
    answerable.length === 0
      ? 0
      : answerable.reduce((sum, outcome) => sum + (outcome.evidenceRank > 0 ? 1 / outcome.evidenceRank : 0), 0) /
        answerable.length;
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    recallAt5: share(answerable, (outcome) => outcome.evidenceRank > 0 && outcome.evidenceRank <= 5),
    recallAt10: share(answerable, (outcome) => outcome.evidenceRank > 0),
    mrrAt10: mrr,
    citationHit: share(answerable, (outcome) => outcome.citationHit),
    evidenceInAnswer: share(answerable, (outcome) => outcome.evidenceInAnswer),
    answered: share(answerable, (outcome) => outcome.result.resolved),
    abstained: share(unanswerable, (outcome) => !outcome.result.resolved),
  };
}
