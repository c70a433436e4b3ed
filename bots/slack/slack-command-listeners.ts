import type { App } from "@slack/bolt";
import { type AnswerFlowDependencies, answerQuestion } from "./slack-answer-flow.ts";
import { languageOf, MESSAGES } from "./slack-messages.ts";
import { messageShortcutSchema, slashCommandSchema } from "./slack-payloads.ts";
import type { RespondFn } from "./slack-poster.ts";

/** Message callback id of the 「taiwaに聞く」 shortcut, as declared in manifest.json. */
export const SHORTCUT_CALLBACK_ID = "ask_taiwa";

/** The slash command (answer visible only to the asker) and the 「taiwaに聞く」 message shortcut. */
export function registerCommandListeners(app: App, deps: AnswerFlowDependencies & { slashCommand: string }): void {
  app.command(deps.slashCommand, async ({ ack, body, client, respond }) => {
    const command = slashCommandSchema.safeParse(body);
    if (!command.success || command.data.text.trim() === "") {
      await ack({ response_type: "ephemeral", text: MESSAGES.ja.empty.replace("@taiwa", deps.slashCommand) });
      return;
    }
    // The ack's text is the placeholder the asker sees while the answer is prepared.
    const { data } = command;
    await ack({ response_type: "ephemeral", text: MESSAGES[languageOf(data.text)].placeholder });
    await answerQuestion(deps, {
      client,
      question: data.text,
      eventKey: `command:${data.team_id}:${data.trigger_id}`,
      teamId: data.team_id,
      ...(data.enterprise_id ? { enterpriseId: data.enterprise_id } : {}),
      userId: data.user_id,
      channel: data.channel_id,
      ephemeral: true,
      respond: respond as RespondFn,
    });
  });

  app.shortcut(SHORTCUT_CALLBACK_ID, async ({ ack, body, client, respond }) => {
    await ack();
    const shortcut = messageShortcutSchema.safeParse(body);
    if (!shortcut.success) return;
    const { data } = shortcut;
    const teamId = data.team?.id;
    const enterpriseId = data.enterprise?.id ?? data.team?.enterprise_id;
    await answerQuestion(deps, {
      client,
      question: data.message.text,
      eventKey: `shortcut:${teamId ?? "-"}:${data.trigger_id}`,
      ...(teamId ? { teamId } : {}),
      ...(enterpriseId ? { enterpriseId } : {}),
      userId: data.user.id,
      channel: data.channel.id,
      threadTs: data.message.thread_ts ?? data.message.ts,
      messageTs: data.message.ts,
      // The answer goes in the thread; what is only for the person who clicked (no text, rate limit) does not.
      privateNotices: true,
      // Shortcuts work in channels taiwa is not in; response_url then reaches the asker instead.
      ...(respond ? { respond: respond as RespondFn } : {}),
    });
  });
}
