import type { AuditEvent, CountKind, QuestionStats, QuestionStatus, Surface } from "../types.ts";
import { dayJst, weekStartJst } from "./entry-rows.ts";
import type { SqlDatabase, SqlExecutor } from "./types.ts";

export async function listAudit(
  db: SqlExecutor,
  request: { questionId?: string; limit?: number; excludeActions?: string[] },
): Promise<{ events: AuditEvent[] }> {
  const conditions: string[] = [];
  const params: string[] = [];
  if (request.questionId !== undefined) {
    conditions.push("question_id = ?");
    params.push(request.questionId);
  }
  if (request.excludeActions && request.excludeActions.length > 0) {
    conditions.push(`action NOT IN (${request.excludeActions.map(() => "?").join(", ")})`);
    params.push(...request.excludeActions);
  }
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "";
  const rows = await db.all(`SELECT * FROM audit_events${where} ORDER BY at DESC, id DESC LIMIT ?`, [
    ...params,
    request.limit ?? 200,
  ]);
  return {
    events: rows.map((row) => ({
      at: new Date(Number(row.at)),
      actor: String(row.actor),
      action: String(row.action),
      questionId: row.question_id === null ? undefined : String(row.question_id),
      detail: row.detail === null ? undefined : String(row.detail),
    })),
  };
}

export async function countEvent(
  db: SqlExecutor,
  request: { kind: CountKind; surface: Surface; topic?: string; at?: Date },
): Promise<void> {
  await db.run(
    `INSERT INTO counters (day, kind, surface, topic, count) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (day, kind, surface, topic) DO UPDATE SET count = counters.count + 1`,
    [dayJst((request.at ?? new Date()).getTime()), request.kind, request.surface, request.topic ?? ""],
  );
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function sortedCounts(map: Map<string, number>): { key: string; count: number }[] {
  return [...map.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((left, right) => right.count - left.count || left.key.localeCompare(right.key));
}

/** Aggregated in code: a ministry's log holds thousands of entries, not millions, and this stays portable SQL. */
export async function computeStats(db: SqlExecutor, request: { from: Date; to: Date }): Promise<QuestionStats> {
  const from = request.from.getTime();
  const to = request.to.getTime();
  const received = await db.all(
    "SELECT received_at, topic, status, organisation, surface FROM questions WHERE received_at >= ? AND received_at < ?",
    [from, to],
  );
  const weekly = new Map<string, { weekStart: string; topic: string; count: number }>();
  const byStatus: Record<QuestionStatus, number> = { open: 0, assigned: 0, answered: 0, closed: 0 };
  const byOrganisation = new Map<string, number>();
  const bySurface = new Map<string, number>();
  const byTopic = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const row of received) {
    bump(byOrganisation, row.organisation === null ? "" : String(row.organisation));
    bump(bySurface, String(row.surface));
    bump(byTopic, row.topic === null || row.topic === "" ? "other" : String(row.topic));
    const weekStart = weekStartJst(Number(row.received_at));
    const topic = row.topic === null || row.topic === "" ? "other" : String(row.topic);
    const key = `${weekStart}\u0000${topic}`;
    const bucket = weekly.get(key) ?? { weekStart, topic, count: 0 };
    bucket.count += 1;
    weekly.set(key, bucket);
    byStatus[String(row.status) as QuestionStatus] += 1;
  }
  const counters = await db.all(
    "SELECT day, kind, count FROM counters WHERE day >= ? AND day <= ? AND kind IN ('ask', 'resolved', 'unresolved')",
    [
      dayJst(from),
      // Counters are per JST day: the day holding `to` counts, even when `to` is mid-day (now).
      dayJst(to - 1),
    ],
  );
  const asks = new Map<string, { weekStart: string; asked: number; resolved: number; attempts: number }>();
  let attempts = 0;
  let resolvedTotal = 0;
  for (const row of counters) {
    const weekStart = weekStartJst(Date.parse(`${String(row.day)}T00:00:00+09:00`));
    const bucket = asks.get(weekStart) ?? { weekStart, asked: 0, resolved: 0, attempts: 0 };
    // Every attempt counts exactly one of resolved / unresolved (a failed answer counts unresolved and no ask).
    if (row.kind === "ask") bucket.asked += Number(row.count);
    if (row.kind === "resolved") {
      bucket.resolved += Number(row.count);
      resolvedTotal += Number(row.count);
    }
    if (row.kind !== "ask") {
      attempts += Number(row.count);
      bucket.attempts += Number(row.count);
    }
    asks.set(weekStart, bucket);
  }
  const answered = await db.all(
    "SELECT received_at, answered_at FROM questions WHERE answered_at IS NOT NULL AND answered_at >= ? AND answered_at < ?",
    [from, to],
  );
  const durations = answered.map((row) => Number(row.answered_at) - Number(row.received_at));
  const byWeek = (left: { weekStart: string }, right: { weekStart: string }) =>
    left.weekStart.localeCompare(right.weekStart);
  return {
    weekly: [...weekly.values()].sort(byWeek),
    asks: [...asks.values()].sort(byWeek),
    byStatus,
    medianAnswerMs: median(durations),
    answeredCount: durations.length,
    byOrganisation: sortedCounts(byOrganisation),
    bySurface: sortedCounts(bySurface),
    byTopic: sortedCounts(byTopic),
    attempts,
    resolved: resolvedTotal,
  };
}

export const ERASED_ASKER = "erased";

export async function eraseAsker(
  db: SqlDatabase,
  request: { askerId: string },
): Promise<{ entries: number; names: number }> {
  const erased = await db.transaction(async (tx) => {
    const names = await tx.run("DELETE FROM askers WHERE asker_id = ?", [request.askerId]);
    // The delivery target names the asker's chat user or session too, so it goes with the id.
    const entries = await tx.run("UPDATE questions SET asker_id = ?, delivery = NULL WHERE asker_id = ?", [
      ERASED_ASKER,
      request.askerId,
    ]);
    return { entries: entries.changes, names: names.changes };
  });
  // Erasure means no copy left in the file either, not just a row no query returns.
  if (erased.entries + erased.names > 0) await db.compact();
  return erased;
}

export async function purgeClosed(
  db: SqlDatabase,
  request: { closedBefore: Date; now?: Date },
): Promise<{ entries: number }> {
  const purged = await db.transaction(async (tx) => {
    const purged = await tx.run(
      `UPDATE questions SET question = '', bot_answer = '', citations = '[]', user_context = NULL, ministry_answer = NULL,
         delivery = NULL, asker_id = ?, purged_at = ?
       WHERE status = 'closed' AND closed_at < ? AND purged_at IS NULL`,
      [ERASED_ASKER, (request.now ?? new Date()).getTime(), request.closedBefore.getTime()],
    );
    // Answer versions, internal notes and presence belong to the purged text.
    for (const table of ["answer_versions", "question_notes", "question_presence"]) {
      await tx.run(
        `DELETE FROM ${table} WHERE question_id IN (SELECT CAST(id AS TEXT) FROM questions WHERE purged_at IS NOT NULL)`,
      );
    }
    // Names of askers no longer referenced by any entry go too.
    await tx.run("DELETE FROM askers WHERE asker_id NOT IN (SELECT asker_id FROM questions)");
    return { entries: purged.changes };
  });
  if (purged.entries > 0) await db.compact();
  return purged;
}
