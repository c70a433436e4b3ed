import type { ReplyTemplate, ReplyTemplateStore } from "../types.ts";
import { parseId } from "./entry-rows.ts";
import type { SqlExecutor, SqlRow } from "./types.ts";

function rowToTemplate(row: SqlRow): ReplyTemplate {
  return {
    id: String(row.id),
    title: String(row.title),
    body: String(row.body),
    updatedBy: String(row.updated_by),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

export class SqlReplyTemplateStore implements ReplyTemplateStore {
  constructor(private readonly db: SqlExecutor) {}

  async list(): Promise<ReplyTemplate[]> {
    return (await this.db.all("SELECT * FROM reply_templates ORDER BY id")).map(rowToTemplate);
  }

  async get(id: string): Promise<ReplyTemplate | undefined> {
    const numeric = parseId(id);
    if (numeric === undefined) return undefined;
    const [row] = await this.db.all("SELECT * FROM reply_templates WHERE id = ?", [numeric]);
    return row ? rowToTemplate(row) : undefined;
  }

  async save(request: { id?: string; title: string; body: string; by: string; at?: Date }): Promise<ReplyTemplate> {
    const at = (request.at ?? new Date()).getTime();
    const numeric = request.id === undefined ? undefined : parseId(request.id);
    const [row] =
      numeric === undefined
        ? await this.db.all(
            "INSERT INTO reply_templates (title, body, updated_by, updated_at) VALUES (?, ?, ?, ?) RETURNING *",
            [request.title, request.body, request.by, at],
          )
        : await this.db.all(
            "UPDATE reply_templates SET title = ?, body = ?, updated_by = ?, updated_at = ? WHERE id = ? RETURNING *",
            [request.title, request.body, request.by, at, numeric],
          );
    if (!row) throw new Error("reply template not saved");
    return rowToTemplate(row);
  }

  async remove(id: string): Promise<boolean> {
    const numeric = parseId(id);
    if (numeric === undefined) return false;
    return (await this.db.run("DELETE FROM reply_templates WHERE id = ?", [numeric])).changes === 1;
  }
}
