import { z } from "zod";

/**
 * The fields taiwa reads from Slack's payloads, checked at the boundary. Slack sends many more;
 * zod drops them. Shapes follow api.slack.com/events/app_mention, /events/message.im,
 * /interactivity/slash-commands and /reference/interaction-payloads.
 */

/** Envelope of every Events API delivery (`type: "event_callback"`). */
export const eventEnvelopeSchema = z.object({
  team_id: z.string().optional(),
  enterprise_id: z.string().nullish(),
  event_id: z.string(),
});

/** app_mention and message.im events: a human's message with its place in a thread. */
export const messageEventSchema = z.object({
  type: z.string(),
  user: z.string().optional(),
  text: z.string().default(""),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  team: z.string().optional(),
  /** Files shared with the message (subtype file_share); taiwa does not read them. */
  files: z.array(z.unknown()).optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

/** Slash command form fields. */
export const slashCommandSchema = z.object({
  team_id: z.string(),
  enterprise_id: z.string().optional(),
  channel_id: z.string(),
  user_id: z.string(),
  text: z.string().default(""),
  trigger_id: z.string(),
  response_url: z.string().optional(),
});

const teamSchema = z.object({ id: z.string(), enterprise_id: z.string().optional() }).nullish();

/** Message shortcut (`type: "message_action"`). */
export const messageShortcutSchema = z.object({
  team: teamSchema,
  enterprise: z.object({ id: z.string() }).nullish(),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  trigger_id: z.string(),
  action_ts: z.string().optional(),
  message: z.object({ text: z.string().default(""), ts: z.string(), thread_ts: z.string().optional() }),
});

/** A button click (`type: "block_actions"`). */
export const blockActionsSchema = z.object({
  team: teamSchema,
  enterprise: z.object({ id: z.string() }).nullish(),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ message_ts: z.string().optional(), thread_ts: z.string().optional() }).passthrough().optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  trigger_id: z.string(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});

/** The escalation modal's submission (`type: "view_submission"`). */
export const viewSubmissionSchema = z.object({
  team: teamSchema,
  user: z.object({ id: z.string() }),
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.string().default(""),
    state: z.object({
      values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }).passthrough())),
    }),
  }),
});

/** What the escalation modal carries from the click to the submission. */
export const escalationMetadataSchema = z.object({
  answerKey: z.string(),
  channel: z.string().optional(),
  threadTs: z.string().optional(),
});
