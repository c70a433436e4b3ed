import pg from "pg";
import { describe, expect, it } from "vitest";
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

describe.skipIf(!url)("PostgreSQL question log with several replicas", () => {
  it("migrates once when replicas start together, and lets exactly one replica record or deliver an event", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA IF EXISTS qlog_replicas CASCADE; CREATE SCHEMA qlog_replicas");
    await client.end();
    const separator = url?.includes("?") ? "&" : "?";
    const connectionString = `${url}${separator}options=-c%20search_path%3Dqlog_replicas`;
    const replicas = await Promise.all([0, 1, 2].map(() => PostgresQuestionLog.open({ connectionString })));
    try {
      const entry = {
        eventKey: "Ev-replicas",
        surface: "slack" as const,
        asker: { askerId: "a" },
        question: "質問",
        botAnswer: "",
        citations: [],
        reason: "unresolved" as const,
      };
      const results = await Promise.all(replicas.flatMap((replica) => [replica.record(entry), replica.record(entry)]));
      expect(results.filter((result) => result.created)).toHaveLength(1);
      const id = results[0]?.entry.id ?? "";
      await replicas[0]?.answer({ id, actor: "sato", answer: "回答" });
      const now = new Date(Date.now() + 1000);
      const claims = await Promise.all(
        replicas.map((replica) => replica.claimDeliveries({ now, leaseMs: 60_000, limit: 5 })),
      );
      expect(claims.flatMap((claim) => claim.entries)).toHaveLength(1);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });
});
