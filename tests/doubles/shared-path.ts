import { existsSync } from "node:fs";
import { join } from "node:path";

const repositoryRoot = new URL("../../", import.meta.url).pathname;

/** A file in the shared materials: `../shared` beside the repository (CI, main), else /work/shared (worktrees). */
export function sharedPath(relative: string): string {
  const candidates = [join(repositoryRoot, "..", "shared", relative), join("/work/shared", relative)];
  return candidates.find((candidate) => existsSync(candidate)) ?? (candidates[0] as string);
}
