import type { CloudAdapter, ConversationReference } from "botbuilder";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import { questionReference } from "../../questions/question-reference.ts";
import type { Notifier, QuestionEntry } from "../../questions/types.ts";
import { buildMinistryAnswerCards, MINISTRY_ANSWER_HEADER } from "./ministry-answer-cards.ts";
import { type StoredReference, teamsDeliveryDataSchema } from "./teams-delivery.ts";
import { cardMessage } from "./teams-question.ts";

/** Delivers a console answer proactively into the Teams conversation and thread where the question was asked. */
export class TeamsNotifier implements Notifier {
  readonly surface = "teams" as const;

  constructor(private readonly options: { adapter: CloudAdapter; appId: string; logger: Logger }) {}

  async deliver(request: {
    entry: QuestionEntry;
    answer: string;
    correction?: boolean;
  }): Promise<{ deliveredAt: Date }> {
    const { entry, answer } = request;
    const parsed = teamsDeliveryDataSchema.safeParse(
      entry.delivery?.surface === "teams" ? entry.delivery.data : undefined,
    );
    if (!parsed.success) {
      throw new TaiwaError(
        "delivery_failed",
        `質問 ${entry.id} には Teams の返信先（会話の参照）が記録されていないため、配信できません。`,
        {
          isRetryable: false,
        },
      );
    }
    const cards = buildMinistryAnswerCards({
      answer,
      question: entry.question,
      reference: questionReference(entry.eventKey),
      correction: request.correction,
    });
    const reference = parsed.data.reference;
    let failure: unknown;
    try {
      await this.options.adapter.continueConversationAsync(
        this.options.appId,
        toConversationReference(reference),
        async (context) => {
          // The continuation activity gets a fresh id; replies should answer the original question's message.
          if (reference.activityId) context.activity.id = reference.activityId;
          try {
            // The notification says whose answer it is; the question never appears in it.
            for (const card of cards)
              await context.sendActivity(cardMessage(card, { summary: MINISTRY_ANSWER_HEADER }));
          } catch (error) {
            // Caught here because the adapter's onTurnError would otherwise swallow it.
            failure = error;
          }
        },
      );
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined) {
      const error = failure;
      const status = statusOf(error);
      this.options.logger.warn({ surface: "teams", questionId: entry.id, status, err: error }, "teams delivery failed");
      // 403/404: the bot was removed from the team or chat; retrying cannot help. Everything else may pass later.
      const isRetryable = status !== 403 && status !== 404;
      const detail = status ? `（HTTP ${status}）` : "";
      throw new TaiwaError(
        "delivery_failed",
        isRetryable
          ? `Teams への配信に失敗しました${detail}。自動で再試行します。`
          : `ボットがこのチャットまたはチームから外されたため、Teams に配信できません${detail}。`,
        { isRetryable, cause: error },
      );
    }
    return { deliveredAt: new Date() };
  }
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const value =
    (error as { statusCode?: unknown }).statusCode ?? (error as { response?: { status?: unknown } }).response?.status;
  return typeof value === "number" ? value : undefined;
}

/** botbuilder's types want every field; the stored reference keeps whatever Teams sent. */
function toConversationReference(reference: StoredReference): Partial<ConversationReference> {
  const { conversation, bot, user, ...rest } = reference;
  return {
    ...rest,
    conversation: { isGroup: false, conversationType: "", name: "", ...conversation },
    bot: { ...bot, name: bot.name },
    ...(user ? { user: { ...user, name: user.name } } : {}),
  };
}
