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
  const budget = request.byteBudget ?? CARD_BYTE_BUDGET;
  const elements: CardElement[] = [label(answer)];
  if (!answer.resolved) {
    elements.push(
      textBlock(
        request.questionId
          ? `この質問は経済産業省の担当者に引き継ぎました（受付番号 ${request.questionId}）。回答が届きしだい、このスレッドでお知らせします。`
          : "この質問は経済産業省の担当者に引き継ぎました。回答が届きしだい、このスレッドでお知らせします。",
        { weight: "Bolder", color: "Attention" },
      ),
    );
  }
  for (const piece of splitText(convertMarkers(answer.answer, answer.citations), TEXT_PIECE_CHARS)) {
    elements.push(textBlock(piece));
  }
  if (answer.citations.length > 0)
    elements.push(textBlock("出典", { weight: "Bolder", separator: true, spacing: "Medium" }));
  for (const citation of answer.citations) elements.push(citationElement(citation));
  for (const note of answer.notes) elements.push(textBlock(`※ ${note}`, { isSubtle: true, size: "Small" }));
  return pack(elements, feedbackActions(request), budget);
}

function label(answer: AnswerCardsRequest["answer"]): CardElement {
  const count = answer.citations.length;
  const text = answer.resolved
    ? `🤖 AI生成・出典 ${count}件に基づく回答（内容は出典でご確認ください）`
    : "🤖 AI生成・資料から確かな回答が見つかりませんでした";
  return textBlock(text, { size: "Small", isSubtle: true, weight: "Bolder" });
}

function citationElement(citation: Citation): CardElement {
  const location = citationLocation(citation);
  const items: CardElement[] = [
    textBlock(`［${citation.n}］ ${escapeMarkdown(citation.title)}`, { weight: "Bolder", spacing: "None" }),
  ];
  if (location) items.push(textBlock(escapeMarkdown(location), { isSubtle: true, size: "Small", spacing: "None" }));
  if (citation.url) {
    items.push({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "出典を開く", url: citation.url }] });
  }
  return { type: "Container", items, spacing: "Small" };
}

function feedbackActions(request: AnswerCardsRequest): CardElement[] {
  const base = {
    action: "feedback",
    answerId: request.answer.id,
    question: request.question.slice(0, QUESTION_IN_BUTTONS),
  };
  const actions: CardElement[] = [
    { type: "Action.Submit", title: "👍 役に立った", data: { ...base, kind: "thumbs-up" } },
    { type: "Action.Submit", title: "👎 役に立たなかった", data: { ...base, kind: "thumbs-down" } },
  ];
  // An unresolved answer is already with the ministry; asking again would only duplicate the entry.
  if (request.answer.resolved) {
    actions.push({
      type: "Action.ShowCard",
      title: "省庁に確認する",
      card: adaptiveCardBody(
        [
          textBlock("経済産業省の担当者に確認を依頼します。補足があればご記入ください（任意）。"),
          {
            type: "Input.Text",
            id: "userContext",
            isMultiline: true,
            maxLength: 2000,
            placeholder: "例: 当社の業種では…",
            label: "補足（任意）",
          },
        ],
        [{ type: "Action.Submit", title: "確認を依頼する", data: { ...base, kind: "escalated" } }],
      ),
    });
  }
  return actions;
}

function adaptiveCardBody(body: CardElement[], actions: CardElement[]): Omit<AdaptiveCardJson, "$schema" | "msteams"> {
  return { type: "AdaptiveCard", version: "1.5", body, actions };
}

/** Greedy packing: elements keep their order; a new card starts when the next element would pass the budget. */
function pack(elements: CardElement[], actions: CardElement[], budget: number): AdaptiveCardJson[] {
  const reserve = cardBytes(adaptiveCard([textBlock("（続き 99/99）")], actions));
  const bodies: CardElement[][] = [[]];
  for (const element of elements) {
    const current = bodies[bodies.length - 1] ?? [];
    const candidate = adaptiveCard([...current, element]);
    if (current.length > 0 && cardBytes(candidate) + reserve > budget) bodies.push([element]);
    else current.push(element);
  }
  return bodies.map((body, index) => {
    const isLast = index === bodies.length - 1;
    const withHeader =
      bodies.length > 1 && index > 0
        ? [textBlock(`（続き ${index + 1}/${bodies.length}）`, { isSubtle: true, size: "Small" }), ...body]
        : body;
    return adaptiveCard(withHeader, isLast ? actions : undefined);
  });
}
