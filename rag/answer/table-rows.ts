import { shortCells } from "../table-cells.ts";
import { type AsksAbout, namedParts } from "./asked-names.ts";

/**
 * A table's row, quoted as the document flattens it (「3. 参加国数　48か国　42か国+EU　35か国　42か国」), makes the reader
 * line its values up with a header row they may not see. Each value is shown beside its column's header instead
 * (「3. 参加国数: NSG (原子力供給国グループ) 48か国 / … / WA (ワッセナー・アレンジメント) 42か国」): the words are still the
 * document's own.
 */

/** One value of a row with the header of its column. */
export interface HeadedCell {
  column: string;
  value: string;
}

export interface HeadedRows {
  lines: string[];
  /** The header rows the rewritten rows were read with: shown alone they are now redundant. */
  headers: Set<string>;
  /** Each rewritten row's values with their columns, by the line as rewritten. */
  cells: Map<string, HeadedCell[]>;
}

/** A column's short name, without its gloss: 「NSG (原子力供給国グループ)」 → NSG. */
export function shortColumn(column: string): string {
  const short = column.replace(/\s*[(（][^)）]*[)）]\s*$/u, "");
  return short === "" ? column : short;
}

/**
 * The lines with each table row (a label and one value per column) read against the nearest header row before it
 * (`before`: the text that precedes the lines, nearest last), and the header rows so used.
 */
export function headedRows(lines: readonly string[], before: readonly string[], asks?: AsksAbout): HeadedRows {
  const headers = new Set<string>();
  const headed = new Map<string, HeadedCell[]>();
  const seen = [...before];
  const shown = lines.map((line) => {
    const cells = shortCells(line);
    const header = cells && seen.findLast((earlier) => shortCells(earlier)?.length === cells.length - 1);
    seen.push(line);
    if (!cells || !header) return line;
    headers.add(header);
    // A column keeps its gloss: 「WA (ワッセナー・アレンジメント)」 is named the way the asker names it.
    const names = shortCells(header)!;
    const [label, ...values] = cells;
    // 「WAとNSGの参加国数」: the columns the question names, when it names some.
    const row = namedParts(
      values.map((value, at) => ({ column: names[at]!, value })),
      ({ column }) => column,
      asks,
    );
    const rewritten = `${label}: ${row.map(({ column, value }) => `${column} ${value}`).join(" / ")}`;
    headed.set(rewritten, row);
    return rewritten;
  });
  return { lines: shown, headers, cells: headed };
}
