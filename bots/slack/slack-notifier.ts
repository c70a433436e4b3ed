import { webApi } from "@slack/bolt";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import { questionReference } from "../../questions/question-reference.ts";
import type { DeliveryRoute, Notifier, QuestionEntry } from "../../questions/types.ts";
import { slackMinistryMessage } from "./slack-ministry-message.ts";
import { slackErrorCode } from "./slack-poster.ts";

export { MINISTRY_HEADER } from "./slack-ministry-message.ts";

/** Failures that no retry will fix (the place is gone, or the bot lost access to it), with the reason shown in the console. */
const PERMANENT_ERRORS = new Map([
  ["channel_not_found", "チャンネルが見つからないか、ボットから見えません"],
  ["not_in_channel", "ボットがチャンネルに参加していません"],
  ["is_archived", "チャンネルがアーカイブされています"],
  ["invalid_auth", "Slack のトークンが無効です(SLACK_BOT_TOKEN を確認してください)"],
  ["account_inactive", "Slack のトークンが無効です(SLACK_BOT_TOKEN を確認してください)"],
  ["token_revoked", "Slack のトークンが取り消されています(SLACK_BOT_TOKEN を確認してください)"],
  ["no_dm_channel", "質問者とのDMを開けません"],
  ["user_not_found", "質問者が見つかりません"],
  ["cannot_dm_bot", "質問者とのDMを開けません"],
  ["user_disabled", "質問者のアカウントが無効になっています"],
]);

/** DeliveryTarget.data as the Slack surface stored it when the question was asked. */
const deliverySchema = z.object({
  channel: z.string().min(1),
  threadTs: z.string().optional(),
  teamId: z.string().optional(),
  userId: z.string().optional(),
  private: z.boolean().optional(),
});

/** Posts the ministry's answer to the thread (or DM) the question came from. */
export class SlackNotifier implements Notifier {
  readonly surface = "slack" as const;
  private readonly client: webApi.WebClient;
  private readonly logger: Logger;

  constructor(options: { token: string; logger: Logger; slackApiUrl?: string }) {
    this.client = new webApi.WebClient(options.token, {
      ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
      retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
    });
    this.logger = options.logger;
  }

  async deliver(request: {
    entry: QuestionEntry;
    answer: string;
    correction?: boolean;
  }): Promise<{ deliveredAt: Date }> {
    const { entry } = request;
    const target = entry.delivery?.surface === "slack" ? deliverySchema.safeParse(entry.delivery.data) : undefined;
    if (!target?.success) {
      throw new TaiwaError("delivery_failed", `question ${entry.id} has no Slack channel to reply to`);
    }
    const { threadTs } = target.data;
    const { blocks, text } = slackMinistryMessage({
      answer: request.answer,
      question: entry.question,
      reference: questionReference(entry.eventKey),
      correction: request.correction,
    });
    const message = { channel: "", ...(threadTs ? { thread_ts: threadTs } : {}), text };
    try {
      message.channel = await this.channelFor(target.data);
      await this.client.chat.postMessage({ ...message, blocks }).catch((error: unknown) => {
        // Rejected blocks: the same answer as plain text still reaches the asker.
        if (slackErrorCode(error) === "invalid_blocks") return this.client.chat.postMessage(message);
        throw error;
      });
    } catch (error) {
      const code = slackErrorCode(error);
      this.logger.error(
        { questionId: entry.id, slackError: code, errorCode: "delivery_failed" },
        "ministry answer not delivered to Slack",
      );
      const permanent = PERMANENT_ERRORS.get(code);
      throw new TaiwaError(
        "delivery_failed",
        permanent
          ? `Slack に配信できません: ${permanent}(${code})。`
          : `Slack への配信に失敗しました(${code})。自動で再試行します。`,
        { cause: error, isRetryable: !permanent },
      );
    }
    return { deliveredAt: new Date() };
  }

  /** When the channel is lost (not_in_channel, archived …), the asker can still get the answer in their DM. */
  alternativeRoute(entry: QuestionEntry): DeliveryRoute | undefined {
    const target = entry.delivery?.surface === "slack" ? deliverySchema.safeParse(entry.delivery.data) : undefined;
    if (!target?.success || target.data.private || !target.data.userId) return undefined;
    // A DM has no thread of the channel's: the answer starts a new message there.
    const { threadTs: _thread, ...rest } = target.data;
    return { label: "本人へのDMで再送", delivery: { surface: "slack", data: { ...rest, private: true } } };
  }

  /**
   * A privately answered question (slash command) gets its ministry answer in the asker's DM, never the channel:
   * without a DM channel the delivery fails (for good), because the channel may be public.
   */
  private async channelFor(target: z.infer<typeof deliverySchema>): Promise<string> {
    if (!target.private) return target.channel;
    const opened = target.userId ? await this.client.conversations.open({ users: target.userId }) : undefined;
    const channel = opened?.channel?.id;
    if (!channel) throw new NoDirectMessage();
    return channel;
  }
}

/** Slack opened no DM with the asker of a private question. */
class NoDirectMessage extends Error {
  readonly code = "no_dm_channel";
  constructor() {
    super("Slack opened no direct message with the asker");
  }
}
