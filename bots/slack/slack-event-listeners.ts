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

/** Messages from bots (ours included), edits and other subtypes never become questions: no reply loops. */
function isFromHuman(event: MessageEvent, botUserId: string | undefined): event is MessageEvent & { user: string } {
  if (event.bot_id || event.subtype) return false;
  if (!event.user || event.user === botUserId) return false;
  return true;
}

/** @mentions in channels (answered in the message's thread) and direct messages. */
export function registerEventListeners(app: App, deps: AnswerFlowDependencies): void {
  app.event("app_mention", async ({ body, event, client, context }) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const message = messageEventSchema.safeParse(event);
    if (!envelope.success || !message.success) return;
    if (!isFromHuman(message.data, context.botUserId)) return;
    const { data } = message;
    await answerQuestion(deps, {
      client,
      question: withoutMentions(data.text),
      eventKey: envelope.data.event_id,
      teamId: envelope.data.team_id ?? data.team,
      ...(envelope.data.enterprise_id ? { enterpriseId: envelope.data.enterprise_id } : {}),
      userId: data.user,
      channel: data.channel,
      threadTs: data.thread_ts ?? data.ts,
      messageTs: data.ts,
    });
  });

  app.event("message", async ({ body, event, client, context }) => {
    const envelope = eventEnvelopeSchema.safeParse(body);
    const message = messageEventSchema.safeParse(event);
    if (!envelope.success || !message.success || message.data.channel_type !== "im") return;
    if (!isFromHuman(message.data, context.botUserId)) return;
    const { data } = message;
    await answerQuestion(deps, {
      client,
      question: withoutMentions(data.text),
      eventKey: envelope.data.event_id,
      teamId: envelope.data.team_id ?? data.team,
      ...(envelope.data.enterprise_id ? { enterpriseId: envelope.data.enterprise_id } : {}),
      userId: data.user,
      channel: data.channel,
      ...(data.thread_ts ? { threadTs: data.thread_ts } : {}),
      messageTs: data.ts,
    });
  });
}
