import type { App } from "@slack/bolt";
import { type AnswerFlowDependencies, answerQuestion } from "./slack-answer-flow.ts";
import { eventEnvelopeSchema, type MessageEvent, messageEventSchema } from "./slack-payloads.ts";

/** `<@U123>` and `<@U123|name>` mentions are addressing, not part of the question. */
function withoutMentions(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A person's message with files attached: its text is still a question (the files are not read). */
const HUMAN_SUBTYPES = new Set(["file_share"]);

/** Messages from bots (ours included), edits and other subtypes never become questions: no reply loops. */
function isFromHuman(event: MessageEvent, botUserId: string | undefined): event is MessageEvent & { user: string } {
  if (event.bot_id || (event.subtype && !HUMAN_SUBTYPES.has(event.subtype))) return false;
  if (!event.user || event.user === botUserId) return false;
  return true;
}

/**
 * The question in a human's message event, or undefined for what is not one (bots, edits, payloads
 * that do not parse). `threadTs` is the thread the message was written in, if any.
 */
function questionFrom(body: unknown, event: unknown, botUserId: string | undefined, options: { directOnly: boolean }) {
  const envelope = eventEnvelopeSchema.safeParse(body);
  const message = messageEventSchema.safeParse(event);
  if (!envelope.success || !message.success) return undefined;
  if (options.directOnly && message.data.channel_type !== "im") return undefined;
  if (!isFromHuman(message.data, botUserId)) return undefined;
  const { data } = message;
  return {
    question: withoutMentions(data.text),
    eventKey: envelope.data.event_id,
    teamId: envelope.data.team_id ?? data.team,
    ...(envelope.data.enterprise_id ? { enterpriseId: envelope.data.enterprise_id } : {}),
    userId: data.user,
    channel: data.channel,
    messageTs: data.ts,
    threadTs: data.thread_ts,
    ...(data.files && data.files.length > 0 ? { hasFiles: true } : {}),
  };
}

/** @mentions in channels (answered in the message's thread) and direct messages. */
export function registerEventListeners(app: App, deps: AnswerFlowDependencies): void {
  app.event("app_mention", async ({ body, event, client, context }) => {
    const asked = questionFrom(body, event, context.botUserId, { directOnly: false });
    if (asked) await answerQuestion(deps, { client, ...asked, threadTs: asked.threadTs ?? asked.messageTs });
  });

  app.event("message", async ({ body, event, client, context }) => {
    const asked = questionFrom(body, event, context.botUserId, { directOnly: true });
    if (!asked) return;
    const { threadTs, ...rest } = asked;
    // A DM is answered in the DM itself, in a thread only when the person wrote in one.
    await answerQuestion(deps, { client, ...rest, ...(threadTs ? { threadTs } : {}) });
  });
}
