import { createHash } from "node:crypto";
import type { Chunk, DocumentMeta } from "../types.ts";
import { isListItem, looksLikeSlideTitle, matchHeading } from "./line-structure.ts";
import { SectionStack } from "./section-stack.ts";
import { splitLongText, tailForOverlap } from "./split-text.ts";
import type { ChunkingOptions, LoadedPage } from "./types.ts";

export const defaultChunkingOptions: ChunkingOptions = { maxChars: 500, overlapChars: 80, minChars: 200 };
/** Bump when chunk boundaries change, so incremental ingestion re-chunks every file. */
export const CHUNKER_VERSION = 1;

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
interface Unit {
  text: string;
  page?: number;
  /** Heading path in effect; a heading line's path ends with itself. */
  path: string[];
  heading: boolean;
  /** For numbered and chapter headings (not slide titles, 【】 or 事例): they always start a new chunk across sections. */
  structural?: boolean;
}

interface Draft {
  units: Unit[];
  /** Tail of the previous chunk repeated for context; not part of `units`. */
  overlap: string;
  length: number;
}

function commonPrefix(paths: string[][]): string[] {
  const [first, ...rest] = paths;
  if (!first) return [];
  let length = first.length;
  for (const path of rest) {
    let same = 0;
    while (same < length && same < path.length && path[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length);
}

/** Lines with their heading paths; lines longer than the cap are cut at sentence ends. */
function toUnits(pages: LoadedPage[], options: ChunkingOptions): Unit[] {
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
      units.push({ text: line.text, page: line.page, path: stack.push(title, heading), heading: true, structural });
      return;
    }
    for (const piece of splitLongText(line.text, options.maxChars - options.overlapChars)) {
      units.push({ text: piece, page: line.page, path: stack.path(), heading: false });
    }
  });
  return units;
}

function chunkId(docId: string, ordinal: number, text: string): string {
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 12);
  return `${docId}:${ordinal}:${hash}`;
}

/**
 * Cuts a normalised document into chunks that follow its structure: a chunk never mixes two chapters,
 * small sibling sections are merged up to `minChars`, no chunk passes `maxChars`, and a section cut for size
 * repeats the previous chunk's tail (`overlapChars`). Each chunk carries the document metadata and its heading path.
 */
export function chunkDocument(request: {
  meta: DocumentMeta;
  pages: LoadedPage[];
  options?: Partial<ChunkingOptions>;
}): Chunk[] {
  const options = { ...defaultChunkingOptions, ...request.options };
  const units = toUnits(request.pages, options);
  const drafts: Draft[] = [];
  let draft: Draft = { units: [], overlap: "", length: 0 };

  const flush = () => {
    if (draft.units.length > 0) drafts.push(draft);
    draft = { units: [], overlap: "", length: 0 };
  };

  for (const unit of units) {
    const last = draft.units[draft.units.length - 1];
    if (last) {
      const bodySoFar = draft.units.some((entry) => !entry.heading);
      const boundary = unit.heading || unit.page !== last.page;
      const sharesSection = commonPrefix([...draft.units.map((entry) => entry.path), unit.path]).length > 0;
      const tooBig = draft.length + 1 + unit.text.length > options.maxChars;
      if (tooBig) {
        const previousText = draft.units.map((entry) => entry.text).join("\n");
        const sameSection = !unit.heading && last.path.join("\u0000") === unit.path.join("\u0000");
        flush();
        if (sameSection) {
          const overlap = tailForOverlap(
            previousText,
            Math.min(options.overlapChars, options.maxChars - unit.text.length - 1),
          );
          draft.overlap = overlap;
          draft.length = overlap.length;
        }
      } else if (
        boundary &&
        bodySoFar &&
        (draft.length >= options.minChars || (!sharesSection && unit.structural !== false))
      ) {
        flush();
      }
    }
    draft.units.push(unit);
    draft.length += (draft.length > 0 ? 1 : 0) + unit.text.length;
  }
  flush();

  return drafts.map((entry, ordinal) => {
    const body = entry.units.filter((unit) => !unit.heading);
    const pathSource = body.length > 0 ? body : entry.units;
    const sectionPath = commonPrefix(pathSource.map((unit) => unit.path));
    const text = [entry.overlap, ...entry.units.map((unit) => unit.text)].filter((part) => part !== "").join("\n");
    const chunk: Chunk = {
      ...request.meta,
      chunkId: chunkId(request.meta.docId, ordinal, text),
      ordinal,
      text,
      sectionPath: sectionPath.length > 0 ? sectionPath : [request.meta.title],
    };
    const page = (body[0] ?? entry.units[0])?.page;
    if (page !== undefined) chunk.page = page;
    return chunk;
  });
}
