import { isTaiwaError } from "../../app/errors.ts";

/** Fixed texts users see in Teams. Errors say what happened and what to do; no internals. */
export const userMessages = {
  emptyQuestion: "質問を入力してください。例: 「特定重要物資の安定供給確保のために企業に求められることは？」",
  tooLong: (limit: number) => `質問が長すぎます（${limit}文字まで）。要点を短くしてもう一度お送りください。`,
  thumbsUp: "フィードバックありがとうございます。",
  thumbsDown: "ご指摘ありがとうございます。回答の改善のため担当者が確認します。",
  escalated: (questionId?: string) =>
    questionId
      ? `経済産業省の担当者に確認を依頼しました（受付番号 ${questionId}）。回答はこのスレッドでお知らせします。`
      : "経済産業省の担当者に確認を依頼しました。回答はこのスレッドでお知らせします。",
  feedbackFailed: "フィードバックを記録できませんでした。しばらくしてからもう一度お試しください。",
} as const;

export function friendlyError(error: unknown): string {
  const code = isTaiwaError(error) ? error.code : "internal";
  switch (code) {
    case "rate_limited":
    case "model_rate_limited":
      return "質問が集中しています。1分ほど待ってからもう一度お試しください。";
    case "model_timeout":
      return "回答の作成に時間がかかりすぎました。もう一度お試しいただくか、質問を短くしてください。";
    case "input_too_long":
      return "質問が長すぎます。要点を短くしてもう一度お送りください。";
    case "index_missing":
    case "index_corrupt":
      return "資料の索引が準備できていません。管理者にお問い合わせください。";
    default:
      return "回答の作成中に問題が発生しました。しばらくしてからもう一度お試しください。解決しない場合は管理者にお問い合わせください。";
  }
}
