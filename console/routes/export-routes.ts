import type { Hono } from "hono";
import type { QuestionEntry } from "../../questions/types.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { csvStream } from "../csv.ts";
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

/** Rows fetched per page: the export never holds more than this many entries in memory. */
const PAGE_SIZE = 200;

function csvFields(entry: QuestionEntry): (string | number | undefined)[] {
  return [
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
  ];
}

export function registerExportRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/export.csv", async (c) => {
    const { query } = parseFilters((name) => c.req.query(name));
    // The first page is read before the response starts, so a store failure is still an error page, not a cut CSV.
    const first = await deps.questionLog.list({ ...query, limit: PAGE_SIZE, offset: 0 });
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: c.get("user").login,
      action: "export",
      detail: `${first.total} 件`,
    });
    let pending: QuestionEntry[] | undefined = first.entries;
    let offset = first.entries.length;
    const nextRows = async () => {
      if (pending) {
        const rows = pending.map(csvFields);
        pending = undefined;
        return rows;
      }
      if (offset >= first.total) return [];
      const { entries } = await deps.questionLog.list({ ...query, limit: PAGE_SIZE, offset });
      offset += entries.length;
      return entries.map(csvFields);
    };
    const stamp = formatTime(deps.now()).replace(/[-: ]/g, "").slice(0, 12);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="taiwa-questions-${stamp}.csv"`);
    return c.body(csvStream(HEADER, nextRows));
  });
}
