import type { AnswerResult, Language } from "../../rag/types.ts";

type AnswerMode = AnswerResult["mode"];

/** Texts on answer cards, in the language of the question (Japanese unless the user wrote English). */
export interface CardLabels {
  /** 「🤖 AI生成」 only for text a model wrote; extractive answers are quoted sentences from the documents. */
  answerLabel(mode: AnswerMode, sourceCount: number): string;
  unresolvedLabel(mode: AnswerMode): string;
  /** `reference` is the opaque 受付番号 (questionReference), never the log's id. */
  handedOver(reference?: string): string;
  sources: string;
  openSource: string;
  /** The notification text of an unresolved answer's card. */
  summaryUnresolved: string;
  /** After an answer cut to fit one card. */
  cut: string;
  thumbsUp: string;
  thumbsDown: string;
  escalate: string;
  escalateIntro: string;
  contextLabel: string;
  contextPlaceholder: string;
  escalateSubmit: string;
}

const ja: CardLabels = {
  answerLabel: (mode, count) =>
    mode === "generated"
      ? `🤖 AI生成・出典 ${count}件に基づく回答（内容は出典でご確認ください）`
      : `📄 資料からの抜粋・出典 ${count}件に基づく回答（前後の文脈は出典でご確認ください）`,
  unresolvedLabel: (mode) =>
    mode === "generated"
      ? "🤖 AI生成・資料から確かな回答が見つかりませんでした"
      : "📄 資料から確かな回答が見つかりませんでした",
  handedOver: (reference) =>
    `この質問は経済産業省の担当者に引き継ぎました${reference ? `（受付番号 ${reference}）` : ""}。回答が届きしだい、このスレッドでお知らせします。`,
  sources: "出典",
  openSource: "出典を開く",
  summaryUnresolved: "資料から確かな回答が見つからなかったため、経済産業省の担当者に引き継ぎました。",
  cut: "（長い回答のため、ここで省略しました。続きは出典をご覧ください）",
  thumbsUp: "👍 役に立った",
  thumbsDown: "👎 役に立たなかった",
  escalate: "省庁に確認する",
  escalateIntro: "経済産業省の担当者に確認を依頼します。補足があればご記入ください（任意）。",
  contextLabel: "補足（任意）",
  contextPlaceholder: "例: 当社の業種では…",
  escalateSubmit: "確認を依頼する",
};

const en: CardLabels = {
  answerLabel: (mode, count) =>
    mode === "generated"
      ? `🤖 AI-generated · based on ${count} source${count === 1 ? "" : "s"} (check them before relying on it)`
      : `📄 Excerpts from the documents · ${count} source${count === 1 ? "" : "s"} (see them for the context)`,
  unresolvedLabel: (mode) =>
    mode === "generated"
      ? "🤖 AI-generated · the documents do not answer this reliably"
      : "📄 The documents do not answer this reliably",
  handedOver: (reference) =>
    `This question was passed to the Ministry of Economy, Trade and Industry${reference ? ` (reference ${reference})` : ""}. Their answer will be posted in this thread.`,
  sources: "Sources",
  openSource: "Open source",
  summaryUnresolved: "The documents do not answer this reliably; the question was passed to the ministry.",
  cut: "(The answer was cut to fit one card. See the sources for the rest.)",
  thumbsUp: "👍 Helpful",
  thumbsDown: "👎 Not helpful",
  escalate: "省庁に確認する (Ask the ministry)",
  escalateIntro: "Ask METI staff to check this answer. Add any context (optional).",
  contextLabel: "Context (optional)",
  contextPlaceholder: "e.g. our sector is…",
  escalateSubmit: "Send to the ministry",
};

export function cardLabels(lang: Language): CardLabels {
  return lang === "en" ? en : ja;
}
