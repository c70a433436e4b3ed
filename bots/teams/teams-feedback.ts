import type { TurnContext } from "botbuilder";
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
      // One entry per answer, kind and person: a second click on the same button is not a second question.
      eventKey: `teams:feedback:${data.answerId}:${data.kind}:${asker.askerId}`,
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
