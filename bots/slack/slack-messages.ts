/** Everything the Slack bot says besides the answer itself, in Japanese and English. */
export const MESSAGES = {
  ja: {
    rateLimitedUser: "短い時間に質問が続いたため、少し休ませてください。1分ほど待ってから、もう一度お試しください。",
    rateLimitedWorkspace: "このワークスペースからの質問が集中しています。1分ほど待ってから、もう一度お試しください。",
    empty: "質問を書いてください。例: `@taiwa 経済安全保障推進法の特定重要物資とは？`",
    emptyMessage:
      "このメッセージには本文がないため、質問として読めません。本文のあるメッセージで「taiwaに聞く」を使ってください。",
    tooLong: (max: number) => `質問が長すぎます（${max}文字まで）。要点を短くして、もう一度お送りください。`,
    binary: "質問に読み取れない文字が含まれています。文章で書いてください。",
    filesOnly: "添付ファイルは読み取りません。知りたいことを文章で書いて、もう一度お送りください。",
    filesIgnored: "添付ファイルは読み取りません。本文の質問にお答えしています。",
    failed: "申し訳ありません。回答を用意できませんでした。時間をおいて、もう一度お試しください。",
    indexing: "資料の索引を準備中です。しばらくしてからもう一度お試しください。",
    placeholder: "🔎 確認しています…",
    logged: "この質問は省庁の担当者に引き継ぎました。回答が届いたら、ここでお知らせします。",
    /** `reference` is the opaque 受付番号 (questionReference), never the log's running number. */
    loggedWithReference: (reference: string) =>
      `この質問は省庁の担当者に引き継ぎました（受付番号 ${reference}）。回答が届いたら、ここでお知らせします。`,
    expired: "この回答は古くなったため、操作できません。もう一度質問してください。",
    thanksUp: "ご評価ありがとうございます。",
    thanksDown: "ご指摘ありがとうございます。今後の改善に使います。",
    feedbackFailed: "評価を記録できませんでした。時間をおいて、もう一度お試しください。",
    escalationFailed: "省庁への引き継ぎに失敗しました。時間をおいて、もう一度お試しください。",
    shared: (userId: string) => `<@${userId}> さんが taiwa の回答を共有しました。`,
    buttons: { up: "👍", down: "👎", escalate: "省庁に確認する", share: "チャンネルに共有" },
    source: "出典",
    link: "リンク",
    cut: "（Slack の上限のため、以降は省略しました）",
    noText: "（回答の本文はありません）",
  },
  en: {
    rateLimitedUser: "You have asked several questions in a short time. Please wait a minute and try again.",
    rateLimitedWorkspace: "Many questions are arriving from this workspace. Please wait a minute and try again.",
    empty: "Please write a question, e.g. `@taiwa What are specified critical products?`",
    emptyMessage: "This message has no text to ask about. Use 「taiwaに聞く」 on a message with text.",
    tooLong: (max: number) =>
      `The question is too long (up to ${max} characters). Please shorten it and send it again.`,
    binary: "The question contains characters that cannot be read. Please type it as text.",
    filesOnly: "taiwa does not read attached files. Please write your question as text and send it again.",
    filesIgnored: "Attached files are not read; this answers the text of your message.",
    failed: "Sorry, taiwa could not prepare an answer. Please try again in a little while.",
    indexing: "The document index is being prepared. Please try again shortly.",
    placeholder: "🔎 Looking into it…",
    logged: "This question was logged for the ministry's staff. Their answer will be posted here.",
    loggedWithReference: (reference: string) =>
      `This question was logged for the ministry's staff (reference ${reference}). Their answer will be posted here.`,
    expired: "This answer is too old to act on. Please ask again.",
    thanksUp: "Thank you for your feedback.",
    thanksDown: "Thank you; we will use this to improve.",
    feedbackFailed: "Your feedback could not be recorded. Please try again in a little while.",
    escalationFailed: "The question could not be passed to the ministry. Please try again in a little while.",
    shared: (userId: string) => `<@${userId}> shared an answer from taiwa.`,
    buttons: { up: "👍", down: "👎", escalate: "Ask the ministry", share: "Share in channel" },
    source: "Source ",
    link: "link",
    cut: "(The rest of the answer was cut to fit Slack.)",
    noText: "(No answer text.)",
  },
} as const;

export type Lang = keyof typeof MESSAGES;

/** English when the text has no Japanese script at all; Japanese otherwise (and for empty text). */
export function languageOf(text: string): Lang {
  return text.trim() !== "" && !/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/u.test(text) ? "en" : "ja";
}
