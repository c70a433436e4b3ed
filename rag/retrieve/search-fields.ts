import type { Chunk } from "../types.ts";
import { Bm25Field } from "./bm25-field.ts";

/**
 * The BM25 fields of the index. A chunk's body and its titles (document title and heading path)
 * are separate fields with their own statistics and weights: a heading repeated over every chunk
 * of a long section must not swamp the body's term frequencies, yet a question that names a
 * section ("産業界からの反応") should find the chunks under it.
 */
export interface SearchFields {
  /** Body words (kuromoji base forms). Also the idf source for sentence selection. */
  words: Bm25Field;
  /** Body kanji/katakana bigrams. */
  bigrams: Bm25Field;
  /** Words of the document title and heading path. */
  titleWords: Bm25Field;
  /** Bigrams of the document title and heading path. */
  titleBigrams: Bm25Field;
}

export const SEARCH_FIELD_NAMES = ["words", "bigrams", "titleWords", "titleBigrams"] as const;

/** How much a bigram match counts against a word match; tuned on the dev set's recall@5. */
export const BIGRAM_FIELD_WEIGHT = 0.4;
/**
 * Weight of the title fields against the body. Below 1 because a heading is shared by all chunks
 * of its section: it says where to look, the body says which chunk holds the fact.
 */
export const TITLE_FIELD_WEIGHT = 0.6;

/** Body text of a chunk as indexed. */
export function bodyText(chunk: Chunk): string {
  return chunk.text;
}

/** Title text of a chunk: the document title, then its heading path, each on its own line (no repeats). */
export function titleText(chunk: Chunk): string {
  return [...new Set([chunk.title, ...chunk.sectionPath])].join("\n");
}

/** Everything a chunk is found by, as one text (for engines without fields, e.g. the benchmark's MiniSearch). */
export function indexedText(chunk: Chunk): string {
  return `${titleText(chunk)}\n${bodyText(chunk)}`;
}

export function emptyFields(): SearchFields {
  return {
    words: Bm25Field.build([]),
    bigrams: Bm25Field.build([]),
    titleWords: Bm25Field.build([]),
    titleBigrams: Bm25Field.build([]),
  };
}
