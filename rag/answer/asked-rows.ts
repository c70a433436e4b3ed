import { foldForMatch } from "../retrieve/fold.ts";
import { timelineRows } from "./display-lines.ts";

/** A name in a row: a run of kanji or katakana (黒鉛, アンチモン, the レアアース of 中・重レアアース). */
const NAME = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;

/**
 * A question that reads the table across its rows (「黒鉛の次に」「これまでに対象になった鉱種」「ガリウム以外」
 * "since", "all"): the rows it names are where it starts, not all it asks for.
 */
const ACROSS_ROWS =
  /以降|以後|その後|次に|次は|後に|前に|以前|以外|ほか|他に|他の|最初|最後|初め|はじめ|順|経緯|流れ|推移|全部|すべて|全て|一覧|これまで|今まで|以来|始ま|皮切り|\b(?:after|before|since|next|other|others|first|last|all|list|timeline|history|until)\b|so far/iu;

/**
 * A shown timeline (「2023年8月 ガリウム、ゲルマニウム 2023年12月 黒鉛 …」) cut to the rows whose names the question
 * says (「黒鉛とアンチモンはそれぞれいつから」): the table's other rows are about other things. A timeline stays whole
 * when the question names none of its rows or all of them, or reads across its rows. Kept rows are one line, one row
 * to a line, as the whole table would be shown.
 */
export function withAskedRows(lines: readonly string[], question: string, focus: readonly string[]): string[] {
  // Read before folding, which runs English words together.
  if (ACROSS_ROWS.test(question.normalize("NFKC"))) return [...lines];
  const folded = foldForMatch(question);
  const asked = (name: string) => {
    const word = foldForMatch(name);
    return folded.includes(word) || focus.some((phrase) => phrase.includes(word));
  };
  return lines.flatMap((line) => {
    const timeline = timelineRows(line);
    if (!timeline) return [line];
    const kept = timeline.rows.filter((row) => (row.match(NAME) ?? []).some(asked));
    if (kept.length === 0 || kept.length === timeline.rows.length) return [line];
    return [...(timeline.head === "" ? [] : [timeline.head]), kept.join("\n")];
  });
}
