import { ERA_YEAR_BEFORE } from "../japanese-numbers.ts";
import type { Language } from "../types.ts";
import { type AskedType, askedTypeOfEnglish, askedTypeOfJapanese } from "./asked-type.ts";
import type { WeightedTerm } from "./bm25-field.ts";
import { GLOSS_WEIGHT, withoutGlosses } from "./bracket-gloss.ts";
import {
  baseForms,
  ENGLISH_STOP,
  type EnglishLexicon,
  englishLexicon,
  numberWordsAsDigits,
} from "./english-lexicon.ts";
import { cjkBigrams, normalizeForSearch } from "./fold.ts";
import type { JapaneseTokenizer } from "./japanese-tokenizer.ts";
import { DOCUMENT_NOUNS, MONTH_NAME, monthNumber, sourceDates } from "./source-dates.ts";
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
  /**
   * The labels documents put before the asked value (<日時>, <場所>), searched for when/where questions. They find
   * the passage; they are not the question's own words, so nothing but retrieval reads them.
   */
  labels: { words: WeightedTerm[]; bigrams: WeightedTerm[] };
  /** YYYY-MM of documents the question names by date (「2024年2月の資料」): preferred, not searched for. */
  sourceDates: string[];
}

const EXPANSION_WEIGHT = 0.5;
/** A kana or kanji character: Japanese text, or a Japanese name typed into an English question. */
export const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const JAPANESE_CHAR = new RegExp(JAPANESE_SCRIPT.source, "gu");
/** Words that make a sentence English around the Japanese names typed into it ("Who chairs the 研究会?"). */
const ENGLISH_FRAME =
  /\b(?:the|an?|of|is|are|was|were|does|do|did|what|who|whom|how|when|where|which|why|to|in|for|and|under|with|can|could|should|will|has|have)\b/giu;

export function detectLanguage(text: string): Language {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return "ja";
  const frame = new Set((text.match(ENGLISH_FRAME) ?? []).map((word) => word.toLowerCase()));
  if (frame.size >= 2) return "en";
  const japanese = text.match(JAPANESE_CHAR)?.length ?? 0;
  return japanese / letters.length >= 0.2 ? "ja" : "en";
}

/**
 * "February 2025", "9 October 2025", "Oct. 9, 2025": a month of a year, and its day, as the documents write them
 * (2025年2月, 2025年10月9日). Not one that names a document ("the February 2024 METI briefing"): that is no topic.
 */
const ENGLISH_DATE = new RegExp(
  `\\b(?:(\\d{1,2})\\s+)?(${MONTH_NAME})\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?((?:19|20)\\d{2})\\b(?!\\s+(?:meti|cabinet|government|briefing|${DOCUMENT_NOUNS})\\b)`,
  "giu",
);

/** A date as englishPhrases writes it: 2025年2月, 2025年10月9日. */
const TRANSLATED_DATE = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/u;

function japaneseDate(
  dayBefore: string | undefined,
  month: string,
  dayAfter: string | undefined,
  year: string,
): string {
  const day = dayBefore ?? dayAfter;
  return `${year}年${monthNumber(month)}月${day ? `${day}日` : ""}`;
}

/**
 * "FY2021", "fiscal 2021", "fiscal year 2021": the documents write a fiscal year in its era (令和3年度), and their
 * tokens (令和, 3, 年度) share nothing with 2021.
 */
const ENGLISH_FISCAL_YEAR = /\b(?:fy\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2})\b/giu;

/** A year written alone, as an edition's ("Honebuto 2025"). */
const YEAR_WORD = /^(?:19|20)\d{2}$/u;

/** 2021年度: a fiscal year in the Western calendar, as a Japanese question may write it. */
const WESTERN_FISCAL_YEAR = /(?<!\d)((?:19|20)\d{2})年度/gu;

/** 2021 → 令和3年度, 2015 → 平成27年度: a fiscal year as the documents write it. */
export function eraFiscalYear(year: number): string {
  const era = year > ERA_YEAR_BEFORE.令和! ? "令和" : "平成";
  return `${era}${year - ERA_YEAR_BEFORE[era]!}年度`;
}

