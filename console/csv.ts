/** Excel reads UTF-8 Japanese correctly only with a byte-order mark. */
const BOM = "\uFEFF";

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Cells starting with = + - @ (or a tab or
 * carriage return) get a leading apostrophe so spreadsheet software shows them as text instead of running a formula.
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | undefined | null)[][]): string {
  return `${BOM + rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
