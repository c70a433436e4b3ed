import { createHash } from "node:crypto";
import type { Chunk, DocumentMeta } from "../types.ts";
import { toUnits, type Unit } from "./document-units.ts";
import { tailForOverlap } from "./split-text.ts";
import { headerOfRow } from "./table-header.ts";
import type { ChunkingOptions, LoadedPage } from "./types.ts";

export const defaultChunkingOptions: ChunkingOptions = { maxChars: 500, overlapChars: 80, minChars: 200 };
/** Bump when chunk boundaries change, so incremental ingestion re-chunks every file. */
export const CHUNKER_VERSION = 4;

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

  // A table cut between chunks: its rows (「3. 参加国数　48か国　…」) mean nothing without the columns' names, so the
  // next chunk repeats the header row from the chunk just cut, as a section cut for size repeats its tail.
  const carryTableHeader = (unit: Unit) => {
    const cut = drafts.at(-1);
    if (!cut) return;
    const cutLines = [cut.overlap, ...cut.units.map((entry) => entry.text)].filter((text) => text !== "");
    const header = headerOfRow(unit.text, cutLines);
    if (!header || draft.overlap.split("\n").includes(header)) return;
    const overlap = draft.overlap === "" ? header : `${header}\n${draft.overlap}`;
    if (overlap.length + 1 + unit.text.length > options.maxChars) return;
    draft.overlap = overlap;
    draft.length = overlap.length;
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
        carryTableHeader(unit);
      } else if (
        boundary &&
        bodySoFar &&
        (draft.length >= options.minChars ||
          ((!sharesSection || unit.numberedInSlide === true) && unit.structural !== false))
      ) {
        flush();
        carryTableHeader(unit);
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
