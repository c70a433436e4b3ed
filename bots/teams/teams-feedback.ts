import type { CloudAdapter, TurnContext } from "botbuilder";
import { AuthenticationConstants } from "botframework-connector";
import type { RememberedAnswer } from "./recent-answers.ts";
import type { FeedbackData, InboundActivity } from "./teams-activity.ts";
import { deliveryTargetOf } from "./teams-delivery.ts";
import { askerOf, originOf } from "./teams-identity.ts";
import type { TeamsTurnDependencies } from "./teams-turn-handler.ts";
import { languageOf, userMessages } from "./user-messages.ts";

/** Logs a 👍 / 👎 / 「省庁に確認する」 click and returns the text to show the user. */
export async function recordFeedback(
  context: TurnContext,
  activity: InboundActivity,
  data: FeedbackData,
  dependencies: TeamsTurnDependencies,
): Promise<string> {
  const { askService, answers, logger } = dependencies;
  const remembered = answers.get(data.answerId);
  const asker = askerOf(activity);
  const origin = originOf(activity);
  const userContext = data.userContext?.trim();
  const question = remembered?.question ?? data.question ?? "";
  const text = userMessages(languageOf(question));
  try {
    const result = await askService.feedback({
      surface: "teams",
      eventKey: feedbackKey(data, asker.askerId, remembered),
      ...(origin.workspaceId ? { workspaceId: origin.workspaceId } : {}),
      asker,
      question,
      answer: remembered?.answer ?? { answer: "", citations: [] },
      kind: data.kind,
      ...(userContext ? { userContext } : {}),
      delivery: deliveryTargetOf(context, activity),
    });
    if (data.kind === "thumbs-up") return text.thumbsUp;
    if (data.kind === "thumbs-down")
      return result.reference ? text.thumbsDownLogged(result.reference) : text.thumbsDown;
    return text.escalated(result.reference);
  } catch (error) {
    logger.error({ surface: "teams", activityId: activity.id, err: error }, "teams feedback failed");
    return text.feedbackFailed;
  }
}

/**
 * One entry per answer and person, whatever the button: 👎 then 「省庁に確認する」 is one entry (the log adds the
 * escalation's context to it), so the asker never gets two ministry answers. The asker's own click lands on their
 * question's entry when the answer is still in memory (an unresolved question is already logged under that key).
 */
function feedbackKey(data: FeedbackData, askerId: string, remembered: RememberedAnswer | undefined): string {
  if (remembered?.eventKey && remembered.askerId === askerId) return remembered.eventKey;
  return `teams:feedback:${data.answerId}:${askerId}`;
}

/**
 * A confirmation only the person who clicked sees. In their personal chat a reply is private already; in a channel or
 * group chat a reply would be public, so it goes to a 1:1 chat with them instead (Bot Connector "create conversation").
 * When Teams refuses that (the app is not installed for the user), nothing is posted publicly: the click is recorded.
 */
export async function tellOnlyTheClicker(
  context: TurnContext,
  activity: InboundActivity,
  text: string,
  dependencies: TeamsTurnDependencies,
): Promise<void> {
  const conversationType = activity.conversation.conversationType ?? "personal";
  if (conversationType === "personal" && !activity.conversation.isGroup) {
    await context.sendActivity(text);
    return;
  }
  const tenantId = originOf(activity).tenantId;
  try {
    const adapter = context.adapter as CloudAdapter;
    await adapter.createConversationAsync(
      dependencies.config.MICROSOFT_APP_ID ?? "",
      activity.channelId,
      activity.serviceUrl,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      {
        isGroup: false,
        bot: { id: activity.recipient.id, name: activity.recipient.name ?? "" },
        members: [{ id: activity.from.id, name: activity.from.name ?? "" }],
        ...(tenantId ? { tenantId } : {}),
        channelData: tenantId ? { tenant: { id: tenantId } } : {},
      },
      async (oneToOne) => {
        // botbuilder's "conversation created" event names no user and carries the conversation id as its own id;
        // replies take their recipient and replyToId from it, so set the user and send a new message, not a reply.
        oneToOne.activity.from = { id: activity.from.id, name: activity.from.name ?? "" };
        Reflect.deleteProperty(oneToOne.activity, "id");
        await oneToOne.sendActivity(text);
      },
    );
  } catch (error) {
    dependencies.logger.warn(
      { surface: "teams", activityId: activity.id, err: error },
      "teams feedback confirmation not sent: no 1:1 chat with the user",
    );
  }
}
