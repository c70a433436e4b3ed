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
export const MINISTRY_CORRECTION_HEADER = "経済産業省担当者からの回答（訂正）";
export const CORRECTION_LEAD = "先にお送りした回答を、次のとおり訂正します。";

/** A ministry answer written in the console, as one or more cards under the byte budget. */
export function buildMinistryAnswerCards(request: {
  answer: string;
  question?: string;
  /** The opaque 受付番号 the asker was given. */
  reference?: string;
  byteBudget?: number;
  /** The answer replaces one delivered before: says 「訂正」 in the header and a first line. */
  correction?: boolean;
}): AdaptiveCardJson[] {
  const budget = request.byteBudget ?? CARD_BYTE_BUDGET;
  const title = request.correction ? MINISTRY_CORRECTION_HEADER : MINISTRY_ANSWER_HEADER;
  const header = [
    textBlock(`🏛️ ${title}`, { size: "Medium", weight: "Bolder" }),
    ...(request.correction ? [textBlock(CORRECTION_LEAD, { weight: "Bolder" })] : []),
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
      body = [textBlock(`🏛️ ${title}（続き）`, { isSubtle: true, size: "Small" }), textBlock(piece)];
    } else {
      body.push(textBlock(piece));
    }
  }
  cards.push(adaptiveCard(body));
  return cards;
}
