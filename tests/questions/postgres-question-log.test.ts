import pg from "pg";
import { describe, it } from "vitest";
import { PostgresQuestionLog } from "../../questions/postgres-question-log.ts";
import { runQuestionLogContract } from "./question-log.contract.ts";

const url = process.env.TEST_DATABASE_URL;

if (!url) {
  describe("QuestionLog contract: PostgreSQL", () => {
    it.skip("skipped: TEST_DATABASE_URL is not set (scripts/test-all.sh starts a throwaway PostgreSQL and sets it)", () => {});
  });
}

runQuestionLogContract({
  name: "PostgreSQL",
  skip: !url,
  create: async () => {
    // Each test starts from an empty schema of its own (other suites may share the database), so the migrations
    // run from scratch every time.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS qlog_contract CASCADE; CREATE SCHEMA qlog_contract");
    await client.end();
    const separator = url?.includes("?") ? "&" : "?";
    return PostgresQuestionLog.open({ connectionString: `${url}${separator}options=-c%20search_path%3Dqlog_contract` });
  },
});
