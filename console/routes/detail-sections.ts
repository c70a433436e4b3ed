import { linkableUrl } from "../../bots/link-url.ts";
import type {
  AnswerVersion,
  AuditEvent,
  ConsoleUser,
  QuestionEntry,
  QuestionNote,
  ReplyTemplate,
} from "../../questions/types.ts";
import type { ConsoleDeps } from "../console-env.ts";
import { csrfField, deliveryLabel, formatTime, html } from "../html.ts";

const ACTION_LABELS: Record<string, string> = {
  view: "閲覧",
  assign: "担当割り当て",
  answer: "回答",
  correct: "訂正",
  close: "完了",
  reopen: "再オープン",
  delivered: "配信",
  "retry-delivery": "配信の再試行",
  "retry-delivery-alternative": "別の経路で再配信",
  "context-added": "補足の追加",
  escalated: "省庁への確認依頼",
  note: "内部メモ",
  "faq-revise": "FAQの改訂",
  "group-split": "グループから外す",
  "group-answer": "グループへの回答",
  "faq-publish": "FAQとして公開",
  "faq-unpublish": "FAQの公開停止",
};

export const ANSWER_LIMIT = 8000;

/** Answering is possible while the question waits; afterwards the same composer sends a correction. */
export function isCorrection(entry: QuestionEntry): boolean {
  return entry.status === "answered" || entry.status === "closed";
}

/** Only what chat links accept (http/https, no credentials, encoded) becomes a link; anything else stays text. */
function citationLink(url: string | undefined) {
  if (!url) return "";
  const href = linkableUrl(url);
  return href ? html` <a href="${href}" rel="noreferrer">${url}</a>` : html` ${url}`;
}

export function citations(entry: QuestionEntry) {
  if (entry.citations.length === 0) return html`<p>引用はありません。</p>`;
  return entry.citations.map(
    (
      citation,
    ) => html`<div class="citation"><strong>[${citation.n}] ${citation.title}</strong>${citation.issuer ? html`(${citation.issuer})` : ""}
${citation.sectionPath.join(" > ")}${citation.page ? html` p.${citation.page}` : ""}${citationLink(citation.url)}
${citation.text}</div>`,
  );
}

/** The wide composer beside the question: template, text, then a preview and confirmation before anything is sent. */
export function composer(options: {
  deps: ConsoleDeps;
  entry: QuestionEntry;
  templates: ReplyTemplate[];
  draft?: string;
  csrf: string;
}) {
  const { deps, entry } = options;
  const base = `${deps.basePath}/questions/${entry.id}`;
  const correction = isCorrection(entry);
  if (entry.purgedAt) return html`<p>保存期間を過ぎたため、この質問には回答できません。</p>`;
  const text = options.draft ?? (correction ? (entry.ministryAnswer ?? "") : "");
  return html`<form method="post" action="${base}/confirm" class="composer" id="composer">${csrfField(options.csrf)}
    <div class="composer-tools">
      <label for="template">返信テンプレート</label>
      <select id="template" name="template"><option value="">選択してください</option>${options.templates.map(
        (template) => html`<option value="${template.id}">${template.title}</option>`,
      )}</select>
      <button formaction="${base}/template" class="secondary" formnovalidate>テンプレートを挿入</button>
    </div>
    <label for="answer">${correction ? `訂正後の回答(第${(entry.answerVersion ?? 1) + 1}版として、同じスレッドに「訂正」と明示して届きます)` : "省庁の回答(質問者に届きます)"}</label>
    <textarea id="answer" name="answer" maxlength="${ANSWER_LIMIT}" rows="11">${text}</textarea>
    <div class="composer-actions">
      <button>${correction ? "訂正をプレビューして確認" : "プレビューして確認"}</button>
      <span class="hint">送信前に、質問者の画面での表示を確認します。</span>
    </div>
  </form>`;
}

