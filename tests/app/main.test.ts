import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm start (app/main.ts)", () => {
  it("refuses bad configuration with one line per variable and its fix, exit code 1", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "app/main.ts"], {
      env: { PATH: process.env.PATH, PORT: "not-a-port", RATE_LIMIT_PER_MINUTE: "-5" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("taiwa cannot start:");
    expect(result.stderr).toMatch(/- PORT is invalid .*: set a port number between 0 and 65535/);
    expect(result.stderr).toMatch(/- RATE_LIMIT_PER_MINUTE is invalid .*: set a whole number/);
    expect(result.stdout).toBe("");
  });

  it("on SIGTERM finishes the question in flight, closes the stores and exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/app/fixtures/serve-with-doubles.ts"], {
      env: { PATH: process.env.PATH, PORT: "0", LOG_LEVEL: "silent", SLOW_ASK_MS: "400" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    const seen = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (stdout.includes(text)) resolve();
        };
        child.stdout.on("data", (chunk) => {
          stdout += String(chunk);
          check();
        });
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

    await seen("LISTENING ");
    const url = /LISTENING (\S+)/.exec(stdout)?.[1] ?? "";
    const answer = fetch(`${url}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "質問" }),
    });
    await seen("ASK_STARTED");
    child.kill("SIGTERM");

    const response = await answer;
    expect(response.status).toBe(200);
    expect((await response.json()).question).toBe("質問");
    expect(await exited).toBe(0);
    expect(stdout).toContain("STORES_CLOSED");
  });
});
