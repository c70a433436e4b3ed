import { createHash } from "node:crypto";
import type { Chunk, LexicalIndex, Passage, RetrievalFilter } from "../types.ts";
import { Bm25Field } from "./bm25-field.ts";
import { cjkBigrams, foldForMatch, normalizeForSearch } from "./fold.ts";
import type { JapaneseTokenizer } from "./japanese-tokenizer.ts";
import { type AnalyzedQuery, analyzeQuery } from "./query-analyzer.ts";
import {
  normalizedIdf,
  type QuestionProfile,
  QuestionSimilarity,
  SAME_QUESTION_THRESHOLD,
} from "./question-similarity.ts";
import type { SynonymDictionary } from "./synonym-dictionary.ts";

/**
 * docId prefix of the FAQ entries the ministry published in the console (questions/faq-publisher.ts). Other documents
 * of kind "faq" (a bundled Q&A collection) are ordinary documents.
 */
export const PUBLISHED_FAQ_PREFIX = "faq-";

/** How much a bigram match counts against a word match; tuned on the dev set's recall@5. */
export const BIGRAM_FIELD_WEIGHT = 0.4;

export interface LexicalSearchDeps {
  tokenizer: JapaneseTokenizer;
  synonyms: SynonymDictionary;
}

/** Text indexed for a chunk: its heading path and title help short passages match their topic. */
export function indexedText(chunk: Chunk): string {
  return `${chunk.sectionPath.join(" ")}\n${chunk.text}`;
}

/** Cache key of an indexed text: its content, not its chunk id, so a changed heading is re-analysed. */
export function textKey(text: string): string {
  return createHash("sha1").update(text).digest("base64url").slice(0, 20);
}

/** Keeps the best `limit` (index, score) pairs without sorting every document. */
export function topScores(
  scores: Float32Array,
  limit: number,
  accept: (index: number) => boolean,
): { index: number; score: number }[] {
  const best: { index: number; score: number }[] = [];
  let floor = 0;
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index]!;
    if (score <= floor && best.length >= limit) continue;
    if (score <= 0 || !accept(index)) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { index, score });
    if (best.length > limit) best.pop();
    if (best.length >= limit) floor = best[best.length - 1]!.score;
  }
  return best;
}

/** BM25 over kuromoji words and kanji/katakana bigrams, with synonym and glossary expansion. */
export class LexicalSearchIndex implements LexicalIndex {
  private oldNames: string[] | undefined;
  private similarity: QuestionSimilarity | undefined;

  constructor(
    readonly chunks: Chunk[],
    readonly words: Bm25Field,
    readonly bigrams: Bm25Field,
    private readonly deps: LexicalSearchDeps,
    /** Indexed-text key → kuromoji words, for the next incremental build. */
    readonly wordCache: ReadonlyMap<string, string[]> = new Map(),
  ) {}

  /**
   * Builds the index; `wordCache` (text key → kuromoji words) skips re-analysing unchanged chunks,
   * since morphological analysis is most of the cost. The built index's `wordCache` holds exactly
   * the entries it used, ready to be saved for the next build.
   */
  static build(
    chunks: Chunk[],
    deps: LexicalSearchDeps,
    previous: ReadonlyMap<string, string[]> = new Map(),
  ): LexicalSearchIndex {
    const wordCache = new Map<string, string[]>();
    const words: string[][] = [];
    const bigrams: string[][] = [];
    for (const chunk of chunks) {
      const text = indexedText(chunk);
      const key = textKey(text);
      const cached = wordCache.get(key) ?? previous.get(key) ?? deps.tokenizer.analyze(text).words;
      wordCache.set(key, cached);
      words.push(cached);
      bigrams.push(cjkBigrams(normalizeForSearch(text)));
    }
    return new LexicalSearchIndex(chunks, Bm25Field.build(words), Bm25Field.build(bigrams), deps, wordCache);
  }

  get size(): number {
    return this.chunks.length;
  }

