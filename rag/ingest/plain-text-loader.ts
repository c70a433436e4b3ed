import { decodeText } from "./decode-text.ts";
import type { DocumentLoader, LoadResult } from "./types.ts";

/** Plain text (.txt): the whole file is one flowing page. */
export class PlainTextLoader implements DocumentLoader {
  readonly extensions = [".txt"] as const;

  async load(request: { path: string; bytes: Uint8Array }): Promise<LoadResult> {
    const decoded = decodeText(request.bytes);
    if (!decoded.ok) return decoded;
    return { ok: true, pages: [{ text: decoded.text }] };
  }
}
