// UI text in Japanese and English. Chosen per page from navigator.language, and per answer from
// the question's language, so an English question gets English labels around its answer.

const messages = {
  ja: {
    title: "taiwa — 経済安全保障の文書に聞く",
    lead: "政府の公表文書をもとに、出典つきで答えます。文書にないことは「見つかりません」とお伝えし、省庁の担当者に確認できます。",
    skipToQuestion: "質問の入力へ移動",
    repliesTitle: "省庁からの回答",
    logTitle: "会話",
    questionLabel: "質問",
    questionPlaceholder: "例: 特定重要物資とは何ですか?",
    questionHint: "Enter で送信、Shift+Enter で改行します。",
    send: "送信",
    disclaimer: "回答は公表文書の抜粋にもとづく参考情報です。個別の判断は所管の省庁にご確認ください。",
    you: "あなたの質問",
    taiwa: "taiwa の回答",
    thinking: "回答を準備しています…",
    stillThinking: "まだ考えています…",
    answered: "回答しました。",
    notFoundTitle: "文書には見つかりませんでした",
    notFoundBody: "公表文書の中に、この質問に答える記述は見つかりませんでした。",
    reasonLegal: "個別の法的判断にはお答えできません。所管の省庁にご確認ください。",
    reasonScope: "経済安全保障の公表文書の範囲外の質問です。",
    reasonInjection: "この質問にはお答えできません。",
    loggedForMinistry:
      "この質問は省庁の担当者に記録されました。回答が届くと、このページの「省庁からの回答」に表示されます。",
    sources: "出典",
    showPassage: "引用箇所を表示",
    page: "{page}ページ",
    helpful: "役に立った",
    notHelpful: "役に立たなかった",
    askMinistry: "省庁に確認する",
    contextLabel: "補足(任意): 状況や知りたいことを書いてください",
    sendToMinistry: "省庁に送る",
    cancel: "キャンセル",
    thanks: "ご意見ありがとうございました。",
    sentToMinistry: "省庁の担当者に送りました。回答が届くとこのページに表示されます。",
    feedbackFailed: "送信できませんでした。もう一度お試しください。",
    errorTitle: "エラー",
    networkError: "サーバーに接続できませんでした。接続を確認して、もう一度お試しください。",
    retry: "もう一度送信",
    emptyQuestion: "質問を入力してください。",
    ministryAnswer: "省庁の回答",
    ministryCorrection: "省庁の回答（訂正）",
    answeredOn: "回答日: {date}",
  },
  en: {
    title: "taiwa — ask Japan's economic-security documents",
    lead: "Answers from published government documents, with sources. When the documents do not say, taiwa tells you and you can ask the ministry.",
    skipToQuestion: "Skip to the question box",
    repliesTitle: "Answers from the ministry",
    logTitle: "Conversation",
    questionLabel: "Question",
    questionPlaceholder: "e.g. What are specified critical products?",
    questionHint: "Enter sends; Shift+Enter adds a line.",
    send: "Send",
    disclaimer:
      "Answers quote published documents for reference only. For a decision in your case, ask the responsible ministry.",
    you: "Your question",
    taiwa: "taiwa's answer",
    thinking: "Preparing an answer…",
    stillThinking: "Still thinking…",
    answered: "Answered.",
    notFoundTitle: "Not in the documents",
    notFoundBody: "The published documents do not contain an answer to this question.",
    reasonLegal: "taiwa cannot give a legal judgement on an individual case. Please ask the responsible ministry.",
    reasonScope: "This question is outside the published economic-security documents.",
    reasonInjection: "taiwa cannot answer this question.",
    loggedForMinistry:
      "This question was logged for ministry staff. Their answer will appear under “Answers from the ministry” on this page.",
    sources: "Sources",
    showPassage: "Show the quoted passage",
    page: "p. {page}",
    helpful: "Helpful",
    notHelpful: "Not helpful",
    askMinistry: "Ask the ministry",
    contextLabel: "Details (optional): your situation or what you need to know",
    sendToMinistry: "Send to the ministry",
    cancel: "Cancel",
    thanks: "Thank you for your feedback.",
    sentToMinistry: "Sent to ministry staff. Their answer will appear on this page.",
    feedbackFailed: "Could not send. Please try again.",
    errorTitle: "Error",
    networkError: "Could not reach the server. Check your connection and try again.",
    retry: "Send again",
    emptyQuestion: "Please type a question.",
    ministryAnswer: "Ministry's answer",
    ministryCorrection: "Ministry's answer (corrected)",
    answeredOn: "Answered on {date}",
  },
};

export const pageLanguage = (navigator.language || "ja").toLowerCase().startsWith("en") ? "en" : "ja";

/** English when the text has Latin letters and no Japanese script; otherwise the page's language. */
export function languageOf(text) {
  if (/[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/.test(text)) return "ja";
  if (/[A-Za-z]{2,}/.test(text)) return "en";
  return pageLanguage;
}

export function t(lang, key, params = {}) {
  const template = (messages[lang] ?? messages.ja)[key] ?? messages.ja[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Fills every [data-i18n] element's text (and placeholders) for the page language. */
export function localisePage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll("[data-i18n]")) element.textContent = t(lang, element.dataset.i18n);
  for (const element of document.querySelectorAll("[data-i18n-placeholder]")) {
    element.setAttribute("placeholder", t(lang, element.dataset.i18nPlaceholder));
  }
  document.title = t(lang, "title");
}
