import { foldForMatch } from "../retrieve/fold.ts";
import { BIGRAM_FIELD_WEIGHT, type LexicalSearchIndex } from "../retrieve/lexical-search-index.ts";
import type { AnalyzedQuery } from "../retrieve/query-analyzer.ts";
import type { Passage } from "../types.ts";
import { splitSentences } from "./sentences.ts";

export interface SelectedSentence {
  text: string;
  passageRank: number;
  start: number;
}

export interface Selection {
  sentences: SelectedSentence[];
  /** Best single-sentence share of the question's weighted terms, 0…1. */
  bestCoverage: number;
  /** Share covered by the selected sentences together. */
  totalCoverage: number;
}

const MAX_SENTENCE_CHARS = 240;

export interface SelectionOptions {
  maxSentences: number;
  maxAnswerChars: number;
  /** A further sentence must add at least this share of the question to be worth its space. */
  minGain: number;
  /** Added to the gain of an enumeration when the question asks for one ("どんな…がありますか"). */
  listBonus: number;
  /** Set per question: it asks for a list of things. */
  preferLists?: boolean;
  /** How much a passage's rank discounts its sentences (0: not at all). */
  rankDiscount: number;
  /** How many top passages sentences are drawn from. */
  depth: number;
}

/** Tuned on the dev set's citation hit; see README "Evaluation". */
export const defaultSelectionOptions: SelectionOptions = {
  maxSentences: 3,
  maxAnswerChars: 500,
  minGain: 0.04,
  listBonus: 0.08,
  rankDiscount: 0,
  depth: 5,
};

interface Candidate extends SelectedSentence {
  terms: Set<number>;
  isList: boolean;
}

/**
 * Greedy extractive selection: repeatedly take the sentence that covers most of the question's
 * not-yet-covered (idf-weighted) terms, so a two-part question gets a sentence for each part.
 */
export function selectSentences(
  query: AnalyzedQuery,
  passages: Passage[],
  index: LexicalSearchIndex,
  options: SelectionOptions = defaultSelectionOptions,
): Selection {
  const { maxSentences, maxAnswerChars, minGain, listBonus, preferLists, rankDiscount, depth } = options;
  const terms = [
    ...query.words.map(({ term, weight }) => ({ term, mass: weight * index.words.idf(term) })),
    ...query.bigrams.map(({ term, weight }) => ({
      term,
      mass: BIGRAM_FIELD_WEIGHT * weight * index.bigrams.idf(term),
    })),
  ];
  const total = terms.reduce((sum, { mass }) => sum + mass, 0) || 1;
  const candidates: Candidate[] = [];
  passages.slice(0, depth).forEach((passage, passageRank) => {
    for (const sentence of splitSentences(passage.chunk.text)) {
      if (sentence.text.length > MAX_SENTENCE_CHARS * 2) continue;
      const folded = foldForMatch(sentence.text);
      const matched = new Set<number>();
      terms.forEach(({ term }, at) => {
        if (folded.includes(term)) matched.add(at);
      });
      if (matched.size > 0)
        candidates.push({
          text: sentence.text,
          start: sentence.start,
          passageRank,
          terms: matched,
          isList: sentence.isList === true,
        });
    }
  });
  const massOf = (set: Set<number>, covered: Set<number>) => {
    let mass = 0;
    for (const at of set) if (!covered.has(at)) mass += terms[at]!.mass;
    return mass / total;
  };
  // Earlier passages are likelier to be on topic; a mild prior breaks near-ties toward them.
  const prior = (candidate: Candidate) => 1 / (1 + rankDiscount * candidate.passageRank);
  const bestCoverage = candidates.reduce((best, candidate) => Math.max(best, massOf(candidate.terms, new Set())), 0);
  const covered = new Set<number>();
  const chosen: Candidate[] = [];
  let length = 0;
  while (chosen.length < maxSentences) {
    let best: Candidate | undefined;
    let bestGain = 0;
    for (const candidate of candidates) {
      if (chosen.includes(candidate) || chosen.some((other) => other.text === candidate.text)) continue;
      const gain =
        massOf(candidate.terms, covered) * prior(candidate) + (preferLists && candidate.isList ? listBonus : 0);
      if (gain > bestGain) {
        best = candidate;
        bestGain = gain;
      }
    }
    if (!best || (chosen.length > 0 && (bestGain < minGain || length + best.text.length > maxAnswerChars))) break;
    chosen.push(best);
    length += Math.min(best.text.length, MAX_SENTENCE_CHARS);
    for (const at of best.terms) covered.add(at);
  }
  chosen.sort((a, b) => a.passageRank - b.passageRank || a.start - b.start);
  return {
    sentences: chosen.map(({ text, passageRank, start }) => ({
      text: text.length > MAX_SENTENCE_CHARS ? `${text.slice(0, MAX_SENTENCE_CHARS)}…` : text,
      passageRank,
      start,
    })),
    bestCoverage,
    totalCoverage: massOf(new Set(chosen.flatMap((candidate) => [...candidate.terms])), new Set()),
  };
}
