import { type AdaptiveCardJson, adaptiveCard, textBlock } from "./adaptive-card.ts";

export type ConversationScope = "personal" | "groupChat" | "channel";

export const WELCOME_SUMMARY = "taiwa へようこそ";

/** Teams delivers to a bot only the messages that @mention it, except in its personal chat. */
const HOW_TO_ASK: Record<ConversationScope, string> = {
  personal: "このチャットにそのまま質問を書いてください。",
  groupChat:
    "グループチャットでは @taiwa とメンションして質問してください（メンションのないメッセージは taiwa に届きません）。",
  channel: "チャネルでは @taiwa とメンションして質問してください。",
};

/** Shown when the app is added to a chat or team: what taiwa answers, how to ask, and what it is not. */
export function buildWelcomeCard(options: { scope: ConversationScope }): AdaptiveCardJson {
  const howToAsk = HOW_TO_ASK[options.scope];
  return adaptiveCard([
    textBlock(WELCOME_SUMMARY, { size: "Large", weight: "Bolder" }),
    textBlock("経済安全保障に関する政府資料（行動計画、ガイダンス、事例集など）をもとに、出典つきでお答えします。"),
    textBlock(howToAsk),
    {
      type: "FactSet",
      facts: [
        { title: "例", value: "特定重要物資のサプライチェーン調査で企業が準備すべきことは？" },
        { title: "確認", value: "回答の下の「省庁に確認する」で経済産業省の担当者に質問を引き継げます。" },
      ],
    },
    textBlock(
      "回答は資料からの抜粋です（AI が資料をもとに書いた回答には「AI生成」と表示します）。法的な判断は担当者または専門家にご確認ください。",
      {
        isSubtle: true,
        size: "Small",
      },
    ),
  ]);
}
