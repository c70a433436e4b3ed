import { open, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NewQuestionEntry, QuestionEntry, QuestionLog } from "./types.ts";

/**
 * Entries that could not be recorded because the log store was down, kept in an append-only JSONL file in the
 * data directory (fsynced) until a later drain records them. Recording is idempotent on eventKey, so an entry
 * drained twice after a crash is still one entry.
 */
export class QuestionSpool {
  readonly file: string;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(options: { dataDir: string; fileName?: string }) {
    this.file = join(options.dataDir, options.fileName ?? "question-spool.jsonl");
  }

  append(entry: NewQuestionEntry): Promise<void> {
    return this.exclusive(async () => {
      const handle = await open(this.file, "a", 0o600);
      try {
        await handle.write(`${JSON.stringify(entry)}\n`);
        await handle.datasync();
      } finally {
        await handle.close();
      }
    });
  }

  /** Records what it can; stops at the first failure and keeps the rest for the next drain. */
  drain(
    log: QuestionLog,
    options: { onCreated?: (entry: QuestionEntry) => Promise<void> } = {},
  ): Promise<{ recorded: number; remaining: number }> {
    return this.exclusive(async () => {
      const lines = await this.readLines();
      if (lines.length === 0) return { recorded: 0, remaining: 0 };
      let recorded = 0;
      for (const line of lines) {
        const entry = parseLine(line);
        if (entry) {
          let created: QuestionEntry | undefined;
          try {
            const result = await log.record(entry);
            if (result.created) created = result.entry;
          } catch {
            break;
          }
          // After the record, outside its try: a failing follow-up (grouping) must not keep the line for a re-record.
          if (created) await options.onCreated?.(created).catch(() => undefined);
        }
        recorded += 1;
      }
      const rest = lines.slice(recorded);
      await this.rewrite(rest);
      return { recorded, remaining: rest.length };
    });
  }

  /** erase-asker: spooled entries of this asker keep their question (nothing is lost) but lose who asked. */
  eraseAsker(request: { askerId: string; erasedId: string }): Promise<{ entries: number }> {
    return this.exclusive(async () => {
      const lines = await this.readLines();
      let entries = 0;
      const kept = lines.map((line) => {
        const entry = parseLine(line);
        if (entry?.asker.askerId !== request.askerId) return line;
        entries += 1;
        const { delivery: _delivery, ...rest } = entry;
        return JSON.stringify({ ...rest, asker: { askerId: request.erasedId } });
      });
      if (entries > 0) await this.rewrite(kept);
      return { entries };
    });
  }

  async pending(): Promise<number> {
    return (await this.readLines()).length;
  }

  /** Through a temporary file and rename, so a crash here leaves either the old or the new spool. */
  private async rewrite(lines: string[]): Promise<void> {
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, lines.map((line) => `${line}\n`).join(""), { mode: 0o600 });
    await rename(temporary, this.file);
  }

  private async readLines(): Promise<string[]> {
    const text = await readFile(this.file, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return "";
      throw error;
    });
    return text.split("\n").filter((line) => line.trim() !== "");
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.lock.then(task, task);
    this.lock = result.catch(() => undefined);
    return result;
  }
}

function parseLine(line: string): NewQuestionEntry | undefined {
  try {
    const parsed = JSON.parse(line) as NewQuestionEntry & { receivedAt?: string };
    return { ...parsed, receivedAt: parsed.receivedAt ? new Date(parsed.receivedAt) : undefined };
  } catch {
    // A line torn by a crash mid-append holds no complete entry; the asker's event was not acknowledged either.
    return undefined;
  }
}
