import { escalationMetadataSchema } from "./slack-payloads.ts";

export const ESCALATION_CALLBACK_ID = "taiwa_escalate_modal";
const CONTEXT_BLOCK_ID = "escalation_context";
const CONTEXT_ACTION_ID = "value";

/** The 「省庁に確認する」 modal: one optional field for context, the answer's key in private_metadata. */
export function escalationModal(request: { answerKey: string; channel?: string; threadTs?: string }) {
  return {
    type: "modal" as const,
    callback_id: ESCALATION_CALLBACK_ID,
    private_metadata: JSON.stringify(request),
    title: { type: "plain_text" as const, text: "省庁に確認する" },
    submit: { type: "plain_text" as const, text: "送信" },
    close: { type: "plain_text" as const, text: "キャンセル" },
    blocks: [
      {
        type: "section",
        text: { type: "mrkdwn", text: "この質問を経済産業省の担当者に引き継ぎます。回答はこのスレッドに届きます。" },
      },
      {
        type: "input",
        block_id: CONTEXT_BLOCK_ID,
        optional: true,
        label: { type: "plain_text", text: "補足（任意）" },
        element: {
          type: "plain_text_input",
          action_id: CONTEXT_ACTION_ID,
          multiline: true,
          max_length: 2000,
          placeholder: { type: "plain_text", text: "背景や、特に知りたい点があれば書いてください" },
        },
      },
    ],
  };
}

/** What the submitted modal says: the answer to escalate and the optional context. */
export function readEscalation(view: {
  private_metadata: string;
  state: { values: Record<string, Record<string, { value?: string | null }>> };
}): { answerKey: string; channel?: string; threadTs?: string; userContext?: string } | undefined {
  let metadata: unknown;
  try {
    metadata = JSON.parse(view.private_metadata);
  } catch {
    return undefined;
  }
  const parsed = escalationMetadataSchema.safeParse(metadata);
  if (!parsed.success) return undefined;
  const userContext = view.state.values[CONTEXT_BLOCK_ID]?.[CONTEXT_ACTION_ID]?.value?.trim();
  return { ...parsed.data, ...(userContext ? { userContext } : {}) };
}
