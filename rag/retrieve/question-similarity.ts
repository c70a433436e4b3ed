import type { Bm25Field } from "./bm25-field.ts";
import type { JapaneseTokenizer } from "./japanese-tokenizer.ts";
import { analyzeQuery } from "./query-analyzer.ts";
import { focusConflicts, questionFocus } from "./question-focus.ts";
import type { SynonymDictionary } from "./synonym-dictionary.ts";

/** One question, analysed once: idf-weighted terms and the points it asks for. */
export interface QuestionProfile {
  terms: Map<string, number>;
  focus: Set<string>;
}

export interface QuestionSimilarityDeps {
  tokenizer: JapaneseTokenizer;
  synonyms: SynonymDictionary;
  /** Inverse document frequency of a word in the corpus; read per call so a rebuilt index takes effect. */
  idf?: (term: string) => number;
}

/**
 * Measured on tests/fixtures/grouping/pairs.jsonl (tests/rag/retrieve/question-similarity.test.ts):
 * the lowest score at which two questions count as asking the same thing.
 */
export const SAME_QUESTION_THRESHOLD = 0.35;

/** Words every question uses whatever it asks ("教えてください", "当社"): they say nothing about the topic. */
const GENERIC = new Set(
  "教える 知る 知りたい 質問 確認 必要 場合 方法 可能 良い よい 伺う 願う 具体 当社 弊社 企業 会社 関する 関係 について 対象 ある 場合 何 どう 取る 求める 受ける 行う 公開 見る 国 制度 情報 対応 対策 防ぐ 手続き 手続 やり方"
    .split(" ")
    .filter(Boolean),
);
const GENERIC_WEIGHT = 0.15;

/** Bigrams bridge segmentation differences (経済安保 vs 経済安全保障) but are noisier than words. */
const BIGRAM_WEIGHT = 0.4;

/**
 * Whether two questions ask the same thing, from the retrieval's own analysis (kuromoji words, character bigrams,
 * Sudachi and domain synonyms): weighted cosine over idf-weighted terms, and no answer to different points.
 */
export class QuestionSimilarity {
  constructor(private readonly deps: QuestionSimilarityDeps) {}

  profile(question: string): QuestionProfile {
    const analyzed = analyzeQuery(question, this.deps.tokenizer, this.deps.synonyms);
    const terms = new Map<string, number>();
    const add = (key: string, weight: number) => terms.set(key, Math.max(terms.get(key) ?? 0, weight));
    const idf = this.deps.idf ?? (() => 1);
    // The labels a when/where question searches for (日時, 場所, in analyzed.labels) are not its own words: two
    // questions are not alike for sharing them, nor apart for one of them asking いつ and the other 時期.
    for (const { term, weight } of analyzed.words)
      add(`w:${term}`, weight * (GENERIC.has(term) ? GENERIC_WEIGHT : idf(term)));
    for (const { term, weight } of analyzed.bigrams) add(`b:${term}`, weight * BIGRAM_WEIGHT);
    return { terms, focus: questionFocus(question) };
  }

  /** 0 (nothing shared, or different points asked) to 1 (the same terms). */
  similarity(left: QuestionProfile, right: QuestionProfile): number {
    if (focusConflicts(left.focus, right.focus)) return 0;
    let dot = 0;
    let leftNorm = 0;
    let rightNorm = 0;
    for (const [term, weight] of left.terms) {
      leftNorm += weight * weight;
      const other = right.terms.get(term);
      if (other !== undefined) dot += weight * other;
    }
    for (const weight of right.terms.values()) rightNorm += weight * weight;
    return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
  }

  compare(left: string, right: string): number {
    return this.similarity(this.profile(left), this.profile(right));
  }
}

/** A word field's idf scaled to 0..1 (1 for a word the corpus never uses), comparable with the generic-word weight. */
export function normalizedIdf(field: Bm25Field): (term: string) => number {
  const highest = Math.log(1 + (field.documentCount + 0.5) / 0.5);
  return (term) => (highest > 0 ? field.idf(term) / highest : 1);
}
