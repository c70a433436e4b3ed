import { describe, expect, it } from "vitest";
import { runCli } from "../../../cli/main.ts";
import { verifyPassword } from "../../../questions/passwords.ts";
import { SqliteQuestionLog } from "../../../questions/sqlite-question-log.ts";
import { cliIo } from "./cli-io.ts";

describe("taiwa user", () => {
  it("adds a console user with a scrypt hash read from stdin, lists and disables it", async () => {
    const io = cliIo({ stdin: "a-long-secret-password\n" });
    expect(await runCli(["user", "add", "sato", "--role", "contact", "--password-stdin"], io)).toBe(0);
    expect(io.out()).toContain("sato");
    const log = await SqliteQuestionLog.open({ dataDir: io.dataDir });
    const user = await log.accounts.getUser("sato");
    expect(user?.role).toBe("contact");
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    expect(user?.passwordHash).not.toContain("a-long-secret-password");
    expect(await verifyPassword("a-long-secret-password", user?.passwordHash ?? "")).toBe(true);
    await log.close();

    const list = cliIo({ dataDir: io.dataDir });
    expect(await runCli(["user", "list"], list)).toBe(0);
    expect(list.out()).toMatch(/^sato\tcontact\tactive\t/);

    const disable = cliIo({ dataDir: io.dataDir });
    expect(await runCli(["user", "disable", "sato"], disable)).toBe(0);
    const after = cliIo({ dataDir: io.dataDir });
    await runCli(["user", "list"], after);
    expect(after.out()).toContain("sato\tcontact\tdisabled");
  });

  it("refuses short passwords, bad roles, duplicates and unknown logins with a one-line fix", async () => {
    const short = cliIo({ stdin: "short\n" });
    expect(await runCli(["user", "add", "sato", "--role", "admin"], short)).toBe(2);
    expect(short.err()).toContain("12文字以上");
    const role = cliIo({ stdin: "a-long-secret-password\n" });
    expect(await runCli(["user", "add", "sato", "--role", "root"], role)).toBe(2);
    expect(role.err()).toContain("--role contact");
    const first = cliIo({ stdin: "a-long-secret-password\n" });
    expect(await runCli(["user", "add", "sato", "--role", "admin"], first)).toBe(0);
    const again = cliIo({ stdin: "a-long-secret-password\n", dataDir: first.dataDir });
    expect(await runCli(["user", "add", "sato", "--role", "admin"], again)).toBe(2);
    expect(again.err()).toContain("既に存在します");
    const missing = cliIo({ dataDir: first.dataDir });
    expect(await runCli(["user", "disable", "nobody"], missing)).toBe(2);
    expect(missing.err()).toContain("見つかりません");
    expect(again.err()).not.toMatch(/at .*\.ts/);
  });
});
