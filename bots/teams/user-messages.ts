import { isTaiwaError } from "../../app/errors.ts";
import type { Language } from "../../rag/types.ts";

/** Japanese unless the text has no kana or kanji at all (the user wrote English). */
export function languageOf(text: string): Language {
  return /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(text) || text.trim() === "" ? "ja" : "en";
}

/** Fixed texts users see in Teams. Errors say what happened and what to do; no internals. */
const messages = {
  ja: {
    emptyQuestion: "質問を入力してください。例: 「特定重要物資の安定供給確保のために企業に求められることは？」",
    tooLong: (limit: number) => `質問が長すぎます（${limit}文字まで）。要点を短くしてもう一度お送りください。`,
    thumbsUp: "フィードバックありがとうございます。",
    thumbsDown: "ご指摘ありがとうございます。回答の改善のため担当者が確認します。",
    thumbsDownLogged: (reference: string) =>
      `ご指摘ありがとうございます。経済産業省の担当者が確認します（受付番号 ${reference}）。`,
    escalated: (reference?: string) =>
      `経済産業省の担当者に確認を依頼しました${reference ? `（受付番号 ${reference}）` : ""}。回答はこのスレッドでお知らせします。`,
    feedbackFailed: "フィードバックを記録できませんでした。しばらくしてからもう一度お試しください。",
    rateLimited: "質問が集中しています。1分ほど待ってからもう一度お試しください。",
    timeout: "回答の作成に時間がかかりすぎました。もう一度お試しいただくか、質問を短くしてください。",
    indexPreparing: "資料の索引を準備中です。しばらくしてからもう一度お試しください。",
    indexMissing: "資料の索引が準備できていません。管理者にお問い合わせください。",
    internal:
      "回答の作成中に問題が発生しました。しばらくしてからもう一度お試しください。解決しない場合は管理者にお問い合わせください。",
  },
  en: {
    emptyQuestion: "Please type a question, e.g. “What must companies prepare for the supply-chain survey?”",
    tooLong: (limit: number) =>
      `The question is too long (up to ${limit} characters). Please shorten it and send it again.`,
    thumbsUp: "Thank you for the feedback.",
    thumbsDown: "Thank you. Staff will review this answer.",
    thumbsDownLogged: (reference: string) => `Thank you. METI staff will review this answer (reference ${reference}).`,
    escalated: (reference?: string) =>
      `Sent to METI staff${reference ? ` (reference ${reference})` : ""}. Their answer will be posted in this thread.`,
    feedbackFailed: "The feedback could not be recorded. Please try again in a moment.",
    rateLimited: "Many questions are arriving at once. Please wait a minute and try again.",
    timeout: "Preparing the answer took too long. Please try again, or shorten the question.",
    indexPreparing: "The document index is being prepared. Please try again shortly.",
    indexMissing: "The document index is not ready. Please contact your administrator.",
    internal: "Something went wrong while preparing the answer. Please try again later, or contact your administrator.",
  },
} as const;

export function userMessages(lang: Language) {
  return messages[lang];
}

export function friendlyError(error: unknown, lang: Language): string {
  const text = messages[lang];
  const code = isTaiwaError(error) ? error.code : "internal";
  switch (code) {
    case "rate_limited":
    case "model_rate_limited":
      return text.rateLimited;
    case "model_timeout":
      return text.timeout;
    case "input_too_long":
      return text.tooLong(2000);
    case "index_missing":
      return text.indexPreparing;
    case "index_corrupt":
      return text.indexMissing;
    default:
      return text.internal;
  }
}
