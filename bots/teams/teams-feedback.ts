import type { TurnContext } from "botbuilder";
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
    if (data.kind === "thumbs-down") return text.thumbsDown;
    return text.escalated(result.questionId);
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
