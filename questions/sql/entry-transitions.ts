import { TaiwaError } from "../../app/errors.ts";
import type { DeliveryTarget, QuestionEntry, QuestionStatus, TransitionRequest } from "../types.ts";
import { getEntry } from "./entry-queries.ts";
import { ENTRY_SELECT, parseId, rowToEntry } from "./entry-rows.ts";
import type { SqlDatabase, SqlExecutor, SqlValue } from "./types.ts";

const STATUS_LABEL: Record<QuestionStatus, string> = {
  open: "未対応",
  assigned: "担当中",
  answered: "回答済み",
  closed: "完了",
};

/**
 * One status change: an UPDATE guarded by the statuses it may start from (so two staff acting at once cannot both
 * win), plus its audit line, in one transaction.
 */
async function transition(
  db: SqlDatabase,
  request: TransitionRequest & {
    action: string;
    from: QuestionStatus[];
    set: string;
    params: SqlValue[];
    detail?: string | ((entry: QuestionEntry) => string);
    /** A more helpful refusal than the generic one, e.g. "someone answered first". */
    conflictMessage?: (entry: QuestionEntry) => string;
    /** Runs in the same transaction after the update succeeded (e.g. keeping the answer's version). */
    after?: (tx: SqlExecutor, entry: QuestionEntry) => Promise<void>;
  },
): Promise<QuestionEntry> {
  const id = parseId(request.id);
  if (id === undefined) throw new TaiwaError("not_found", `質問 ${request.id} は見つかりません。`);
  return db.transaction(async (tx) => {
    const { changes } = await tx.run(
      `UPDATE questions SET ${request.set} WHERE id = ? AND status IN (${request.from.map(() => "?").join(", ")})`,
      [...request.params, id, ...request.from],
    );
    const entry = await getEntry(tx, request.id);
    if (!entry) throw new TaiwaError("not_found", `質問 ${request.id} は見つかりません。`);
    if (changes === 0 && request.conflictMessage) throw new TaiwaError("conflict", request.conflictMessage(entry));
    if (changes === 0) {
      throw new TaiwaError(
        "conflict",
        `質問 ${request.id} は「${STATUS_LABEL[entry.status]}」のため、この操作はできません。画面を再読み込みしてください。`,
      );
    }
    await insertAudit(tx, {
      at: request.at ?? new Date(),
      actor: request.actor,
      action: request.action,
      questionId: request.id,
      detail: typeof request.detail === "function" ? request.detail(entry) : request.detail,
    });
    await request.after?.(tx, entry);
    return entry;
  });
}

export async function insertAudit(
  db: SqlExecutor,
  event: { at: Date; actor: string; action: string; questionId?: string; detail?: string },
): Promise<void> {
  await db.run("INSERT INTO audit_events (at, actor, action, question_id, detail) VALUES (?, ?, ?, ?, ?)", [
    event.at.getTime(),
    event.actor,
    event.action,
    event.questionId ?? null,
    event.detail ?? null,
  ]);
}

export function assignEntry(
  db: SqlDatabase,
  request: TransitionRequest & { assignee: string },
): Promise<QuestionEntry> {
  const at = (request.at ?? new Date()).getTime();
  return transition(db, {
    ...request,
    action: "assign",
    detail: `担当: ${request.assignee}`,
    from: ["open", "assigned"],
    set: "status = 'assigned', assignee = ?, assigned_at = ?",
    params: [request.assignee, at],
  });
}

// A new answer is due for delivery at once; earlier delivery state belongs to an earlier answer.
const DELIVER_AGAIN = `delivered_at = NULL, read_at = NULL, delivery_attempts = 0, delivery_error = NULL,
  next_delivery_at = ?, delivery_claimed_until = NULL, answer_version = answer_version + 1`;

function keepVersion(request: TransitionRequest & { answer: string }) {
  return async (tx: SqlExecutor, entry: QuestionEntry) => {
    await tx.run("INSERT INTO answer_versions (question_id, version, answer, actor, at) VALUES (?, ?, ?, ?, ?)", [
      entry.id,
      entry.answerVersion ?? 1,
      request.answer,
      request.actor,
      (request.at ?? new Date()).getTime(),
    ]);
  };
}

export function answerEntry(db: SqlDatabase, request: TransitionRequest & { answer: string }): Promise<QuestionEntry> {
  const at = (request.at ?? new Date()).getTime();
  return transition(db, {
    ...request,
    action: "answer",
    detail: (entry) => `第${entry.answerVersion}版`,
    from: ["open", "assigned"],
    set: `status = 'answered', ministry_answer = ?, answered_at = ?, assignee = COALESCE(assignee, ?),
      assigned_at = COALESCE(assigned_at, ?), ${DELIVER_AGAIN}`,
    params: [request.answer, at, request.actor, at, at],
    conflictMessage: (entry) =>
      entry.status === "answered" || entry.status === "closed"
        ? `質問 ${request.id} には${entry.assignee ? ` ${entry.assignee} さんが` : ""}先に回答しました。入力した文章はそのまま残しています。内容を確かめ、必要なら「訂正を送る」から送ってください。`
        : `質問 ${request.id} は「${STATUS_LABEL[entry.status]}」のため、回答できません。画面を再読み込みしてください。`,
    after: keepVersion(request),
  });
}

