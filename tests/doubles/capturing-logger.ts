import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../app/logger.ts";

/** A real pino logger whose JSON lines are kept in `lines`, to assert what reaches logs (and what never does). */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString("utf8"));
      callback();
    },
  });
  return { logger: createLogger({ LOG_LEVEL: "debug" }, sink), lines };
}
