import { type Activity, TurnContext } from "botbuilder";
import { questionField } from "../../app/logger.ts";
import { charCount } from "../../rag/user-text.ts";
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCardJson } from "./adaptive-card.ts";
import { answerSummary, buildAnswerCard } from "./answer-cards.ts";
import type { InboundActivity } from "./teams-activity.ts";
import { deliveryTargetOf } from "./teams-delivery.ts";
import { askerOf, originOf } from "./teams-identity.ts";
import type { TeamsTurnDependencies } from "./teams-turn-handler.ts";
import { friendlyError, languageOf, userMessages } from "./user-messages.ts";

/** Teams shows a typing indicator for a few seconds; we repeat it while the answer is being made. */
const TYPING_EVERY_MS = 3000;

/** The question text: the bot's @mention removed (channels, group chats), leftover tags and entities cleaned. */
export function questionText(context: TurnContext): string {
  const withoutMention =
    TurnContext.removeRecipientMention(context.activity as Activity) ?? context.activity.text ?? "";
  return withoutMention
    .replace(/<at>[^<]*<\/at>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function cardMessage(card: AdaptiveCardJson, extra: Partial<Activity> = {}): Partial<Activity> {
  return { type: "message", attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }], ...extra };
}

export async function answerQuestion(
  context: TurnContext,
  activity: InboundActivity,
  dependencies: TeamsTurnDependencies,
): Promise<void> {
  const { askService, config, logger, answers } = dependencies;
  const question = questionText(context);
  const lang = languageOf(question);
  if (!question) {
    await context.sendActivity(userMessages(lang).emptyQuestion);
    return;
  }
  if (charCount(question) > config.MAX_QUESTION_CHARS) {
    await context.sendActivity(userMessages(lang).tooLong(config.MAX_QUESTION_CHARS));
    return;
  }
  const origin = originOf(activity);
  logger.info(
    { surface: "teams", activityId: activity.id, tenantId: origin.tenantId, ...questionField(config, question) },
    "teams question",
  );
  const typing = startTyping(context);
  const eventKey = `teams:${activity.id ?? `${activity.conversation.id}:${Date.now()}`}`;
  const asker = askerOf(activity);
  try {
    const outcome = await askService.ask({
      question,
      surface: "teams",
      eventKey,
      ...(origin.workspaceId ? { workspaceId: origin.workspaceId } : {}),
      asker,
      delivery: deliveryTargetOf(context, activity),
    });
    answers.remember(outcome.answer.id, { question, answer: outcome.answer, eventKey, askerId: asker.askerId });
    typing.stop();
    const request = {
      answer: outcome.answer,
      question,
      ...(outcome.reference ? { reference: outcome.reference } : {}),
    };
    await context.sendActivity(cardMessage(buildAnswerCard(request), { summary: answerSummary(request) }));
  } catch (error) {
    typing.stop();
    logger.error({ surface: "teams", activityId: activity.id, err: error }, "teams answer failed");
    await context.sendActivity(friendlyError(error, lang));
  }
}

function startTyping(context: TurnContext): { stop(): void } {
  let stopped = false;
  const send = () => {
    if (!stopped) context.sendActivity({ type: "typing" }).catch(() => undefined);
  };
  send();
  const timer = setInterval(send, TYPING_EVERY_MS);
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