/** A correction of an answer already sent: same status, next version, delivered again as 「訂正」. */
export function correctEntry(db: SqlDatabase, request: TransitionRequest & { answer: string }): Promise<QuestionEntry> {
  const at = (request.at ?? new Date()).getTime();
  return transition(db, {
    ...request,
    action: "correct",
    detail: (entry) => `第${entry.answerVersion}版(訂正)`,
    from: ["answered", "closed"],
    set: `ministry_answer = ?, answered_at = ?, ${DELIVER_AGAIN}`,
    params: [request.answer, at, at],
    conflictMessage: (entry) =>
      `質問 ${request.id} は「${STATUS_LABEL[entry.status]}」で、訂正する回答がありません。画面を再読み込みしてください。`,
    after: keepVersion(request),
  });
}

export function closeEntry(db: SqlDatabase, request: TransitionRequest): Promise<QuestionEntry> {
  return transition(db, {
    ...request,
    action: "close",
    from: ["open", "assigned", "answered"],
    set: "status = 'closed', closed_at = ?",
    params: [(request.at ?? new Date()).getTime()],
  });
}

export function reopenEntry(db: SqlDatabase, request: TransitionRequest): Promise<QuestionEntry> {
  return transition(db, {
    ...request,
    action: "reopen",
    from: ["answered", "closed"],
    set: "status = CASE WHEN assignee IS NULL THEN 'open' ELSE 'assigned' END, closed_at = NULL, next_delivery_at = NULL",
    params: [],
  });
}

const DUE = `ministry_answer IS NOT NULL AND delivered_at IS NULL AND status IN ('answered', 'closed')
  AND next_delivery_at IS NOT NULL AND next_delivery_at <= ?
  AND (delivery_claimed_until IS NULL OR delivery_claimed_until < ?)`;

export async function claimDeliveries(
  db: SqlExecutor,
  request: { now: Date; leaseMs: number; limit: number; ids?: string[] },
): Promise<{ entries: QuestionEntry[] }> {
  const now = request.now.getTime();
  const only = (request.ids ?? []).map(parseId).filter((id): id is number => id !== undefined);
  if (request.ids && only.length === 0) return { entries: [] };
  const idFilter = request.ids ? ` AND id IN (${only.map(() => "?").join(", ")})` : "";
  const candidates = await db.all(
    `SELECT id FROM questions WHERE ${DUE}${idFilter} ORDER BY next_delivery_at LIMIT ?`,
    [now, now, ...only, request.limit],
  );
  const entries: QuestionEntry[] = [];
  for (const candidate of candidates) {
    // The lease is taken by a guarded UPDATE: of several replicas racing for the same entry exactly one sees changes = 1.
    const { changes } = await db.run(`UPDATE questions SET delivery_claimed_until = ? WHERE id = ? AND ${DUE}`, [
      now + request.leaseMs,
      Number(candidate.id),
      now,
      now,
    ]);
    if (changes !== 1) continue;
    const [row] = await db.all(`${ENTRY_SELECT} WHERE q.id = ?`, [Number(candidate.id)]);
    if (row) entries.push(rowToEntry(row));
  }
  return { entries };
}

export async function markDelivered(db: SqlExecutor, request: { id: string; deliveredAt: Date }): Promise<void> {
  await db.run(
    `UPDATE questions SET delivered_at = ?, delivery_error = NULL, next_delivery_at = NULL, delivery_claimed_until = NULL,
       delivery_attempts = delivery_attempts + 1 WHERE id = ?`,
    [request.deliveredAt.getTime(), parseId(request.id) ?? -1],
  );
}

export async function markDeliveryFailed(
  db: SqlExecutor,
  request: { id: string; error: string; nextAttemptAt?: Date },
): Promise<void> {
  await db.run(
    `UPDATE questions SET delivery_error = ?, next_delivery_at = ?, delivery_claimed_until = NULL,
       delivery_attempts = delivery_attempts + 1 WHERE id = ?`,
    [request.error.slice(0, 500), request.nextAttemptAt?.getTime() ?? null, parseId(request.id) ?? -1],
  );
}

export async function retryDelivery(
  db: SqlExecutor,
  request: { id: string; at: Date; delivery?: DeliveryTarget },
): Promise<boolean> {
  const { changes } = await db.run(
    `UPDATE questions SET next_delivery_at = ?, delivery_claimed_until = NULL, delivery = COALESCE(?, delivery)
     WHERE id = ? AND delivered_at IS NULL AND ministry_answer IS NOT NULL AND status IN ('answered', 'closed')`,
    [request.at.getTime(), request.delivery ? JSON.stringify(request.delivery) : null, parseId(request.id) ?? -1],
  );
  return changes === 1;
}
