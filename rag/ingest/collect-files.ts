import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { SkippedFile } from "./types.ts";

export interface CollectedFiles {
  /** Absolute file paths, sorted. */
  files: string[];
  /** Absolute folders that were walked: documents once ingested from inside them and now gone leave the store. */
  folders: string[];
  /** Absolute file paths given directly. */
  givenFiles: string[];
  /** `manifest.json` files found beside the given paths. */
  manifests: string[];
  skipped: SkippedFile[];
}

/** Manifests describe documents; they are not documents themselves. */
export function isManifestFile(name: string): boolean {
  return name === "manifest.json" || name.endsWith(".manifest.json");
}

async function walk(folder: string, out: string[], skipped: SkippedFile[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    skipped.push({
      path: folder,
      reason: `フォルダを読めません (unreadable folder: ${(error as NodeJS.ErrnoException).code ?? "error"})`,
    });
    return;
  }
  for (const entry of entries) {
    // Hidden files (.gitkeep, .DS_Store), editors' temp files and installed packages are never documents.
    if (entry.name.startsWith(".") || entry.name.startsWith("~$") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out, skipped);
    else if (entry.isFile() && !isManifestFile(entry.name)) out.push(path);
  }
}

/** Expands files and folders (recursively) into the files to ingest. */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], folders: [], givenFiles: [], manifests: [], skipped: [] };
  for (const given of paths) {
    const path = resolve(given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      collected.skipped.push({ path: given, reason: "見つかりません (no such file or folder)" });
      continue;
    }
    if (info.isDirectory()) {
      collected.folders.push(path);
      await walk(path, collected.files, collected.skipped);
      const manifest = join(path, "manifest.json");
      if (
        await stat(manifest)
          .then((entry) => entry.isFile())
          .catch(() => false)
      )
        collected.manifests.push(manifest);
    } else {
      collected.givenFiles.push(path);
      collected.files.push(path);
    }
  }
  collected.files = [...new Set(collected.files)].sort();
  return collected;
}
