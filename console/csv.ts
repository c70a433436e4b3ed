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

/** One CSV line, with its CRLF. */
export function csvRow(row: (string | number | undefined | null)[]): string {
  return `${row.map(csvCell).join(",")}\r\n`;
}

/**
 * A CSV as a byte stream: the BOM and header at once, then each page `nextRows` returns, fetched only when the client
 * has taken the previous one (so memory holds one page however large the export). An empty page ends it.
 */
export function csvStream(
  header: string[],
  nextRows: () => Promise<(string | number | undefined | null)[][]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvRow(header)));
    },
    async pull(controller) {
      const rows = await nextRows();
      if (rows.length === 0) return controller.close();
      controller.enqueue(encoder.encode(rows.map(csvRow).join("")));
    },
  });
}

export function toCsv(rows: (string | number | undefined | null)[][]): string {
  return `${BOM + rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
