import type { TurnContext } from "botbuilder";
import type { Logger } from "../../app/logger.ts";
import type { AskService } from "../../questions/types.ts";
import type { RecentAnswers } from "./recent-answers.ts";
import { type InboundActivity, inboundActivitySchema, readFeedbackData } from "./teams-activity.ts";
import { deliveryTargetOf } from "./teams-delivery.ts";
import { recordFeedback } from "./teams-feedback.ts";
import { answerQuestion, cardMessage } from "./teams-question.ts";
import type { TeamsConfig, TeamsConversationStore, TeamsDeliveryData } from "./types.ts";
import { buildWelcomeCard } from "./welcome-card.ts";

export interface TeamsTurnDependencies {
  config: TeamsConfig;
  logger: Logger;
  askService: AskService;
  answers: RecentAnswers;
  conversationStore?: TeamsConversationStore;
}

/** The bot's logic for one turn: questions, card button clicks, and the welcome when the app is added. */
export function createTeamsTurnHandler(dependencies: TeamsTurnDependencies): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const parsed = inboundActivitySchema.safeParse(context.activity);
    if (!parsed.success) return;
    const activity = parsed.data;
    await remember(context, activity, dependencies);
    if (activity.type === "message") {
      const feedback = readFeedbackData(activity.value);
      if (feedback) {
        await context.sendActivity(await recordFeedback(context, activity, feedback, dependencies));
        return;
      }
      await answerQuestion(context, activity, dependencies);
      return;
    }
    if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
      const feedback = readFeedbackData(activity.value);
      const text = feedback ? await recordFeedback(context, activity, feedback, dependencies) : undefined;
      // Universal Actions expect an invoke response; a message response shows the text under the card.
      await context.sendActivity({
        type: "invokeResponse",
        value: text
          ? { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text } }
          : {
              status: 200,
              body: {
                statusCode: 400,
                type: "application/vnd.microsoft.error",
                value: { code: "BadRequest", message: "unknown action" },
              },
            },
      });
      return;
    }
    if (activity.type === "conversationUpdate") {
      const botAdded = activity.membersAdded?.some((member) => member.id === activity.recipient.id);
      if (botAdded) {
        const inChannel = activity.conversation.conversationType === "channel" || Boolean(activity.channelData?.team);
        await context.sendActivity(cardMessage(buildWelcomeCard({ inChannel })));
      }
    }
  };
}

async function remember(
  context: TurnContext,
  activity: InboundActivity,
  dependencies: TeamsTurnDependencies,
): Promise<void> {
  if (!dependencies.conversationStore) return;
  try {
    const delivery = deliveryTargetOf(context, activity).data as unknown as TeamsDeliveryData;
    await dependencies.conversationStore.save({ conversationId: activity.conversation.id, delivery });
  } catch (error) {
    dependencies.logger.warn({ surface: "teams", err: error }, "teams conversation reference not saved");
  }
}