export function assignForm(
  deps: ConsoleDeps,
  entry: QuestionEntry,
  user: ConsoleUser,
  users: ConsoleUser[],
  csrf: string,
) {
  if (entry.status !== "open" && entry.status !== "assigned") return "";
  return html`<form method="post" action="${deps.basePath}/questions/${entry.id}/assign" class="assign">${csrfField(csrf)}
    <label for="assignee">担当者</label><select id="assignee" name="assignee">${users
      .filter((candidate) => !candidate.disabled)
      .map(
        (candidate) =>
          html`<option value="${candidate.login}"${(entry.assignee ?? user.login) === candidate.login ? html` selected` : ""}>${candidate.login}</option>`,
      )}</select>
    <button class="secondary">担当にする</button></form>`;
}

export function statusActions(deps: ConsoleDeps, entry: QuestionEntry, csrf: string) {
  const base = `${deps.basePath}/questions/${entry.id}`;
  const delivery = deliveryLabel(entry);
  const alternative = deps.worker.alternativeRoute(entry);
  return html`<div class="actions" id="actions">
    <form method="post" action="${base}/${entry.status === "closed" ? "reopen" : "close"}">${csrfField(csrf)}
      ${entry.status !== "closed" ? html`<button formaction="${base}/close" class="secondary">完了にする</button>` : ""}
      ${isCorrection(entry) ? html`<button formaction="${base}/reopen" class="secondary">再オープン</button>` : ""}
    </form>
    ${
      delivery.tone === "warn" || delivery.tone === "error"
        ? html`<form method="post" action="${base}/retry-delivery">${csrfField(csrf)}<button>今すぐ再配信</button></form>`
        : ""
    }
    ${alternative ? html`<form method="post" action="${base}/retry-delivery-alternative">${csrfField(csrf)}<button>${alternative.label}</button></form>` : ""}
    ${entry.ministryAnswer && isCorrection(entry) ? html`<p><a href="${base}/faq">FAQとして公開する</a></p>` : ""}
  </div>`;
}

export function notesSection(deps: ConsoleDeps, entry: QuestionEntry, notes: QuestionNote[], csrf: string) {
  return html`<section id="notes" class="notes"><h2>内部メモ(質問者には送られません)</h2>
    ${notes.length === 0 ? html`<p class="muted">メモはまだありません。</p>` : ""}
    <ul class="note-list">${notes.map(
      (note) =>
        html`<li><span class="note-meta">${formatTime(note.at)} ${note.author}</span><div class="note-body">${note.body}</div></li>`,
    )}</ul>
    <form method="post" action="${deps.basePath}/questions/${entry.id}/note">${csrfField(csrf)}
      <label for="note">メモを追加</label><textarea id="note" name="note" rows="3" maxlength="4000" required></textarea>
      <button class="secondary">メモを保存</button>
    </form></section>`;
}

export function versionsSection(versions: AnswerVersion[]) {
  if (versions.length < 2) return "";
  return html`<section id="versions"><h2>回答の版(訂正の履歴)</h2>${[...versions]
    .reverse()
    .map(
      (version) =>
        html`<div class="version"><p class="note-meta">第${version.version}版${version.version > 1 ? "(訂正)" : ""} ${formatTime(version.at)} ${version.actor}</p><div class="box">${version.answer}</div></div>`,
    )}</section>`;
}

export function auditSection(deps: ConsoleDeps, entry: QuestionEntry, events: AuditEvent[], showViews: boolean) {
  const base = `${deps.basePath}/questions/${entry.id}`;
  return html`<section id="audit"><h2>操作履歴</h2>
    <p><a href="${showViews ? base : `${base}?views=1`}#audit">${showViews ? "閲覧の記録を隠す" : "閲覧の記録も表示する"}</a></p>
    <table><thead><tr><th>日時</th><th>操作</th><th>担当者</th><th>内容</th></tr></thead><tbody>${events.map(
      (event) =>
        html`<tr><td>${formatTime(event.at)}</td><td>${ACTION_LABELS[event.action] ?? event.action}</td><td>${event.actor}</td><td>${event.detail ?? ""}</td></tr>`,
    )}</tbody></table></section>`;
}
