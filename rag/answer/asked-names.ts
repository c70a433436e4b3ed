import { foldForMatch } from "../retrieve/fold.ts";

/** A name as a table writes it: a run of kanji or katakana (黒鉛, ワッセナー), or a Latin initialism or word (NSG). */
const NAME = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}|[A-Za-z][A-Za-z0-9&-]+/gu;

/**
 * A question that reads the table across its rows (「黒鉛の次に」「これまでに対象になった鉱種」「ガリウム以外」
 * "since", "all"): the rows it names are where it starts, not all it asks for.
 */
const ACROSS_ROWS =
  /以降|以後|その後|次に|次は|後に|前に|以前|以外|ほか|他に|他の|最初|最後|初め|はじめ|順|経緯|流れ|推移|全部|すべて|全て|一覧|これまで|今まで|以来|始ま|皮切り|比べ|比較|最も|一番|最大|最小|多い|少ない|\b(?:after|before|since|next|other|others|first|last|all|each of|every|list|timeline|history|until|compare|compared|most|least)\b|so far/iu;

/** What a question names of a table's rows or columns. */
export interface AsksAbout {
  /** The row or column, by its text, is one the question names. */
  names(text: string): boolean;
  /**
   * Every name the question gives is in one of the parts: else a part it names may be one the reader could not match,
   * and none is left out.
   */
  complete?(texts: readonly string[]): boolean;
}

/**
 * The rows or columns of a table the question names (「黒鉛とアンチモンは」「NSGとWAは」), by the names they hold; or
 * undefined when the question reads across the table. A Latin name is a word of the question (WA, not the "wa" of
 * "Wassenaar"); a Japanese one is in it.
 */
export function asksAbout(question: string): AsksAbout | undefined {
  return ACROSS_ROWS.test(question.normalize("NFKC")) ? undefined : namesIn(question);
}

/**
 * The rows of a table the question names by what they give (「発足年と参加国数を一覧に」 names the 発足年 and 参加国数
 * rows), however it reads across the table's columns: 「一覧」 and 「一番多い」 are about the columns.
 */
export function asksForRows(question: string): AsksAbout {
  return namesIn(question);
}

function namesIn(question: string): AsksAbout {
  const normalized = question.normalize("NFKC");
  const folded = foldForMatch(question);
  const words = new Set(normalized.toLowerCase().match(/[a-z0-9&-]+/gu) ?? []);
  const named = (name: string) => {
    if (/^[A-Za-z]/u.test(name)) return words.has(name.toLowerCase());
    return folded.includes(foldForMatch(name));
  };
  return { names: (text) => (text.match(NAME) ?? []).some(named) };
}

/** A name in English as a table writes it: an initialism (NSG, MTCR, WA). */
const INITIALISM = /\b[A-Z][A-Z0-9&]{1,5}\b/gu;
/** A proper name of two or more capitalised words ("Wassenaar Arrangement", "Missile Technology Control Regime"). */
const PROPER_NAME = /\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][a-z]+)+\b/gu;

/**
 * The columns of a table an English question names, by their initialisms: "NSG", or "Wassenaar Arrangement" by its
 * initials (WA). A name the question gives that no column has (a country, a law) leaves the table whole: the reader
 * cannot tell an unmatched name from a named column it failed to match.
 */
export function asksAboutEnglish(question: string): AsksAbout | undefined {
  const normalized = question.normalize("NFKC");
  if (ACROSS_ROWS.test(normalized)) return undefined;
  const initials = (phrase: string) =>
    phrase
      .split(/\s+/u)
      .filter((word) => /^[A-Z]/u.test(word))
      .map((word) => word[0])
      .join("");
  const given = new Set([
    ...(normalized.match(INITIALISM) ?? []),
    ...(normalized.match(PROPER_NAME) ?? []).map(initials),
  ]);
  if (given.size === 0) return undefined;
  const own = (text: string) => new Set(text.normalize("NFKC").match(INITIALISM) ?? []);
  return {
    names: (text) => [...own(text)].some((name) => given.has(name)),
    complete: (texts) => [...given].every((name) => texts.some((text) => own(text).has(name))),
  };
}

/** The parts the question names, when it names some but not all; else all of them. */
export function namedParts<T>(parts: readonly T[], textOf: (part: T) => string, asks: AsksAbout | undefined): T[] {
  if (!asks) return [...parts];
  const kept = parts.filter((part) => asks.names(textOf(part)));
  if (asks.complete && !asks.complete(parts.map(textOf))) return [...parts];
  return kept.length === 0 || kept.length === parts.length ? [...parts] : kept;
}
