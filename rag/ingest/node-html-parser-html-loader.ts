import { decodeText } from "./decode-text.ts";
import { htmlToLines } from "./html-to-lines.ts";
import type { DocumentLoader, LoadResult } from "./types.ts";

/** HTML (.html, .htm) via node-html-parser: script, style and nav are dropped, headings become `#` lines. */
export class NodeHtmlParserHtmlLoader implements DocumentLoader {
  readonly extensions = [".html", ".htm"] as const;

  async load(request: { path: string; bytes: Uint8Array }): Promise<LoadResult> {
    const decoded = decodeText(request.bytes);
    if (!decoded.ok) return decoded;
    const text = htmlToLines(decoded.text);
    if (text === "") return { ok: false, reason: "本文がありません (no text in the HTML body)" };
    return { ok: true, pages: [{ text }] };
  }
}
