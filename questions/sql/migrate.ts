import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { SqlDatabase } from "./types.ts";

const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations/", import.meta.url));

/** The one dialect difference in our schema: an auto-incrementing integer key. */
const DIALECT_TOKENS: Record<SqlDatabase["dialect"], Record<string, string>> = {
  sqlite: { "{{AUTO_ID}}": "INTEGER PRIMARY KEY AUTOINCREMENT" },
  postgres: { "{{AUTO_ID}}": "BIGSERIAL PRIMARY KEY" },
};

export function renderMigration(sql: string, dialect: SqlDatabase["dialect"]): string {
  let rendered = sql;
  for (const [token, value] of Object.entries(DIALECT_TOKENS[dialect])) rendered = rendered.split(token).join(value);
  return rendered;
}

/** Applies every questions/migrations/NNN_*.sql not yet applied, in order, in one transaction. */
export async function migrate(db: SqlDatabase): Promise<{ applied: number[] }> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d{3}_.+\.sql$/.test(name)).sort();
  const scripts = await Promise.all(
    files.map(async (name) => ({
      version: Number(name.slice(0, 3)),
      sql: await readFile(`${MIGRATIONS_DIR}${name}`, "utf8"),
    })),
  );
  return db.transaction(async (tx) => {
    // Several replicas may start at once: PostgreSQL serialises them on an advisory lock; SQLite's BEGIN IMMEDIATE already did.
    if (db.dialect === "postgres") await tx.all("SELECT pg_advisory_xact_lock(74201)");
    await tx.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
    );
    const done = new Set((await tx.all("SELECT version FROM schema_migrations")).map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const script of scripts) {
      if (done.has(script.version)) continue;
      await tx.exec(renderMigration(script.sql, db.dialect));
      await tx.run("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", [script.version, Date.now()]);
      applied.push(script.version);
    }
    return { applied };
  });
}
