// UI text in Japanese and English. Chosen per page from navigator.language, and per answer from
// the question's language, so an English question gets English labels around its answer.

const messages = {
  ja: {
    title: "taiwa — 経済安全保障の文書に聞く",
    landingTitle: "公表文書をもとに、出典つきで答えます",
    lead: "文書にないことは「見つかりません」とお伝えし、省庁の担当者に確認できます。",
    examplesTitle: "質問の例",
    examples: [
      "特定重要物資とは何ですか？",
      "経済安全保障推進法の4つの制度は？",
      "技術流出を防ぐために企業は何をすべきですか？",
      "官民戦略対話とは何ですか？",
    ],
    documentsTitle: "参照している文書",
    documentsEmpty: "文書の一覧を読み込めませんでした。質問はできます。",
    version: "版：{version}",
    newConversation: "新しい会話",
    notifyMe: "回答が届いたら通知する",
    notifyOn: "回答が届いたら、このブラウザーで通知します。",
    notifyDenied: "ブラウザーの設定で通知が許可されていません。",
    skipToQuestion: "質問の入力へ移動",
    logTitle: "会話",
    questionLabel: "質問",
    questionPlaceholder: "例：特定重要物資とは何ですか？",
    questionHint: "Enter で送信、Shift+Enter で改行します。",
    counter: "{n} / {max}",
    counterLabel: "{n} / {max} 文字",
    tooLong: "質問が長すぎます（{n} / {max} 文字）。{max} 文字以内に短くしてから送信してください。",
    send: "送信",
    sendWaits: "前の質問への回答を準備中です。回答が届いてから送信できます。",
    waitingForAnswer:
      "前の質問への回答を準備中です。入力した質問はそのまま残してあります。回答が届いてから送信してください。",
    disclaimer: "回答は公表文書の抜粋にもとづく参考情報です。個別の判断は所管の省庁にご確認ください。",
    you: "あなたの質問",
    taiwa: "taiwa の回答",
    showMore: "続きを表示",
    showLess: "折りたたむ",
    thinking: "回答を準備しています…",
    stillThinking: "まだ考えています…",
    answered: "回答しました。",
    statusNotFound: "文書には記載が見つかりませんでした。",
    statusRefused: "この質問にはお答えできませんでした。",
    notFoundTitle: "文書には見つかりませんでした",
    notFoundBody: "公表文書の中に、この質問に答える記述は見つかりませんでした。",
    legalTitle: "個別の法的判断にはお答えできません",
    legalBody: "個別の案件が法令上どう扱われるかは、所管の窓口にご相談ください。",
    consultTitle: "相談窓口",
    scopeTitle: "公表文書の範囲外です",
    reasonScope: "経済安全保障の公表文書の範囲外の質問です。",
    injectionTitle: "お答えできません",
    reasonInjection: "この質問にはお答えできません。",
    loggedForMinistry:
      "この質問は省庁の担当者に記録されました（受付番号 {reference}）。回答が届くと、このページの「省庁からの回答」に表示されます。",
    awaitingMinistry: "省庁の回答待ち（受付番号 {reference}）",
    queuedForMinistry: "省庁に送る準備ができています（記録の保存を再試行中）。",
    missingTitle: "資料に記載がない点",
    sources: "出典",
    sourceName: "出典{n}：{title}",
    showPassage: "引用箇所を表示",
    page: "{page}ページ",
    versionMeta: "版：{version}",
    helpful: "役に立った",
    notHelpful: "役に立たなかった",
    askMinistry: "省庁に確認する",
    addContext: "補足を送る",
    contextLabel: "補足（任意）：状況や知りたいことを書いてください",
    contextLabelRequired: "補足：省庁の担当者に伝えたいことを書いてください",
    sendToMinistry: "省庁に送る",
    cancel: "キャンセル",
    thanks: "ご意見ありがとうございました。",
    alreadySent: "送信済みです。",
    sentToMinistry: "省庁の担当者に送りました。回答が届くと、この質問の下に表示されます。",
    contextSent: "補足を省庁の担当者に送りました。",
    feedbackFailed: "送信できませんでした。もう一度お試しください。",
    emptyContext: "補足を入力してください。",
    errorTitle: "エラー",
    networkError: "サーバーに接続できませんでした。接続を確認して、もう一度お試しください。",
    retry: "もう一度送信",
    emptyQuestion: "質問を入力してください。",
    ministryAnswer: "省庁の回答",
    answeredOnWithReference: "回答日：{date}（受付番号 {reference}）",
    answeredOn: "回答日：{date}",
    replyArrived: "省庁から回答が届きました。",
    notificationTitle: "taiwa：省庁から回答が届きました",
    restored: "前回の会話を表示しています。",
  },
  en: {
    title: "taiwa — ask Japan's economic-security documents",
    landingTitle: "Answers from published documents, with sources",
    lead: "When the documents do not say, taiwa tells you and you can ask the ministry.",
    examplesTitle: "Example questions",
    examples: [
      "What are specified critical products?",
      "What are the four systems of the Economic Security Promotion Act?",
      "How can a company prevent technology leakage?",
    ],
    documentsTitle: "Documents taiwa answers from",
    documentsEmpty: "Could not load the list of documents. You can still ask.",
    version: "Version: {version}",
    newConversation: "New conversation",
    notifyMe: "Notify me when an answer arrives",
    notifyOn: "You will be notified in this browser when an answer arrives.",
    notifyDenied: "Notifications are blocked in this browser's settings.",
    skipToQuestion: "Skip to the question box",
    logTitle: "Conversation",
    questionLabel: "Question",
    questionPlaceholder: "e.g. What are specified critical products?",
    questionHint: "Enter sends; Shift+Enter adds a line.",
    counter: "{n} / {max}",
    counterLabel: "{n} of {max} characters",
    tooLong: "The question is too long ({n} / {max} characters). Shorten it to {max} characters, then send.",
    send: "Send",
    sendWaits: "The previous answer is still being prepared. You can send once it arrives.",
    waitingForAnswer:
      "The previous answer is still being prepared. Your question stays in the box; send it once the answer arrives.",
    disclaimer:
      "Answers quote published documents for reference only. For a decision in your case, ask the responsible ministry.",
    you: "Your question",
    taiwa: "taiwa's answer",
    showMore: "Show more",
    showLess: "Show less",
    thinking: "Preparing an answer…",
    stillThinking: "Still thinking…",
    answered: "Answered.",
    statusNotFound: "The documents do not cover this.",
    statusRefused: "taiwa could not answer this question.",
    notFoundTitle: "Not in the documents",
    notFoundBody: "The published documents do not contain an answer to this question.",
    legalTitle: "taiwa cannot give a legal judgement on your case",
    legalBody: "For how the law applies to your own case, please consult the responsible desk.",
    consultTitle: "Consultation desks",
    scopeTitle: "Outside the published documents",
    reasonScope: "This question is outside the published economic-security documents.",
    injectionTitle: "taiwa cannot answer this",
    reasonInjection: "taiwa cannot answer this question.",
    loggedForMinistry:
      "This question was logged for ministry staff (reference {reference}). Their answer will appear under “Answers from the ministry” on this page.",
    awaitingMinistry: "Waiting for the ministry's answer (reference {reference})",
    queuedForMinistry: "Ready to go to the ministry (saving is being retried).",
    missingTitle: "Not covered by the documents",
    sources: "Sources",
    sourceName: "Source {n}: {title}",
    showPassage: "Show the quoted passage",
    page: "p. {page}",
    versionMeta: "version {version}",
    helpful: "Helpful",
    notHelpful: "Not helpful",
    askMinistry: "Ask the ministry",
    addContext: "Send details",
    contextLabel: "Details (optional): your situation or what you need to know",
    contextLabelRequired: "Details: what the ministry's staff should know",
    sendToMinistry: "Send to the ministry",
    cancel: "Cancel",
    thanks: "Thank you for your feedback.",
    alreadySent: "Already sent.",
    sentToMinistry: "Sent to ministry staff. Their answer will appear under this question.",
    contextSent: "Your details were sent to ministry staff.",
    feedbackFailed: "Could not send. Please try again.",
    emptyContext: "Please type the details.",
    errorTitle: "Error",
    networkError: "Could not reach the server. Check your connection and try again.",
    retry: "Send again",
    emptyQuestion: "Please type a question.",
    ministryAnswer: "Ministry's answer",
    answeredOn: "Answered on {date}",
    answeredOnWithReference: "Answered on {date} (reference {reference})",
    replyArrived: "The ministry has answered.",
    notificationTitle: "taiwa: the ministry has answered",
    restored: "Showing your previous conversation.",
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
  if (Array.isArray(template)) return template;
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
