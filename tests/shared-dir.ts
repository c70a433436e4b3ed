import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** ../shared beside the checkout (or SHARED_DIR): the real corpus and the evaluation set. */
export const sharedDir = resolve(process.env.SHARED_DIR ?? join(import.meta.dirname, "..", "..", "shared"));
export const hasShared = existsSync(join(sharedDir, "corpus")) && existsSync(join(sharedDir, "eval", "dev.jsonl"));
export const sharedSkipReason = `shared materials not found at ${sharedDir} (set SHARED_DIR)`;
