import type { Context, Hono } from "hono";
import type { QuestionStats, Surface } from "../../questions/types.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { toCsv } from "../csv.ts";
import { formatTime, html, layout, STATUS_LABELS, SURFACE_LABELS, TOPIC_LABELS } from "../html.ts";
import { horizontalBarChart, percentLineChart, stackedBarChart } from "../svg-charts.ts";

const DAY_MS = 86_400_000;

function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return "—";
  const hours = ms / 3_600_000;
  return hours < 48 ? `${hours.toFixed(1)} 時間` : `${(hours / 24).toFixed(1)} 日`;
}

const jstDate = (time: number) => new Date(time + 9 * 3_600_000).toISOString().slice(0, 10);

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

interface Period {
  weeksBack: number;
  from: Date;
  to: Date;
  labels: string[];
  stats: QuestionStats;
}

async function period(c: Context<ConsoleEnv>, deps: ConsoleDeps): Promise<Period> {
  const weeksBack = Math.min(Math.max(Number.parseInt(c.req.query("weeks") ?? "12", 10) || 12, 1), 104);
  const to = new Date(deps.now().getTime() + 1);
  const from = new Date(to.getTime() - weeksBack * 7 * DAY_MS);
  return { weeksBack, from, to, labels: weeks(from, to), stats: await deps.questionLog.stats({ from, to }) };
}

/** The list, filtered to what a bar counts (all statuses, the bar's period). */
function listLink(deps: ConsoleDeps, filters: Record<string, string>): string {
  return `${deps.basePath}/?${new URLSearchParams({ view: "all", ...filters }).toString()}`;
}

function resolutionRate(stats: QuestionStats): string {
  return stats.attempts > 0 ? `${((stats.resolved / stats.attempts) * 100).toFixed(1)}%` : "—";
}

function charts(deps: ConsoleDeps, { stats, labels, from }: Period) {
  const topics = [...new Set(stats.weekly.map((row) => row.topic))].sort();
  const layers = topics.map((topic) => ({
    key: topic,
    label: TOPIC_LABELS[topic] ?? topic,
    values: labels.map((week) => stats.weekly.find((row) => row.weekStart === week && row.topic === topic)?.count ?? 0),
  }));
  const rates = labels.map((week) => {
    const row = stats.asks.find((candidate) => candidate.weekStart === week);
    return row && row.attempts > 0 ? (row.resolved / row.attempts) * 100 : undefined;
  });
  const weekLink = (index: number, topic: string) => {
    const start = labels[index] ?? "";
    const end = jstDate(Date.parse(`${start}T00:00:00+09:00`) + 6 * DAY_MS);
    return listLink(deps, { from: start, to: end, ...(topic === "other" ? {} : { topic }) });
  };
  const range = { from: jstDate(from.getTime()) };
  return html`${stackedBarChart({ title: "週ごとの記録件数（トピック別。棒をクリックすると、その週の一覧を開きます）", series: { labels, layers }, href: weekLink })}
    ${percentLineChart({ title: "週ごとの解決率（ボットが資料に基づき回答できた割合）", labels, values: rates })}
    <div class="chart-grid">
      ${horizontalBarChart({
        title: "組織別",
        rows: stats.byOrganisation.map((row) => ({
          label: row.key || "組織不明",
          count: row.count,
          href: row.key ? listLink(deps, { ...range, organisation: row.key }) : undefined,
        })),
      })}
      ${horizontalBarChart({
        title: "窓口別",
        rows: stats.bySurface.map((row) => ({
          label: SURFACE_LABELS[row.key as Surface] ?? row.key,
          count: row.count,
          href: listLink(deps, { ...range, surface: row.key }),
        })),
      })}
      ${horizontalBarChart({
        title: "トピック別",
        rows: stats.byTopic.map((row) => ({
          label: TOPIC_LABELS[row.key] ?? row.key,
          count: row.count,
          href: row.key === "other" ? undefined : listLink(deps, { ...range, topic: row.key }),
        })),
      })}
    </div>`;
}

export function registerStatsRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/stats", async (c) => {
    const current = await period(c, deps);
    const { stats, weeksBack } = current;
    const logged = Object.values(stats.byStatus).reduce((sum, count) => sum + count, 0);
    const body = html`<form method="get" action="${deps.basePath}/stats" class="inline-filters"><label>期間<input type="number" name="weeks" min="1" max="104" value="${weeksBack}">週間</label><button>表示</button>
      <a href="${deps.basePath}/stats.csv?weeks=${weeksBack}" download>集計をCSVでダウンロード</a></form>
      <dl class="kpis">
        <div><dt>ボットへの質問</dt><dd>${stats.attempts} 件</dd></div>
        <div><dt>解決率</dt><dd>${resolutionRate(stats)}<small>${stats.resolved} / ${stats.attempts} 件。資料に基づき回答できたものだけを数え、一部だけの回答・回答の辞退・エラーは含めません。</small></dd></div>
        <div><dt>省庁への記録</dt><dd>${logged} 件<small>${(Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((status) => `${STATUS_LABELS[status]} ${stats.byStatus[status]}`).join("、")}</small></dd></div>
        <div><dt>回答までの時間（中央値）</dt><dd>${formatDuration(stats.medianAnswerMs)}<small>回答 ${stats.answeredCount} 件</small></dd></div>
      </dl>
      ${charts(deps, current)}`;
    return c.html(
      layout({
        basePath: deps.basePath,
        title: "統計",
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        wide: true,
        body,
      }),
    );
  });

  // The figures behind the charts, one table in long form (区分, 項目, 値) so Excel can pivot it.
  app.get("/stats.csv", async (c) => {
    const { stats, from, to, labels } = await period(c, deps);
    const rows: (string | number)[][] = [
      ["区分", "項目", "件数・値"],
      ["期間", `${jstDate(from.getTime())}〜${jstDate(to.getTime() - 1)}`, ""],
      ["合計", "ボットへの質問", stats.attempts],
      ["合計", "解決(資料に基づく回答)", stats.resolved],
      ["合計", "解決率(%)", stats.attempts > 0 ? ((stats.resolved / stats.attempts) * 100).toFixed(1) : ""],
      [
        "合計",
        "回答までの時間の中央値(時間)",
        stats.medianAnswerMs === undefined ? "" : (stats.medianAnswerMs / 3_600_000).toFixed(1),
      ],
      ...(Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((status) => [
        "状態",
        STATUS_LABELS[status],
        stats.byStatus[status],
      ]),
      ...labels.flatMap((week) =>
        stats.weekly
          .filter((row) => row.weekStart === week)
          .map((row) => [`週 ${week}`, TOPIC_LABELS[row.topic] ?? row.topic, row.count]),
      ),
      ...stats.asks.map((row) => [`週 ${row.weekStart}`, "解決 / 質問", `${row.resolved} / ${row.attempts}`]),
      ...stats.byOrganisation.map((row) => ["組織", row.key || "組織不明", row.count]),
      ...stats.bySurface.map((row) => ["窓口", SURFACE_LABELS[row.key as Surface] ?? row.key, row.count]),
      ...stats.byTopic.map((row) => ["トピック", TOPIC_LABELS[row.key] ?? row.key, row.count]),
    ];
    await deps.questionLog.addAudit({ at: deps.now(), actor: c.get("user").login, action: "export-stats" });
    const stamp = formatTime(deps.now()).replace(/[-: ]/g, "").slice(0, 12);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="taiwa-stats-${stamp}.csv"`);
    return c.body(toCsv(rows));
  });
}
