import type { Hono } from "hono";
import type { QuestionStats } from "../../questions/types.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { html, layout, STATUS_LABELS, TOPIC_LABELS } from "../html.ts";
import { percentLineChart, stackedBarChart } from "../svg-charts.ts";

const DAY_MS = 86_400_000;

function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return "—";
  const hours = ms / 3_600_000;
  return hours < 48 ? `${hours.toFixed(1)} 時間` : `${(hours / 24).toFixed(1)} 日`;
}

function weeks(from: Date, to: Date): string[] {
  const labels: string[] = [];
  const jst = (time: number) => new Date(time + 9 * 3_600_000);
  const start = jst(from.getTime());
  const monday =
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()) - ((start.getUTCDay() + 6) % 7) * DAY_MS;
  for (let time = monday; time < jst(to.getTime()).getTime(); time += 7 * DAY_MS)
    labels.push(new Date(time).toISOString().slice(0, 10));
  return labels;
}

function charts(stats: QuestionStats, labels: string[]) {
  const topics = [...new Set(stats.weekly.map((row) => row.topic))].sort();
  const layers = topics.map((topic) => ({
    key: topic,
    label: TOPIC_LABELS[topic] ?? topic,
    values: labels.map((week) => stats.weekly.find((row) => row.weekStart === week && row.topic === topic)?.count ?? 0),
  }));
  const rates = labels.map((week) => {
    const row = stats.asks.find((candidate) => candidate.weekStart === week);
    return row && row.asked > 0 ? (row.resolved / row.asked) * 100 : undefined;
  });
  return html`${stackedBarChart({ title: "週ごとの記録件数(トピック別)", series: { labels, layers } })}
    ${percentLineChart({ title: "週ごとの解決率(ボットが資料に基づき回答できた割合)", labels, values: rates })}`;
}

export function registerStatsRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/stats", async (c) => {
    const weeksBack = Math.min(Math.max(Number.parseInt(c.req.query("weeks") ?? "12", 10) || 12, 1), 104);
    const to = new Date(deps.now().getTime() + 1);
    const from = new Date(to.getTime() - weeksBack * 7 * DAY_MS);
    const stats = await deps.questionLog.stats({ from, to });
    const asked = stats.asks.reduce((sum, row) => sum + row.asked, 0);
    const resolved = stats.asks.reduce((sum, row) => sum + row.resolved, 0);
    const logged = Object.values(stats.byStatus).reduce((sum, count) => sum + count, 0);
    const body = html`<form method="get" action="${deps.basePath}/stats" class="filters"><label>期間(週)<input type="number" name="weeks" min="1" max="104" value="${weeksBack}"></label><button>表示</button></form>
      <dl class="meta">
        <dt>質問数</dt><dd>${asked}</dd>
        <dt>解決率</dt><dd>${asked > 0 ? `${((resolved / asked) * 100).toFixed(1)}%` : "—"}(${resolved} / ${asked})</dd>
        <dt>省庁への記録</dt><dd>${logged} 件(${(Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((status) => `${STATUS_LABELS[status]} ${stats.byStatus[status]}`).join("、")})</dd>
        <dt>回答までの時間(中央値)</dt><dd>${formatDuration(stats.medianAnswerMs)}(回答 ${stats.answeredCount} 件)</dd>
      </dl>
      ${charts(stats, weeks(from, to))}`;
    return c.html(
      layout({
        basePath: deps.basePath,
        title: "統計",
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        body,
      }),
    );
  });
}
