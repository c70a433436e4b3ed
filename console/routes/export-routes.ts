import type { Hono } from "hono";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { toCsv } from "../csv.ts";
import { parseFilters } from "../filters.ts";
import { deliveryLabel, formatTime, REASON_LABELS, STATUS_LABELS, SURFACE_LABELS, TOPIC_LABELS } from "../html.ts";

const HEADER = [
  "番号",
  "受付日時",
  "窓口",
  "ワークスペース",
  "組織",
  "理由",
  "トピック",
  "状態",
  "担当",
  "質問",
  "補足",
  "ボットの回答",
  "引用",
  "省庁の回答",
  "回答日時",
  "配信",
  "配信日時",
  "完了日時",
];

export function registerExportRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/export.csv", async (c) => {
    const { query } = parseFilters((name) => c.req.query(name));
    const { entries, total } = await deps.questionLog.list({ ...query, limit: 10_000 });
    const rows = entries.map((entry) => [
      entry.id,
      formatTime(entry.receivedAt),
      SURFACE_LABELS[entry.surface] ?? entry.surface,
      entry.workspaceId,
      entry.organisation,
      REASON_LABELS[entry.reason] ?? entry.reason,
      entry.topic ? (TOPIC_LABELS[entry.topic] ?? entry.topic) : "",
      STATUS_LABELS[entry.status],
      entry.assignee,
      entry.question,
      entry.userContext,
      entry.botAnswer,
      entry.citations
        .map((citation) => `[${citation.n}] ${citation.title} ${citation.sectionPath.join(" > ")}`)
        .join("\n"),
      entry.ministryAnswer,
      entry.answeredAt ? formatTime(entry.answeredAt) : "",
      deliveryLabel(entry).label,
      entry.deliveredAt ? formatTime(entry.deliveredAt) : "",
      entry.closedAt ? formatTime(entry.closedAt) : "",
    ]);
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: c.get("user").login,
      action: "export",
      detail: `${entries.length}/${total} 件`,
    });
    const stamp = formatTime(deps.now()).replace(/[-: ]/g, "").slice(0, 12);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="taiwa-questions-${stamp}.csv"`);
    return c.body(toCsv([HEADER, ...rows]));
  });
}
