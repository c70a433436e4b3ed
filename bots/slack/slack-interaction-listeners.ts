import type { App, webApi } from "@slack/bolt";
import { isTaiwaError } from "../../app/errors.ts";
import type { FeedbackRequest } from "../../questions/types.ts";
import type { AnswerFlowDependencies } from "./slack-answer-flow.ts";
import { ACTION_IDS, loggedNotice, renderAnswerBlocks } from "./slack-blocks.ts";
import { ESCALATION_CALLBACK_ID, escalationModal, readEscalation } from "./slack-escalation-modal.ts";
import { slackIdentity } from "./slack-identity.ts";
import { MESSAGES } from "./slack-messages.ts";
import { blockActionsSchema, viewSubmissionSchema } from "./slack-payloads.ts";
import { postMessage, type RespondFn, slackErrorCode } from "./slack-poster.ts";
import { loadAnswer, type StoredAnswer } from "./stored-answer.ts";

/** 👍 / 👎 / 「省庁に確認する」 / 「チャンネルに共有」 and the escalation modal's submission. */
export function registerInteractionListeners(app: App, deps: AnswerFlowDependencies): void {
  /**
   * Logged as the person who clicked. The asker's own 👎 and 「省庁に確認する」 land on the question's own entry (its
   * event key), so they are one entry and the modal's context is added to it; a colleague's click is the colleague's
   * entry (one per person and answer), attributed to their workspace.
   */
  const feedback = async (
    stored: StoredAnswer,
    clicker: Clicker,
    kind: FeedbackRequest["kind"],
    userContext?: string,
  ) => {
    const identity = slackIdentity({ ...clicker, organisations: deps.organisations });
    const own = identity.asker.askerId === stored.askerId;
    return deps.askService.feedback({
      surface: "slack",
      eventKey: own ? stored.eventKey : `${stored.eventKey}:by:${identity.asker.askerId}`,
      ...(own
        ? {
            ...(stored.workspaceId ? { workspaceId: stored.workspaceId } : {}),
            ...(stored.organisation ? { organisation: stored.organisation } : {}),
          }
        : {
            ...(identity.workspaceId ? { workspaceId: identity.workspaceId } : {}),
            ...(identity.organisation ? { organisation: identity.organisation } : {}),
          }),
      asker: identity.asker,
      question: stored.question,
      answer: { answer: stored.answer.answer, citations: stored.answer.citations, topics: stored.answer.topics },
      kind,
      ...(userContext ? { userContext } : {}),
      delivery: { surface: "slack", data: { ...stored.delivery, userId: clicker.userId } },
    });
  };

  for (const [actionId, kind] of [
    [ACTION_IDS.thumbsUp, "thumbs-up"],
    [ACTION_IDS.thumbsDown, "thumbs-down"],
  ] as const) {
    app.action(actionId, async ({ ack, body, client, respond }) => {
      await ack();
      const click = await readClick(deps, body);
      if (!click) return;
      const reply = replier(deps, client, click.place, respond as RespondFn);
      const say = MESSAGES[click.stored?.answer.lang ?? "ja"];
      if (!click.stored) return reply(say.expired);
      try {
        const { questionId, reference } = await feedback(click.stored, click.clicker, kind);
        if (kind === "thumbs-up") return reply(say.thanksUp);
        const logged = questionId !== undefined || reference !== undefined;
        return reply(
          logged ? `${say.thanksDown}\n${loggedNotice(click.stored.answer.lang, reference)}` : say.thanksDown,
        );
      } catch (error) {
        deps.logger.error(
          { errorCode: isTaiwaError(error) ? error.code : "internal", err: error },
          "slack feedback failed",
        );
        return reply(say.feedbackFailed);
      }
    });
  }

  app.action(ACTION_IDS.escalate, async ({ ack, body, client, respond }) => {
    await ack();
    const click = await readClick(deps, body);
    if (!click) return;
    if (!click.stored) return replier(deps, client, click.place, respond as RespondFn)(MESSAGES.ja.expired);
    try {
      await client.views.open({
        trigger_id: click.triggerId,
        view: escalationModal({
          answerKey: click.answerKey,
          channel: click.place.channel,
          threadTs: click.place.threadTs,
        }),
      });
    } catch (error) {
      deps.logger.warn(
        { slackError: slackErrorCode(error) },
        "slack escalation modal not opened; escalating without context",
      );
      const escalated = await feedback(click.stored, click.clicker, "escalated").catch(() => undefined);
      await replier(
        deps,
        client,
        click.place,
        respond as RespondFn,
      )(
        escalated
          ? loggedNotice(click.stored.answer.lang, escalated.reference)
          : MESSAGES[click.stored.answer.lang].escalationFailed,
      );
    }
  });

  app.view(ESCALATION_CALLBACK_ID, async ({ ack, body, client }) => {
    // An empty ack closes the modal; the work continues after it.
    await ack();
    const submission = viewSubmissionSchema.safeParse(body);
    if (!submission.success) return;
    const escalation = readEscalation(submission.data.view);
    if (!escalation) return;
    const stored = await loadAnswer(deps.store, escalation.answerKey);
    const { team, user } = submission.data;
    const clicker: Clicker = {
      userId: user.id,
      ...(team?.id ? { teamId: team.id } : {}),
      ...(team?.enterprise_id ? { enterpriseId: team.enterprise_id } : {}),
    };
    const place = { channel: escalation.channel, threadTs: escalation.threadTs, userId: user.id };
    const reply = place.channel ? replier(deps, client, { ...place, channel: place.channel }) : async () => undefined;
    if (!stored) return void (await reply(MESSAGES.ja.expired));
    const say = MESSAGES[stored.answer.lang];
    try {
      const { reference } = await feedback(stored, clicker, "escalated", escalation.userContext);
      await reply(loggedNotice(stored.answer.lang, reference));
    } catch (error) {
      deps.logger.error(
        { errorCode: isTaiwaError(error) ? error.code : "internal", err: error },
        "slack escalation failed",
      );
      await reply(say.escalationFailed);
    }
  });

  app.action(ACTION_IDS.share, async ({ ack, body, client, respond }) => {
    await ack();
    const click = await readClick(deps, body);
    if (!click) return;
    if (!click.stored) return replier(deps, client, click.place, respond as RespondFn)(MESSAGES.ja.expired);
    const { stored } = click;
    const message = renderAnswerBlocks({ answer: stored.answer, logged: stored.logged, answerKey: click.answerKey });
    const header = {
      type: "section",
      text: { type: "mrkdwn", text: MESSAGES[stored.answer.lang].shared(click.place.userId) },
    };
    const shared = await postMessage({
      client,
      logger: deps.logger,
      channel: click.place.channel,
      blocks: [header, ...message.blocks].slice(0, 50),
      text: message.text,
      eventKey: stored.eventKey,
    });
    if (!shared.posted && respond) {
      // The bot is not in the channel: response_url can still post there on the user's behalf.
      await (respond as RespondFn)({ response_type: "in_channel", text: message.text, blocks: message.blocks }).catch(
        () => undefined,
      );
    }
  });
}

