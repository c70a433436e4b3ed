import type { Language } from "../types.ts";
import { type AskedType, askedTypeOfEnglish, askedTypeOfJapanese } from "./asked-type.ts";
import { BILINGUAL_GLOSSARY } from "./bilingual-glossary.ts";
import type { WeightedTerm } from "./bm25-field.ts";
import { cjkBigrams, normalizeForSearch } from "./fold.ts";
import type { JapaneseTokenizer } from "./japanese-tokenizer.ts";
import type { SynonymDictionary } from "./synonym-dictionary.ts";

export interface AnalyzedQuery {
  lang: Language;
  words: WeightedTerm[];
  bigrams: WeightedTerm[];
  /** Key phrases of the question (Japanese, after translation of English). */
  compounds: string[];
  /** The Japanese text the query was analysed as (English questions: glossary terms). */
  searchText: string;
  /** The kind of value asked for (いつ → date, 何件 → count), when the question says. */
  askedType?: AskedType;
}

const EXPANSION_WEIGHT = 0.5;
const JAPANESE_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu;
const ENGLISH_STOP = new Set(
  "a an the and or of to in on for at by with from is are was were be been being it its this that these those what which who whom when where why how do does did can could should would will shall may might must i we you they he she our your their my me us them there here about into than then so if not no yes any all some such as also just only more most very much many any right now actually one ones get got".split(
    " ",
  ),
);
const glossaryPhrases = Object.keys(BILINGUAL_GLOSSARY).sort((a, b) => b.length - a.length);

export function detectLanguage(text: string): Language {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return "ja";
  const japanese = text.match(JAPANESE_CHAR)?.length ?? 0;
  return japanese / letters.length >= 0.2 ? "ja" : "en";
}

/** English question → Japanese search text via the glossary, keeping unknown words as they are. */
export function translateEnglishQuery(text: string): { japanese: string[]; leftover: string[] } {
  let rest = ` ${text.toLowerCase().replace(/[“”"'?!,.;:()]/g, " ")} `;
  const japanese: string[] = [];
  for (const phrase of glossaryPhrases) {
    const pattern = ` ${phrase} `;
    while (rest.includes(pattern)) {
      japanese.push(...(BILINGUAL_GLOSSARY[phrase] ?? []));
      rest = rest.replace(pattern, "  ");
    }
  }
  const leftover = rest
    .split(/\s+/)
    .filter((word) => word.length > 1 && !ENGLISH_STOP.has(word) && !/^\d+$/.test(word));
  return { japanese, leftover };
}

function addTerm(target: Map<string, number>, term: string, weight: number): void {
  target.set(term, Math.max(target.get(term) ?? 0, weight));
}

/** Question → weighted search terms: kuromoji words, character bigrams, synonyms and glossary. */
export function analyzeQuery(
  question: string,
  tokenizer: JapaneseTokenizer,
  synonyms: SynonymDictionary,
): AnalyzedQuery {
  const normalized = normalizeForSearch(question);
  const lang = detectLanguage(normalized);
  let searchText = normalized;
  const words = new Map<string, number>();
  const bigrams = new Map<string, number>();
  if (lang === "en") {
    const { japanese, leftover } = translateEnglishQuery(normalized);
    searchText = japanese.join(" ");
    for (const word of leftover) addTerm(words, word, 0.7);
    // Numbers such as "50%" matter in English questions too.
    for (const number of normalized.match(/\d+%?/g) ?? []) searchText += ` ${number}`;
  }
  const analyzed = tokenizer.analyzeQuestion(searchText);
  for (const word of analyzed.words) addTerm(words, word, 1);
  for (const bigram of analyzed.bigrams) addTerm(bigrams, bigram, 1);

  const expansions = new Set<string>();
  for (const term of [...analyzed.words, ...analyzed.compounds])
    for (const variant of synonyms.lookup(term)) expansions.add(variant);
  for (const match of synonyms.domainMatches(searchText.replace(/\s+/g, "")))
    for (const variant of match.variants) expansions.add(variant);
  for (const variant of expansions) {
    const expanded = tokenizer.analyze(variant);
    for (const word of expanded.words) if (!words.has(word)) addTerm(words, word, EXPANSION_WEIGHT);
    for (const bigram of cjkBigrams(variant)) if (!bigrams.has(bigram)) addTerm(bigrams, bigram, EXPANSION_WEIGHT);
  }
  const toList = (map: Map<string, number>) => [...map].map(([term, weight]) => ({ term, weight }));
  const askedType =
    lang === "en" ? askedTypeOfEnglish(normalized) : askedTypeOfJapanese(tokenizer.morphemes(normalized));
  return {
    lang,
    words: toList(words),
    bigrams: toList(bigrams),
    compounds: analyzed.compounds,
    searchText,
    ...(askedType ? { askedType } : {}),
  };
}
