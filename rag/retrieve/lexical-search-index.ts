import { createHash } from "node:crypto";
import type { Chunk, LexicalIndex, Passage, RetrievalFilter } from "../types.ts";
import { Bm25Field } from "./bm25-field.ts";
import { Bm25fScorer } from "./bm25f.ts";
import { cjkBigrams, foldForMatch, normalizeForSearch } from "./fold.ts";
import type { JapaneseTokenizer } from "./japanese-tokenizer.ts";
import { blendNeighbours, findNeighbours, type Neighbours } from "./neighbour-scores.ts";
import { type AnalyzedQuery, analyzeQuery, writtenAcronyms } from "./query-analyzer.ts";
import {
  normalizedIdf,
  type QuestionProfile,
  QuestionSimilarity,
  SAME_QUESTION_THRESHOLD,
} from "./question-similarity.ts";
import { rerankCandidates } from "./rerank-candidates.ts";
import {
  BIGRAM_FIELD_WEIGHT,
  bodyText,
  indexedText,
  type SearchFields,
  TITLE_FIELD_WEIGHT,
  titleText,
} from "./search-fields.ts";
import type { SynonymDictionary } from "./synonym-dictionary.ts";

export { BIGRAM_FIELD_WEIGHT, indexedText };

/**
 * docId prefix of the FAQ entries the ministry published in the console (questions/faq-publisher.ts). Other documents
 * of kind "faq" (a bundled Q&A collection) are ordinary documents.
 */
export const PUBLISHED_FAQ_PREFIX = "faq-";

/** Candidates re-ranked per requested passage: enough to refill slots freed by near-duplicates. */
const CANDIDATE_FACTOR = 4;
const MIN_CANDIDATES = 40;
/** Deepest candidate pool, for a corpus where one passage is repeated many times. */
const MAX_CANDIDATES = 160;
/** How many texts' passage counts are remembered before the memo starts again. */
const MAX_WRITING_COUNTS = 512;

export interface LexicalSearchDeps {
  tokenizer: JapaneseTokenizer;
  synonyms: SynonymDictionary;
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
  private readonly wordScorer: Bm25fScorer;
  private readonly bigramScorer: Bm25fScorer;
  private readonly neighbours: Neighbours;
  private similarity: QuestionSimilarity | undefined;
  private acronyms: Set<string> | undefined;
  private foldedTexts: string[] | undefined;
  private foldedTitles: string[] | undefined;
  /** Counts already taken, by folded text: one answer analyses the same question (and its parts) several times. */
  private readonly writingCounts = new Map<string, { count: number; upTo: number }>();

