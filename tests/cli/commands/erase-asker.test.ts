import { describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.ts";
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
