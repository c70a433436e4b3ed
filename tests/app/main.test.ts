import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../app/config.ts";
import { holdSignals, signalHandler } from "../../app/main.ts";

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

  it("on SIGTERM finishes all 10 requests already sent, none reset, then exits 0 (issue 12 item 18)", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/app/fixtures/serve-with-doubles.ts"], {
      env: { PATH: process.env.PATH, PORT: "0", LOG_LEVEL: "silent", SLOW_ASK_MS: "300" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    for (let tries = 0; tries < 3000 && !stdout.includes("LISTENING "); tries += 1) await sleep(5);
    const url = new URL(/LISTENING (\S+)/.exec(stdout)?.[1] ?? "");
    const sent: Promise<void>[] = [];
    const answers = Array.from({ length: 10 }, (_, index) => {
      const body = JSON.stringify({ question: `質問${index}` });
      return new Promise<{ status: number; text: string }>((resolve) => {
        const request = httpRequest(
          {
            host: url.hostname,
            port: url.port,
            path: "/api/ask",
            method: "POST",
            agent: false,
            headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
          },
          (response) => {
            let text = "";
            response.on("data", (chunk) => {
              text += String(chunk);
            });
            response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        request.on("error", (error) =>
          resolve({ status: 0, text: `${error.message} ${(error as NodeJS.ErrnoException).code}` }),
        );
        sent.push(new Promise((done) => request.on("finish", () => done())));
        request.end(body);
      });
    });
    // Every request is fully written to its socket: whatever the server has accepted or read so far, it was sent.
    await Promise.all(sent);
    child.kill("SIGTERM");
    const results = await Promise.all(answers);
    expect(results.map((result) => (result.status === 200 ? 200 : result.text))).toEqual(Array(10).fill(200));
    expect(results.map((result) => JSON.parse(result.text).question)).toEqual(
      Array.from({ length: 10 }, (_, index) => `質問${index}`),
    );
    expect(await exited).toBe(0);
    expect(stdout).toContain("STORES_CLOSED");
  });

  it("refuses each start-up failure with one line and no stack trace (issue 12 item 20)", async () => {
    const root = mkdtempSync(join(tmpdir(), "taiwa-start-"));
    const file = join(root, "not-a-dir");
    writeFileSync(file, "x");
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const busyPort = String((blocker.address() as AddressInfo).port);
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: busyPort }, /already in use/],
      [{ DATABASE_URL: "postgres://taiwa@127.0.0.1:1/none" }, /database/i],
      [{ ORGANISATION_MAP: "{bad json" }, /ORGANISATION_MAP/],
      [{ TAIWA_DATA_DIR: file }, /TAIWA_DATA_DIR/],
    ];
    try {
      for (const [env, message] of cases) {
        const result = spawnSync(process.execPath, ["--import", "tsx", "app/main.ts"], {
          env: { PATH: process.env.PATH, PORT: "0", TAIWA_DATA_DIR: join(root, "data"), NODE_ENV: "test", ...env },
          encoding: "utf8",
          timeout: 60_000,
        });
        const label = JSON.stringify(env);
        expect(result.status, label).toBe(1);
        expect(result.stderr.trim().split("\n"), label).toHaveLength(1);
        expect(result.stderr, label).toMatch(/^taiwa cannot start: /);
        expect(result.stderr, label).toMatch(message);
        expect(`${result.stdout}${result.stderr}`, label).not.toMatch(/\n\s+at |\\n\s+at /);
      }
    } finally {
      blocker.close();
    }
  });

  it("treats an empty PORT= as unset (port 3000), never a random port, and refuses a non-http PUBLIC_BASE_URL", () => {
    expect(loadConfig({ PORT: "" }).PORT).toBe(3000);
    expect(loadConfig({ PORT: "  " }).PORT).toBe(3000);
    expect(() => loadConfig({ PUBLIC_BASE_URL: "javascript:alert(1)" })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: "ftp://taiwa.example.go.jp" })).toThrow(/PUBLIC_BASE_URL/);
    expect(loadConfig({ PUBLIC_BASE_URL: "https://taiwa.example.go.jp" }).PUBLIC_BASE_URL).toBe(
      "https://taiwa.example.go.jp",
    );
  });
});

describe("holdSignals", () => {
  it("keeps a signal that comes while taiwa starts, instead of Node's default exit, until released", () => {
    const before = process.listenerCount("SIGTERM");
    const holding = holdSignals();
    expect(process.listenerCount("SIGTERM")).toBe(before + 1);
    process.emit("SIGTERM", "SIGTERM");
    expect(holding.release()).toEqual(["SIGTERM"]);
    expect(process.listenerCount("SIGTERM")).toBe(before);
  });
});

describe("signalHandler", () => {
  const quietLogger = { info: () => undefined, error: () => undefined };

  it("closes gracefully once when the same signal is relayed twice in quick succession", async () => {
    let clock = 0;
    const exits: number[] = [];
    let closes = 0;
    let finish: () => void = () => undefined;
    const server = {
      close: () =>
        new Promise<void>((resolve) => {
          closes++;
          finish = resolve;
        }),
    };
    const stop = signalHandler(server, quietLogger, { exit: (code) => exits.push(code), now: () => clock });
    stop("SIGTERM");
    clock = 30;
    stop("SIGTERM");
    expect(exits).toEqual([]);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(closes).toBe(1);
    expect(exits).toEqual([0]);
  });

  it("exits at once on a second signal that comes later (a second Ctrl-C)", () => {
    let clock = 0;
    const exits: number[] = [];
    const server = { close: () => new Promise<void>(() => undefined) };
    const stop = signalHandler(server, quietLogger, { exit: (code) => exits.push(code), now: () => clock });
    stop("SIGINT");
    clock = 2_000;
    stop("SIGINT");
    expect(exits).toEqual([1]);
  });
});
