import { questionReference } from "../../questions/question-reference.ts";
import type {
  AnswerVersion,
  AuditEvent,
  ConsoleUser,
  QuestionEntry,
  QuestionNote,
  ReplyTemplate,
} from "../../questions/types.ts";
import type { ConsoleDeps } from "../console-env.ts";
import {
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
import { waitingTime } from "../queue-views.ts";
import {
  assignForm,
  auditSection,
  citations,
  composer,
  notesSection,
  statusActions,
  versionsSection,
} from "./detail-sections.ts";

export interface DetailData {
  deps: ConsoleDeps;
  entry: QuestionEntry;
  user: ConsoleUser;
  users: ConsoleUser[];
  events: AuditEvent[];
  notes: QuestionNote[];
  versions: AnswerVersion[];
  templates: ReplyTemplate[];
  csrf: string;
  showViews: boolean;
  /** Text the official typed, kept when an action is refused (or a template was inserted). */
  draft?: string;
  notice?: string;
  error?: string;
  /** The similar-questions panel (group-panel.ts), when the question is in a group. */
  group?: Html | string;
}

function summaryLine(deps: ConsoleDeps, entry: QuestionEntry) {
  const waited = waitingTime(entry, { now: deps.now(), targetHours: deps.config.ANSWER_TARGET_HOURS });
  return html`<p class="summary-line">
    <span class="badge">${STATUS_LABELS[entry.status]}</span>
    <span>${SURFACE_LABELS[entry.surface] ?? entry.surface}</span>
    <span>${entry.organisation ?? "組織不明"}</span>
    <span>${REASON_LABELS[entry.reason] ?? entry.reason}</span>
    <span>受付 ${formatTime(entry.receivedAt)}</span>
    <span class="${waited.overdue ? "tone-error" : ""}">${waited.waiting ? "待ち時間" : ""} ${waited.label}${waited.overdue ? "(期限超過)" : ""}</span>
    <span>担当 ${entry.assignee ?? "なし"}</span>
  </p>`;
}

function deliveryLine(entry: QuestionEntry) {
  const delivery = deliveryLabel(entry);
  if (delivery.tone === "none" && delivery.label === "—") return "";
  return html`<p id="delivery" class="delivery-line">配信: <span class="tone-${delivery.tone}">${delivery.label}</span>${entry.deliveredAt ? html` ${formatTime(entry.deliveredAt)}` : ""}${entry.readAt ? html`(既読 ${formatTime(entry.readAt)})` : ""}${(entry.answerVersion ?? 0) > 1 ? html` ・第${entry.answerVersion}版(訂正)` : ""}${entry.deliveryError ? html`<br><span class="warn">理由: ${entry.deliveryError}(試行 ${entry.deliveryAttempts} 回${entry.nextDeliveryAt ? html`、次回 ${formatTime(entry.nextDeliveryAt)}` : ""})</span>` : ""}</p>`;
}

export function detailPage(data: DetailData) {
  const { deps, entry } = data;
  const base = `${deps.basePath}/questions/${entry.id}`;
  const asker = entry.asker.displayName ? `${entry.asker.displayName}(${entry.asker.askerId})` : entry.asker.askerId;
  const body = html`<iframe class="presence" src="${base}/presence" title="この質問を開いている担当者"></iframe>
    ${summaryLine(deps, entry)}
    <div class="work">
      <section class="context-column" aria-label="質問と補足">
        <h2>質問</h2><div class="box scroll">${entry.purgedAt ? "(保存期間を過ぎたため本文は削除されました)" : entry.question}</div>
        ${data.group ?? ""}
        ${entry.userContext ? html`<h2>質問者が入力した補足</h2><div class="box scroll short">${entry.userContext}</div>` : ""}
        <h2>ボットの回答</h2><div class="box scroll">${entry.botAnswer || "—"}</div>
      </section>
      <section class="composer-column" aria-label="回答">
        ${deliveryLine(entry)}
        ${assignForm(deps, entry, data.user, data.users, data.csrf)}
        ${composer({ deps, entry, templates: data.templates, draft: data.draft, csrf: data.csrf })}
      </section>
    </div>
    ${entry.ministryAnswer ? html`<h2>送信済みの省庁の回答</h2><div class="box">${entry.ministryAnswer}</div>` : ""}
    ${versionsSection(data.versions)}
    ${notesSection(deps, entry, data.notes, data.csrf)}
    <h2>操作</h2>${statusActions(deps, entry, data.csrf)}
    <h2>詳細</h2>
    <dl class="meta">
      <dt>受付番号</dt><dd>${questionReference(entry.eventKey)}</dd>
      <dt>窓口</dt><dd>${SURFACE_LABELS[entry.surface] ?? entry.surface}${entry.workspaceId ? html`(${entry.workspaceId})` : ""}</dd>
      <dt>質問者</dt><dd>${asker}</dd>
      <dt>トピック</dt><dd>${entry.topic ? (TOPIC_LABELS[entry.topic] ?? entry.topic) : "—"}</dd>
      <dt>担当</dt><dd>${entry.assignee ?? "—"}(${formatTime(entry.assignedAt)})</dd>
      <dt>回答日時</dt><dd>${formatTime(entry.answeredAt)}</dd>
      <dt>完了日時</dt><dd>${formatTime(entry.closedAt)}</dd>
    </dl>
    <h2>引用された資料</h2>${citations(entry)}
    ${auditSection(deps, entry, data.events, data.showViews)}`;
  return layout({
    basePath: deps.basePath,
    title: `質問 #${entry.id}`,
    user: data.user,
    csrfToken: data.csrf,
    notice: data.notice,
    error: data.error,
    wide: true,
    body,
  });
}
