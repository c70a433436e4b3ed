import { tableCells } from "../table-cells.ts";
import { type AsksAbout, namedParts } from "./asked-names.ts";
import { timelineRows } from "./display-lines.ts";

/**
 * A shown timeline (「2023年8月 ガリウム、ゲルマニウム 2023年12月 黒鉛 …」) cut to the rows whose names the question
 * says (「黒鉛とアンチモンはそれぞれいつから」): the table's other rows are about other things. A timeline stays whole
 * when the question names none of its rows or all of them, or reads across its rows (`asks` undefined). Kept rows are
 * one line, one row to a line, as the whole table would be shown.
 */
export function withAskedRows(lines: readonly string[], asks: AsksAbout | undefined): string[] {
  return lines.flatMap((line) => {
    const timeline = timelineRows(line);
    if (!timeline) return [line];
    const kept = namedParts(timeline.rows, (row) => row, asks);
    if (kept.length === timeline.rows.length) return [line];
    return [...(timeline.head === "" ? [] : [timeline.head]), kept.join("\n")];
  });
}

/** A table's row with a numbered label (「2. 発足年 (日本の参加)　1978年 (同年)　1985年 (同年)…」). */
const NUMBERED_ROW = /^\s*\d{1,2}[.．]\s*\S/u;

/**
 * A table's labelled rows cut to those whose labels the question names (「発足年と参加国数を」 → the 発足年 and 参加国数
 * rows, not 規制対象品目's list of every controlled item). Lines that are no such row stay.
 */
export function withAskedTableRows(lines: readonly string[], asks: AsksAbout | undefined): string[] {
  const rows = lines.filter((line) => NUMBERED_ROW.test(line) && tableCells(line).length >= 3);
  if (rows.length < 2) return [...lines];
  const kept = new Set(namedParts(rows, (row) => tableCells(row)[0]!, asks));
  return lines.filter((line) => !rows.includes(line) || kept.has(line));
}

/** A row of figures under a name (「- リチウム中国:55%、チリ:30%」): a short line that opens with the name and gives shares. */
const VALUE_ROW =
  /^[\s\-・◆◇●○■□▶▷✓]*([\p{Script=Han}]{2,}|[\p{Script=Katakana}ー]{2,})[^。]{0,40}?\d+(?:\.\d+)?\s*[%％]/u;
const MAX_ROW_CHARS = 60;
/** Fewer rows than this are no table of like rows, only lines that happen to hold a share. */
const MIN_ROWS = 3;

/**
 * A run of rows of figures cut to those whose names the question says (「リチウムとニッケルの生産シェア」 → the
 * リチウム and ニッケル rows, not レアアース's). A row is named when the question names the start of its name: the
 * table runs the name into the first cell (リチウム中国). The run stays whole when the question names none of its rows
 * or all of them, or reads across them (`asks` undefined).
 */
export function withAskedValueRows(lines: readonly string[], asks: AsksAbout | undefined): string[] {
  if (!asks) return [...lines];
  const nameOf = (line: string) => (line.length <= MAX_ROW_CHARS ? line.match(VALUE_ROW)?.[1] : undefined);
  const named = (name: string) =>
    Array.from({ length: name.length - 1 }, (_, cut) => name.slice(0, name.length - cut)).some((prefix) =>
      asks(prefix),
    );
  const dropped = new Set<number>();
  for (let at = 0; at < lines.length; ) {
    let end = at;
    while (end < lines.length && nameOf(lines[end]!) !== undefined) end++;
    if (end - at >= MIN_ROWS) {
      const run = Array.from({ length: end - at }, (_, offset) => at + offset);
      const kept = new Set(namedParts(run, (index) => nameOf(lines[index]!)!, named));
      for (const index of run) if (!kept.has(index)) dropped.add(index);
    }
    at = Math.max(end, at + 1);
  }
  return lines.filter((_, index) => !dropped.has(index));
}
