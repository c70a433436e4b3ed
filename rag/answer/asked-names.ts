import { foldForMatch } from "../retrieve/fold.ts";
import { MONTH_NAME, monthNumber, sourceDates } from "../retrieve/source-dates.ts";
import { type Month, monthsIn } from "./other-months.ts";

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
 * The rows or columns of a table the question names (「黒鉛とアンチモンは」「NSGとWAは」「2025年2月に追加された鉱種」),
 * by the names or the month they hold; or undefined when the question reads across the table. A Latin name is a word
 * of the question (WA, not the "wa" of "Wassenaar"); a Japanese one is in it. `translated` are an English question's
 * phrases in Japanese (Missile Technology Control Regime → ミサイル技術管理, papers → 論文): a name that holds one is
 * named.
 */
export function asksAbout(question: string, translated: readonly string[] = []): AsksAbout | undefined {
  const text = question.normalize("NFKC");
  // 「2025年2月に加えた鉱物をすべて」: every item of the month's row, not the whole table.
  const acrossRows =
    ACROSS_ROWS.test(text) && (ACROSS_ROWS.test(text.replace(EVERY_ITEM, "")) || namedMonths(question).length === 0);
  return acrossRows ? undefined : asksForRows(question, translated);
}

/** Words that ask for every item (すべて, 一覧, "all"): of the rows named, when a month names them. */
const EVERY_ITEM = /すべて|全て|全部|一覧|\b(?:all|every|list)\b/giu;

/** A phrase shorter than this names a table's name only as its start (論文 names 論文数; 国 is in 先進国 and 国会). */
const MIN_TRANSLATED_CHARS = 3;
const ENGLISH_MONTH = new RegExp(`\\b(${MONTH_NAME})\\s+((?:19|20)\\d{2})\\b`, "giu");

/**
 * The months of a year the question asks about (「2025年2月に」, "February 2025"), as a table's rows open with them
 * (2025年2月). The month of a document it names as its source (「2024年2月の資料では」) is not one, nor a month
 * without its year (「本年4月」).
 */
function namedMonths(question: string): Month[] {
  const rest = sourceDates(question).rest;
  return [
    ...monthsIn(rest).filter((month) => month.year !== undefined),
    ...[...rest.normalize("NFKC").matchAll(ENGLISH_MONTH)].map(([, month, year]) => ({
      year: Number(year),
      month: monthNumber(month!),
    })),
  ];
}

/**
 * The rows of a table the question names by what they give (「発足年と参加国数を一覧に」 names the 発足年 and 参加国数
 * rows), however it reads across the table's columns: 「一覧」 and 「一番多い」 are about the columns.
 */
export function asksForRows(question: string, translated: readonly string[] = []): AsksAbout {
  const normalized = question.normalize("NFKC");
  const folded = foldForMatch(question);
  const words = new Set(normalized.toLowerCase().match(/[a-z0-9&-]+/gu) ?? []);
  const phrases = translated.map(foldForMatch).filter((phrase) => phrase.length > 0);
  const months = namedMonths(question);
  const named = (name: string) => {
    if (/^[A-Za-z]/u.test(name)) return words.has(name.toLowerCase());
    const foldedName = foldForMatch(name);
    return (
      folded.includes(foldedName) ||
      phrases.some(
        (phrase) =>
          foldedName.startsWith(phrase) || (phrase.length >= MIN_TRANSLATED_CHARS && foldedName.includes(phrase)),
      )
    );
  };
  const holdsMonth = (text: string) =>
    months.length > 0 &&
    monthsIn(text).some(({ year, month }) => months.some((asked) => asked.year === year && asked.month === month));
  return (text) => (text.match(NAME) ?? []).some(named) || holdsMonth(text);
}

/** The parts the question names, when it names some but not all; else all of them. */
export function namedParts<T>(parts: readonly T[], textOf: (part: T) => string, asks: AsksAbout | undefined): T[] {
  if (!asks) return [...parts];
  const kept = parts.filter((part) => asks(textOf(part)));
  return kept.length === 0 || kept.length === parts.length ? [...parts] : kept;
}
