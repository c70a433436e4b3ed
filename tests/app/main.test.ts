import { spawnSync } from "node:child_process";
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
});