  analyze(query: string): AnalyzedQuery {
    return analyzeQuery(query, this.deps.tokenizer, this.deps.synonyms);
  }

  search(request: { query: string; filter?: RetrievalFilter; limit: number }): Passage[] {
    return this.searchAnalyzed(this.analyze(request.query), request.filter, request.limit);
  }

  /** Question-to-question similarity with this index's analysis and idf (grouping, FAQ matching). */
  questionSimilarity(): QuestionSimilarity {
    this.similarity ??= new QuestionSimilarity({ ...this.deps, idf: normalizedIdf(this.words) });
    return this.similarity;
  }

  /** Interchangeable names of a term (Sudachi + domain list). */
  synonymsOf(term: string): string[] {
    return this.deps.synonyms.lookup(term, 8);
  }

  /** Proper nouns of one kuromoji class (e.g. 地域 for places) in a text. */
  properNouns(text: string, kind: string): string[] {
    return this.deps.tokenizer
      .morphemes(text)
      .filter((token) => token.pos_detail_1 === "固有名詞" && token.pos_detail_2 === kind)
      .map((token) => token.surface_form);
  }

  /** Folded names (version label and its first word, aliases, docId) of documents a newer version replaced. */
  supersededNames(): string[] {
    if (this.oldNames === undefined) {
      const names = new Set<string>();
      for (const chunk of this.chunks) {
        if (!chunk.superseded) continue;
        // A version label such as "初版 2023-10-31" is asked for by its first word ("初版のアクションプラン").
        const versionWord = chunk.version?.split(/\s+/)[0];
        for (const name of [chunk.docId, chunk.version, versionWord, ...(chunk.aliases ?? [])])
          if (name) names.add(foldForMatch(name));
      }
      this.oldNames = [...names];
    }
    return this.oldNames;
  }

  searchAnalyzed(query: AnalyzedQuery, filter: RetrievalFilter | undefined, limit: number): Passage[] {
    const scores = new Float32Array(this.chunks.length);
    this.words.accumulate(query.words, scores, 1);
    this.bigrams.accumulate(query.bigrams, scores, BIGRAM_FIELD_WEIGHT);
    const accept = createFilter(filter);
    const faqGate = this.faqGate(query.searchText);
    return topScores(scores, limit, (index) => accept(this.chunks[index]!) && faqGate(this.chunks[index]!)).map(
      ({ index, score }) => ({
        chunk: this.chunks[index]!,
        score,
      }),
    );
  }

  /**
   * A published FAQ entry answers only the question it was written for: its chunk is retrieved only when the question asks
   * the same thing as the FAQ's question (its title), by the grouping similarity. Sharing a word or two (補助金, 予定)
   * is not enough. Other documents pass untouched.
   */
  faqGate(question: string): (chunk: Chunk) => boolean {
    let profile: QuestionProfile | undefined;
    const verdicts = new Map<string, boolean>();
    return (chunk) => {
      if (chunk.kind !== "faq" || !chunk.docId.startsWith(PUBLISHED_FAQ_PREFIX)) return true;
      let verdict = verdicts.get(chunk.title);
      if (verdict === undefined) {
        const similarity = this.questionSimilarity();
        profile ??= similarity.profile(question);
        verdict = similarity.similarity(profile, similarity.profile(chunk.title)) >= SAME_QUESTION_THRESHOLD;
        verdicts.set(chunk.title, verdict);
      }
      return verdict;
    };
  }
}

export function createFilter(filter: RetrievalFilter | undefined): (chunk: Chunk) => boolean {
  const kinds = filter?.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : undefined;
  const docIds = filter?.docIds && filter.docIds.length > 0 ? new Set(filter.docIds) : undefined;
  // A document asked for by id is wanted even when a newer version replaced it.
  const includeSuperseded = filter?.includeSuperseded === true || docIds !== undefined;
  return (chunk) =>
    (kinds === undefined || kinds.has(chunk.kind)) &&
    (docIds === undefined || docIds.has(chunk.docId)) &&
    (includeSuperseded || chunk.superseded !== true);
}