/** "how does X work": the X, and the words a verb of mechanism stands for. */
const HOW_IT_WORKS = /\bhow (?:do|does|did|would|will) ([^?.,;:]+?) (?:work|works|operate|function)\b/gu;

const COUNTED_LETTERS = /\b(\d{1,2})\s?([A-Z])'?s\b|(\d{1,2})つの([A-Za-z])(?![A-Za-z])/gu;

/** "the 3 Ps", "4 C's", 「3つのP」: letters counted as a set, which the documents write 「3つのP」. */
export function countedLetters(text: string): string[] {
  return [...text.normalize("NFKC").matchAll(COUNTED_LETTERS)].map(
    (match) => `${match[1] ?? match[3]}つの${(match[2] ?? match[4])!.toUpperCase()}`,
  );
}

/** A numbered chapter, article or case named in English. */
export const ENGLISH_LABEL = /\b(chapter|article|case)\s+(\d+)\b/giu;

/** "chapter 1" → 第1章, "article 4" → 第4条, "case 5" → 事例5. */
export function japaneseLabel(noun: string, number: string): string {
  const kind = noun.toLowerCase();
  return kind === "case" ? `事例${number}` : `第${number}${kind === "chapter" ? "章" : "条"}`;
}

/** "Japanese", "American", "Chinese", "Korean": a country's adjective. */
const COUNTRY_ADJECTIVE =
  /^(?:japanese|chinese|taiwanese|american|korean|european|british|german|french|indian|russian|australian|canadian)$/u;
const COUNTRY = /^(?:日本|米国|中国|韓国|台湾|英国|欧州|ドイツ|フランス|インド|ロシア|豪州|カナダ)/u;
/** A noun that names a measure: a rate, a share, an amount. */
const MEASURE = /(?:率|割合|シェア|額|金額)$/u;

/** Words a noun phrase starts after: an article or a preposition ("for unlisted companies"). */
const PHRASE_OPENERS = new Set(
  "a an the its their our this these those for of in on to with by at from about under".split(" "),
);

/** Nouns that count as a Japanese counter does (か国, 社, 件, 人, 回). */
const COUNTER_WORDS = new Set(["countries", "companies", "firms", "cases", "people", "persons", "times"]);

/**
 * Lower-case words of an English question, in its phrases: punctuation ends a phrase (no lexicon phrase
 * spans "information (security clearance)"). Inner periods and hyphens stay (u.s., non-disclosure); a
 * possessive goes.
 */
function englishPhrases(text: string): string[][] {
  return (
    text
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      // "How does the scheme work" asks for its mechanism, 「仕組み」: the glossary's "how it works", beside the scheme.
      .replace(HOW_IT_WORKS, "$1, how it works")
      // "Chapter 1", "Article 4", "Case 5": the documents' own labels 第1章, 第4条, 事例5, searched as one word.
      .replace(ENGLISH_LABEL, (_label, noun: string, number: string) => japaneseLabel(noun, number))
      .replace(ENGLISH_DATE, (_date, before?: string, month = "", after?: string, year = "") =>
        japaneseDate(before, month, after, year),
      )
      .replace(ENGLISH_FISCAL_YEAR, (_year, year: string) => eraFiscalYear(Number(year)))
      // "the Basic Policy (Honebuto) 2025": the year after a bracketed other name is the edition of both names.
      .replace(/\(([^()]+)\)\s+((?:19|20)\d{2})\b/gu, "$2 ($1 $2)")
      .split(/[“”"'’?!,;:()[\]{}]+|\.(?=\s|$)/)
      .map((phrase) =>
        phrase
          .split(/\s+/)
          .map((word) => word.replace(/^[.\-/]+|[.\-/]+$/g, ""))
          // "5th meeting", "2nd edition": 第5回, 第2版 in the documents; 第5 finds both.
          .map((word) => word.replace(/^(\d+)(st|nd|rd|th)$/u, "第$1"))
          .filter((word) => word.length > 0),
      )
      .filter((words) => words.length > 0)
  );
}

/** An English question read through the lexicon. */
export interface TranslatedQuestion {
  /** The usual translation of each known word or phrase, in order. */
  japanese: string[];
  /** Other senses and near words of the same phrases (searched, at a lower weight). */
  alternates: string[];
  /** The other senses of each usual translation (事前報告 → 事前届出, both "prior notification"). */
  senses: Record<string, string[]>;
  /** Runs of adjacent known words, joined: "medical institutions" → 医療機関, as a Japanese compound reads. */
  compounds: string[];
  /** The words of each compound, in the same order: a glued compound (日本国内無人市場) is not written as such. */
  compoundWords: string[][];
  /** Words the lexicon does not know (MPIA, CFIUS), kept as they are. */
  leftover: string[];
  /** Acronyms the lexicon knows, typed in capitals (CHIPS, LNG): searched as typed, translated only as alternates. */
  acronyms: string[];
}

/** Whether the documents write an acronym (lower case) in capitals. */
export type DocumentWords = (word: string) => boolean;

const ACRONYM = /(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])/g;

/** The acronyms a text writes in capitals (CHIPS法, WTO), lower-cased; not the letters of a web address. */
export function writtenAcronyms(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts)
    for (const word of text
      .normalize("NFKC")
      .replace(/https?:\/\/\S+/g, " ")
      .match(ACRONYM) ?? [])
      found.add(word.toLowerCase());
  return found;
}