  constructor(
    readonly chunks: Chunk[],
    readonly fields: SearchFields,
    private readonly deps: LexicalSearchDeps,
    /** Indexed-text key → kuromoji words, for the next incremental build. */
    readonly wordCache: ReadonlyMap<string, string[]> = new Map(),
  ) {
    const count = chunks.length;
    this.neighbours = findNeighbours(chunks);
    this.wordScorer = new Bm25fScorer(
      [
        { field: fields.words, weight: 1 },
        { field: fields.titleWords, weight: TITLE_FIELD_WEIGHT },
      ],
      count,
    );
    this.bigramScorer = new Bm25fScorer(
      [
        { field: fields.bigrams, weight: 1 },
        { field: fields.titleBigrams, weight: TITLE_FIELD_WEIGHT },
      ],
      count,
    );
  }

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
    const wordsOf = (text: string): string[] => {
      const key = textKey(text);
      const cached = wordCache.get(key) ?? previous.get(key) ?? deps.tokenizer.analyze(text).words;
      wordCache.set(key, cached);
      return cached;
    };
    const columns = {
      words: [] as string[][],
      bigrams: [] as string[][],
      titleWords: [] as string[][],
      titleBigrams: [] as string[][],
    };
    for (const chunk of chunks) {
      const body = bodyText(chunk);
      const title = titleText(chunk);
      columns.words.push(wordsOf(body));
      columns.bigrams.push(cjkBigrams(normalizeForSearch(body)));
      columns.titleWords.push(wordsOf(title));
      columns.titleBigrams.push(cjkBigrams(normalizeForSearch(title)));
    }
    const fields: SearchFields = {
      words: Bm25Field.build(columns.words),
      bigrams: Bm25Field.build(columns.bigrams),
      titleWords: Bm25Field.build(columns.titleWords),
      titleBigrams: Bm25Field.build(columns.titleBigrams),
    };
    return new LexicalSearchIndex(chunks, fields, deps, wordCache);
  }

  /** Body words: the idf source for weighing terms outside the index (sentence selection). */
  get words(): Bm25Field {
    return this.fields.words;
  }

  /** Body bigrams. */
  get bigrams(): Bm25Field {
    return this.fields.bigrams;
  }

  get size(): number {
    return this.chunks.length;
  }

  analyze(query: string): AnalyzedQuery {
    return analyzeQuery(
      query,
      this.deps.tokenizer,
      this.deps.synonyms,
      (word) => this.writesAcronym(word),
      (text, upTo) => this.passagesWriting(text, upTo),
    );
  }

  /** Whether the documents write this acronym (lower case) in capitals, as CHIPS in 「CHIPS法」. */
  writesAcronym(word: string): boolean {
    this.acronyms ??= writtenAcronyms(this.chunks.map((chunk) => chunk.text));
    return this.acronyms.has(word);
  }

  /** How many passages write this text as it is (folded), counted up to `upTo`: whether it is a rare name or a term. */
  passagesWriting(text: string, upTo: number): number {
    const folded = foldForMatch(text);
    const known = this.writingCounts.get(folded);
    // A count that stopped short of its limit is the full count; one that reached it answers any lower limit.
    if (known && (known.count < known.upTo || upTo <= known.upTo)) return Math.min(known.count, upTo);
    this.foldedTexts ??= this.chunks.map((chunk) => foldForMatch(chunk.text));
    let count = 0;
    for (const written of this.foldedTexts) if (written.includes(folded) && ++count >= upTo) break;
    // Questions are the asker's text: the memo is kept small rather than grown with every one.
    if (this.writingCounts.size >= MAX_WRITING_COUNTS) this.writingCounts.clear();
    this.writingCounts.set(folded, { count, upTo });
    return count;
  }

  /** Whether any document writes this text (folded), in a title or in a passage: a name they never write is not theirs. */
  writes(text: string): boolean {
    const folded = foldForMatch(text);
    this.foldedTitles ??= [...new Set(this.chunks.map((chunk) => foldForMatch(chunk.title)))];
    return this.foldedTitles.some((title) => title.includes(folded)) || this.passagesWriting(text, 1) > 0;
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
    this.wordScorer.accumulate(query.words, scores, 1);
    this.bigramScorer.accumulate(query.bigrams, scores, BIGRAM_FIELD_WEIGHT);
    this.wordScorer.accumulate(query.labels.words, scores, 1);
    this.bigramScorer.accumulate(query.labels.bigrams, scores, BIGRAM_FIELD_WEIGHT);
    const accept = createFilter(filter);
    const faqGate = this.faqGate(query.searchText);
    const blended = blendNeighbours(scores, this.neighbours);
    // Near-duplicates removed from the candidates leave slots empty; a deeper pool refills them.
    let pool = Math.max(limit * CANDIDATE_FACTOR, MIN_CANDIDATES);
    for (;;) {
      const candidates = topScores(
        blended,
        pool,
        (index) => accept(this.chunks[index]!) && faqGate(this.chunks[index]!),
      ).map(({ index, score }) => ({
        chunk: this.chunks[index]!,
        score,
      }));
      const passages = rerankCandidates(candidates, query, limit);
      if (passages.length >= limit || candidates.length < pool || pool >= MAX_CANDIDATES) return passages;
      pool = MAX_CANDIDATES;
    }
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
