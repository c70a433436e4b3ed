import type { TurnContext } from "botbuilder";
import type { Logger } from "../../app/logger.ts";
import type { AskService } from "../../questions/types.ts";
import type { RecentAnswers } from "./recent-answers.ts";
import { type InboundActivity, inboundActivitySchema, readFeedbackData } from "./teams-activity.ts";
import { deliveryTargetOf } from "./teams-delivery.ts";
import { recordFeedback, tellOnlyTheClicker } from "./teams-feedback.ts";
import { answerQuestion, cardMessage } from "./teams-question.ts";
import type { TeamsConfig, TeamsConversationStore, TeamsDeliveryData } from "./types.ts";
import { buildWelcomeCard, type ConversationScope, WELCOME_SUMMARY } from "./welcome-card.ts";

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
        // Action.Submit, from cards sent before the buttons became Action.Execute.
        await tellOnlyTheClicker(
          context,
          activity,
          await recordFeedback(context, activity, feedback, dependencies),
          dependencies,
        );
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
        await context.sendActivity(
          cardMessage(buildWelcomeCard({ scope: scopeOf(activity) }), { summary: WELCOME_SUMMARY }),
        );
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

function scopeOf(activity: InboundActivity): ConversationScope {
  if (activity.conversation.conversationType === "channel" || activity.channelData?.team) return "channel";
  if (activity.conversation.conversationType === "groupChat" || activity.conversation.isGroup) return "groupChat";
  return "personal";
}
