import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Citation } from "../../rag/types.ts";
import type { DedupeStore } from "./types.ts";

/** Buttons can be pressed for weeks after the answer; Slack keeps the message, we keep this long. */
const ANSWER_TTL_SECONDS = 30 * 24 * 3600;

/** The answer behind a message's buttons (👍 / 👎 / 省庁に確認する / チャンネルに共有). */
const storedAnswerSchema = z.object({
  question: z.string(),
  eventKey: z.string(),
  workspaceId: z.string().optional(),
  organisation: z.string().optional(),
  askerId: z.string(),
  logged: z.boolean(),
  answer: z.object({
    answer: z.string(),
    citations: z.array(z.custom<Citation>((value) => typeof value === "object" && value !== null)),
    notes: z.array(z.string()),
    topics: z.array(z.string()),
    resolved: z.boolean(),
    lang: z.enum(["ja", "en"]),
  }),
  delivery: z.object({
    channel: z.string(),
    threadTs: z.string().optional(),
    teamId: z.string().optional(),
    enterpriseId: z.string().optional(),
    userId: z.string().optional(),
    private: z.boolean().optional(),
  }),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

export async function saveAnswer(store: DedupeStore, answer: StoredAnswer): Promise<{ answerKey: string }> {
  const answerKey = randomUUID();
  await store.put({ key: `answer:${answerKey}`, value: JSON.stringify(answer), ttlSeconds: ANSWER_TTL_SECONDS });
  return { answerKey };
}

/** The stored answer, or undefined when it expired or never existed (an old or forged button). */
export async function loadAnswer(store: DedupeStore, answerKey: string): Promise<StoredAnswer | undefined> {
  const { value } = await store.get({ key: `answer:${answerKey}` });
  if (value === undefined) return undefined;
  try {
    const parsed = storedAnswerSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
