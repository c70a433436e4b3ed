import mammoth from "mammoth";
import { htmlToLines } from "./html-to-lines.ts";
import type { DocumentLoader, LoadResult } from "./types.ts";

/** A .docx is a ZIP archive: "PK\x03\x04". */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Word (.docx) via mammoth: Word headings and lists come through its HTML as `#` and `- ` lines. */
export class MammothDocxLoader implements DocumentLoader {
  readonly extensions = [".docx"] as const;

  async load(request: { path: string; bytes: Uint8Array }): Promise<LoadResult> {
    if (request.bytes.length === 0) return { ok: false, reason: "空のファイルです (empty file)" };
    if (!looksLikeZip(request.bytes)) return { ok: false, reason: "DOCX として読めません (not a DOCX/ZIP file)" };
    let html: string;
    try {
      const result = await mammoth.convertToHtml({ buffer: Buffer.from(request.bytes) });
      html = result.value;
    } catch (error) {
      return {
        ok: false,
        reason: `DOCX として読めません (unreadable DOCX: ${error instanceof Error ? error.message : String(error)})`,
      };
    }
    const text = htmlToLines(html);
    if (text === "") return { ok: false, reason: "本文がありません (no text in the DOCX)" };
    return { ok: true, pages: [{ text }] };
  }
}
