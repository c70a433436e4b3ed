import {
  type AdaptiveCardJson,
  adaptiveCard,
  CARD_BYTE_BUDGET,
  cardBytes,
  escapeMarkdown,
  textBlock,
} from "./adaptive-card.ts";
import { splitText } from "./card-text.ts";

export const MINISTRY_ANSWER_HEADER = "経済産業省担当者からの回答";

/** A ministry answer written in the console, as one or more cards under the byte budget. */
export function buildMinistryAnswerCards(request: {
  answer: string;
  question?: string;
  /** The opaque 受付番号 the asker was given. */
  reference?: string;
  byteBudget?: number;
}): AdaptiveCardJson[] {
  const budget = request.byteBudget ?? CARD_BYTE_BUDGET;
  const header = [
    textBlock(`🏛️ ${MINISTRY_ANSWER_HEADER}`, { size: "Medium", weight: "Bolder" }),
    ...(request.question
      ? [
          textBlock(
            `ご質問${request.reference ? `（受付番号 ${request.reference}）` : ""}: ${escapeMarkdown(request.question.slice(0, 300))}`,
            { isSubtle: true, size: "Small" },
          ),
        ]
      : []),
  ];
  const cards: AdaptiveCardJson[] = [];
  let body = [...header];
  for (const piece of splitText(escapeMarkdown(request.answer), 1500)) {
    const candidate = adaptiveCard([...body, textBlock(piece)]);
    if (body.length > 0 && cardBytes(candidate) > budget) {
      cards.push(adaptiveCard(body));
      body = [textBlock(`🏛️ ${MINISTRY_ANSWER_HEADER}（続き）`, { isSubtle: true, size: "Small" }), textBlock(piece)];
    } else {
      body.push(textBlock(piece));
    }
  }
  cards.push(adaptiveCard(body));
  return cards;
}
