import { Writable } from "node:stream";
import { pino } from "pino";
import type { Logger } from "../../app/logger.ts";

/** A pino logger writing JSON lines into memory, so tests can assert what was logged (and what was not). */
export function memoryLogger(): { logger: Logger; entries: () => Record<string, unknown>[]; raw: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      callback();
    },
  });
  const logger = pino({ level: "debug" }, stream);
  return {
    logger,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    raw: () => lines.join("\n"),
  };
}