interface Place {
  channel: string;
  threadTs?: string;
  userId: string;
}

/** Who pressed the button or submitted the modal. */
interface Clicker {
  userId: string;
  teamId?: string;
  enterpriseId?: string;
}

async function readClick(deps: AnswerFlowDependencies, body: unknown) {
  const parsed = blockActionsSchema.safeParse(body);
  if (!parsed.success || !parsed.data.channel) return undefined;
  const { data } = parsed;
  const answerKey = data.actions[0]?.value ?? "";
  const threadTs = data.container?.thread_ts ?? data.message?.thread_ts;
  const place: Place = { channel: data.channel!.id, userId: data.user.id, ...(threadTs ? { threadTs } : {}) };
  const stored = answerKey ? await loadAnswer(deps.store, answerKey).catch(() => undefined) : undefined;
  const teamId = data.team?.id;
  const enterpriseId = data.team?.enterprise_id ?? data.enterprise?.id;
  const clicker: Clicker = {
    userId: data.user.id,
    ...(teamId ? { teamId } : {}),
    ...(enterpriseId ? { enterpriseId } : {}),
  };
  return { answerKey, stored, place, clicker, triggerId: data.trigger_id };
}

/** Replies only to the person who clicked, in the answer's thread when there is one. */
function replier(deps: AnswerFlowDependencies, client: webApi.WebClient, place: Place, respond?: RespondFn) {
  return async (text: string): Promise<void> => {
    await postMessage({
      client,
      logger: deps.logger,
      channel: place.channel,
      ...(place.threadTs ? { threadTs: place.threadTs } : {}),
      text,
      ephemeralUser: place.userId,
      ...(respond ? { respond } : {}),
      eventKey: "interaction",
    });
  };
}
