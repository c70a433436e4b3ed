import { tableCells } from "../table-cells.ts";

/** A header row names short columns (「NSG (原子力供給国グループ)」), not prose. */
const MAX_HEADER_CELL_CHARS = 40;
const MIN_COLUMNS = 3;
/** A header this many lines back belongs to another table. */
const MAX_LINES_BACK = 12;

/**
 * The header row a table row belongs to, when that header is among the lines before it (nearest last): a line of
 * short cells with one column fewer than the row, whose first cell is the row's label (「3. 参加国数」).
 */
export function headerOfRow(row: string, before: readonly string[]): string | undefined {
  const columns = tableCells(row).length;
  if (columns < MIN_COLUMNS + 1) return undefined;
  return before.slice(-MAX_LINES_BACK).findLast((line) => {
    const cells = tableCells(line);
    return cells.length === columns - 1 && cells.every((cell) => cell.length <= MAX_HEADER_CELL_CHARS);
  });
}
