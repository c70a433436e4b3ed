import { foldForMatch } from "../retrieve/fold.ts";

/** A name as a table writes it: a run of kanji or katakana (黒鉛, ワッセナー), or a Latin initialism or word (NSG). */
const NAME = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}|[A-Za-z][A-Za-z0-9&-]+/gu;

/**
 * A question that reads the table across its rows (「黒鉛の次に」「これまでに対象になった鉱種」「ガリウム以外」
 * "since", "all"): the rows it names are where it starts, not all it asks for.
 */
const ACROSS_ROWS =
  /以降|以後|その後|次に|次は|後に|前に|以前|以外|ほか|他に|他の|最初|最後|初め|はじめ|順|経緯|流れ|推移|全部|すべて|全て|一覧|これまで|今まで|以来|始ま|皮切り|比べ|比較|最も|一番|最大|最小|多い|少ない|\b(?:after|before|since|next|other|others|first|last|all|each of|every|list|timeline|history|until|compare|compared|most|least)\b|so far/iu;

/** Whether a row or a column of a table, by its text, is one the question names. */
export type AsksAbout = (text: string) => boolean;

/**
 * The rows or columns of a table the question names (「黒鉛とアンチモンは」「NSGとWAは」), by the names they hold; or
 * undefined when the question reads across the table. A Latin name is a word of the question (WA, not the "wa" of
 * "Wassenaar"); a Japanese one is in it.
 */
export function asksAbout(question: string): AsksAbout | undefined {
  return ACROSS_ROWS.test(question.normalize("NFKC")) ? undefined : asksForRows(question);
}

/**
 * The rows of a table the question names by what they give (「発足年と参加国数を一覧に」 names the 発足年 and 参加国数
 * rows), however it reads across the table's columns: 「一覧」 and 「一番多い」 are about the columns.
 */
export function asksForRows(question: string): AsksAbout {
  const normalized = question.normalize("NFKC");
  const folded = foldForMatch(question);
  const words = new Set(normalized.toLowerCase().match(/[a-z0-9&-]+/gu) ?? []);
  const named = (name: string) => {
    if (/^[A-Za-z]/u.test(name)) return words.has(name.toLowerCase());
    return folded.includes(foldForMatch(name));
  };
  return (text) => (text.match(NAME) ?? []).some(named);
}

/** The parts the question names, when it names some but not all; else all of them. */
export function namedParts<T>(parts: readonly T[], textOf: (part: T) => string, asks: AsksAbout | undefined): T[] {
  if (!asks) return [...parts];
  const kept = parts.filter((part) => asks(textOf(part)));
  return kept.length === 0 || kept.length === parts.length ? [...parts] : kept;
}
