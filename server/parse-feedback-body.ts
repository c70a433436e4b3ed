import { z } from "zod";
import { checkUserText, type ParseResult, parseJsonBytes } from "./parse-ask-body.ts";

/** An answer the server gave, by id: the question and answer logged are the server's own copy, never the browser's. */
const feedbackSchema = z.object({
  answerId: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/),
  kind: z.enum(["thumbs-up", "thumbs-down", "escalated"]),
  userContext: z.string().max(4000).optional(),
});

export type FeedbackBody = z.infer<typeof feedbackSchema>;

/** POST /api/feedback: 👍/👎 or 「省庁に確認する」 on an answer the browser was shown. Other fields are ignored. */
export function parseFeedbackBody(bytes: ArrayBuffer): ParseResult<FeedbackBody> {
  const json = parseJsonBytes(bytes);
  if (!json.ok) return json;
  const shape = feedbackSchema.safeParse(json.value);
  if (!shape.success) return { ok: false, code: "input_malformed" };
  const body: FeedbackBody = { answerId: shape.data.answerId, kind: shape.data.kind };
  const context = shape.data.userContext?.trim();
  if (context) {
    const checked = checkUserText(context, 4000);
    if (!checked.ok) return checked;
    body.userContext = checked.value;
  }
  return { ok: true, value: body };
}
