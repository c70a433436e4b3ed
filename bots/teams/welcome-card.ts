import { type AdaptiveCardJson, adaptiveCard, textBlock } from "./adaptive-card.ts";

/** Shown when the app is added to a chat or team: what taiwa answers, how to ask, and what it is not. */
export function buildWelcomeCard(options: { inChannel: boolean }): AdaptiveCardJson {
  const howToAsk = options.inChannel
    ? "チャネルでは @taiwa とメンションして質問してください。"
    : "このチャットにそのまま質問を書いてください。";
  return adaptiveCard([
    textBlock("taiwa へようこそ", { size: "Large", weight: "Bolder" }),
    textBlock("経済安全保障に関する政府資料（行動計画、ガイダンス、事例集など）をもとに、出典つきでお答えします。"),
    textBlock(howToAsk),
    {
      type: "FactSet",
      facts: [
        { title: "例", value: "特定重要物資のサプライチェーン調査で企業が準備すべきことは？" },
        { title: "確認", value: "回答の下の「省庁に確認する」で経済産業省の担当者に質問を引き継げます。" },
      ],
    },
    textBlock("回答は AI が資料から生成したものです。法的な判断は担当者または専門家にご確認ください。", {
      isSubtle: true,
      size: "Small",
    }),
  ]);
}
