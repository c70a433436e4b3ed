import { isListItem, looksLikeSlideTitle, matchHeading } from "./line-structure.ts";
import { SectionStack } from "./section-stack.ts";
import { splitLongText } from "./split-text.ts";
import type { ChunkingOptions, LoadedPage } from "./types.ts";

const tableOfContents = /^(#+\s*)?(目次|内容・目次|もくじ|contents|table of contents)$/i;

/** Entries of a table of contents: numbered headings, list items and short lines, up to the first real content. */
function continuesContents(line: string, next: string | undefined): boolean {
  const heading = matchHeading(line);
  if (heading) return !heading.floating && !heading.style.startsWith("markdown");
  if (isListItem(line)) return true;
  const nextIsProse = next !== undefined && next.length >= 60 && !isListItem(next) && !matchHeading(next);
  return line.length < 60 && !nextIsProse;
}

/** One line of the document with the headings open at it. */
export interface Unit {
  text: string;
  page?: number;
  /** Heading path in effect; a heading line's path ends with itself. */
  path: string[];
  heading: boolean;
  /** For numbered and chapter headings (not slide titles, 【】 or 事例): they always start a new chunk across sections. */
  structural?: boolean;
  /** For a numbered item of a slide's own list (「2. 基本方針」): it starts a new chunk, as a numbered part does. */
  numberedInSlide?: boolean;
}

/** Lines with their heading paths; lines longer than the cap are cut at sentence ends. */
export function toUnits(pages: LoadedPage[], options: ChunkingOptions): Unit[] {
  const lines: { text: string; page?: number; blankBefore: boolean }[] = [];
  for (const page of pages) {
    let blankBefore = true;
    for (const raw of page.text.split("\n")) {
      const text = raw.trim();
      if (text === "") {
        blankBefore = true;
        continue;
      }
      lines.push({ text, page: page.page, blankBefore });
      blankBefore = false;
    }
  }
  const stack = new SectionStack();
  const units: Unit[] = [];
  let inContents = false;
  lines.forEach((line, index) => {
    // Slide decks repeat their table of contents; its entries are not the headings of what follows.
    if (tableOfContents.test(line.text)) inContents = true;
    else if (inContents) inContents = continuesContents(line.text, lines[index + 1]?.text);
    const heading = inContents
      ? undefined
      : (matchHeading(line.text) ??
        (looksLikeSlideTitle({ line: line.text, blankBefore: line.blankBefore, next: lines[index + 1]?.text })
          ? { style: "slide", rank: 0, floating: true }
          : undefined));
    if (heading) {
      const title = line.text.replace(/^#+\s*/, "");
      const structural = !heading.floating && heading.rank <= 10;
      const path = stack.push(title, heading);
      const numberedInSlide = stack.numberedInSlide();
      units.push({ text: line.text, page: line.page, path, heading: true, structural, numberedInSlide });
      return;
    }
    for (const piece of splitLongText(line.text, options.maxChars - options.overlapChars)) {
      units.push({ text: piece, page: line.page, path: stack.path(), heading: false });
    }
  });
  return units;
}
