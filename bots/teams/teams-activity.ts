import { z } from "zod";

/**
 * The fields of an inbound Bot Framework activity taiwa reads. Teams sends many more; zod keeps them (loose objects)
 * because botbuilder needs the whole activity, but only these are trusted by our code.
 */
const account = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

export const inboundActivitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  name: z.string().optional(),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: z.string().min(1),
    tenantId: z.string().optional(),
    conversationType: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string() }).optional(),
      team: z.looseObject({ id: z.string() }).optional(),
      channel: z.looseObject({ id: z.string() }).optional(),
    })
    .optional(),
  membersAdded: z.array(account).optional(),
});

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Data our card buttons carry (Action.Submit `value`, or Action.Execute `value.action.data`). */
export const feedbackDataSchema = z.object({
  action: z.literal("feedback"),
  kind: z.enum(["thumbs-up", "thumbs-down", "escalated"]),
  answerId: z.string().min(1).max(200),
  /** Fallback when the answer is no longer in memory (restart): the question, truncated. */
  question: z.string().max(2000).optional(),
  userContext: z.string().max(2000).optional(),
});

export type FeedbackData = z.infer<typeof feedbackDataSchema>;

/** Reads our feedback data from a message `value` (Action.Submit) or an `adaptiveCard/action` invoke value. */
export function readFeedbackData(value: unknown): FeedbackData | undefined {
  const direct = feedbackDataSchema.safeParse(value);
  if (direct.success) return direct.data;
  const invoke = z.object({ action: z.object({ data: z.unknown() }) }).safeParse(value);
  if (!invoke.success) return undefined;
  const nested = feedbackDataSchema.safeParse(invoke.data.action.data);
  return nested.success ? nested.data : undefined;
}