/** A quoted Latin phrase ("AI Diffusion Rule", 'Run Faster') or a run of capitalised words (Early Warning System). */
const QUOTED_LATIN = /(?:["“”]|(?<![A-Za-z])['‘’])([A-Za-z][A-Za-z0-9&.,\- ]*[A-Za-z0-9])(?:["“”]|['‘’](?![A-Za-z]))/gu;
/** A question's first word, capitalised only because it opens the sentence ("Is METI …", "Under the …"). */
const SENTENCE_OPENER =
  /^(?:Is|Are|Was|Were|Do|Does|Did|Has|Have|Can|Could|Will|Would|Should|What|Which|When|Where|Who|Why|How|Under|In|On|For|According|After|Before|Since)\s+/u;
const CAPITALISED_RUN = /(?<![A-Za-z])[A-Z][A-Za-z0-9&.-]*(?:\s+[A-Z][A-Za-z0-9&.-]*)+/gu;

/**
 * The Latin names a question spells out, of two words or more, each of two characters or more: a quoted phrase or
 * a run of capitalised words ("Under the AI Diffusion Rule" gives "Under the" no run: "the" is lower case).
 */
export function latinPhrasesOf(text: string): string[] {
  const normalized = text.normalize("NFKC");
  const quoted = [...normalized.matchAll(QUOTED_LATIN)].map((match) => match[1]!);
  const runs = normalized.match(CAPITALISED_RUN) ?? [];
  return [
    ...new Set(
      [...quoted, ...runs].map((phrase) =>
        phrase
          .replace(/[,\s]+/gu, " ")
          .trim()
          .replace(SENTENCE_OPENER, ""),
      ),
    ),
  ].filter((phrase) => {
    const words = phrase.split(/\s+/u);
    return words.length >= 2 && words.every((word) => word.length >= 2);
  });
}

/**
 * Acronyms as the asker typed them, lower-cased, that the documents also write in Latin letters (CHIPS法,
 * WTO); not METI, which they write 経済産業省. Three or more capitals: two-letter ones (US, UK) are country
 * names the documents write in Japanese (米国, 英国).
 */
export function acronymsOf(text: string, documentWords: DocumentWords = () => false): Set<string> {
  return new Set((text.match(ACRONYM) ?? []).map((word) => word.toLowerCase()).filter((word) => documentWords(word)));
}

/** How many passages write a text as it is (folded), counted up to `upTo`. */
export type PassagesWriting = (text: string, upTo: number) => number;

/** A Latin phrase written in more passages than this is a term of the documents, not one thing's name. */
const RARE_NAME_PASSAGES = 4;

/**
 * The Latin phrases of an English question that a few passages write as they are and whose glossed Japanese they
 * never write ("AI Diffusion Rule", glossed ai分野普及ルール): names the answering line says in Latin. Not
 * "economic security", which the documents write 経済安全保障 everywhere else.
 */
export function writtenLatinNames(
  text: string,
  passagesWriting: PassagesWriting,
  documentWords?: DocumentWords,
): string[] {
  return latinPhrasesOf(text).filter((phrase) => {
    const count = passagesWriting(phrase, RARE_NAME_PASSAGES + 1);
    if (count === 0 || count > RARE_NAME_PASSAGES) return false;
    const gloss = translateEnglishQuery(phrase, englishLexicon(), acronymsOf(phrase, documentWords));
    // Words the glossary leaves as they are ("small yard high fence": yard, fence) make no Japanese name of it.
    if (gloss.leftover.length > 0) return true;
    const glossed = gloss.compounds;
    // A gloss that keeps the phrase's own words ("Run Faster" → faster戦略) is the name again; one that makes it
    // an acronym the documents write ("Early Warning System" → ews構築) is their word for it.
    const words = phrase.toLowerCase().split(/\s+/u);
    return glossed.every(
      (japanese) => words.some((word) => japanese.includes(word)) || passagesWriting(japanese, 1) === 0,
    );
  });
}

/**
 * English question → Japanese search terms through the lexicon, longest phrase first; a word the
 * lexicon lacks is tried in its base form (sanctioned → sanction), else kept as it is.
 */
export function translateEnglishQuery(
  text: string,
  lexicon: EnglishLexicon = englishLexicon(),
  typedAcronyms: ReadonlySet<string> = new Set(),
): TranslatedQuestion {
  const translated: TranslatedQuestion = {
    japanese: [],
    alternates: [],
    senses: {},
    compounds: [],
    compoundWords: [],
    leftover: [],
    acronyms: [],
  };
  let run: string[] = [];
  const closeRun = () => {
    if (run.length > 0) translated.compoundWords.push(run);
    run = [];
  };
  // The lexicon's first term is the word's usual translation; the others are other senses or near words.
  // A verb or adjective (扱う, expected, covering) ends a noun phrase: it is searched, never part of a compound.
  const take = (terms: readonly string[], english: string, verb = false, attributive = false) => {
    const [usual] = terms as [string];
    // A typed acronym is a name the documents usually write as it is (CHIPS法, LNG): searched as typed, its
    // translation (CHIPS → チップ) only as another sense.
    // A name starts its own compound: 「US CHIPS Act」 is 米国 and CHIPS法.
    if (typedAcronyms.has(english)) {
      translated.acronyms.push(english);
      translated.alternates.push(...terms);
      closeRun();
      run.push(english);
      return;
    }
    translated.japanese.push(usual);
    translated.alternates.push(...terms.slice(1));
    if (terms.length > 1)
      translated.senses[usual] = [...new Set([...(translated.senses[usual] ?? []), ...terms.slice(1)])];
    // "in japan" (国内) starts a phrase of its own; it does not extend the noun before it.
    const firstWord = english.split(" ")[0]!;
    if (ENGLISH_STOP.has(firstWord)) closeRun();
    // 「a listed Japanese company」: a country's adjective after another modifier opens the noun it qualifies (日本企業),
    // as the documents write it; 上場 stays a phrase of its own, not 「上場日本企業」, which no document says.
    if (COUNTRY_ADJECTIVE.test(firstWord) && COUNTRY.test(usual)) closeRun();
    // "the US tariff rate", "China's market share": a rate or an amount is the country's, not a compound with its name
    // (米国税率, which no document writes); the documents say the country apart from the figure (米国の…税率). The
    // country closes a phrase of its own, and the rest goes on to the measure (法人税率 of "Japan's corporate tax rate").
    const country = MEASURE.test(usual) ? run.findIndex((word) => COUNTRY.test(word) && word.length <= 3) : -1;
    if (country >= 0) {
      const [before, name, rest] = [run.slice(0, country), run[country]!, run.slice(country + 1)];
      run = before;
      closeRun();
      run = [name];
      closeRun();
      run = rest;
    }
    // A month of a year (2025年2月), or a day, picks out what happened then, as in a Japanese question: a phrase of its own.
    if (TRANSLATED_DATE.test(usual)) {
      closeRun();
      run.push(usual);
      closeRun();
      return;
    }
    // A month alone (December → 12月) dates the question or its source; it names no topic.
    // Kana mark a verb or an adjective (扱う, 新しい, 引き金 of "triggers"); a term that opens with kana and goes on in
    // kanji is a noun (みなし輸出 of "deemed export").
    const kanaNoun = /^\p{Script=Hiragana}+[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(usual);
    if (
      verb ||
      (!kanaNoun && /\p{Script=Hiragana}/u.test(usual)) ||
      /^\d+月$/u.test(usual) ||
      (!attributive && /^\S+(ed|ing)$/u.test(english))
    )
      closeRun();
    else run.push(usual);
  };
  for (const words of englishPhrases(text)) {
    // "How much does the CHIPS Act provide": after do/does/did, the phrase's last word is its verb.
    const doSupport = words.slice(0, -1).some((word) => DO_SUPPORT.has(word));
    const doAt = words.findIndex((word) => DO_SUPPORT.has(word));
    for (let at = 0; at < words.length; ) {
      // "how many countries": a counter (か国, 社, 件), as 何か国 is in Japanese; searched, but not the topic's name.
      const counter = words[at - 1] === "many" && words[at - 2] === "how" && COUNTER_WORDS.has(words[at]!);
      // "What does the material propose to set up": after do/does/did, a word before "to" is the verb too.
      const beforeTo = doSupport && at > doAt && words[at + 1] === "to";
      // "What exactly was said", "how specifically": an adverb beside the question word hedges the question; it names
      // no topic ("how was it put in place legally" asks about the law).
      const hedge =
        isAdverb(words[at]!, lexicon) && (WH_WORDS.has(words[at - 1] ?? "") || WH_WORDS.has(words[at + 1] ?? ""));
      // "what elements does it list": after do/does/did and a pronoun, the next word is the verb. What someone said
      // ("what did they suggest") names the remarks asked for (提案), and stays searched as a topic.
      const afterSubject =
        DO_SUPPORT.has(words[at - 2] ?? "") &&
        SUBJECT_PRONOUNS.has(words[at - 1] ?? "") &&
        !REMARK_VERBS.has(words[at]!);
      const verb =
        (doSupport && at === words.length - 1) ||
        beforeTo ||
        afterSubject ||
        QUESTION_VERBS.has(words[at]!) ||
        counter ||
        hedge;
      // "a listed Japanese company", "for unlisted companies": after an article or a preposition, a participle
      // describes the noun it stands before; it is part of that noun's phrase, not a verb.
      const attributive =
        PHRASE_OPENERS.has(words[at - 1] ?? "") && words[at + 1] !== undefined && !ENGLISH_STOP.has(words[at + 1]!);
      // "did METI first hold", "when was it first published": "first" says when, not 第1, unless a meeting or an
      // edition follows ("the first meeting").
      if (words[at] === "first" && !ORDINAL_NOUN.test(words[at + 1] ?? "")) {
        closeRun();
        at++;
        continue;
      }
      // "at the end of 2026", "the beginning of the meeting": a point in time or in a text, not エンド (low end).
      if (["end", "beginning", "middle"].includes(words[at]!) && words[at + 1] === "of") {
        closeRun();
        at++;
        continue;
      }
      // "how many countries", "how much support": the quantity word is the question's, not the noun's (多国).
      if ((words[at] === "many" || words[at] === "much") && words[at - 1] === "how") {
        closeRun();
        at++;
        continue;
      }
      let matched = 0;
      for (let length = Math.min(lexicon.longestPhrase, words.length - at); length >= 1; length--) {
        const phrase = words.slice(at, at + length).join(" ");
        const terms = lexicon.lookup(phrase);
        if (terms.length > 0) {
          take(terms, phrase, verb, attributive);
          matched = length;
          break;
        }
      }
      const word = words[at]!;
      // A label or a date englishPhrases wrote as the documents do (第5, 第1章, 事例5, 2025年2月) is searched as it is.
      if (matched === 0 && (/^(第\d+[章条]?|事例\d+)$/u.test(word) || TRANSLATED_DATE.test(word))) {
        take([word], word);
        matched = 1;
      }
      // "Honebuto 2025", "the action plan 2023": a year right after a name, closing its phrase, is its edition
      // (骨太方針2025), as the documents write it. "in 2025" is a time, and in "Japan's 2020 FEFTA amendment" the year
      // goes with the noun after it.
      const next = words[at + 1];
      const closesPhrase = next === undefined || ENGLISH_STOP.has(next) || /ed$/u.test(next);
      if (
        matched === 0 &&
        YEAR_WORD.test(word) &&
        run.length > 0 &&
        closesPhrase &&
        !PHRASE_OPENERS.has(words[at - 1] ?? "")
      ) {
        run.push(word);
        closeRun();
        at++;
        continue;
      }
      if (matched === 0) {
        // "according" is no inflection of "accord" (協定): a word that names no topic has no base form to try.
        const terms = (ENGLISH_STOP.has(word) ? [] : baseForms(word))
          .map((form) => lexicon.lookup(form))
          .find((found) => found.length > 0);
        if (terms) take(terms, word, verb, attributive);
        else {
          closeRun();
          if (word.length > 1 && !ENGLISH_STOP.has(word) && !/^\d+$/.test(word)) translated.leftover.push(word);
        }
      }
      at += Math.max(matched, 1);
    }
    closeRun();
  }
  translated.compounds = translated.compoundWords.map((words) => words.join(""));
  return translated;
}

/** An -ly word made of a word the lexicon knows (exactly, specifically, newly): not supply, assembly or Italy. */
function isAdverb(word: string, lexicon: EnglishLexicon): boolean {
  if (!/^[a-z]{3,}ly$/u.test(word)) return false;
  const stem = word.slice(0, -2);
  const bases = [stem, `${stem}e`, stem.replace(/i$/u, "y"), stem.replace(/al$/u, ""), `${stem.replace(/l$/u, "")}le`];
  return bases.some((base) => base.length > 2 && base !== word && lexicon.lookup(base).length > 0);
}

const WH_WORDS = new Set(["what", "which", "who", "whom", "how", "where", "when", "why"]);
const DO_SUPPORT = new Set(["do", "does", "did"]);
const REMARK_VERBS = new Set(
  "suggest propose recommend say mention raise discuss argue call warn request demand ask".split(" "),
);
const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "this", "that", "we", "you", "i"]);
/**
 * Verbs a question asks with after its subject ("what rate applies to Japan", "which law underpins it"): searched,
 * never part of the topic compound.
 */
const QUESTION_VERBS = new Set(
  "applies apply covers cover requires require includes include means mean says say states state provides provide contains contain underpins underpin involves involve allows allow prohibits prohibit lists names mentions describes defines sets".split(
    " ",
  ),
);
const ORDINAL_NOUN = /^(?:meeting|session|round|edition|version|revision|phase|report|year|half|quarter)s?$/u;

/** Words only the scene-setting statements of a question have (「…余裕はないです。」) weigh this much. */
const BACKGROUND_WEIGHT = 0.6;

/**
 * The sentences of a Japanese question from the first one that asks: the statements before it (ending in 。
 * with no question word) set the scene. Undefined when there are none.
 */
function askingSentences(text: string): string | undefined {
  const sentences = text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [];
  const first = sentences.findIndex((sentence) => !/[。]\s*$/u.test(sentence) || QUESTION_WORD.test(sentence));
  return first > 0 ? sentences.slice(first).join("") : undefined;
}

const QUESTION_WORD = /(何|いつ|どこ|誰|どの|どう|どんな|いくら|いくつ|なぜ|ですか|ますか|でしょうか|か。)/u;

const LABELS: [RegExp, string[]][] = [
  [/(いつ|何日|何時|日時|日程|\bwhen\b|what (date|time))/iu, ["日時", "日程"]],
  [/(どこで|どこに|どこへ|会場|\bwhere\b)/iu, ["場所", "会場"]],
  // A request is written as what is wanted done (「窓口を設けてほしい」), never as 要望.
  [/(要望|要請|注文|リクエスト|\brequests?\b)/iu, ["ほしい"]],
];

function answerLabels(question: string): string[] {
  return LABELS.flatMap(([asks, labels]) => (asks.test(question) ? labels : []));
}

function addTerm(target: Map<string, number>, term: string, weight: number): void {
  target.set(term, Math.max(target.get(term) ?? 0, weight));
}

/**
 * Nouns that name what kind of value is asked (施行の時期, 改正の理由, 制度の概要), not what it is about: a passage that
 * says 時期 or 概要 need not be the topic's, so they weigh less than the topic's own words (クリアランス, 成立, 施行).
 * A sum's nouns (規模, 金額) stay: the line that gives a sum often says 規模 itself.
 */
const ASKED_NOUNS = new Set(["時期", "期間", "理由", "方法", "違い", "概要", "内容", "割合", "程度"]);
const ASKED_NOUN_WEIGHT = 0.5;
const ACRONYM_WEIGHT = 1.5;
/** The words of the phrase a Japanese question says it is about (「医薬品のサプライチェーンについて」). */
const TOPIC_WEIGHT = 1.5;
const ABOUT = /([^、。？?！!\s「」『』]{2,30}?)(?:について|に関して)/gu;

/** Words of the phrases marked as what the question is about, up to the particle that opens each phrase. */
function aboutWords(text: string, tokenizer: JapaneseTokenizer): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(ABOUT)) {
    const phrase = match[1]!.replace(/^.*(?:は|が|を|で|、|も|って)(?=[^はがをで、もっ]{2,})/u, "");
    // Latin words (Run Faster) have their own weights: a name the documents write in capitals, or an ordinary word.
    for (const word of tokenizer.analyzeQuestion(phrase).words) if (!/[a-z]/u.test(word)) words.add(word);
  }
  return words;
}

