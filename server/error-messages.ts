import type { ErrorCode } from "../app/errors.ts";
import type { Language } from "../rag/types.ts";

interface ErrorText {
  status: number;
  ja: string;
  en: string;
}

/**
 * The fixed text users see per code: what happened and what to do. Operators read the TaiwaError's
 * own message and cause in the logs; those never reach the response.
 */
const texts: Record<ErrorCode, ErrorText> = {
  config_invalid: {
    status: 500,
    ja: "サーバーの設定に問題があります。管理者に連絡してください。",
    en: "The server is misconfigured. Please contact the administrator.",
  },
  input_empty: { status: 400, ja: "質問を入力してください。", en: "Please type a question." },
  input_too_long: {
    status: 400,
    ja: "質問が長すぎます。{max}文字以内に短くしてください。",
    en: "The question is too long. Please shorten it to {max} characters or fewer.",
  },
  input_binary: {
    status: 400,
    ja: "質問に読み取れない文字が含まれています。テキストで入力してください。",
    en: "The question contains unreadable characters. Please send plain text.",
  },
  input_malformed: {
    status: 400,
    ja: 'リクエストの形式が正しくありません。JSON で {"question": "…"} を送ってください。',
    en: 'The request is malformed. Send JSON such as {"question": "…"}.',
  },
  payload_too_large: {
    status: 413,
    ja: "リクエストが大きすぎます。質問を短くしてください。",
    en: "The request is too large. Please shorten the question.",
  },
  file_unreadable: { status: 400, ja: "ファイルを読み取れませんでした。", en: "The file could not be read." },
  file_unsupported: {
    status: 400,
    ja: "この形式のファイルには対応していません。",
    en: "This file type is not supported.",
  },
  index_missing: {
    status: 503,
    ja: "資料の索引を準備中です。しばらくしてからもう一度お試しください。",
    en: "The document index is being prepared. Please try again shortly.",
  },
  index_corrupt: {
    status: 503,
    ja: "文書の索引が壊れています。管理者に連絡してください。",
    en: "The document index is damaged. Please contact the administrator.",
  },
  store_unavailable: {
    status: 503,
    ja: "データベースに接続できません。しばらくしてからもう一度お試しください。",
    en: "The database is unavailable. Please try again shortly.",
  },
  model_unavailable: {
    status: 503,
    ja: "回答の生成サービスに接続できません。しばらくしてからもう一度お試しください。",
    en: "The answer service is unavailable. Please try again shortly.",
  },
  model_timeout: {
    status: 504,
    ja: "回答の生成に時間がかかりすぎました。もう一度お試しください。",
    en: "The answer took too long. Please try again.",
  },
  model_rate_limited: {
    status: 503,
    ja: "回答の生成サービスが混み合っています。少し待ってからもう一度お試しください。",
    en: "The answer service is busy. Please wait a moment and try again.",
  },
  model_bad_output: {
    status: 502,
    ja: "回答を生成できませんでした。質問を言い換えてもう一度お試しください。",
    en: "No answer could be produced. Please rephrase and try again.",
  },
  embedder_unavailable: {
    status: 503,
    ja: "検索サービスに接続できません。しばらくしてからもう一度お試しください。",
    en: "The search service is unavailable. Please try again shortly.",
  },
  vector_store_unavailable: {
    status: 503,
    ja: "検索データベースに接続できません。しばらくしてからもう一度お試しください。",
    en: "The search database is unavailable. Please try again shortly.",
  },
  network_offline: {
    status: 503,
    ja: "ネットワークに接続できません。しばらくしてからもう一度お試しください。",
    en: "The network is unavailable. Please try again shortly.",
  },
  rate_limited: {
    status: 429,
    ja: "質問の回数が上限に達しました。{retryAfter}秒ほど待ってからもう一度お試しください。",
    en: "Too many questions. Please wait about {retryAfter} seconds and try again.",
  },
  unauthorized: { status: 401, ja: "ログインが必要です。", en: "Please sign in." },
  forbidden: { status: 403, ja: "この操作は許可されていません。", en: "You are not allowed to do this." },
  not_found: { status: 404, ja: "ページが見つかりません。", en: "Not found." },
  conflict: {
    status: 409,
    ja: "ほかの操作と競合しました。画面を更新してもう一度お試しください。",
    en: "This conflicted with another change. Please reload and try again.",
  },
  delivery_failed: { status: 502, ja: "回答を届けられませんでした。", en: "The answer could not be delivered." },
  internal: {
    status: 500,
    ja: "予期しないエラーが発生しました。しばらくしてからもう一度お試しください。",
    en: "Something went wrong. Please try again shortly.",
  },
};

/** The HTTP status and the user's message for a code, with `{name}` placeholders filled in. */
export function errorText(options: { code: ErrorCode; lang: Language; params?: Record<string, string | number> }): {
  status: number;
  message: string;
} {
  const text = texts[options.code];
  const template = options.lang === "en" ? text.en : text.ja;
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) => String(options.params?.[name] ?? whole));
  return { status: text.status, message };
}
