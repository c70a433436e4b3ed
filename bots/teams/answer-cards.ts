import type { AnswerResult, Citation } from "../../rag/types.ts";
import { linkableUrl } from "../link-url.ts";
import {
  type AdaptiveCardJson,
  adaptiveCard,
  CARD_BYTE_BUDGET,
  type CardElement,
  cardBytes,
  escapeMarkdown,
  textBlock,
} from "./adaptive-card.ts";
import { type CardLabels, cardLabels } from "./card-labels.ts";
import { citationLocation, convertMarkers, splitText } from "./card-text.ts";

export interface AnswerCardsRequest {
  answer: Pick<AnswerResult, "id" | "answer" | "citations" | "notes" | "resolved" | "lang" | "mode">;
  question: string;
  /** The opaque 受付番号 when the question was logged for the ministry (unresolved answers). */
  reference?: string;
  byteBudget?: number;
}

/** Characters of the question the buttons carry, for feedback after the bot forgot the answer (restart). */
const QUESTION_IN_BUTTONS = 300;
const TEXT_PIECE_CHARS = 1500;
const FEEDBACK_VERB = "feedback";
/** As in Slack: more sources than this are not shown. */
const MAX_CITATIONS = 10;

/**
 * The answer as one Adaptive Card under the byte budget, with the buttons. A long answer is cut where a text piece
 * ends, with a note pointing to the sources: a run of cards would flood the chat (one long answer was 26 cards).
 */
export function buildAnswerCard(request: AnswerCardsRequest): AdaptiveCardJson {
  const { answer } = request;
  const labels = cardLabels(answer.lang);
  const budget = request.byteBudget ?? CARD_BYTE_BUDGET;
  const elements: CardElement[] = [
    textBlock(
      answer.resolved ? labels.answerLabel(answer.mode, answer.citations.length) : labels.unresolvedLabel(answer.mode),
      {
        size: "Small",
        isSubtle: true,
        weight: "Bolder",
      },
    ),
  ];
  if (!answer.resolved) {
    elements.push(textBlock(labels.handedOver(request.reference), { weight: "Bolder", color: "Attention" }));
  }
  const pieces = splitText(convertMarkers(answer.answer, answer.citations), TEXT_PIECE_CHARS).map((piece) =>
    textBlock(piece),
  );
  const sources = answer.citations.slice(0, MAX_CITATIONS).map((citation) => citationElement(citation, labels));
  const notes = answer.notes.map((note) => textBlock(`※ ${escapeMarkdown(note)}`, { isSubtle: true, size: "Small" }));
  const actions = feedbackActions(request, labels);
  const cut = textBlock(labels.cut, { isSubtle: true, size: "Small" });
  const compose = (kept: CardElement[], shownSources: CardElement[], wasCut: boolean) =>
    adaptiveCard(
      [
        ...elements,
        ...kept,
        ...(wasCut ? [cut] : []),
        ...(shownSources.length > 0
          ? [textBlock(labels.sources, { weight: "Bolder", separator: true, spacing: "Medium" })]
          : []),
        ...shownSources,
        ...notes,
      ],
      actions,
    );
  const whole = compose(pieces, sources, false);
  if (cardBytes(whole) <= budget) return whole;
  for (let keep = pieces.length - 1; keep >= 0; keep -= 1) {
    const card = compose(pieces.slice(0, keep), sources, true);
    if (cardBytes(card) <= budget) return card;
  }
  // Not even the sources fit beside the buttons: as many sources as do.
  for (let keep = sources.length - 1; keep >= 0; keep -= 1) {
    const card = compose([], sources.slice(0, keep), true);
    if (cardBytes(card) <= budget || keep === 0) return card;
  }
  return compose([], [], true);
}

function citationElement(citation: Citation, labels: CardLabels): CardElement {
  const location = citationLocation(citation);
  const items: CardElement[] = [
    textBlock(`［${citation.n}］ ${escapeMarkdown(citation.title)}`, { weight: "Bolder", spacing: "None" }),
  ];
  if (location) items.push(textBlock(escapeMarkdown(location), { isSubtle: true, size: "Small", spacing: "None" }));
  const url = linkableUrl(citation.url);
  if (url) {
    items.push({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: labels.openSource, url }] });
  }
  return { type: "Container", items, spacing: "Small" };
}

function feedbackActions(request: AnswerCardsRequest, labels: CardLabels): CardElement[] {
  const base = {
    action: "feedback",
    answerId: request.answer.id,
    question: request.question.slice(0, QUESTION_IN_BUTTONS),
  };
  // Action.Execute (Universal Actions) arrives as an invoke, and its response is shown only to the person who
  // clicked: a confirmation, or a 受付番号, is never posted to everyone in a channel. Action.Submit would be a message.
  const actions: CardElement[] = [
    { type: "Action.Execute", verb: FEEDBACK_VERB, title: labels.thumbsUp, data: { ...base, kind: "thumbs-up" } },
    { type: "Action.Execute", verb: FEEDBACK_VERB, title: labels.thumbsDown, data: { ...base, kind: "thumbs-down" } },
  ];
  // An unresolved answer is already with the ministry; asking again would only duplicate the entry.
  if (request.answer.resolved) {
    const input = {
      type: "Input.Text",
      id: "userContext",
      isMultiline: true,
      maxLength: 2000,
      placeholder: labels.contextPlaceholder,
      label: labels.contextLabel,
    };
    actions.push({
      type: "Action.ShowCard",
      title: labels.escalate,
      card: {
        type: "AdaptiveCard",
        version: "1.5",
        body: [textBlock(labels.escalateIntro), input],
        actions: [
          {
            type: "Action.Execute",
            verb: FEEDBACK_VERB,
            title: labels.escalateSubmit,
            data: { ...base, kind: "escalated" },
          },
        ],
      },
    });
  }
  return actions;
}

/**
 * What a Teams notification shows for the card (the activity's `summary`): the answer's first line, or that it was
 * passed to the ministry. Never the question, which in a channel would reach everyone's notifications.
 */
export function answerSummary(request: AnswerCardsRequest): string {
  const labels = cardLabels(request.answer.lang);
  const firstLine = request.answer.answer
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  const text =
    request.answer.resolved && firstLine ? firstLine.replace(/\[(\d+)\]/g, "［$1］") : labels.summaryUnresolved;
  const characters = Array.from(text);
  return characters.length > SUMMARY_CHARS ? `${characters.slice(0, SUMMARY_CHARS - 1).join("")}…` : text;
}

const SUMMARY_CHARS = 120;
