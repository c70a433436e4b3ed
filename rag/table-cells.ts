/** Ingest turns a table's cell breaks (tabs) into U+3000 (see ingest/normalize-japanese.ts). */
const CELL_BREAK = /\u3000+/u;

/** The cells of a line as ingest wrote them; one cell for a line that is not a table row. */
export function tableCells(line: string): string[] {
  return line
    .split(CELL_BREAK)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
}
