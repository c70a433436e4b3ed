import { z } from "zod";
import { DOCUMENT_KINDS } from "../rag/types.ts";
import { checkUserText, type ParseResult, parseJsonBytes } from "./parse-ask-body.ts";

// The browser sends the answer it was shown back: replicas keep no per-answer state to look it up.
const citationSchema = z.object({
  n: z.number().int().min(1).max(100),
  docId: z.string().min(1).max(200),
  chunkId: z.string().min(1).max(300),
  title: z.string().max(500),
  issuer: z.string().max(200).optional(),
  date: z.string().max(40).optional(),
  kind: z.enum(DOCUMENT_KINDS),
  version: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
  sectionPath: z.array(z.string().max(500)).max(20),
  page: z.number().int().min(1).optional(),
  text: z.string().max(8000),
});

const feedbackSchema = z.object({
  answerId: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/),
  question: z.unknown().optional(),
  kind: z.enum(["thumbs-up", "thumbs-down", "escalated"]),
  userContext: z.string().max(4000).optional(),
  answer: z.object({
    answer: z.string().max(20_000),
    citations: z.array(citationSchema).max(20),
    topics: z.array(z.string().max(50)).max(10).optional(),
  }),
});

export type FeedbackBody = z.infer<typeof feedbackSchema> & { question: string };

/** POST /api/feedback: 👍/👎 or 「省庁に確認する」 on an answer the browser was shown. */
export function parseFeedbackBody(
  bytes: ArrayBuffer,
  options: { maxQuestionChars: number },
): ParseResult<FeedbackBody> {
  const json = parseJsonBytes(bytes);
  if (!json.ok) return json;
  const shape = feedbackSchema.safeParse(json.value);
  if (!shape.success) return { ok: false, code: "input_malformed" };
  const question = checkUserText(shape.data.question, options.maxQuestionChars);
  if (!question.ok) return question;
  const body: FeedbackBody = { ...shape.data, question: question.value };
  const context = shape.data.userContext?.trim();
  if (context) {
    const checked = checkUserText(context, 4000);
    if (!checked.ok) return checked;
    body.userContext = checked.value;
  } else {
    delete body.userContext;
  }
  return { ok: true, value: body };
}
