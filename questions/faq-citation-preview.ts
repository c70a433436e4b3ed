import { toCitation } from "../rag/answer/extractive-answerer.ts";
import { chunkDocument } from "../rag/ingest/chunk-document.ts";
import { normalizeJapanese } from "../rag/ingest/normalize-japanese.ts";
import type { Citation } from "../rag/types.ts";
import { faqDocumentMeta, faqMarkdown } from "./faq-publisher.ts";
import type { FaqEntry } from "./types.ts";

/**
 * The citation the bot will show for an FAQ entry once published: the entry goes through the same Markdown file,
 * normalisation and chunker as the real ingest, so the preview is the first chunk the index will hold.
 */
export function previewFaqCitation(request: {
  question: string;
  answer: string;
  at: Date;
  version?: number;
}): Citation | undefined {
  const entry: FaqEntry = {
    id: "preview",
    question: request.question.trim(),
    answer: request.answer.trim(),
    publishedBy: "",
    publishedAt: request.at,
    version: request.version ?? 1,
  };
  const meta = faqDocumentMeta(entry);
  const [chunk] = chunkDocument({ meta, pages: [{ text: normalizeJapanese(faqMarkdown(entry)) }] });
  return chunk ? toCitation({ chunk, score: 1 }, 1) : undefined;
}
