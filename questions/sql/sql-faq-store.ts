import { TaiwaError } from "../../app/errors.ts";
import type { FaqEntry, FaqStore } from "../types.ts";
import { parseId, toDate } from "./entry-rows.ts";
import type { SqlDatabase, SqlExecutor, SqlRow } from "./types.ts";

function rowToFaq(row: SqlRow): FaqEntry {
  return {
    id: String(row.id),
    questionId: row.question_id === null ? undefined : String(row.question_id),
    question: String(row.question),
    answer: String(row.answer),
    publishedBy: String(row.published_by),
    publishedAt: new Date(Number(row.published_at)),
    version: Number(row.version ?? 1),
    supersedes: row.supersedes === null || row.supersedes === undefined ? undefined : String(row.supersedes),
    withdrawnAt: toDate(row.withdrawn_at),
  };
}

async function insert(
  db: SqlExecutor,
  request: {
    questionId?: string;
    question: string;
    answer: string;
    publishedBy: string;
    at?: Date;
    version?: number;
    supersedes?: number;
  },
): Promise<FaqEntry> {
  const [row] = await db.all(
    `INSERT INTO faq_entries (question_id, question, answer, published_by, published_at, version, supersedes)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    [
      request.questionId ?? null,
      request.question,
      request.answer,
      request.publishedBy,
      (request.at ?? new Date()).getTime(),
      request.version ?? 1,
      request.supersedes ?? null,
    ],
  );
  if (!row) throw new Error("FAQ insert returned no row");
  return rowToFaq(row);
}

export class SqlFaqStore implements FaqStore {
  constructor(private readonly db: SqlDatabase) {}

  add(request: {
    questionId?: string;
    question: string;
    answer: string;
    publishedBy: string;
    at?: Date;
  }): Promise<FaqEntry> {
    return insert(this.db, request);
  }

  async revise(request: {
    id: string;
    question: string;
    answer: string;
    publishedBy: string;
    at?: Date;
  }): Promise<FaqEntry> {
    const numeric = parseId(request.id);
    if (numeric === undefined) throw new TaiwaError("not_found", `FAQ faq-${request.id} は見つかりません。`);
    const at = request.at ?? new Date();
    return this.db.transaction(async (tx) => {
      const [row] = await tx.all("SELECT * FROM faq_entries WHERE id = ?", [numeric]);
      if (!row) throw new TaiwaError("not_found", `FAQ faq-${request.id} は見つかりません。`);
      // The guarded UPDATE makes two simultaneous edits of one version produce one successor, not two.
      const { changes } = await tx.run(
        "UPDATE faq_entries SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL",
        [at.getTime(), numeric],
      );
      if (changes !== 1) {
        throw new TaiwaError(
          "conflict",
          `FAQ faq-${request.id} は既に新しい版に置き換えられています。一覧を再読み込みしてください。`,
        );
      }
      const previous = rowToFaq(row);
      return insert(tx, {
        questionId: previous.questionId,
        question: request.question,
        answer: request.answer,
        publishedBy: request.publishedBy,
        at,
        version: previous.version + 1,
        supersedes: numeric,
      });
    });
  }

  async get(id: string): Promise<FaqEntry | undefined> {
    const numeric = parseId(id);
    if (numeric === undefined) return undefined;
    const [row] = await this.db.all("SELECT * FROM faq_entries WHERE id = ?", [numeric]);
    return row ? rowToFaq(row) : undefined;
  }

  async list(request: { includeWithdrawn?: boolean } = {}): Promise<FaqEntry[]> {
    const where = request.includeWithdrawn ? "" : " WHERE withdrawn_at IS NULL";
    return (await this.db.all(`SELECT * FROM faq_entries${where} ORDER BY published_at DESC, id DESC`)).map(rowToFaq);
  }

  async remove(id: string): Promise<boolean> {
    const numeric = parseId(id);
    if (numeric === undefined) return false;
    return (await this.db.run("DELETE FROM faq_entries WHERE id = ?", [numeric])).changes === 1;
  }
}
