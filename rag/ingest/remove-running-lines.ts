import type { LoadedPage } from "./types.ts";

/** "3", "- 3 -", "(3)", "3 / 12", "p. 3": a page number on a line of its own. */
const pageNumber = /^([-–—‐(（]?\s*\d{1,4}\s*[-–—‐)）]?|\d{1,4}\s*\/\s*\d{1,4}|[pP]\.?\s*\d{1,4})$/;
/** How many lines at the top and bottom of a page can be running headers or footers. */
const edge = 2;

/** Digits vary between pages ("2025年5月 3/40"), so lines are compared with digits masked. */
const shape = (line: string) => line.replace(/\d+/g, "#");

function edgeIndexes(lines: string[]): number[] {
  const filled = lines.map((line, index) => (line.trim() === "" ? -1 : index)).filter((index) => index >= 0);
  return [...new Set([...filled.slice(0, edge), ...filled.slice(-edge)])];
}

/**
 * Drops page numbers and running headers/footers (the same line at the top or bottom of most pages)
 * from PDF pages: they would otherwise split sentences and repeat in every chunk.
 */
export function removeRunningLines(pages: LoadedPage[]): LoadedPage[] {
  const split = pages.map((page) => page.text.split("\n"));
  const counts = new Map<string, number>();
  for (const lines of split) {
    const shapes = new Set(edgeIndexes(lines).map((index) => shape(lines[index]!.trim())));
    for (const key of shapes) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (line: string) =>
    pages.length >= 3 && (counts.get(shape(line)) ?? 0) >= Math.max(3, pages.length * 0.5);
  return pages.map((page, pageIndex) => {
    const lines = split[pageIndex]!;
    const drop = new Set(
      edgeIndexes(lines).filter((index) => {
        const line = lines[index]!.trim();
        return pageNumber.test(line) || repeated(line);
      }),
    );
    return {
      ...page,
      text: lines
        .filter((_, index) => !drop.has(index))
        .join("\n")
        .trim(),
    };
  });
}
