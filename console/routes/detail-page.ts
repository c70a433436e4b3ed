import type { AuditEvent, ConsoleUser, QuestionEntry } from "../../questions/types.ts";
import type { ConsoleDeps } from "../console-env.ts";
import {
  csrfField,
  deliveryLabel,
  formatTime,
  type Html,
  html,
  layout,
  REASON_LABELS,
  STATUS_LABELS,
  SURFACE_LABELS,
  TOPIC_LABELS,
} from "../html.ts";

const ACTION_LABELS: Record<string, string> = {
  view: "閲覧",
  assign: "担当割り当て",
  answer: "回答",
  close: "完了",
  reopen: "再オープン",
  delivered: "配信",
  "retry-delivery": "配信の再試行",
  "faq-publish": "FAQとして公開",
  "faq-unpublish": "FAQの公開停止",
  "faq-revise": "FAQの改訂",
  "group-split": "グループから外す",
  "group-answer": "グループへの回答",
};

function citations(entry: QuestionEntry) {
  if (entry.citations.length === 0) return html`<p>引用はありません。</p>`;
  return entry.citations.map(
    (
      citation,
    ) => html`<div class="citation"><strong>[${citation.n}] ${citation.title}</strong>${citation.issuer ? html`(${citation.issuer})` : ""}
${citation.sectionPath.join(" > ")}${citation.page ? html` p.${citation.page}` : ""}${citation.url ? html` <a href="${citation.url}" rel="noreferrer">${citation.url}</a>` : ""}
${citation.text}</div>`,
  );
}

function actions(deps: ConsoleDeps, entry: QuestionEntry, user: ConsoleUser, users: ConsoleUser[], csrf: string) {
  const base = `${deps.basePath}/questions/${entry.id}`;
  const canWork = entry.status === "open" || entry.status === "assigned";
  const delivery = deliveryLabel(entry);
  return html`<div class="actions">
    ${
      canWork
        ? html`<form method="post" action="${base}/assign">${csrfField(csrf)}
          <label>担当者<select name="assignee">${users
            .filter((candidate) => !candidate.disabled)
            .map(
              (candidate) =>
                html`<option value="${candidate.login}"${(entry.assignee ?? user.login) === candidate.login ? html` selected` : ""}>${candidate.login}</option>`,
            )}</select></label>
          <button>担当にする</button></form>
        <form method="post" action="${base}/answer">${csrfField(csrf)}
          <label>省庁の回答(質問者に届きます)<textarea name="answer" required maxlength="8000">${entry.ministryAnswer ?? ""}</textarea></label>
          <button>回答して送信</button></form>`
        : ""
    }
    <form method="post" action="${base}/${entry.status === "closed" || entry.status === "answered" ? "reopen" : "close"}">${csrfField(csrf)}
      ${entry.status !== "closed" ? html`<button formaction="${base}/close" class="secondary">完了にする</button>` : ""}
      ${entry.status === "answered" || entry.status === "closed" ? html`<button formaction="${base}/reopen" class="secondary">再オープン</button>` : ""}
    </form>
    ${
      delivery.tone === "warn" || delivery.tone === "error"
        ? html`<form method="post" action="${base}/retry-delivery">${csrfField(csrf)}<button>今すぐ再配信</button></form>`
        : ""
    }
    ${
      entry.ministryAnswer && (entry.status === "answered" || entry.status === "closed")
        ? html`<p><a href="${base}/faq">FAQとして公開する</a></p>`
        : ""
    }
  </div>`;
}

function audit(events: AuditEvent[]) {
  return html`<table><thead><tr><th>日時</th><th>操作</th><th>担当者</th><th>内容</th></tr></thead><tbody>${events.map(
    (event) =>
      html`<tr><td>${formatTime(event.at)}</td><td>${ACTION_LABELS[event.action] ?? event.action}</td><td>${event.actor}</td><td>${event.detail ?? ""}</td></tr>`,
  )}</tbody></table>`;
}

export function detailPage(options: {
  deps: ConsoleDeps;
  entry: QuestionEntry;
  user: ConsoleUser;
  users: ConsoleUser[];
  events: AuditEvent[];
  csrf: string;
  notice?: string;
  error?: string;
  /** The similar-questions panel (group-panel.ts), when the question is in a group. */
  group?: Html | string;
}) {
  const { deps, entry } = options;
  const delivery = deliveryLabel(entry);
  const asker = entry.asker.displayName ? `${entry.asker.displayName}(${entry.asker.askerId})` : entry.asker.askerId;
  const body = html`<dl class="meta">
      <dt>受付日時</dt><dd>${formatTime(entry.receivedAt)}</dd>
      <dt>窓口</dt><dd>${SURFACE_LABELS[entry.surface] ?? entry.surface}${entry.workspaceId ? html`(${entry.workspaceId})` : ""}</dd>
      <dt>組織</dt><dd>${entry.organisation ?? "—"}</dd>
      <dt>質問者</dt><dd>${asker}</dd>
      <dt>理由</dt><dd>${REASON_LABELS[entry.reason] ?? entry.reason}</dd>
      <dt>トピック</dt><dd>${entry.topic ? (TOPIC_LABELS[entry.topic] ?? entry.topic) : "—"}</dd>
      <dt>状態</dt><dd>${STATUS_LABELS[entry.status]}</dd>
      <dt>担当</dt><dd>${entry.assignee ?? "—"}(${formatTime(entry.assignedAt)})</dd>
      <dt>回答日時</dt><dd>${formatTime(entry.answeredAt)}</dd>
      <dt>状態(配信)</dt><dd><span class="tone-${delivery.tone}">${delivery.label}</span>${entry.deliveredAt ? html` ${formatTime(entry.deliveredAt)}` : ""}${entry.deliveryError ? html`<br><span class="warn">エラー: ${entry.deliveryError}(試行 ${entry.deliveryAttempts} 回${entry.nextDeliveryAt ? html`、次回 ${formatTime(entry.nextDeliveryAt)}` : ""})</span>` : ""}</dd>
      <dt>完了日時</dt><dd>${formatTime(entry.closedAt)}</dd>
    </dl>
    <h2>質問</h2><div class="box">${entry.purgedAt ? "(保存期間を過ぎたため本文は削除されました)" : entry.question}</div>
    ${options.group ?? ""}
    ${entry.userContext ? html`<h2>質問者が入力した補足</h2><div class="box">${entry.userContext}</div>` : ""}
    <h2>ボットの回答</h2><div class="box">${entry.botAnswer || "—"}</div>
    <h2>引用された資料</h2>${citations(entry)}
    ${entry.ministryAnswer ? html`<h2>省庁の回答</h2><div class="box">${entry.ministryAnswer}</div>` : ""}
    <h2>操作</h2>${actions(deps, entry, options.user, options.users, options.csrf)}
    <h2>操作履歴</h2>${audit(options.events)}`;
  return layout({
    basePath: deps.basePath,
    title: `質問 #${entry.id}`,
    user: options.user,
    csrfToken: options.csrf,
    notice: options.notice,
    error: options.error,
    body,
  });
}
