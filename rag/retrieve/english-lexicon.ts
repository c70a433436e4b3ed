import { createRequire } from "node:module";
import { BILINGUAL_GLOSSARY } from "./bilingual-glossary.ts";

/**
 * English words and phrases → the Japanese terms the documents use, so an English question searches
 * Japanese text. Two sources: the hand-written glossary of the field's names (経済安全保障推進法, エンティティリスト)
 * and the vocabulary glossary, every recurring word of the documents' field with the English a reader
 * would type for it (買収: acquisition, acquired, takeover …).
 */
export interface EnglishLexicon {
  /** Japanese terms for one English word or phrase (lower case), best first; empty when unknown. */
  lookup(phrase: string): readonly string[];
  /** The longest phrase, in words. */
  readonly longestPhrase: number;
}

/** An English phrase maps to at most this many Japanese terms: its usual translation and one other sense. */
const MAX_TERMS_PER_PHRASE = 2;

/** Words that never carry a topic, so are never looked up (the vocabulary glossary may list "us" for 米国). */
export const ENGLISH_STOP = new Set(
  "a an the and or of to in on for at by with from is are was were be been being it its this that these those what which who whom when where why how do does did can could should would will shall may might must i we you they he she our your their my me them there here about into than then so if not no yes any all some each every such as also just only more most very much many right now currently presently actually one ones get got according under during regarding within without via per please tell say said says make made give given kind kinds type types sort sorts up trigger triggers triggered file files filed filing".split(
    " ",
  ),
);

const NUMBER_WORDS =
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(
    " ",
  );
const NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS.join("|")})\\b`, "giu");

/**
 * Number words as digits (the three principles → the 3 principles): the documents write counts in digits
 * (3つの原則, 15分野). "one" stays a word: "one of the…" counts nothing.
 */
export function numberWordsAsDigits(text: string): string {
  return text.replace(NUMBER_WORD, (word) => String(NUMBER_WORDS.indexOf(word.toLowerCase()) + 2));
}

type VocabularyGlossary = Record<string, string[]>;

function isVocabularyGlossary(value: unknown): value is VocabularyGlossary {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((english) => Array.isArray(english) && english.every((word) => typeof word === "string"))
  );
}

function loadVocabulary(): VocabularyGlossary {
  const data: unknown = createRequire(import.meta.url)("./vocabulary-glossary.json");
  if (!isVocabularyGlossary(data))
    throw new Error("rag/retrieve/vocabulary-glossary.json: expected { 日本語: [english…] }");
  return data;
}

/**
 * A vocabulary term cut out of the text with its neighbours: markup (技術</u), an ellipsis, or an English word run on
 * from the next (自律open of 「自律」open). It translates nothing a question could name.
 */
function cutTerm(term: string): boolean {
  return /[<>*…]|\.\.|[\p{Script=Han}\p{Script=Katakana}][a-z]{4,}/u.test(term);
}

export function buildEnglishLexicon(
  handWritten: Readonly<Record<string, string[]>>,
  vocabulary: Readonly<VocabularyGlossary>,
): EnglishLexicon {
  // Per phrase: candidate terms with their rank (hand-written first, then how early the phrase is in the term's list).
  const candidates = new Map<string, { term: string; rank: number }[]>();
  const add = (phrase: string, term: string, rank: number) => {
    const key = phrase.trim().toLowerCase();
    // "according to" (応じる) is as empty as its words: it says where to read, not what about.
    if (key.split(/\s+/u).every((word) => word.length === 0 || ENGLISH_STOP.has(word))) return;
    const list = candidates.get(key) ?? [];
    if (!list.some((known) => known.term === term)) list.push({ term, rank });
    candidates.set(key, list);
  };
  for (const [phrase, terms] of Object.entries(handWritten)) for (const term of terms) add(phrase, term, -1);
  // The vocabulary lists frequent words first; within a term, its main translation comes first. A rare
  // compound (企業各社) that lists "companies" first still ranks after a common word (企業) listing it second.
  const entries = Object.entries(vocabulary);
  entries.forEach(([term, phrases], order) => {
    // A date or a figure (2022年9月30日) is one document's wording, not a translation of "2022".
    if (/\d/u.test(term)) return;
    if (cutTerm(term)) return;
    phrases.forEach((phrase, at) => {
      add(phrase, term, at + (2 * order) / entries.length);
    });
  });
  const table = new Map<string, string[]>();
  let longestPhrase = 1;
  for (const [phrase, list] of candidates) {
    const terms = list
      .sort((a, b) => a.rank - b.rank)
      .slice(0, MAX_TERMS_PER_PHRASE)
      .map(({ term }) => term);
    table.set(phrase, terms);
    longestPhrase = Math.max(longestPhrase, phrase.split(/\s+/).length);
  }
  // "change jobs" is the vocabulary's "changing jobs": a phrase of several content words is also found by its words'
  // base forms. A phrase's own entry comes first; of two phrases with the same base forms, the one listed first. Not a
  // phrase with a function word: "depending on" (次第) is not what "depend on" (依存) says.
  const contentOnly = (phrase: string) =>
    phrase.includes(" ") && !phrase.split(" ").some((word) => ENGLISH_STOP.has(word));
  const lemma = (phrase: string) =>
    phrase
      .split(" ")
      .map((word) => baseForms(word).find((form) => table.has(form)) ?? word)
      .join(" ");
  const byLemma = new Map<string, string[]>();
  for (const [phrase, terms] of table) {
    if (!contentOnly(phrase)) continue;
    const key = lemma(phrase);
    if (!byLemma.has(key)) byLemma.set(key, terms);
  }
  const exact = (phrase: string) =>
    table.get(phrase) ?? (phrase.includes("-") ? table.get(phrase.replace(/-/gu, " ")) : undefined);
  // "early-warning system" is the glossary's "early warning system": a hyphen the glossary lacks joins no less.
  return {
    lookup: (phrase) => exact(phrase) ?? (contentOnly(phrase) ? byLemma.get(lemma(phrase)) : undefined) ?? [],
    longestPhrase,
  };
}

/**
 * Base forms to try for an inflected or derived word the lexicon lacks: sanctioned → sanction, sanctions → sanction,
 * indispensability → indispensable.
 */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) forms.push(word.slice(0, -1));
  if (word.endsWith("ied")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ed")) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  // The quality named for its adjective: indispensability → indispensable, vulnerability → vulnerable.
  if (word.endsWith("ility")) forms.push(`${word.slice(0, -5)}le`);
  return forms.filter((form) => form.length > 2);
}

let shared: EnglishLexicon | undefined;
let vocabulary: VocabularyGlossary | undefined;

/** A term's main English translation in the vocabulary glossary (永久磁石 → permanent magnet), or undefined. */
export function vocabularyEnglish(term: string): string | undefined {
  return vocabularyEntries(term)?.[0];
}

/** A term's English translations in the vocabulary glossary, best first, or undefined. */
export function vocabularyEntries(term: string): readonly string[] | undefined {
  vocabulary ??= loadVocabulary();
  return vocabulary[term];
}

/** Words a name keeps in lower case and leaves out of its initials: Ministry of Economy, Trade and Industry. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(["of", "and", "the", "for", "on", "in", "to", "a"]);
let acronyms: Set<string> | undefined;

/**
 * The vocabulary's lower-case words that are the initials of another translation of the same term (meti: ministry of
 * economy trade and industry; us: united states), so a reading can write them in capitals.
 */
export function vocabularyAcronyms(): ReadonlySet<string> {
  if (acronyms) return acronyms;
  vocabulary ??= loadVocabulary();
  acronyms = new Set();
  for (const forms of Object.values(vocabulary)) {
    const initials = new Set(
      forms
        .filter((form) => /\s/u.test(form))
        .map((form) =>
          form
            .split(/[\s,-]+/u)
            .filter((word) => word.length > 0 && !SMALL_WORDS.has(word))
            .map((word) => word[0])
            .join(""),
        ),
    );
    for (const form of forms) if (/^[a-z]{2,6}$/u.test(form) && initials.has(form)) acronyms.add(form);
  }
  return acronyms;
}

/** The product's lexicon: the hand-written glossary and the vocabulary glossary, built once. */
export function englishLexicon(): EnglishLexicon {
  shared ??= buildEnglishLexicon(BILINGUAL_GLOSSARY, loadVocabulary());
  return shared;
}
