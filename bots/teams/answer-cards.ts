import type { AnswerResult, Citation } from "../../rag/types.ts";
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
  answer: Pick<AnswerResult, "id" | "answer" | "citations" | "notes" | "resolved" | "lang">;
  question: string;
  /** Set when the question was logged for the ministry (unresolved answers). */
  questionId?: string;
  byteBudget?: number;
}

/** Characters of the question the buttons carry, for feedback after the bot forgot the answer (restart). */
const QUESTION_IN_BUTTONS = 300;
const TEXT_PIECE_CHARS = 1500;

/** The answer as one or more Adaptive Cards, each under the byte budget; the last one carries the buttons. */
export function buildAnswerCards(request: AnswerCardsRequest): AdaptiveCardJson[] {
  const { answer } = request;
  const labels = cardLabels(answer.lang);
  const budget = request.byteBudget ?? CARD_BYTE_BUDGET;
  const elements: CardElement[] = [
    textBlock(answer.resolved ? labels.aiLabel(answer.citations.length) : labels.aiLabelUnresolved, {
      size: "Small",
      isSubtle: true,
      weight: "Bolder",
    }),
  ];
  if (!answer.resolved) {
    elements.push(textBlock(labels.handedOver(request.questionId), { weight: "Bolder", color: "Attention" }));
  }
  for (const piece of splitText(convertMarkers(answer.answer, answer.citations), TEXT_PIECE_CHARS)) {
    elements.push(textBlock(piece));
  }
  if (answer.citations.length > 0) {
    elements.push(textBlock(labels.sources, { weight: "Bolder", separator: true, spacing: "Medium" }));
  }
  for (const citation of answer.citations) elements.push(citationElement(citation, labels));
  for (const note of answer.notes) elements.push(textBlock(`※ ${note}`, { isSubtle: true, size: "Small" }));
  return pack(elements, feedbackActions(request, labels), budget, labels);
}

function citationElement(citation: Citation, labels: CardLabels): CardElement {
  const location = citationLocation(citation);
  const items: CardElement[] = [
    textBlock(`［${citation.n}］ ${escapeMarkdown(citation.title)}`, { weight: "Bolder", spacing: "None" }),
  ];
  if (location) items.push(textBlock(escapeMarkdown(location), { isSubtle: true, size: "Small", spacing: "None" }));
  if (citation.url) {
    items.push({
      type: "ActionSet",
      actions: [{ type: "Action.OpenUrl", title: labels.openSource, url: citation.url }],
    });
  }
  return { type: "Container", items, spacing: "Small" };
}

function feedbackActions(request: AnswerCardsRequest, labels: CardLabels): CardElement[] {
  const base = {
    action: "feedback",
    answerId: request.answer.id,
    question: request.question.slice(0, QUESTION_IN_BUTTONS),
  };
  const actions: CardElement[] = [
    { type: "Action.Submit", title: labels.thumbsUp, data: { ...base, kind: "thumbs-up" } },
    { type: "Action.Submit", title: labels.thumbsDown, data: { ...base, kind: "thumbs-down" } },
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
        actions: [{ type: "Action.Submit", title: labels.escalateSubmit, data: { ...base, kind: "escalated" } }],
      },
    });
  }
  return actions;
}

/** Greedy packing: elements keep their order; a new card starts when the next element would pass the budget. */
function pack(elements: CardElement[], actions: CardElement[], budget: number, labels: CardLabels): AdaptiveCardJson[] {
  const reserve = cardBytes(adaptiveCard([textBlock(labels.continued(99, 99))], actions));
  const bodies: CardElement[][] = [[]];
  for (const element of elements) {
    const current = bodies[bodies.length - 1] ?? [];
    if (current.length > 0 && cardBytes(adaptiveCard([...current, element])) + reserve > budget) bodies.push([element]);
    else current.push(element);
  }
  return bodies.map((body, index) => {
    const header =
      index > 0 ? [textBlock(labels.continued(index + 1, bodies.length), { isSubtle: true, size: "Small" })] : [];
    return adaptiveCard([...header, ...body], index === bodies.length - 1 ? actions : undefined);
  });
}
