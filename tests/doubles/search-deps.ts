import { JapaneseTokenizer } from "../../rag/retrieve/japanese-tokenizer.ts";
import { SynonymDictionary } from "../../rag/retrieve/synonym-dictionary.ts";

let loaded: Promise<{ tokenizer: JapaneseTokenizer; synonyms: SynonymDictionary }> | undefined;

/** The real tokenizer and synonym dictionary, loaded once per test file (they take about a second). */
export function searchDeps() {
  loaded ??= JapaneseTokenizer.load().then((tokenizer) => ({ tokenizer, synonyms: SynonymDictionary.loadDefault() }));
  return loaded;
}
