import { closeSync, mkdirSync, openSync } from "node:fs";
import { chmod, lstat, mkdir, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Logger } from "./logger.ts";

/** The data dir holds questions, names, password and session hashes: only the service account may read it. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the data directory 0700 and tightens what an older version left readable to others (directories to
 * 0700, files to 0600), with one log line saying how many it changed. Symbolic links are left alone.
 */
export async function secureDataDir(options: { dataDir: string; logger?: Logger }): Promise<{ tightened: number }> {
  const { dataDir, logger } = options;
  await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  let tightened = 0;
  const refused: string[] = [];
  const visit = async (path: string): Promise<void> => {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return;
    if ((info.mode & 0o077) !== 0) {
      // A file owned by another account (a volume prepared by root) cannot be changed: say so, but keep serving.
      const changed = await chmod(path, info.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE).then(
        () => true,
        () => false,
      );
      if (changed) tightened += 1;
      else refused.push(path);
    }
    if (info.isDirectory()) {
      for (const name of await readdir(path)) await visit(join(path, name));
    }
  };
  await visit(dataDir);
  if (tightened > 0) {
    logger?.warn(
      { dataDir, tightened },
      "data directory permissions tightened: it was readable by other users (now 0700, files 0600)",
    );
  }
  if (refused.length > 0) {
    logger?.warn(
      { dataDir, refused: refused.length, example: refused[0] },
      "data directory permissions could not be tightened (not owned by this account): fix them with chmod 700/600",
    );
  }
  return { tightened };
}

/**
 * Creates an SQLite database file 0600 (in a 0700 folder) before the driver opens it: SQLite gives its -wal and -shm
 * files the database file's mode, so the whole set stays private.
 */
export function createPrivateFileSync(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR_MODE });
  closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
}
