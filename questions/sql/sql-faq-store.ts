import type { FaqEntry, FaqStore } from "../types.ts";
import { parseId } from "./entry-rows.ts";
import type { SqlExecutor, SqlRow } from "./types.ts";

function rowToFaq(row: SqlRow): FaqEntry {
  return {
    id: String(row.id),
    questionId: row.question_id === null ? undefined : String(row.question_id),
    question: String(row.question),
    answer: String(row.answer),
    publishedBy: String(row.published_by),
    publishedAt: new Date(Number(row.published_at)),
  };
}

export class SqlFaqStore implements FaqStore {
  constructor(private readonly db: SqlExecutor) {}

  async add(request: {
    questionId?: string;
    question: string;
    answer: string;
    publishedBy: string;
    at?: Date;
  }): Promise<FaqEntry> {
    const [row] = await this.db.all(
      "INSERT INTO faq_entries (question_id, question, answer, published_by, published_at) VALUES (?, ?, ?, ?, ?) RETURNING *",
      [
        request.questionId ?? null,
        request.question,
        request.answer,
        request.publishedBy,
        (request.at ?? new Date()).getTime(),
      ],
    );
    if (!row) throw new Error("FAQ insert returned no row");
    return rowToFaq(row);
  }

  async get(id: string): Promise<FaqEntry | undefined> {
    const numeric = parseId(id);
    if (numeric === undefined) return undefined;
    const [row] = await this.db.all("SELECT * FROM faq_entries WHERE id = ?", [numeric]);
    return row ? rowToFaq(row) : undefined;
  }

  async list(): Promise<FaqEntry[]> {
    return (await this.db.all("SELECT * FROM faq_entries ORDER BY published_at DESC, id DESC")).map(rowToFaq);
  }

  async remove(id: string): Promise<boolean> {
    const numeric = parseId(id);
    if (numeric === undefined) return false;
    return (await this.db.run("DELETE FROM faq_entries WHERE id = ?", [numeric])).changes === 1;
  }
}
