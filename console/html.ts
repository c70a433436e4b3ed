import { html, raw } from "hono/html";
import type { QuestionEntry, QuestionStatus, Surface } from "../questions/types.ts";

export { html, raw };
export type Html = ReturnType<typeof html>;

export const STATUS_LABELS: Record<QuestionStatus, string> = {
  open: "未対応",
  assigned: "担当中",
  answered: "回答済み",
  closed: "完了",
};
export const SURFACE_LABELS: Record<Surface, string> = { slack: "Slack", teams: "Teams", web: "Web", cli: "CLI" };
export const REASON_LABELS: Record<string, string> = {
  unresolved: "未解決",
  partial: "一部未回答",
  "thumbs-down": "👎 評価",
  escalated: "省庁に確認",
  failed: "回答エラー",
};
export const TOPIC_LABELS: Record<string, string> = {
  "action-plan": "行動計画",
  guidance: "ガイダンス",
  casebook: "事例集",
  minutes: "議事録",
  briefing: "説明資料",
  faq: "FAQ",
  other: "その他",
};

/** 2026-04-06 10:00 in JST: the console's users are in Japan whatever the server's time zone. */
export function formatTime(date: Date | undefined): string {
  if (!date) return "—";
  return new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

export function deliveryLabel(entry: QuestionEntry): { label: string; tone: "ok" | "warn" | "error" | "none" } {
  if (!entry.ministryAnswer || (entry.status !== "answered" && entry.status !== "closed"))
    return { label: "—", tone: "none" };
  // The web chat has no push: delivered means stored for the asker; 既読 only once their browser loaded it.
  if (entry.deliveredAt && entry.surface === "web")
    return entry.readAt ? { label: "既読", tone: "ok" } : { label: "未読(保存済み)", tone: "none" };
  if (entry.deliveredAt) return { label: "配信済み", tone: "ok" };
  if (entry.deliveryError && entry.nextDeliveryAt) return { label: "配信失敗(再試行中)", tone: "warn" };
  // No further attempt is planned: a permanent failure (the bot left the channel) or retries used up.
  if (entry.deliveryError) return { label: "配信できません", tone: "error" };
  if (entry.nextDeliveryAt) return { label: "配信待ち", tone: "none" };
  return { label: "未配信", tone: "none" };
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

export function layout(options: {
  basePath: string;
  title: string;
  body: Html;
  user?: { login: string; role: string };
  csrfToken?: string;
  notice?: string;
  error?: string;
  /** Full width (detail and statistics pages). */
  wide?: boolean;
}): Html {
  const base = options.basePath;
  const nav = options.user
    ? html`<nav>
        <a href="${base}/">質問一覧</a>
        <a href="${base}/stats">統計</a>
        <a href="${base}/faq">FAQ</a>
        ${options.user.role === "admin" ? html`<a href="${base}/admin/users">ユーザー管理</a><a href="${base}/admin/organisations">組織マッピング</a><a href="${base}/admin/templates">返信テンプレート</a>` : ""}
        <span class="who">${options.user.login}(${options.user.role === "admin" ? "管理者" : "担当者"})</span>
        <form method="post" action="${base}/logout" class="inline">${csrfField(options.csrfToken ?? "")}<button>ログアウト</button></form>
      </nav>`
    : "";
  return html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} | taiwa 省庁コンソール</title>
<link rel="stylesheet" href="${base}/console.css">
</head>
<body>
<header><strong>taiwa 省庁コンソール</strong>${nav}</header>
<main${options.wide ? html` class="wide"` : ""}>
<h1>${options.title}</h1>
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ""}
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ""}
${options.body}
</main>
</body>
</html>`;
}
