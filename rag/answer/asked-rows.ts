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
