import type { NewQuestionEntry, QuestionEntry, QuestionQuery } from "../types.ts";
import { ENTRY_SELECT, likePattern, parseId, rowToEntry } from "./entry-rows.ts";
import { insertAudit } from "./entry-transitions.ts";
import type { SqlDatabase, SqlExecutor, SqlValue } from "./types.ts";

export async function getEntry(db: SqlExecutor, id: string): Promise<QuestionEntry | undefined> {
  const numeric = parseId(id);
  if (numeric === undefined) return undefined;
  const [row] = await db.all(`${ENTRY_SELECT} WHERE q.id = ?`, [numeric]);
  return row ? rowToEntry(row) : undefined;
}

export async function recordEntry(
  db: SqlDatabase,
  entry: NewQuestionEntry,
): Promise<{ entry: QuestionEntry; created: boolean }> {
  return db.transaction(async (tx) => {
    // ON CONFLICT DO NOTHING makes a redelivered chat event (same eventKey) a no-op, even when two replicas race.
    const { changes } = await tx.run(
      `INSERT INTO questions (event_key, surface, workspace_id, organisation, asker_id, question, bot_answer, citations,
         reason, user_context, topic, status, received_at, delivery)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) ON CONFLICT (event_key) DO NOTHING`,
      [
        entry.eventKey,
        entry.surface,
        entry.workspaceId ?? null,
        entry.organisation ?? null,
        entry.asker.askerId,
        entry.question,
        entry.botAnswer,
        JSON.stringify(entry.citations),
        entry.reason,
        entry.userContext ?? null,
        entry.topic ?? null,
        (entry.receivedAt ?? new Date()).getTime(),
        entry.delivery ? JSON.stringify(entry.delivery) : null,
      ],
    );
    if (changes === 1 && entry.asker.displayName) {
      await tx.run(
        `INSERT INTO askers (asker_id, display_name, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (asker_id) DO UPDATE SET display_name = excluded.display_name, updated_at = excluded.updated_at`,
        [entry.asker.askerId, entry.asker.displayName, Date.now()],
      );
    }
    if (changes === 0) await addToExisting(tx, entry);
    const [row] = await tx.all(`${ENTRY_SELECT} WHERE q.event_key = ?`, [entry.eventKey]);
    if (!row) throw new Error("entry vanished after insert");
    return { entry: rowToEntry(row), created: changes === 1 };
  });
}

/**
 * The same event seen again is the same entry, but a later escalation of it (「省庁に確認する」 after 👎, or after the
 * question was logged unresolved) carries what the asker added: its context is appended (once: a redelivered
 * submission or a spool drained twice adds nothing) and the reason becomes "escalated".
 */
async function addToExisting(tx: SqlExecutor, entry: NewQuestionEntry): Promise<void> {
  const [existing] = await tx.all("SELECT id, reason, user_context FROM questions WHERE event_key = ?", [
    entry.eventKey,
  ]);
  if (!existing) return;
  const context = entry.userContext?.trim();
  const before = existing.user_context === null ? "" : String(existing.user_context);
  const addsContext = Boolean(context) && !before.split("\n\n").includes(context ?? "");
  const escalates = entry.reason === "escalated" && existing.reason !== "escalated";
  if (!addsContext && !escalates) return;
  await tx.run("UPDATE questions SET user_context = ?, reason = ? WHERE id = ?", [
    addsContext ? (before ? `${before}\n\n${context}` : (context ?? null)) : before || null,
    escalates ? "escalated" : String(existing.reason),
    Number(existing.id),
  ]);
  await insertAudit(tx, {
    at: entry.receivedAt ?? new Date(),
    actor: "system",
    action: addsContext ? "context-added" : "escalated",
    questionId: String(existing.id),
    detail: escalates ? "省庁への確認が依頼されました" : undefined,
  });
}

function whereClause(query: QuestionQuery): { sql: string; params: SqlValue[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if (query.status && query.status.length > 0) {
    conditions.push(`q.status IN (${query.status.map(() => "?").join(", ")})`);
    params.push(...query.status);
  }
  for (const [column, value] of [
    ["q.topic", query.topic],
    ["q.organisation", query.organisation],
    ["q.surface", query.surface],
    ["q.asker_id", query.askerId],
    ["q.assignee", query.assignee],
  ] as const) {
    if (value) {
      conditions.push(`${column} = ?`);
      params.push(value);
    }
  }
  if (query.unassigned) conditions.push("q.assignee IS NULL");
  if (query.assigneeOrUnassigned) {
    conditions.push("(q.assignee IS NULL OR q.assignee = ?)");
    params.push(query.assigneeOrUnassigned);
  }
  if (query.receivedBefore) {
    conditions.push("q.received_at < ?");
    params.push(query.receivedBefore.getTime());
  }
  if (query.from) {
    conditions.push("q.received_at >= ?");
    params.push(query.from.getTime());
  }
  if (query.to) {
    conditions.push("q.received_at < ?");
    params.push(query.to.getTime());
  }
  // One row per group and status: the group's first question in that status (a closed lead must not hide the
  // members still waiting from the 未対応 view).
  if (query.collapseGroups)
    conditions.push(
      "(q.group_id IS NULL OR q.id = (SELECT MIN(g.id) FROM questions g WHERE g.group_id = q.group_id AND g.status = q.status))",
    );
  const text = query.text?.trim();
  if (text) {
    // Japanese has no spaces to split words on, so search is a substring match on every term (LIKE, escaped).
    for (const term of text.split(/\s+/)) {
      conditions.push(
        "(lower(q.question) LIKE ? ESCAPE '\\' OR lower(q.bot_answer) LIKE ? ESCAPE '\\' OR lower(COALESCE(q.ministry_answer, '')) LIKE ? ESCAPE '\\' OR lower(COALESCE(q.user_context, '')) LIKE ? ESCAPE '\\')",
      );
      const pattern = likePattern(term);
      params.push(pattern, pattern, pattern, pattern);
    }
  }
  return { sql: conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "", params };
}

export async function listEntries(
  db: SqlExecutor,
  query: QuestionQuery,
): Promise<{ entries: QuestionEntry[]; total: number }> {
  const where = whereClause(query);
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 10_000);
  const offset = Math.max(query.offset ?? 0, 0);
  const order = query.order === "oldest" ? "q.received_at ASC, q.id ASC" : "q.received_at DESC, q.id DESC";
  const rows = await db.all(`${ENTRY_SELECT}${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [
    ...where.params,
    limit,
    offset,
  ]);
  const [count] = await db.all(`SELECT COUNT(*) AS n FROM questions q${where.sql}`, where.params);
  return { entries: rows.map(rowToEntry), total: Number(count?.n ?? 0) };
}
