import type { webApi } from "@slack/bolt";
import type { Config } from "../../app/config.ts";
import { isTaiwaError } from "../../app/errors.ts";
import { type Logger, questionField } from "../../app/logger.ts";
import type { AskOutcome, AskService } from "../../questions/types.ts";
import { DEFAULT_MAX_QUESTION_CHARS } from "../../rag/answer/validate-question.ts";
import { renderAnswerBlocks } from "./slack-blocks.ts";
import { slackIdentity } from "./slack-identity.ts";
import { languageOf, MESSAGES } from "./slack-messages.ts";
import { postMessage, type RespondFn, slackErrorCode } from "./slack-poster.ts";
import type { SlackRateLimiter } from "./slack-rate-limiter.ts";
import { saveAnswer } from "./stored-answer.ts";
import type { DedupeStore, OrganisationMap, SlackDeliveryData } from "./types.ts";

/** A thread's first question stays available as context for follow-ups this long. */
const THREAD_TTL_SECONDS = 7 * 24 * 3600;

export interface AnswerFlowDependencies {
  askService: AskService;
  store: DedupeStore;
  logger: Logger;
  config: Pick<Config, "LOG_QUESTIONS"> & Partial<Pick<Config, "MAX_QUESTION_CHARS">>;
  limiter: SlackRateLimiter;
  organisations: OrganisationMap;
}

export interface SlackQuestion {
  client: webApi.WebClient;
  question: string;
  /** Dedupe key for the question log: the Slack event_id, or a trigger id for commands and shortcuts. */
  eventKey: string;
  teamId?: string;
  enterpriseId?: string;
  userId: string;
  channel: string;
  /** Root of the thread to answer in; absent for a top-level DM reply. */
  threadTs?: string;
  /** The asking message, which gets the 👀 reaction. */
  messageTs?: string;
  /** Answer only to the asker (slash commands), with a 「チャンネルに共有」 button. */
  ephemeral?: boolean;
  /** Slack's response_url helper: the fallback when taiwa cannot post in the channel. */
  respond?: RespondFn;
  /** Notices (empty question, rate limit, failure) only to the asker, even when the answer is public (shortcuts). */
  privateNotices?: boolean;
  /** The message had files attached; taiwa answers its text and says the files were not read. */
  hasFiles?: boolean;
}

