import { describe, it } from "vitest";
import { PostgresDedupeStore } from "../../../bots/dedupe/postgres-dedupe-store.ts";
import { runDedupeStoreContract } from "./dedupe-store-contract.ts";

const url = process.env.TEST_DATABASE_URL;

if (url) {
  describe("PostgresDedupeStore", () => {
    runDedupeStoreContract({
      create: async () => new PostgresDedupeStore({ connectionString: url }),
      reopen: async () => new PostgresDedupeStore({ connectionString: url }),
    });
  });
} else {
  describe("PostgresDedupeStore", () => {
    it.skip("skipped: set TEST_DATABASE_URL (scripts/test-all.sh starts a throwaway PostgreSQL) to run the contract against PostgreSQL", () => {});
  });
}
