import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../app/logger.ts";

/**
 * Bolt's logger interface over our pino logger. Bolt's and the WebClient's debug lines include request
 * bodies (question text), so debug is dropped: confidential text never reaches the logs this way.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "slack-bolt" });
  const line = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? part.message : String(part))).join(" ");
  return {
    debug: () => {},
    info: (...parts: unknown[]) => child.info(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
