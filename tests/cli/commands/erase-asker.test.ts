import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SqliteDedupeStore } from "../../../bots/dedupe/sqlite-dedupe-store.ts";
import { runCli } from "../../../cli/main.ts";
import { QuestionSpool } from "../../../questions/question-spool.ts";
import { SqliteQuestionLog } from "../../../questions/sqlite-question-log.ts";
import { cliIo } from "./cli-io.ts";

async function seed(dataDir: string) {
  const log = await SqliteQuestionLog.open({ dataDir });
  const base = {
    surface: "web" as const,
    question: "質問",
    botAnswer: "",
    citations: [],
    reason: "unresolved" as const,
  };
  const mine = await log.record({ ...base, eventKey: "e1", asker: { askerId: "web-abc", displayName: "田中" } });
  await log.record({ ...base, eventKey: "e2", asker: { askerId: "web-other", displayName: "佐藤" } });
  return { log, mine: mine.entry };
}

describe("taiwa erase-asker and purge", () => {
  it("erases an asker's name and id but keeps the entries counted", async () => {
    const io = cliIo();
    const { log, mine } = await seed(io.dataDir);
    await log.close();
    expect(await runCli(["erase-asker", "web-abc"], io)).toBe(0);
    expect(io.out()).toContain("表示名 1 件、質問 1 件");
    const reopened = await SqliteQuestionLog.open({ dataDir: io.dataDir });
    expect((await reopened.get(mine.id))?.asker).toEqual({ askerId: "erased" });
    expect((await reopened.list({})).total).toBe(2);
    expect((await reopened.list({ askerId: "web-other" })).entries[0]?.asker.displayName).toBe("佐藤");
    await reopened.close();
    const missing = cliIo({ dataDir: io.dataDir });
    expect(await runCli(["erase-asker"], missing)).toBe(2);
  });

  it("leaves no copy of the erased name, Teams user id or aadObjectId in the SQLite file or its WAL, nor in the spool", async () => {
    const io = cliIo();
    const askerId = "teams:0123456789abcdef0123fade";
    const secrets = ["消去対象の山田太郎", "29:1ERASEuserIdZq8Kx7Lm", "aad-erase-4e5f6a7b-8c9d", askerId];
    const teamsEntry = (eventKey: string) => ({
      eventKey,
      surface: "teams" as const,
      asker: { askerId, displayName: "消去対象の山田太郎" },
      question: "質問",
      botAnswer: "",
      citations: [],
      reason: "unresolved" as const,
      delivery: {
        surface: "teams" as const,
        data: {
          reference: {
            serviceUrl: "https://smba.trafficmanager.net/jp/",
            user: { id: "29:1ERASEuserIdZq8Kx7Lm", aadObjectId: "aad-erase-4e5f6a7b-8c9d" },
          },
        },
      },
    });
    const log = await SqliteQuestionLog.open({ dataDir: io.dataDir });
    for (let i = 0; i < 30; i++) {
      await log.record({
        ...teamsEntry(`other-${i}`),
        asker: { askerId: `teams:other-${i}`, displayName: "他の人" },
        delivery: undefined,
      });
    }
    await log.record(teamsEntry("mine-1"));
    await log.record(teamsEntry("mine-2"));
    await log.close();
    const spool = new QuestionSpool({ dataDir: io.dataDir });
    await spool.append(teamsEntry("mine-spooled"));

    expect(await runCli(["erase-asker", askerId], io)).toBe(0);

    const files = ["questions.db", "questions.db-wal", "question-spool.jsonl"]
      .map((name) => join(io.dataDir, name))
      .filter((path) => existsSync(path));
    for (const path of files) {
      const bytes = readFileSync(path);
      for (const secret of secrets) {
        expect(bytes.includes(Buffer.from(secret, "utf8")), `${path} still holds ${secret}`).toBe(false);
      }
    }
    expect(existsSync(join(io.dataDir, "slack.db"))).toBe(false);
    // The spooled question itself is kept (nothing is lost), without its asker.
    expect(await spool.pending()).toBe(1);
    const reopened = await SqliteQuestionLog.open({ dataDir: io.dataDir });
    expect((await reopened.list({})).total).toBe(32);
    expect((await reopened.list({ askerId: "erased" })).total).toBe(2);
    await reopened.close();
  });

  it("also drops the Slack answers stored behind buttons that name the asker, leaving no copy in slack.db", async () => {
    const io = cliIo();
    const store = new SqliteDedupeStore({ path: join(io.dataDir, "slack.db") });
    const askerId = "slack-0123456789abcdef01234567";
    await store.put({
      key: "answer:erased-one",
      value: JSON.stringify({ askerId, question: "消去される質問", delivery: { channel: "C1", userId: "U0ERASEME7" } }),
      ttlSeconds: 3600,
    });
    await store.put({ key: "answer:kept", value: JSON.stringify({ askerId: "slack-other" }), ttlSeconds: 3600 });
    await store.close();

    expect(await runCli(["erase-asker", askerId], io)).toBe(0);

    for (const name of ["slack.db", "slack.db-wal"]) {
      const path = join(io.dataDir, name);
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      for (const secret of [askerId, "U0ERASEME7", "消去される質問"]) {
        expect(bytes.includes(Buffer.from(secret, "utf8")), `${name} still holds ${secret}`).toBe(false);
      }
    }
    const reopened = new SqliteDedupeStore({ path: join(io.dataDir, "slack.db") });
    expect((await reopened.get({ key: "answer:kept" })).value).toContain("slack-other");
    await reopened.close();
  });

  it("purges closed entries older than the retention period", async () => {
    const io = cliIo();
    const { log, mine } = await seed(io.dataDir);
    await log.closeQuestion({ id: mine.id, actor: "sato", at: new Date(Date.now() - 40 * 86_400_000) });
    await log.close();
    const noDays = cliIo({ dataDir: io.dataDir });
    expect(await runCli(["purge"], noDays)).toBe(2);
    expect(noDays.err()).toContain("RETENTION_DAYS");
    expect(await runCli(["purge", "--days", "30"], io)).toBe(0);
    expect(io.out()).toContain("1 件");
    const withEnv = cliIo({ dataDir: io.dataDir });
    withEnv.env.RETENTION_DAYS = "30";
    expect(await runCli(["purge"], withEnv)).toBe(0);
    expect(withEnv.out()).toContain(" 0 件");
    const reopened = await SqliteQuestionLog.open({ dataDir: io.dataDir });
    expect((await reopened.get(mine.id))?.question).toBe("");
    expect((await reopened.list({})).total).toBe(2);
    await reopened.close();
  });
});
