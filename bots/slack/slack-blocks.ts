import type { Citation } from "../../rag/types.ts";
import { linkableUrl } from "../link-url.ts";
import { MESSAGES } from "./slack-messages.ts";
import { escapeAndTruncate, escapeMrkdwn, readableMarkers, splitMrkdwn, truncateText } from "./slack-text.ts";

/** Slack rejects messages with more than 50 blocks. */
const MAX_BLOCKS = 50;
/** A context block holds at most 10 elements. */
const MAX_CITATIONS = 10;
/** Slack truncates the notification `text` long before its 40,000-character limit; keep it readable. */
const FALLBACK_TEXT_LIMIT = 3_900;

export const ACTION_IDS = {
  thumbsUp: "taiwa_thumbs_up",
  thumbsDown: "taiwa_thumbs_down",
  escalate: "taiwa_escalate",
  share: "taiwa_share",
} as const;

/** Plain JSON Block Kit, typed loosely: Slack validates the shapes (and so does the Web API stand-in). */
export type Block = Record<string, unknown>;

export interface RenderableAnswer {
  answer: string;
  citations: Citation[];
  notes: string[];
  resolved: boolean;
  lang: "ja" | "en";
}

/** The answer as Block Kit within Slack's limits, plus the plain-text fallback Slack shows in notifications. */
export function renderAnswerBlocks(request: {
  answer: RenderableAnswer;
  /** True when the question went to the ministry's log. */
  logged: boolean;
  /** The opaque 受付番号 of the logged question. */
  reference?: string;
  /** Key of the stored answer behind the buttons; no buttons without it. */
  answerKey?: string;
  /** Adds 「チャンネルに共有」 (ephemeral answers only). */
  shareable?: boolean;
}): { blocks: Block[]; text: string } {
  const { answer } = request;
  const body = readableMarkers(answer.answer, answer.lang);
  const tail: Block[] = [];
  if (request.logged || !answer.resolved) tail.push(section(loggedNotice(answer.lang, request.reference)));
  for (const citation of answer.citations.slice(0, MAX_CITATIONS)) tail.push(citationBlock(citation, answer.lang));
  if (answer.notes.length > 0) {
    tail.push({
      type: "context",
      elements: answer.notes.slice(0, 10).map((note) => mrkdwn(escapeAndTruncate(note, 2_900))),
    });
  }
  if (request.answerKey) tail.push(actionsBlock(request.answerKey, request.shareable ?? false, answer.lang));

  const sections = splitMrkdwn(body).map((text) => section(text, true));
  // Slack rejects a message whose blocks hold no text; an empty answer still says so.
  if (sections.length === 0) sections.push(section(MESSAGES[answer.lang].noText));
  const room = MAX_BLOCKS - tail.length;
  if (sections.length > room) {
    sections.length = room - 1;
    sections.push(section(MESSAGES[answer.lang].cut));
  }
  return { blocks: [...sections, ...tail], text: plainText(request.answer, request.logged, request.reference) };
}

/** 「この質問は省庁の担当者に引き継ぎました」, with the 受付番号 when there is one. */
export function loggedNotice(lang: "ja" | "en", reference?: string): string {
  return reference ? MESSAGES[lang].loggedWithReference(reference) : MESSAGES[lang].logged;
}

/** The same answer without blocks: used when Slack rejects the blocks (invalid_blocks). */
export function plainText(answer: RenderableAnswer, logged: boolean, reference?: string): string {
  const lines = [readableMarkers(answer.answer, answer.lang)];
  if (logged || !answer.resolved) lines.push(loggedNotice(answer.lang, reference));
  for (const citation of answer.citations.slice(0, MAX_CITATIONS))
    lines.push(citationLine(citation, answer.lang, false));
  lines.push(...answer.notes);
  return escapeAndTruncate(lines.join("\n"), FALLBACK_TEXT_LIMIT);
}

function citationBlock(citation: Citation, lang: "ja" | "en"): Block {
  return { type: "context", elements: [mrkdwn(citationLine(citation, lang, true))] };
}

/** Each part is cut before it is escaped, so the line stays under a context element's 3,000 characters. */
function citationLine(citation: Citation, lang: "ja" | "en", linked: boolean): string {
  const show = (text: string, limit: number) => (linked ? escapeAndTruncate(text, limit) : truncateText(text, limit));
  const parts = [`${MESSAGES[lang].source}${citation.n}: ${show(citation.title, 600)}`];
  if (citation.sectionPath.length > 0) parts.push(show(citation.sectionPath.join(" › "), 600));
  if (citation.page !== undefined) parts.push(`p.${citation.page}`);
  if (citation.date) parts.push(show(citation.date, 40));
  // Percent-encoded, so < > | cannot end the link early; & is escaped as mrkdwn requires everywhere.
  const url = linkableUrl(citation.url);
  if (url && url.length <= 1_500) parts.push(linked ? `<${url.replace(/&/g, "&amp;")}|${MESSAGES[lang].link}>` : url);
  return parts.join(" ｜ ");
}

function actionsBlock(answerKey: string, shareable: boolean, lang: "ja" | "en"): Block {
  const labels = MESSAGES[lang].buttons;
  const elements = [
    button(labels.up, ACTION_IDS.thumbsUp, answerKey),
    button(labels.down, ACTION_IDS.thumbsDown, answerKey),
    button(labels.escalate, ACTION_IDS.escalate, answerKey),
  ];
  if (shareable) elements.push(button(labels.share, ACTION_IDS.share, answerKey));
  return { type: "actions", block_id: "taiwa_feedback", elements };
}

function button(label: string, actionId: string, value: string): Block {
  return { type: "button", text: { type: "plain_text", text: label, emoji: true }, action_id: actionId, value };
}

function section(text: string, alreadyEscaped = false): Block {
  return { type: "section", text: mrkdwn(alreadyEscaped ? text : escapeMrkdwn(text)) };
}

function mrkdwn(text: string): Block {
  return { type: "mrkdwn", text };
}
