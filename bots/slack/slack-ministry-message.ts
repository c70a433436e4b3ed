import { escapeAndTruncate, splitMrkdwn } from "./slack-text.ts";

export const MINISTRY_HEADER = "経済産業省担当者からの回答";
export const MINISTRY_CORRECTION_HEADER = "経済産業省担当者からの回答(訂正)";
export const CORRECTION_LEAD = "先にお送りした回答を、次のとおり訂正します。";

export type SlackMinistryBlock =
  | { type: "header"; text: { type: "plain_text"; text: string; emoji: true } }
  | { type: "section"; text: { type: "mrkdwn"; text: string } }
  | { type: "context"; elements: { type: "mrkdwn"; text: string }[] };

/** The ministry answer as posted to Slack: blocks, and the plain-text fallback. The console previews the same. */
export function slackMinistryMessage(request: {
  answer: string;
  question: string;
  /** The opaque 受付番号 the asker was shown. */
  reference?: string;
  correction?: boolean;
}): {
  blocks: SlackMinistryBlock[];
  text: string;
} {
  const header = request.correction ? MINISTRY_CORRECTION_HEADER : MINISTRY_HEADER;
  const body = request.correction ? `${CORRECTION_LEAD}\n${request.answer}` : request.answer;
  const sections = splitMrkdwn(body).slice(0, 45);
  const blocks: SlackMinistryBlock[] = [
    { type: "header", text: { type: "plain_text", text: header, emoji: true } },
    ...sections.map((text) => ({ type: "section" as const, text: { type: "mrkdwn" as const, text } })),
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: escapeAndTruncate(
            `ご質問${request.reference ? `（受付番号 ${request.reference}）` : ""}: ${request.question}`,
            2_900,
          ),
        },
      ],
    },
  ];
  return { blocks, text: escapeAndTruncate(`${header}\n${body}`, 3_900) };
}
