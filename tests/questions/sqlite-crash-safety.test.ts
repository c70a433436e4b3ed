import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";

const WRITER = fileURLToPath(new URL("./crash-writer.ts", import.meta.url));

/** Runs the writer until it has reported `atLeast` commits, then kills it with SIGKILL mid-loop. */
function runAndKill(dataDir: string, start: number, atLeast: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, dataDir, String(start)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const committed: string[] = [];
    let buffer = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("committed ")) committed.push(line.slice("committed ".length));
      if (committed.length >= atLeast && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`writer exited without being killed: ${stderr}`));
      else resolve(committed);
    });
    child.on("error", reject);
  });
}

describe("SQLite question log crash safety", () => {
  it("keeps every committed entry, once, when the writer is killed mid-write", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "taiwa-crash-"));
    const firstRun = await runAndKill(dataDir, 0, 150);
    // The second run re-records the first run's events (a redelivery after restart) and goes on past them.
    const secondRun = await runAndKill(dataDir, 100, 120);
    const log = await SqliteQuestionLog.open({ dataDir });
    try {
      expect(log.integrityCheck()).toBe("ok");
      const { entries, total } = await log.list({ limit: 10_000 });
      const keys = entries.map((entry) => entry.eventKey);
      expect(new Set(keys).size).toBe(total);
      for (const key of [...firstRun, ...secondRun]) expect(keys, key).toContain(key);
      // The writer commits in order, so the stored indices form one unbroken run: a gap would be a lost commit.
      const indices = keys.map((key) => Number(key.slice("crash-".length))).sort((a, b) => a - b);
      expect(indices).toEqual(Array.from({ length: indices.length }, (_, index) => index));
      const sample = entries.find((entry) => entry.eventKey === firstRun[0]);
      expect(sample?.question).toMatch(/^質問 0 経済安全保障/);
    } finally {
      await log.close();
    }
  });
});
