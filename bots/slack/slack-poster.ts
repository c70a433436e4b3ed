import type { webApi } from "@slack/bolt";
import type { Logger } from "../../app/logger.ts";
import type { Block } from "./slack-blocks.ts";

type WebClient = webApi.WebClient;

/** Posts through Bolt's response_url helper: works where the bot is not a channel member. */
export type RespondFn = (message: {
  text: string;
  blocks?: Block[];
  response_type?: "ephemeral" | "in_channel";
}) => Promise<unknown>;

/** Slack's answer to bad Block Kit: resend the same message as plain text. */
const BLOCK_ERRORS = new Set(["invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long", "too_many_blocks"]);
/** The bot cannot post there: nothing to retry, but the asker may still be reached through response_url. */
const PLACE_ERRORS = new Set(["channel_not_found", "not_in_channel", "is_archived", "restricted_action"]);

/** The `error` string of a Slack Web API failure (e.g. "invalid_blocks"), or the client's error code. */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown";
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === "string") return data.error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "unknown";
}

export interface PostRequest {
  client: WebClient;
  logger: Logger;
  channel: string;
  threadTs?: string;
  blocks?: Block[];
  text: string;
  /** Posts ephemerally to this user instead of to everyone. */
  ephemeralUser?: string;
  respond?: RespondFn;
  /** For the logs: which question this answers. */
  eventKey: string;
}

/**
 * Posts a message and survives what Slack throws back: 429s are retried by the WebClient after
 * Retry-After; rejected blocks fall back to plain text; an unreachable channel falls back to
 * response_url when there is one. Never throws: the outcome says whether it reached Slack.
 */
export async function postMessage(request: PostRequest): Promise<{ posted: boolean; ts?: string; error?: string }> {
  try {
    return { posted: true, ...(await send(request, request.blocks)) };
  } catch (error) {
    const code = slackErrorCode(error);
    if (BLOCK_ERRORS.has(code) && request.blocks) {
      request.logger.warn(
        { eventKey: request.eventKey, slackError: code },
        "slack rejected the blocks; posting plain text",
      );
      try {
        return { posted: true, ...(await send(request, undefined)) };
      } catch (retryError) {
        return failed(request, slackErrorCode(retryError));
      }
    }
    if (PLACE_ERRORS.has(code) && request.respond) {
      try {
        await request.respond({ text: request.text, blocks: request.blocks, response_type: "ephemeral" });
        return { posted: true };
      } catch (respondError) {
        return failed(request, `${code}; response_url: ${slackErrorCode(respondError)}`);
      }
    }
    return failed(request, code);
  }
}

async function send(request: PostRequest, blocks: Block[] | undefined): Promise<{ ts?: string }> {
  const common = {
    channel: request.channel,
    text: request.text,
    ...(blocks ? { blocks } : {}),
    ...(request.threadTs ? { thread_ts: request.threadTs } : {}),
  };
  if (request.ephemeralUser) {
    await request.client.chat.postEphemeral({ ...common, user: request.ephemeralUser });
    return {};
  }
  const result = await request.client.chat.postMessage(common);
  return result.ts ? { ts: result.ts } : {};
}

function failed(request: PostRequest, code: string): { posted: false; error: string } {
  // The question itself is already in askService's hands; this records that the reply did not arrive.
  request.logger.error(
    { eventKey: request.eventKey, channel: request.channel, slackError: code, errorCode: "delivery_failed" },
    "slack reply could not be delivered",
  );
  return { posted: false, error: code };
}
