import { escapeRegExp } from "../escape-regexp.ts";
import { baseForms, ENGLISH_STOP, englishLexicon, vocabularyEnglish } from "../retrieve/english-lexicon.ts";
import { foldForMatch } from "../retrieve/fold.ts";
import type { Chunk, DocumentKind } from "../types.ts";
import { englishDate } from "./english-figures.ts";
import { englishLabel } from "./english-labels.ts";

const KIND_LABELS: Record<DocumentKind, string> = {
  "action-plan": "action plan",
  guidance: "guidance",
  casebook: "casebook",
  minutes: "meeting minutes",
  briefing: "briefing material",
  faq: "FAQ",
  other: "document",
};

const ISSUER_LABELS: Record<string, string> = {
  経済産業省: "METI",
  内閣府: "the Cabinet Office",
  公正取引委員会: "the JFTC",
  政策研究大学院大学: "GRIPS",
};

/** 2025-12-12 → 12 December 2025; 2024-02 → February 2024. */
function documentDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return englishDate(year!, month, day) ?? date;
}

/**
 * "According to METI's briefing material of February 2024, quoted in Japanese:" ("…2024:" when every quoted line is
 * read in English, the Japanese beside it). The document's Japanese title is
 * left to the citation. The title of the section a quote opens with, when there is one, is named as the quote's
 * place ("under 「…」") rather than shown as a line of its own.
 */
export function englishFrame(
  chunk: Chunk,
  sectionTitle?: string,
  inEnglish = false,
  /** The section's title read in English, when the glossaries read it whole. */
  sectionEnglish?: string,
): string {
  const issuerWord = chunk.issuer?.split(/\s+/)[0] ?? "";
  const issuer = ISSUER_LABELS[issuerWord] ?? englishLabel(issuerWord);
  const owner = issuer ? `${issuer}'s ` : "the ";
  const date = chunk.date ? ` of ${documentDate(chunk.date)}` : "";
  const page = chunk.page ? ` (p. ${chunk.page})` : "";
  const under = sectionTitle === undefined ? "" : `, under ${sectionPlace(sectionTitle, sectionEnglish)}`;
  return `According to ${owner}${KIND_LABELS[chunk.kind]}${date}${page}${under}${inEnglish ? "" : ", quoted in Japanese"}:`;
}

/** A section named as a quote's place: its title in English beside its Japanese when it reads whole, else the Japanese. */
export function sectionPlace(sectionTitle: string, sectionEnglish?: string): string {
  return sectionEnglish !== undefined ? `"${sectionEnglish}" (「${sectionTitle}」)` : `「${sectionTitle}」`;
}

/** Two or more words, each capitalised: "Nuclear Suppliers Group", not "export controls" or "FDI". */
const PROPER_NAME = /^[A-Z][\w'-]*(?:\s+(?:of|and|the|for|on)?\s*[A-Z][\w'-]*)+$/u;

const PLAIN_TERM = /^(\d+月|第\d+|\d+年|日本|中国|米国|英国|欧州|韓国|台湾|ロシア|インド|カナダ|メキシコ)$/u;

/**
 * The Japanese terms an English question's own words stand for, each with the words that asked for it
 * ("reciprocal tariff" → 相互関税): the longest phrase the lexicon knows at each word, else a base form.
 */