/** Question → weighted search terms: kuromoji words, character bigrams, synonyms and glossary. */
export function analyzeQuery(
  question: string,
  tokenizer: JapaneseTokenizer,
  synonyms: SynonymDictionary,
  documentWords?: DocumentWords,
  passagesWriting?: PassagesWriting,
): AnalyzedQuery {
  const { dates, rest } = sourceDates(normalizeForSearch(question));
  const lang = detectLanguage(rest);
  const normalized = lang === "en" ? numberWordsAsDigits(rest) : rest;
  let searchText = normalized;
  const words = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const expansions = new Set<string>();
  // Acronyms the asker typed that the documents write in capitals (CHIPS法, CFIUS): names of one thing each.
  const named = acronymsOf(question.normalize("NFKC"), documentWords);
  if (lang === "en") {
    const { japanese, alternates, leftover, acronyms } = translateEnglishQuery(normalized, englishLexicon(), named);
    // A Japanese name typed into the English (「the METI 技術流出対策ガイダンス」) is searched as Japanese text is.
    // Typed beside its English (core infrastructure (基幹インフラ)), it is already among the translations.
    const typedJapanese = leftover.filter((word) => JAPANESE_SCRIPT.test(word) && !japanese.includes(word));
    searchText = [...japanese, ...typedJapanese].join(" ");
    for (const term of alternates) expansions.add(term);
    for (const word of leftover) if (!typedJapanese.includes(word)) addTerm(words, word, 0.7);
    for (const word of acronyms) addTerm(words, word, 1);
    // A name the documents write in Latin letters ("AI Diffusion Rule") is searched in its own words too.
    for (const name of passagesWriting ? writtenLatinNames(question, passagesWriting, documentWords) : [])
      for (const word of name.toLowerCase().split(/\s+/u)) addTerm(words, word, 1);
    // "The 3 Ps" is how English writes what the documents call 「3つのP」.
    for (const counted of countedLetters(question)) searchText += ` ${counted}`;
    // Numbers such as "50%" matter in English questions too.
    for (const number of normalized.match(/\d+%?/g) ?? []) searchText += ` ${number}`;
  }
  const analyzed = tokenizer.analyzeQuestion(searchText);
  // 「うちは従業員100人の会社で、専門部署を作る余裕はないです。ガイドライン案では新組織が必要？」: the statements
  // before the question set the scene; the words only they have weigh less than the question's own.
  const asked = lang === "ja" ? askingSentences(searchText) : undefined;
  const askedOwn = asked ? tokenizer.analyzeQuestion(asked) : undefined;
  // 「…と記憶しています。どういう内容でしたか」: a question with no topic of its own is about the statements'.
  const own = askedOwn && askedOwn.compounds.length >= 2 ? askedOwn : undefined;
  const about = lang === "ja" ? aboutWords(asked ?? searchText, tokenizer) : new Set<string>();
  // 「…活用法（セキュリティ・クリアランスの法律）はいつできて」: the words only the aside after a name has.
  const unglossed = lang === "ja" ? withoutGlosses(searchText) : searchText;
  const outsideGlosses = unglossed === searchText ? undefined : tokenizer.analyzeQuestion(unglossed);
  const glossOnly = (term: string) =>
    outsideGlosses !== undefined && !outsideGlosses.words.includes(term) && !outsideGlosses.bigrams.includes(term);
  const weightOf = (term: string, ownTerms: readonly string[] | undefined) =>
    (!ownTerms || ownTerms.includes(term) ? 1 : BACKGROUND_WEIGHT) *
    (ASKED_NOUNS.has(term) ? ASKED_NOUN_WEIGHT : 1) *
    (about.has(term) ? TOPIC_WEIGHT : 1) *
    (glossOnly(term) ? GLOSS_WEIGHT : 1);
  // In a Japanese question such an acronym outweighs the common words beside it.
  for (const word of analyzed.words)
    addTerm(words, word, weightOf(word, own?.words) * (lang === "ja" && named.has(word) ? ACRONYM_WEIGHT : 1));
  for (const bigram of analyzed.bigrams) addTerm(bigrams, bigram, weightOf(bigram, own?.bigrams));

  for (const term of [...analyzed.words, ...analyzed.compounds])
    for (const variant of synonyms.lookup(term)) expansions.add(variant);
  for (const match of synonyms.domainMatches(searchText.replace(/\s+/g, "")))
    for (const variant of match.variants) expansions.add(variant);
  // 「2021年度」 asked, 「令和3年度」 written: the era's words are searched beside the year's.
  for (const [, year] of searchText.matchAll(WESTERN_FISCAL_YEAR)) expansions.add(eraFiscalYear(Number(year)));
  for (const variant of expansions) {
    const expanded = tokenizer.analyze(variant);
    for (const word of expanded.words) if (!words.has(word)) addTerm(words, word, EXPANSION_WEIGHT);
    for (const bigram of cjkBigrams(variant)) if (!bigrams.has(bigram)) addTerm(bigrams, bigram, EXPANSION_WEIGHT);
  }
  const toList = (map: Map<string, number>) => [...map].map(([term, weight]) => ({ term, weight }));
  // The labels documents put before the asked value (<日時> 2024年10月1日, <場所> 本館17階) are searched at the
  // synonym weight: a question asking when or where finds the line that says so.
  const labelWords = new Map<string, number>();
  const labelBigrams = new Map<string, number>();
  for (const label of answerLabels(normalized)) {
    for (const word of tokenizer.analyze(label).words)
      if (!words.has(word)) addTerm(labelWords, word, EXPANSION_WEIGHT);
    for (const bigram of cjkBigrams(label)) if (!bigrams.has(bigram)) addTerm(labelBigrams, bigram, EXPANSION_WEIGHT);
  }
  const askedType =
    lang === "en" ? askedTypeOfEnglish(normalized) : askedTypeOfJapanese(tokenizer.morphemes(normalized));
  return {
    lang,
    words: toList(words),
    bigrams: toList(bigrams),
    compounds: analyzed.compounds,
    searchText,
    ...(askedType ? { askedType } : {}),
    labels: { words: toList(labelWords), bigrams: toList(labelBigrams) },
    sourceDates: dates,
  };
}
