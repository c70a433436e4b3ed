/** Ingest turns a table's cell breaks (tabs) into U+3000 (see ingest/normalize-japanese.ts). */
const CELL_BREAK = /\u3000+/u;
const MIN_COLUMNS = 3;
/** A cell longer than this is prose (a row listing every controlled item), not a value or a column's name. */
const MAX_CELL_CHARS = 40;

/** The cells of a line as ingest wrote them; one cell for a line that is not a table row. */
export function tableCells(line: string): string[] {
  return line
    .split(CELL_BREAK)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
}

/** The cells of a line of three or more short cells (a header row, or a row of values), else undefined. */
export function shortCells(line: string): string[] | undefined {
  const cells = tableCells(line);
  return cells.length >= MIN_COLUMNS && cells.every((cell) => cell.length <= MAX_CELL_CHARS) ? cells : undefined;
}