export function questionTerms(question: string): Map<string, string> {
  const lexicon = englishLexicon();
  // Looked up in lower case, labelled as the asker wrote them (FDI, not fdi).
  const written = question.match(/[A-Za-z0-9%][A-Za-z0-9%'-]*/gu) ?? [];
  const words = written.map((word) => word.toLowerCase());
  const terms = new Map<string, string>();
  for (let at = 0; at < words.length; ) {
    // "the CHIPS Act": a word in capitals before a capitalised word is part of a name, not the common noun (chips).
    if (/^[A-Z]{2,}$/u.test(written[at]!) && /^[A-Z][a-z]/u.test(written[at + 1] ?? "")) {
      at++;
      continue;
    }
    let matched = 0;
    for (let length = Math.min(lexicon.longestPhrase, words.length - at); length >= 1; length--) {
      const phrase = words.slice(at, at + length).join(" ");
      if (length === 1 && ENGLISH_STOP.has(phrase)) break;
      const found = lexicon.lookup(phrase);
      if (found.length > 0) {
        // "target for", "stock of": the preposition says how the phrase was read, not what the term is.
        const label = written
          .slice(at, at + length)
          .join(" ")
          .replace(/\s+(?:for|of|to|in|on|at|by|with|from)$/iu, "");
        for (const term of found) if (!terms.has(term)) terms.set(term, label);
        matched = length;
        break;
      }
    }
    if (matched === 0 && !ENGLISH_STOP.has(words[at]!)) {
      const found = baseForms(words[at]!)
        .map((form) => lexicon.lookup(form))
        .find((list) => list.length > 0);
      for (const term of found ?? []) if (!terms.has(term)) terms.set(term, written[at]!);
    }
    at += Math.max(matched, 1);
  }
  return terms;
}

/**
 * Where the question's own words (`questionTerms`) are in the Japanese quote, longest first, at most three: "相互関税 =
 * reciprocal tariff". Only terms the question asked about are glossed: a gloss of some other word of the quote (分野 =
 * sectors, ai = artificial intelligence) tells the reader nothing they asked. A term inside a figure already read in
 * English (施行後三年) is not glossed again.
 */
export function englishTerms(
  text: string,
  askedTerms: ReadonlyMap<string, string>,
  read: readonly string[] = [],
): string | undefined {
  const folded = foldForMatch(text);
  const asked = [...askedTerms].sort((a, b) => b[0].length - a[0].length);
  const found: [string, string][] = [];
  for (const [term, english] of asked) {
    if (found.length >= 3) break;
    // A Latin term glossed by itself (eu = eu) tells the reader nothing, nor does a month, an ordinal or a
    // country's name (6月 = june, 日本 = japanese): the reader of an English question knows those.
    if (term.length < 2 || foldForMatch(term) === foldForMatch(english) || PLAIN_TERM.test(term)) continue;
    if (!worthGlossing(term)) continue;
    if (read.some((figure) => figure.includes(term))) continue;
    // One gloss for each of the question's words: "cars" is 自動車 in 「自動車・自動車部品」, not also 車両 in 「中大型車両」.
    if (found.some(([, label]) => label === english)) continue;
    if (folded.includes(foldForMatch(term)) && !found.some(([longer]) => longer.includes(term)))
      found.push([term, english]);
  }
  return found.length > 0
    ? `Terms: ${found
        .map(([term, english]) => {
          const written = asWritten(term, text);
          const named = foldForMatch(written) === foldForMatch(term) ? term : written;
          return `${written} = ${withLatinOf(written, glossOf(named, english, folded))}`;
        })
        .join("; ")}.`
    : undefined;
}

/**
 * Whether an English reader would look the term up. A common two-kanji word (制度 = system, 必要 = need) or an
 * inflected one (止める = stop, 新た = new) glossed in the asker's own words reads as a word list, not help; the
 * field's names the hand-written glossary labels (施行, 株式) are kept however short.
 */
function worthGlossing(term: string): boolean {
  if (englishLabel(term) !== undefined) return true;
  if (/\p{Script=Hiragana}/u.test(term)) return false;
  return [...term].length > 2 || /[a-z]/iu.test(term);
}

// Only words joined by ・: katakana that runs straight on may be the next table cell (「ニッケルインドネシア」).
const KATAKANA_BEFORE = /(?:[\p{Script=Katakana}ー]+・)*$/u;
const KATAKANA_AFTER = /^(?:・[\p{Script=Katakana}ー]+)*/u;

/**
 * The whole katakana name a term is part of: the lexicon knows アレンジメント, the quote names
 * 「ワッセナー・アレンジメント」, and a gloss of the name's tail beside the asker's "Wassenaar Arrangement" misleads.
 */
function wholeName(text: string, start: number, end: number): [number, number] {
  const katakana = /[\p{Script=Katakana}ー]/u;
  const from = katakana.test(text[start] ?? "")
    ? start - (text.slice(0, start).match(KATAKANA_BEFORE)?.[0].length ?? 0)
    : start;
  const to = katakana.test(text[end - 1] ?? "") ? end + (text.slice(end).match(KATAKANA_AFTER)?.[0].length ?? 0) : end;
  return [from, to];
}

/**
 * A gloss keeps the Latin name its term is written with: 「MFN税率」 is the MFN tariff rate, not any tariff rate. A
 * name the gloss spells out (EWS → Early Warning System) is there already.
 */
function withLatinOf(written: string, gloss: string): string {
  const initials = gloss
    .split(/[\s-]+/u)
    .map((word) => word[0] ?? "")
    .join("")
    .toLowerCase();
  const missing = (written.normalize("NFKC").match(/[A-Za-z][A-Za-z0-9]+/gu) ?? []).filter(
    (name) => !gloss.toLowerCase().includes(name.toLowerCase()) && !initials.includes(name.toLowerCase()),
  );
  return missing.length > 0 ? `${missing.join(" ")} ${gloss}` : gloss;
}

/**
 * A term as the quote writes it: the lexicon keeps terms folded (ews構築, mfn税率), the quote has 「EWS構築」.
 * Spaces the quote puts inside it are kept out of the match as folding drops them.
 */
function asWritten(term: string, text: string): string {
  const letters = [...term].map(escapeRegExp);
  const normalized = text.normalize("NFKC");
  const written = normalized.match(new RegExp(letters.join("\\s*"), "iu"));
  if (!written || written.index === undefined) return term;
  const [from, to] = wholeName(normalized, written.index, written.index + written[0].length);
  return normalized.slice(from, to).replace(/\s+/gu, "");
}

/**
 * The gloss of a term the asker's words stand for: their words, unless the quote itself writes them. The lexicon
 * reads a name (CHIPS, CFIUS) as the general term (半導体, 投資審査); where the quote names it as well (「CHIPS法」),
 * 「半導体 = CHIPS」 would point the reader at the wrong word, so the term keeps its own label.
 */
function glossOf(term: string, asked: string, quote: string): string {
  // 「エンティティ・リスト」 is the vocabulary's エンティティリスト.
  const own = englishLabel(term) ?? vocabularyEnglish(term) ?? vocabularyEnglish(term.replaceAll("・", ""));
  if (own === undefined) return asked;
  // The asker's proper name (Nuclear Suppliers Group) for the general term (国際輸出管理レジーム) is not what the term
  // means: the term keeps its own label. So does a name of which the asker said one word ("entities" for
  // エンティティ・リスト, the entity list).
  if (!quote.includes(foldForMatch(asked)) && !PROPER_NAME.test(asked) && !namesPartOf(own, asked)) return asked;
  return own.toLowerCase() === asked.toLowerCase() ? asked : own;
}

/** "entities" for "entity list": the asker's one word is a word of a longer label. */
function namesPartOf(label: string, asked: string): boolean {
  const words = label.toLowerCase().split(/[\s-]+/u);
  const word = asked.toLowerCase();
  return words.length > 1 && !word.includes(" ") && [word, ...baseForms(word)].some((form) => words.includes(form));
}
