import { join } from "node:path";
import type { Logger } from "../app/logger.ts";
import { loadIndex, loadWordCache, saveIndex } from "./retrieve/index-files.ts";
import { JapaneseTokenizer } from "./retrieve/japanese-tokenizer.ts";
import { LexicalSearchIndex } from "./retrieve/lexical-search-index.ts";
import { SynonymDictionary } from "./retrieve/synonym-dictionary.ts";
import type { Chunk } from "./types.ts";

/**
 * The searchable corpus of one data directory: loads the saved index at start, rebuilds it
 * after ingestion and swaps it in atomically, so questions in flight keep the index they started with.
 */
export class CorpusIndex {
  private constructor(
    private readonly dir: string,
    /** The morphological analyser, shared by search and question analysis. */
    readonly tokenizer: JapaneseTokenizer,
    private readonly synonyms: SynonymDictionary,
    private currentIndex: LexicalSearchIndex,
  ) {}

  static async open(options: { dataDir: string; logger?: Logger }): Promise<CorpusIndex> {
    const [tokenizer, synonyms] = await Promise.all([
      JapaneseTokenizer.load(),
      Promise.resolve(SynonymDictionary.loadDefault()),
    ]);
    const dir = join(options.dataDir, "index");
    const stored = await loadIndex(dir);
    const deps = { tokenizer, synonyms };
    const index = stored
      ? new LexicalSearchIndex(stored.chunks, stored.fields, deps)
      : LexicalSearchIndex.build([], deps);
    options.logger?.info({ chunks: index.size }, stored ? "search index loaded" : "search index empty");
    return new CorpusIndex(dir, tokenizer, synonyms, index);
  }

  get index(): LexicalSearchIndex {
    return this.currentIndex;
  }

  get size(): number {
    return this.currentIndex.size;
  }

  /** Rebuilds from all chunks (unchanged texts reuse their cached analysis), saves, then swaps. */
  async rebuild(chunks: Chunk[]): Promise<{ chunks: number; durationMs: number }> {
    const started = performance.now();
    const previous = this.currentIndex.wordCache.size > 0 ? this.currentIndex.wordCache : await loadWordCache(this.dir);
    const index = LexicalSearchIndex.build(chunks, { tokenizer: this.tokenizer, synonyms: this.synonyms }, previous);
    await saveIndex(this.dir, { chunks, fields: index.fields, wordCache: index.wordCache });
    this.currentIndex = index;
    return { chunks: chunks.length, durationMs: Math.round(performance.now() - started) };
  }
}
