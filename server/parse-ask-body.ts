import { z } from "zod";
import type { ErrorCode } from "../app/errors.ts";
import { DOCUMENT_KINDS, type RetrievalFilter } from "../rag/types.ts";

/** What POST /api/ask (and /api/ask/stream) accept. */
export interface AskBody {
  question: string;
  context?: string;
  filter?: RetrievalFilter;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; params?: Record<string, string | number> };

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

// Control characters other than tab and line breaks only appear when bytes were sent as text.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

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
  if (CONTROL_CHARACTERS.test(trimmed)) return { ok: false, code: "input_binary" };
  // Code points, not UTF-16 units, so an emoji counts as one character as the user sees it.
  if ([...trimmed].length > maxChars) return { ok: false, code: "input_too_long", params: { max: maxChars } };
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
  const hasContext = rawContext !== undefined && rawContext !== null && !(typeof rawContext === "string" && rawContext.trim() === "");
  if (hasContext) {
    const context = checkUserText(rawContext, options.maxQuestionChars);
    if (!context.ok) return context;
    body.context = context.value;
  }
  if (shape.data.filter) body.filter = shape.data.filter;
  return { ok: true, value: body };
}
