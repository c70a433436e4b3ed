import type { AnswerVersion, QuestionNote } from "../types.ts";
import { parseId } from "./entry-rows.ts";
import type { SqlExecutor } from "./types.ts";

export async function listAnswerVersions(
  db: SqlExecutor,
  request: { questionId: string },
): Promise<{ versions: AnswerVersion[] }> {
  const rows = await db.all("SELECT * FROM answer_versions WHERE question_id = ? ORDER BY version, id", [
    request.questionId,
  ]);
  return {
    versions: rows.map((row) => ({
      version: Number(row.version),
      answer: String(row.answer),
      actor: String(row.actor),
      at: new Date(Number(row.at)),
    })),
  };
}

export async function addNote(
  db: SqlExecutor,
  request: { questionId: string; author: string; body: string; at?: Date },
): Promise<QuestionNote> {
  const at = request.at ?? new Date();
  const [row] = await db.all(
    "INSERT INTO question_notes (question_id, author, body, at) VALUES (?, ?, ?, ?) RETURNING id",
    [request.questionId, request.author, request.body, at.getTime()],
  );
  return { id: String(row?.id), questionId: request.questionId, author: request.author, body: request.body, at };
}

export async function listNotes(db: SqlExecutor, request: { questionId: string }): Promise<{ notes: QuestionNote[] }> {
  const rows = await db.all("SELECT * FROM question_notes WHERE question_id = ? ORDER BY at, id", [request.questionId]);
  return {
    notes: rows.map((row) => ({
      id: String(row.id),
      questionId: String(row.question_id),
      author: String(row.author),
      body: String(row.body),
      at: new Date(Number(row.at)),
    })),
  };
}

export async function touchPresence(
  db: SqlExecutor,
  request: { questionId: string; login: string; at: Date },
): Promise<void> {
  await db.run(
    `INSERT INTO question_presence (question_id, login, seen_at) VALUES (?, ?, ?)
     ON CONFLICT (question_id, login) DO UPDATE SET seen_at = excluded.seen_at`,
    [request.questionId, request.login, request.at.getTime()],
  );
}

export async function listPresence(
  db: SqlExecutor,
  request: { questionId: string; since: Date },
): Promise<{ viewers: { login: string; seenAt: Date }[] }> {
  const rows = await db.all(
    "SELECT login, seen_at FROM question_presence WHERE question_id = ? AND seen_at >= ? ORDER BY seen_at DESC, login",
    [request.questionId, request.since.getTime()],
  );
  return { viewers: rows.map((row) => ({ login: String(row.login), seenAt: new Date(Number(row.seen_at)) })) };
}

export async function markRead(db: SqlExecutor, request: { ids: string[]; at: Date }): Promise<void> {
  const ids = request.ids.map(parseId).filter((id): id is number => id !== undefined);
  if (ids.length === 0) return;
  await db.run(
    `UPDATE questions SET read_at = ? WHERE id IN (${ids.map(() => "?").join(", ")})
       AND read_at IS NULL AND delivered_at IS NOT NULL`,
    [request.at.getTime(), ...ids],
  );
}
