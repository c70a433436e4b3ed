import { TaiwaError } from "../../app/errors.ts";
import type { GroupCandidate, QuestionEntry, QuestionGroups, TransitionRequest } from "../types.ts";
import { getEntry } from "./entry-queries.ts";
import { ENTRY_SELECT, parseId, rowToEntry } from "./entry-rows.ts";
import { insertAudit } from "./entry-transitions.ts";
import type { SqlDatabase } from "./types.ts";

function requireId(id: string): number {
  const numeric = parseId(id);
  if (numeric === undefined) throw new TaiwaError("not_found", `質問 ${id} は見つかりません。`);
  return numeric;
}

/** Group membership in the questions table: group_id is the id of the group's first question. */
export class SqlQuestionGroups implements QuestionGroups {
  constructor(private readonly db: SqlDatabase) {}

  async candidates(request: { limit: number; excludeId?: string }): Promise<{ entries: GroupCandidate[] }> {
    const rows = await this.db.all(
      `SELECT q.id, q.question FROM questions q WHERE q.status IN ('open', 'assigned') AND q.purged_at IS NULL
         AND q.group_split = 0 AND q.id <> ? ORDER BY q.received_at DESC, q.id DESC LIMIT ?`,
      [parseId(request.excludeId ?? "") ?? -1, Math.max(1, Math.min(request.limit, 5_000))],
    );
    return { entries: rows.map((row) => ({ id: String(row.id), question: String(row.question) })) };
  }

  async join(request: { id: string; withId: string }): Promise<{ groupId: string }> {
    const id = requireId(request.id);
    const withId = requireId(request.withId);
    return this.db.transaction(async (tx) => {
      const [target] = await tx.all("SELECT id, group_id FROM questions WHERE id = ?", [withId]);
      if (!target) throw new TaiwaError("not_found", `質問 ${request.withId} は見つかりません。`);
      const groupId = target.group_id === null || target.group_id === undefined ? withId : Number(target.group_id);
      await tx.run("UPDATE questions SET group_id = ? WHERE id = ? AND group_id IS NULL", [groupId, withId]);
      await tx.run("UPDATE questions SET group_id = ? WHERE id = ?", [groupId, id]);
      return { groupId: String(groupId) };
    });
  }

  async members(groupId: string): Promise<QuestionEntry[]> {
    const numeric = parseId(groupId);
    if (numeric === undefined) return [];
    const rows = await this.db.all(`${ENTRY_SELECT} WHERE q.group_id = ? ORDER BY q.received_at, q.id`, [numeric]);
    return rows.map(rowToEntry);
  }

  async sizes(groupIds: string[]): Promise<Map<string, number>> {
    const ids = [...new Set(groupIds.map(parseId).filter((id): id is number => id !== undefined))];
    const sizes = new Map<string, number>();
    if (ids.length === 0) return sizes;
    const rows = await this.db.all(
      `SELECT group_id, COUNT(*) AS n FROM questions WHERE group_id IN (${ids.map(() => "?").join(", ")}) GROUP BY group_id`,
      ids,
    );
    for (const row of rows) sizes.set(String(row.group_id), Number(row.n));
    return sizes;
  }

  async split(request: TransitionRequest): Promise<QuestionEntry> {
    const id = requireId(request.id);
    return this.db.transaction(async (tx) => {
      const before = await getEntry(tx, request.id);
      if (!before) throw new TaiwaError("not_found", `質問 ${request.id} は見つかりません。`);
      if (before.groupId === undefined) {
        throw new TaiwaError(
          "conflict",
          `質問 ${request.id} はどのグループにも属していません。画面を再読み込みしてください。`,
        );
      }
      const groupId = Number(before.groupId);
      await tx.run("UPDATE questions SET group_id = NULL, group_split = 1 WHERE id = ?", [id]);
      const rest = await tx.all("SELECT id FROM questions WHERE group_id = ? ORDER BY id", [groupId]);
      if (rest.length === 1) {
        // A group of one is no group.
        await tx.run("UPDATE questions SET group_id = NULL WHERE group_id = ?", [groupId]);
      } else if (groupId === id && rest.length > 1) {
        // The lead left: the next question leads, so the group keeps one row in the collapsed list.
        await tx.run("UPDATE questions SET group_id = ? WHERE group_id = ?", [Number(rest[0]?.id), groupId]);
      }
      await insertAudit(tx, {
        at: request.at ?? new Date(),
        actor: request.actor,
        action: "group-split",
        questionId: request.id,
        detail: `グループ #${groupId} から外す`,
      });
      const after = await getEntry(tx, request.id);
      if (!after) throw new TaiwaError("not_found", `質問 ${request.id} は見つかりません。`);
      return after;
    });
  }
}
