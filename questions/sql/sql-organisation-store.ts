import type { OrganisationStore } from "../types.ts";
import type { SqlExecutor } from "./types.ts";

export class SqlOrganisationStore implements OrganisationStore {
  constructor(private readonly db: SqlExecutor) {}

  async list(): Promise<{ workspaceId: string; name: string }[]> {
    const rows = await this.db.all("SELECT workspace_id, name FROM organisations ORDER BY name, workspace_id");
    return rows.map((row) => ({ workspaceId: String(row.workspace_id), name: String(row.name) }));
  }

  async set(request: { workspaceId: string; name: string }): Promise<void> {
    await this.db.run(
      "INSERT INTO organisations (workspace_id, name) VALUES (?, ?) ON CONFLICT (workspace_id) DO UPDATE SET name = excluded.name",
      [request.workspaceId, request.name],
    );
  }

  async remove(workspaceId: string): Promise<boolean> {
    return (await this.db.run("DELETE FROM organisations WHERE workspace_id = ?", [workspaceId])).changes === 1;
  }
}
