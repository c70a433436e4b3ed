import { decodeText } from "./decode-text.ts";
import type { DocumentLoader, LoadResult } from "./types.ts";

const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Markdown (.md): headings (#) and list markers are kept for the chunker; YAML front matter is dropped. */
export class MarkdownLoader implements DocumentLoader {
  readonly extensions = [".md", ".markdown"] as const;

  async load(request: { path: string; bytes: Uint8Array }): Promise<LoadResult> {
    const decoded = decodeText(request.bytes);
    if (!decoded.ok) return decoded;
    const text = decoded.text.replace(frontMatter, "");
    if (text.trim() === "") return { ok: false, reason: "本文がありません (no text)" };
    return { ok: true, pages: [{ text }] };
  }
}
