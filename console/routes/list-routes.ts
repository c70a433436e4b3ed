import type { Context, Hono } from "hono";
import type { QuestionEntry } from "../../questions/types.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { filterForm, filterQueryString, parseFilters } from "../filters.ts";
import {
  deliveryLabel,
  formatTime,
  html,
  layout,
  REASON_LABELS,
  STATUS_LABELS,
  SURFACE_LABELS,
  TOPIC_LABELS,
} from "../html.ts";
import { pager, parsePageSize } from "../pager.ts";
import { combine, parseView, VIEW_LABELS, VIEWS, type View, viewQuery, waitingTime } from "../queue-views.ts";
import { groupBadge, groupSizesOf } from "./group-panel.ts";

function excerpt(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export async function organisationNames(deps: ConsoleDeps): Promise<string[]> {
  const stored = (await deps.questionLog.organisations.list()).map((row) => row.name);
  return [...new Set([...stored, ...Object.values(deps.configuredOrganisations)])].sort((a, b) =>
    a.localeCompare(b, "ja"),
  );
}

function row(deps: ConsoleDeps, entry: QuestionEntry, now: Date, sizes: Map<string, number>) {
  const delivery = deliveryLabel(entry);
  const waited = waitingTime(entry, { now, targetHours: deps.config.ANSWER_TARGET_HOURS });
  return html`<tr class="${waited.overdue ? "overdue" : ""}">
    <td><a href="${deps.basePath}/questions/${entry.id}">#${entry.id}</a></td>
    <td class="${waited.overdue ? "tone-error" : ""}">${waited.label}${waited.overdue ? html`<br><span class="badge badge-error">期限超過</span>` : ""}</td>
    <td>${formatTime(entry.receivedAt)}</td>
    <td>${SURFACE_LABELS[entry.surface] ?? entry.surface}</td>
    <td class="organisation-cell">${entry.organisation ?? "—"}</td>
    <td>${entry.topic ? (TOPIC_LABELS[entry.topic] ?? entry.topic) : "—"}</td>
    <td>${REASON_LABELS[entry.reason] ?? entry.reason}</td>
    <td>${STATUS_LABELS[entry.status]}</td>
    <td>${entry.assignee ?? "—"}</td>
    <td class="question-cell"><a href="${deps.basePath}/questions/${entry.id}">${entry.purgedAt ? "(保存期間経過により削除)" : excerpt(entry.question)}</a>${groupBadge(deps, entry, sizes)}</td>
    <td class="tone-${delivery.tone}">${delivery.label}</td>
  </tr>`;
}

function viewTabs(deps: ConsoleDeps, current: View, counts: Record<View, number>, query: string) {
  return html`<nav class="views" aria-label="保存済みビュー">${VIEWS.map(
    (view) =>
      html`<a href="${deps.basePath}/?view=${view}${query ? `&${query}` : ""}"${view === current ? html` aria-current="page" class="current"` : ""}>${VIEW_LABELS[view]} <span class="count${view === "overdue" && counts[view] > 0 ? " count-alert" : ""}">${counts[view]}</span></a>`,
  )}</nav>`;
}

export function registerListRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const list = async (c: Context<ConsoleEnv>) => {
    const { values, query } = parseFilters((name) => c.req.query(name));
    const view = parseView(c.req.query("view"));
    const size = parsePageSize(c.req.query("size"));
    const now = deps.now();
    const viewOptions = { login: c.get("user").login, now, targetHours: deps.config.ANSWER_TARGET_HOURS };
    const requested = Math.max(1, Number.parseInt(c.req.query("page") ?? "1", 10) || 1);
    // Counts follow the filters too, so a tab's number is what it shows.
    const counts = Object.fromEntries(
      await Promise.all(
        VIEWS.map(
          async (name) =>
            [
              name,
              (await deps.questionLog.list({ ...combine(viewQuery(name, viewOptions), query), limit: 1 })).total,
            ] as const,
        ),
      ),
    ) as Record<View, number>;
    const pages = Math.max(1, Math.ceil(counts[view] / size));
    const page = Math.min(requested, pages);
    const { entries, total } = await deps.questionLog.list({
      ...combine(viewQuery(view, viewOptions), query),
      // Similar questions show as one row with a count (issue 13); ?groups=all lists every member.
      collapseGroups: c.req.query("groups") !== "all",
      limit: size,
      offset: (page - 1) * size,
    });
    const sizes = await groupSizesOf(deps, entries);
    const filterParams = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
    const params = { view, ...filterParams };
    const filterText = new URLSearchParams(filterParams).toString();
    const pagerOptions = { action: `${deps.basePath}/`, params, page, pages, size };
    const body = html`${viewTabs(deps, view, counts, filterText)}
      ${filterForm(deps.basePath, values, await organisationNames(deps), { view, size: String(size) })}
      <p class="summary">${VIEW_LABELS[view]}：${total} 件（回答目標 ${deps.config.ANSWER_TARGET_HOURS} 時間、${view === "all" ? "新しい順" : "待ち時間の長い順"}） <a href="${deps.basePath}/export.csv${filterQueryString(values)}" download>この条件でCSVをダウンロード</a></p>
      ${pager({ ...pagerOptions, position: "top" })}
      <table class="queue">
        <thead><tr><th>番号</th><th>待ち時間</th><th>受付日時</th><th>窓口</th><th>組織</th><th>トピック</th><th>理由</th><th>状態</th><th>担当</th><th>質問</th><th>配信</th></tr></thead>
        <tbody>${entries.map((entry) => row(deps, entry, now, sizes))}</tbody>
      </table>
      ${
        entries.length === 0
          ? html`<p class="empty">${view === "all" ? "条件に合う質問はありません。" : `「${VIEW_LABELS[view]}」に条件に合う質問はありません。`}${
              view !== "all" && counts.all > 0
                ? html` <a href="${deps.basePath}/?view=all${filterText ? `&${filterText}` : ""}">「すべて」で ${counts.all} 件を見る</a>`
                : ""
            }</p>`
          : ""
      }
      ${pager({ ...pagerOptions, position: "bottom" })}`;
    return c.html(
      layout({
        basePath: deps.basePath,
        title: "質問一覧",
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        body,
      }),
    );
  };
  // Mounted with app.route("/console", …), "/" answers "/console"; "/console/" needs the catch-all, registered last.
  app.get("/", list);
  app.get("*", (c) => (new URL(c.req.url).pathname === `${deps.basePath}/` ? list(c) : c.notFound()));
}
