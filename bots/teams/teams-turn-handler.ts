import type { TurnContext } from "botbuilder";
import type { Logger } from "../../app/logger.ts";
import type { AskService } from "../../questions/types.ts";
import type { DedupeStore } from "../dedupe/types.ts";
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
  dedupeStore?: DedupeStore;
  answers: RecentAnswers;
  conversationStore?: TeamsConversationStore;
}

/** The bot's logic for one turn: questions, card button clicks, and the welcome when the app is added. */
export function createTeamsTurnHandler(dependencies: TeamsTurnDependencies): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const parsed = inboundActivitySchema.safeParse(context.activity);
    if (!parsed.success) return;
    const activity = parsed.data;
    if (!(await firstDelivery(activity, dependencies))) return;
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

/** As long as Slack's event ids: Bot Framework redelivers within minutes, never a day later. */
const ACTIVITY_DEDUPE_TTL_SECONDS = 24 * 3600;

/**
 * Bot Framework redelivers an activity it thinks was missed (same id). Messages and conversation updates are claimed
 * once in the shared store, on any replica; invokes are answered again (their feedback is idempotent in the log, and
 * Teams waits for their response body).
 */
async function firstDelivery(activity: InboundActivity, dependencies: TeamsTurnDependencies): Promise<boolean> {
  const { dedupeStore, logger } = dependencies;
  if (!dedupeStore || !activity.id || activity.type === "invoke") return true;
  const key = `teams:activity:${activity.conversation.id}:${activity.id}`;
  const claimed = await dedupeStore
    .claim({ key, ttlSeconds: ACTIVITY_DEDUPE_TTL_SECONDS })
    .then((result) => result.claimed)
    .catch((error: unknown) => {
      // A duplicate answer beats a lost question when the store is down.
      logger.warn(
        { surface: "teams", err: error, activityId: activity.id },
        "teams dedupe store unavailable; processing anyway",
      );
      return true;
    });
  if (!claimed)
    logger.info({ surface: "teams", activityId: activity.id }, "teams redelivery ignored: activity already claimed");
  return claimed;
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
