import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { removeRunningLines } from "./remove-running-lines.ts";
import type { DocumentLoader, LoadedPage, LoadResult } from "./types.ts";

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** One positioned run of text on a page. */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  endOfLine: boolean;
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/**
 * Joins positioned runs into lines: a new line when the baseline moves by more than half a glyph,
 * a blank line when it jumps by more than two glyphs (a new paragraph or block), a space for a visible gap.
 */
export function joinRuns(runs: Run[]): string {
  let text = "";
  let previous: Run | undefined;
  for (const run of runs) {
    // pdfjs emits empty items that only mark an end of line; their position is meaningless.
    if (run.text === "") {
      if (previous && run.endOfLine) previous = { ...previous, endOfLine: true };
      continue;
    }
    if (previous) {
      const size = Math.max(previous.height, run.height, 1);
      const dy = Math.abs(previous.y - run.y);
      if (dy > size * 2.2) text += "\n\n";
      else if (dy > size * 0.5 || previous.endOfLine) text += "\n";
      else if (run.x - (previous.x + previous.width) > size * 0.3) text += " ";
    }
    text += run.text;
    previous = run;
  }
  return text;
}

/** PDF via pdfjs-dist (legacy build, which runs in Node): one page of text per PDF page, numbered from 1. */
export class PdfjsPdfLoader implements DocumentLoader {
  readonly extensions = [".pdf"] as const;

  async load(request: { path: string; bytes: Uint8Array }): Promise<LoadResult> {
    const header = new TextDecoder("latin1").decode(request.bytes.subarray(0, 1024));
    if (!header.includes("%PDF-")) return { ok: false, reason: "PDF として読めません (no %PDF header)" };
    const task = getDocument({
      // pdfjs transfers the buffer to its worker; give it a copy so the caller's bytes stay usable.
      data: new Uint8Array(request.bytes),
      cMapUrl: `${join(pdfjsRoot, "cmaps")}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(pdfjsRoot, "standard_fonts")}/`,
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    });
    try {
      const pdf = await task.promise;
      const pages: LoadedPage[] = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        const runs: Run[] = content.items.filter(isTextItem).map((item) => ({
          text: item.str,
          x: item.transform[4] ?? 0,
          y: item.transform[5] ?? 0,
          width: item.width,
          height: item.height || Math.abs(item.transform[3] ?? 0),
          endOfLine: item.hasEOL,
        }));
        pages.push({ page: number, text: joinRuns(runs) });
        page.cleanup();
      }
      if (pages.every((page) => page.text.trim() === "")) {
        return { ok: false, reason: "PDF に文字情報がありません (no text layer: scanned image PDF?)" };
      }
      return { ok: true, pages: removeRunningLines(pages) };
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      if (name === "PasswordException")
        return { ok: false, reason: "PDF がパスワードで保護されています (password-protected PDF)" };
      return {
        ok: false,
        reason: `PDF として読めません (unreadable PDF: ${error instanceof Error ? error.message : String(error)})`,
      };
    } finally {
      await task.destroy();
    }
  }
}