/** From a Slack question to a posted, cited answer: rate limit, 👀, context, ask, store, post. */
export async function answerQuestion(deps: AnswerFlowDependencies, request: SlackQuestion): Promise<void> {
  const { logger } = deps;
  const reply = (text: string) =>
    postMessage({
      client: request.client,
      logger,
      channel: request.channel,
      threadTs: request.threadTs,
      text,
      eventKey: request.eventKey,
      ...(request.ephemeral || request.privateNotices ? { ephemeralUser: request.userId } : {}),
      ...(request.respond ? { respond: request.respond } : {}),
    });
  const question = request.question.trim();
  const say = MESSAGES[languageOf(question)];
  if (question === "") {
    await reply(request.hasFiles ? say.filesOnly : request.privateNotices ? say.emptyMessage : say.empty);
    return;
  }
  const identity = slackIdentity({ ...request, organisations: deps.organisations });
  const allowance = deps.limiter.take({ userKey: identity.asker.askerId, workspaceKey: identity.workspaceId ?? "-" });
  if (!allowance.allowed) {
    logger.info({ eventKey: request.eventKey, limitedBy: allowance.limitedBy }, "slack question rate-limited");
    await reply(allowance.limitedBy === "user" ? say.rateLimitedUser : say.rateLimitedWorkspace);
    return;
  }
  if (request.messageTs) {
    request.client.reactions
      .add({ channel: request.channel, timestamp: request.messageTs, name: "eyes" })
      .catch((error: unknown) => logger.debug({ slackError: slackErrorCode(error) }, "slack reaction not added"));
  }
  const context = await threadContext(deps, request, question);
  const delivery: SlackDeliveryData = {
    channel: request.channel,
    ...(request.threadTs ? { threadTs: request.threadTs } : {}),
    ...(request.teamId ? { teamId: request.teamId } : {}),
    ...(request.enterpriseId ? { enterpriseId: request.enterpriseId } : {}),
    userId: request.userId,
    ...(request.ephemeral ? { private: true } : {}),
  };
  logger.info({ eventKey: request.eventKey, ...questionField(deps.config, question) }, "slack question received");
  let outcome: AskOutcome;
  try {
    outcome = await deps.askService.ask({
      question,
      surface: "slack",
      eventKey: request.eventKey,
      ...(identity.workspaceId ? { workspaceId: identity.workspaceId } : {}),
      ...(identity.organisation ? { organisation: identity.organisation } : {}),
      asker: identity.asker,
      delivery: { surface: "slack", data: { ...delivery } },
      ...(context ? { context } : {}),
    });
  } catch (error) {
    const errorCode = isTaiwaError(error) ? error.code : "internal";
    // The asker can fix their own input; only our failures get the generic apology.
    if (errorCode.startsWith("input_")) {
      logger.info({ eventKey: request.eventKey, errorCode }, "slack question refused");
      await reply(inputProblem(say, errorCode, deps.config.MAX_QUESTION_CHARS ?? DEFAULT_MAX_QUESTION_CHARS));
      return;
    }
    logger.error({ eventKey: request.eventKey, errorCode, err: error }, "slack ask failed");
    // A fresh replica still building its index after the wait: say so, so the asker knows to ask again.
    await reply(errorCode === "index_missing" ? say.indexing : say.failed);
    return;
  }
  const answer = request.hasFiles
    ? { ...outcome.answer, notes: [say.filesIgnored, ...outcome.answer.notes] }
    : outcome.answer;
  const logged = outcome.questionId !== undefined || !answer.resolved;
  const { answerKey } = await saveAnswer(deps.store, {
    question,
    eventKey: request.eventKey,
    ...(identity.workspaceId ? { workspaceId: identity.workspaceId } : {}),
    ...(identity.organisation ? { organisation: identity.organisation } : {}),
    askerId: identity.asker.askerId,
    logged,
    answer: {
      answer: answer.answer,
      citations: answer.citations,
      notes: answer.notes,
      topics: answer.topics,
      resolved: answer.resolved,
      lang: answer.lang,
    },
    delivery,
  }).catch((error: unknown) => {
    logger.warn({ eventKey: request.eventKey, err: error }, "slack answer not stored; buttons will be absent");
    return { answerKey: undefined };
  });
  const message = renderAnswerBlocks({
    answer,
    logged,
    ...(outcome.reference ? { reference: outcome.reference } : {}),
    ...(answerKey ? { answerKey } : {}),
    shareable: request.ephemeral ?? false,
  });
  await postMessage({
    client: request.client,
    logger,
    channel: request.channel,
    threadTs: request.threadTs,
    blocks: message.blocks,
    text: message.text,
    eventKey: request.eventKey,
    ...(request.ephemeral ? { ephemeralUser: request.userId } : {}),
    ...(request.respond ? { respond: request.respond } : {}),
  });
}

function inputProblem(say: (typeof MESSAGES)[keyof typeof MESSAGES], code: string, maxChars: number): string {
  if (code === "input_too_long") return say.tooLong(maxChars);
  if (code === "input_binary") return say.binary;
  return say.empty;
}

/** The thread's first question for a follow-up; for a new thread, remembers this question as that first one. */
async function threadContext(
  deps: AnswerFlowDependencies,
  request: SlackQuestion,
  question: string,
): Promise<string | undefined> {
  if (!request.threadTs) return undefined;
  const key = `thread:${request.teamId ?? "-"}:${request.channel}:${request.threadTs}`;
  try {
    const { value } = await deps.store.get({ key });
    if (value !== undefined) return value;
    await deps.store.put({ key, value: question, ttlSeconds: THREAD_TTL_SECONDS });
  } catch (error) {
    deps.logger.warn({ eventKey: request.eventKey, err: error }, "slack thread context unavailable");
  }
  return undefined;
}
