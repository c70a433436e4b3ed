import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe } from "vitest";
import { SqliteDedupeStore } from "../../../bots/dedupe/sqlite-dedupe-store.ts";
import { runDedupeStoreContract } from "./dedupe-store-contract.ts";

describe("SqliteDedupeStore", () => {
  const directory = mkdtempSync(join(tmpdir(), "taiwa-dedupe-"));
  const path = join(directory, "slack.db");
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  runDedupeStoreContract({
    create: async () => new SqliteDedupeStore({ path }),
    reopen: async () => new SqliteDedupeStore({ path }),
  });
});
