import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from "../app/data-dir-permissions.ts";
import { faqDocumentMeta, faqMarkdown } from "./faq-publisher.ts";
import type { FaqStore } from "./types.ts";

async function readOrUndefined(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").catch(() => undefined);
}

async function writeIfChanged(path: string, text: string): Promise<boolean> {
  if ((await readOrUndefined(path)) === text) return false;
  await writeFile(`${path}.tmp`, text, { encoding: "utf8", mode: PRIVATE_FILE_MODE });
  await rename(`${path}.tmp`, path);
  return true;
}

/**
 * Makes `${dataDir}/faq` match the FAQ entries in the (shared) question log. With several replicas the
 * console publishes on one of them; every other replica runs this so its index learns the FAQ too.
 * Returns whether any file changed, i.e. whether the FAQ folder needs re-indexing.
 */
export async function syncFaqFolder(request: { faq: FaqStore; dataDir: string }): Promise<{ changed: boolean }> {
  const folder = join(request.dataDir, "faq");
  await mkdir(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
  const entries = await request.faq.list();
  let changed = false;
  const wanted = new Set<string>();
  for (const entry of entries) {
    const file = faqDocumentMeta(entry).file;
    wanted.add(file);
    if (await writeIfChanged(join(folder, file), faqMarkdown(entry))) changed = true;
  }
  for (const file of await readdir(folder)) {
    if (file.endsWith(".md") && !wanted.has(file)) {
      await rm(join(folder, file), { force: true });
      changed = true;
    }
  }
  const manifest = `${JSON.stringify({ documents: entries.map(faqDocumentMeta) }, null, 2)}\n`;
  if (await writeIfChanged(join(folder, "manifest.json"), manifest)) changed = true;
  return { changed };
}
