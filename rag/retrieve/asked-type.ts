import type { IpadicFeatures } from "kuromoji";
import { foldForMatch } from "./fold.ts";

/**
 * The kind of value a question asks for, as far as retrieval cares: a passage that can answer
 * 「いつ」 holds a date, one that can answer 「何件」 a counted number. (The answerer has its own,
 * richer analysis; this one only tilts the ranking.)
 */
export type AskedType = "date" | "count" | "amount" | "rate" | "quantity";

const TIME_UNITS = new Set(["年", "月", "日", "年度", "時", "時点", "頃", "ごろ"]);
/** A time unit followed by one of these is a duration (何日分, 何年間), i.e. a count. */
const DURATION_SUFFIXES = new Set(["分", "間"]);
const RATE_UNIT = /^(%|割|パーセント)/u;
/** Nouns that say which quantity a 「どれくらい」 asks for (the last such noun wins). */
const QUANTITY_HEADS: [RegExp, AskedType][] = [
  [/(額|予算|費|金|円|ドル)$/u, "amount"],
  [/(率|割合|シェア)$/u, "rate"],
  [/数$/u, "count"],
];

const VALUE_PATTERNS: Record<AskedType, RegExp> = {
  date: /(?:19|20)\d{2}\s*年|\d{1,2}\s*月|令和\s*\d|平成\s*\d|\b\d{2}\/\d{1,2}\b/u,
  count: /\d+\s*[\p{Script=Han}\p{Script=Katakana}つ]/u,
  amount: /\d[\d,.]*\s*(?:兆|億|万|千)?\s*(?:円|ドル|元|ユーロ)|[$¥€]\s*\d/u,
  rate: /\d+(?:\.\d+)?\s*(?:%|割)/u,
  quantity: /\d/u,
};

function quantityHead(tokens: IpadicFeatures[]): AskedType {
  let asked: AskedType = "quantity";
  for (const token of tokens) {
    if (token.pos !== "名詞") continue;
    for (const [pattern, type] of QUANTITY_HEADS) if (pattern.test(token.surface_form)) asked = type;
  }
  return asked;
}

/** The asked type of a Japanese question from its morphemes: interrogatives and what they attach to. */
export function askedTypeOfJapanese(tokens: IpadicFeatures[]): AskedType | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    const surface = token.surface_form;
    // kuromoji splits いつ頃 into い + つ + 頃.
    if (surface === "いつ" || (surface === "い" && next?.surface_form === "つ")) return "date";
    if (surface === "いくら") return "amount";
    if (surface === "いくつ") return "count";
    if (surface === "何" && next?.pos === "名詞") {
      if (RATE_UNIT.test(next.surface_form)) return "rate";
      const duration = DURATION_SUFFIXES.has(tokens[at + 2]?.surface_form ?? "");
      if (TIME_UNITS.has(next.surface_form) && !duration) return "date";
      return "count";
    }
    // どれくらい, どのくらい, どれほど, どの程度: the quantity named elsewhere in the question.
    if ((surface === "どれ" || surface === "どの") && /^(くらい|ぐらい|ほど|程度)$/u.test(next?.surface_form ?? ""))
      return quantityHead(tokens);
  }
  return undefined;
}

/**
 * "when" asking a date. "when changing jobs" is a conjunction before a gerund and asks none; so is a "when" after
 * another question word of its sentence ("what threshold applies when a foreign investor buys shares?"), unless
 * "and", a comma or a dash makes it a question of its own ("what is it, and when did it start?", "… — and from when
 * has it been in force?"). A "when" with a subject of its own before a comma and another question word sets the
 * scene ("When Russia invaded Ukraine, how many days of oil did Japan hold?"); "When was it set up, how many…" asks.
 */
export const WHEN_ASKED =
  /(?:(?<!\b(?:what|which|how|who|whom|why|where)\b[^.?!]*)|(?<=(?:\b(?:and|also|but|or),?|[,—–])\s*(?:(?:from|since|until|by)\s+)?))\bwhen\b(?!\s+\w+ing\b)(?!\s+(?!(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could|should|exactly)\b)[^.?!,]*,\s*(?:what|which|how|who|whom|why|where)\b)/iu;

/** The asked type of an English question. */
export function askedTypeOfEnglish(question: string): AskedType | undefined {
  const text = question.toLowerCase();
  if (WHEN_ASKED.test(text) || /\bwhat (year|date|month)\b|\bsince when\b/u.test(text)) return "date";
  if (/\bhow many\b|\bnumber of\b/u.test(text)) return "count";
  if (/\bwhat (percentage|share|rate)\b|\bpercent/u.test(text)) return "rate";
  if (/\bhow much\b|\bwhat amount\b/u.test(text)) return "amount";
  return undefined;
}

/**
 * Whether a passage holds a value of the asked type next to what is asked about: on a line that
 * also carries one of the question's terms. Slides are full of dates and numbers, so a value
 * anywhere in the passage says little; a value beside the topic is what an answer quotes.
 */
export function holdsAskedType(text: string, asked: AskedType, topicTerms: readonly string[]): boolean {
  const pattern = VALUE_PATTERNS[asked];
  for (const line of text.split("\n").map(foldForMatch)) {
    if (!pattern.test(line)) continue;
    if (topicTerms.some((term) => line.includes(term))) return true;
  }
  return false;
}
