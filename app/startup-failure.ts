import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Config } from "./config.ts";
import { isTaiwaError } from "./errors.ts";

const PREFIX = "taiwa cannot start: ";

/**
 * The one line `npm start` prints when start-up fails after the config parsed: a TaiwaError already says what to do;
 * a raw file-system error on the data dir is named as such; anything else keeps its own message.
 */
export function startupFailureMessage(error: unknown, config: Pick<Config, "TAIWA_DATA_DIR">): string {
  const text =
    dataDirIsFile(config) ??
    (isTaiwaError(error) ? error.message : (dataDirProblem(error, config) ?? messageOf(error)));
  const line = text.replace(/\s*\n\s*/g, " ").trim();
  return line.startsWith(PREFIX) ? line : `${PREFIX}${line}`;
}

/** Whichever store tripped over it first, a data dir that is a file is the cause to name. */
function dataDirIsFile(config: Pick<Config, "TAIWA_DATA_DIR">): string | undefined {
  try {
    if (statSync(config.TAIWA_DATA_DIR).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return `TAIWA_DATA_DIR (${config.TAIWA_DATA_DIR}) is a file, not a folder: point TAIWA_DATA_DIR at a folder (it is created if missing) or move the file away.`;
}

function dataDirProblem(error: unknown, config: Pick<Config, "TAIWA_DATA_DIR">): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (!code || !path || !resolve(path).startsWith(resolve(config.TAIWA_DATA_DIR))) return undefined;
  if (code === "EEXIST" || code === "ENOTDIR") {
    return `a path inside TAIWA_DATA_DIR (${path}) is a file where a folder is needed: move it away or point TAIWA_DATA_DIR elsewhere.`;
  }
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return `TAIWA_DATA_DIR (${config.TAIWA_DATA_DIR}) cannot be written (${code}): give the user running taiwa write access, or set TAIWA_DATA_DIR to a writable folder.`;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
