import { resolve } from "node:path";
import type { Config } from "./config.ts";
import { isTaiwaError } from "./errors.ts";

const PREFIX = "taiwa cannot start: ";

/**
 * The one line `npm start` prints when start-up fails after the config parsed: a TaiwaError already says what to do;
 * a raw file-system error on the data dir is named as such; anything else keeps its own message.
 */
export function startupFailureMessage(error: unknown, config: Pick<Config, "TAIWA_DATA_DIR">): string {
  const text = isTaiwaError(error) ? error.message : (dataDirProblem(error, config) ?? messageOf(error));
  const line = text.replace(/\s*\n\s*/g, " ").trim();
  return line.startsWith(PREFIX) ? line : `${PREFIX}${line}`;
}

function dataDirProblem(error: unknown, config: Pick<Config, "TAIWA_DATA_DIR">): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (!code || !path || !resolve(path).startsWith(resolve(config.TAIWA_DATA_DIR))) return undefined;
  if (code === "EEXIST" || code === "ENOTDIR") {
    return `TAIWA_DATA_DIR (${config.TAIWA_DATA_DIR}) is a file, not a folder: point TAIWA_DATA_DIR at a folder (it is created if missing) or move the file away.`;
  }
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return `TAIWA_DATA_DIR (${config.TAIWA_DATA_DIR}) cannot be written (${code}): give the user running taiwa write access, or set TAIWA_DATA_DIR to a writable folder.`;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
