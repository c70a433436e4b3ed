import { TurnContext } from "botbuilder";
import { z } from "zod";
import type { DeliveryTarget } from "../../questions/types.ts";
import type { InboundActivity } from "./teams-activity.ts";
import { originOf } from "./teams-identity.ts";
import type { TeamsDeliveryData } from "./types.ts";

/**
 * The conversation reference of the activity: serviceUrl, conversation (its id carries `;messageid=` in a channel
 * thread, so replies land in the same thread), tenant, bot, user and the activity id replied to.
 */
export function deliveryTargetOf(context: TurnContext, activity: InboundActivity): DeliveryTarget {
  const origin = originOf(activity);
  const reference = TurnContext.getConversationReference(context.activity);
  const data: TeamsDeliveryData = {
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    ...(origin.tenantId ? { tenantId: origin.tenantId } : {}),
    ...(origin.teamId ? { teamId: origin.teamId } : {}),
    ...(origin.channelId ? { channelId: origin.channelId } : {}),
  };
  return { surface: "teams", data: { ...data } };
}

const account = z.looseObject({ id: z.string().min(1), name: z.string().default("") });

/** What the notifier needs from a stored reference; read back with zod because the log stores it as JSON. */
export const storedReferenceSchema = z.looseObject({
  activityId: z.string().optional(),
  channelId: z.string().min(1),
  serviceUrl: z.url(),
  conversation: z.looseObject({ id: z.string().min(1), tenantId: z.string().optional() }),
  bot: account,
  user: account.optional(),
});

export type StoredReference = z.infer<typeof storedReferenceSchema>;

export const teamsDeliveryDataSchema = z.object({
  reference: storedReferenceSchema,
  tenantId: z.string().optional(),
  teamId: z.string().optional(),
  channelId: z.string().optional(),
});
