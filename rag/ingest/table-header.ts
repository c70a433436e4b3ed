import { shortCells, tableCells } from "../table-cells.ts";

/** A header this many lines back belongs to another table. */
const MAX_LINES_BACK = 12;

/**
 * The header row a table row belongs to, when that header is among the lines before it (nearest last): a line of
 * three or more short cells (「NSG (原子力供給国グループ)」), one column fewer than the row, whose first cell is the
 * row's label (「3. 参加国数」).
 */
export function headerOfRow(row: string, before: readonly string[]): string | undefined {
  // The row's own cells may be prose (「1. 規制対象品目」 lists every item); its header's are short names.
  const columns = tableCells(row).length;
  return before.slice(-MAX_LINES_BACK).findLast((line) => shortCells(line)?.length === columns - 1);
}
