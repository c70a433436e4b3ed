import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type CorpusManifest, readManifest } from "./corpus-manifest.ts";

/**
 * The manifests that describe an ingestion: the explicit one, or else every `manifest.json`
 * inside a given folder or beside a given file.
 */
export async function loadManifests(request: {
  manifestPath?: string;
  found: string[];
  givenFiles: string[];
}): Promise<CorpusManifest[]> {
  if (request.manifestPath) return [await readManifest({ path: request.manifestPath })];
  const candidates = new Set(request.found);
  for (const file of request.givenFiles) candidates.add(join(dirname(file), "manifest.json"));
  const manifests: CorpusManifest[] = [];
  for (const path of candidates) {
    const exists = await readFile(path).then(
      () => true,
      () => false,
    );
    if (exists) manifests.push(await readManifest({ path }));
  }
  return manifests;
}
