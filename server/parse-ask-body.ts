import { z } from "zod";
import type { ErrorCode } from "../app/errors.ts";
import { DOCUMENT_KINDS, type RetrievalFilter } from "../rag/types.ts";
import { charCount, hasLoneSurrogate } from "../rag/user-text.ts";

/** What POST /api/ask (and /api/ask/stream) accept. */
export interface AskBody {
  question: string;
  context?: string;
  filter?: RetrievalFilter;
}

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: ErrorCode; params?: Record<string, string | number> };

const filterSchema = z
  .object({
    kinds: z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length).optional(),
    docIds: z.array(z.string().min(1).max(200)).max(50).optional(),
    includeSuperseded: z.boolean().optional(),
  })
  .strict();

const askSchema = z.object({
  question: z.unknown().optional(),
  context: z.unknown().optional(),
  filter: filterSchema.optional(),
});

// Control characters other than tab and line breaks, and U+FFFD (what a decoder leaves of bad
// bytes), only appear when bytes were sent as text.
function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffd)
      return true;
  }
  return false;
}

/** Decodes the raw body as strict UTF-8 JSON; invalid bytes are "binary", bad syntax "malformed". */
export function parseJsonBytes(bytes: ArrayBuffer): ParseResult<unknown> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: "input_binary" };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, code: "input_malformed" };
  }
}

/** Checks one user-typed text: present, non-blank, printable, within the length limit. */
export function checkUserText(value: unknown, maxChars: number): ParseResult<string> {
  if (value === undefined || value === null) return { ok: false, code: "input_empty" };
  if (typeof value !== "string") return { ok: false, code: "input_malformed" };
  const trimmed = value.trim();
  if (trimmed === "") return { ok: false, code: "input_empty" };
  if (hasControlCharacters(trimmed) || hasLoneSurrogate(trimmed)) return { ok: false, code: "input_binary" };
  // Code points, as everywhere (rag/user-text.ts): an emoji counts as one character as the user sees it.
  if (charCount(trimmed) > maxChars) return { ok: false, code: "input_too_long", params: { max: maxChars } };
  return { ok: true, value: trimmed };
}

export function parseAskBody(bytes: ArrayBuffer, options: { maxQuestionChars: number }): ParseResult<AskBody> {
  const json = parseJsonBytes(bytes);
  if (!json.ok) return json;
  const shape = askSchema.safeParse(json.value);
  if (!shape.success) return { ok: false, code: "input_malformed" };
  const question = checkUserText(shape.data.question, options.maxQuestionChars);
  if (!question.ok) return question;
  const body: AskBody = { question: question.value };
  const rawContext = shape.data.context;
  const hasContext =
    rawContext !== undefined && rawContext !== null && !(typeof rawContext === "string" && rawContext.trim() === "");
  if (hasContext) {
    const context = checkUserText(rawContext, options.maxQuestionChars);
    if (!context.ok) return context;
    body.context = context.value;
  }
  if (shape.data.filter) body.filter = shape.data.filter;
  return { ok: true, value: body };
}
