import { webApi } from "@slack/bolt";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import type { Notifier, QuestionEntry } from "../../questions/types.ts";
import { slackMinistryMessage } from "./slack-ministry-message.ts";
import { slackErrorCode } from "./slack-poster.ts";

export { MINISTRY_HEADER } from "./slack-ministry-message.ts";

/** Failures that no retry will fix: the place is gone, or the bot lost access to it. */
const PERMANENT_ERRORS = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
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
      throw new TaiwaError("delivery_failed", `Slack refused the ministry answer for question ${entry.id} (${code})`, {
        cause: error,
        isRetryable: !PERMANENT_ERRORS.has(code),
      });
    }
    return { deliveredAt: new Date() };
  }

  /** A privately answered question (slash command) gets its ministry answer in the asker's DM, not the channel. */
  private async channelFor(target: z.infer<typeof deliverySchema>): Promise<string> {
    if (!target.private || !target.userId) return target.channel;
    const opened = await this.client.conversations.open({ users: target.userId });
    return opened.channel?.id ?? target.channel;
  }
}
