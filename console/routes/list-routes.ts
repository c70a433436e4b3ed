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
import { groupBadge, groupSizesOf } from "./group-panel.ts";

const PAGE_SIZE = 50;

function excerpt(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export async function organisationNames(deps: ConsoleDeps): Promise<string[]> {
  const stored = (await deps.questionLog.organisations.list()).map((row) => row.name);
  return [...new Set([...stored, ...Object.values(deps.configuredOrganisations)])].sort((a, b) =>
    a.localeCompare(b, "ja"),
  );
}

function row(deps: ConsoleDeps, entry: QuestionEntry, sizes: Map<string, number>) {
  const delivery = deliveryLabel(entry);
  return html`<tr>
    <td><a href="${deps.basePath}/questions/${entry.id}">#${entry.id}</a></td>
    <td>${formatTime(entry.receivedAt)}</td>
    <td>${SURFACE_LABELS[entry.surface] ?? entry.surface}</td>
    <td>${entry.organisation ?? "—"}</td>
    <td>${entry.topic ? (TOPIC_LABELS[entry.topic] ?? entry.topic) : "—"}</td>
    <td>${REASON_LABELS[entry.reason] ?? entry.reason}</td>
    <td>${STATUS_LABELS[entry.status]}</td>
    <td>${entry.assignee ?? "—"}</td>
    <td><a href="${deps.basePath}/questions/${entry.id}">${entry.purgedAt ? "(保存期間経過により削除)" : excerpt(entry.question)}</a>${groupBadge(deps, entry, sizes)}</td>
    <td class="tone-${delivery.tone}">${delivery.label}</td>
  </tr>`;
}

export function registerListRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const list = async (c: Context<ConsoleEnv>) => {
    const { values, query } = parseFilters((name) => c.req.query(name));
    const page = Math.max(1, Number.parseInt(c.req.query("page") ?? "1", 10) || 1);
    const { entries, total } = await deps.questionLog.list({
      ...query,
      // Similar questions show as one row with a count (issue 13); ?groups=all lists every member.
      collapseGroups: c.req.query("groups") !== "all",
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const sizes = await groupSizesOf(deps, entries);
    const body = html`${filterForm(deps.basePath, values, await organisationNames(deps))}
      <p>${total} 件 <a href="${deps.basePath}/export.csv${filterQueryString(values)}" download>この条件でCSVをダウンロード</a></p>
      <table>
        <thead><tr><th>番号</th><th>受付日時</th><th>窓口</th><th>組織</th><th>トピック</th><th>理由</th><th>状態</th><th>担当</th><th>質問</th><th>配信</th></tr></thead>
        <tbody>${entries.map((entry) => row(deps, entry, sizes))}</tbody>
      </table>
      ${entries.length === 0 ? html`<p>条件に合う質問はありません。</p>` : ""}
      <div class="pager">
        ${page > 1 ? html`<a href="${deps.basePath}/${filterQueryString(values, { page: String(page - 1) })}">前へ</a>` : ""}
        <span>${page} / ${pages} ページ</span>
        ${page < pages ? html`<a href="${deps.basePath}/${filterQueryString(values, { page: String(page + 1) })}">次へ</a>` : ""}
      </div>`;
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
