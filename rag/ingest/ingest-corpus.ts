import { readFile } from "node:fs/promises";
import { sep } from "node:path";
import { chunkDocument, defaultChunkingOptions } from "./chunk-document.ts";
import { collectFiles } from "./collect-files.ts";
import { findManifestDocument, inferMeta, metaFromManifest } from "./corpus-manifest.ts";
import { documentFingerprint } from "./document-fingerprint.ts";
import { defaultLoaders, loaderFor } from "./document-loaders.ts";
import { FileChunkStore } from "./file-chunk-store.ts";
import { loadManifests } from "./load-manifests.ts";
import { normalizeJapanese } from "./normalize-japanese.ts";
import type {
  ChunkingOptions,
  ChunkStore,
  DocumentLoader,
  DocumentRecord,
  IngestProgress,
  IngestSummary,
  SkippedFile,
} from "./types.ts";

export interface IngestOptions {
  /** Files and folders (walked recursively). */
  paths: string[];
  dataDir: string;
  /** Explicit manifest; without one, a `manifest.json` inside each given folder (or beside each given file) is used. */
  manifestPath?: string;
  onProgress?: (progress: IngestProgress) => void;
  chunking?: Partial<ChunkingOptions>;
  /** Defaults to the file store in `dataDir`. */
  store?: ChunkStore;
  loaders?: DocumentLoader[];
}

/** Files bigger than this are refused rather than parsed (a 300-page PDF is ~10 MB). */
const maxFileBytes = 64 * 1024 * 1024;

/**
 * Ingests files and folders into the chunk store, incrementally: unchanged files (same bytes, metadata and chunker)
 * are skipped, changed ones re-chunked, and documents that disappeared from an ingested folder removed.
 * Bad files are skipped with a reason; nothing in one file stops the others.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const store = options.store ?? new FileChunkStore({ dataDir: options.dataDir });
  const loaders = options.loaders ?? defaultLoaders();
  const chunking = { ...defaultChunkingOptions, ...options.chunking };
  const collected = await collectFiles(options.paths);
  const manifests = await loadManifests({
    manifestPath: options.manifestPath,
    found: collected.manifests,
    givenFiles: collected.givenFiles,
  });
  const records = new Map((await store.readRecords()).map((record) => [record.docId, record]));
  const summary: IngestSummary = {
    files: 0,
    chunks: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    skipped: [...collected.skipped],
    durationMs: 0,
  };
  const byPath = new Map([...records.values()].map((record) => [record.path, record]));
  const seen = new Map<string, string>();
  const total = collected.files.length;

  const skip = (entry: SkippedFile, done: number) => {
    summary.skipped.push(entry);
    options.onProgress?.({ done, total, path: entry.path, outcome: "skipped" });
  };

  for (const [index, path] of collected.files.entries()) {
    const done = index + 1;
    const loader = loaderFor(path, loaders);
    if (!loader) {
      skip(
        { path, reason: "対応していない形式です (unsupported file type; use .txt, .md, .html, .pdf or .docx)" },
        done,
      );
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      skip({ path, reason: `読み込めません (unreadable: ${(error as NodeJS.ErrnoException).code ?? "error"})` }, done);
      continue;
    }
    if (bytes.length > maxFileBytes) {
      skip({ path, reason: "ファイルが大きすぎます (larger than 64 MB)" }, done);
      continue;
    }
    const entry = findManifestDocument(manifests, path);
    const manifestMeta = entry ? metaFromManifest(entry) : undefined;
    const print = documentFingerprint({ bytes, manifestMeta, chunking });
    const previous = byPath.get(path);
    if (previous && previous.fingerprint === print && !seen.has(previous.docId)) {
      seen.set(previous.docId, path);
      summary.unchanged++;
      options.onProgress?.({ done, total, path, outcome: "unchanged" });
      continue;
    }
    const loaded = await loader.load({ path, bytes });
    if (!loaded.ok) {
      skip({ path, reason: loaded.reason }, done);
      continue;
    }
    const pages = loaded.pages.map((page) => ({ ...page, text: normalizeJapanese(page.text) }));
    const meta = manifestMeta ?? inferMeta({ path, text: pages.map((page) => page.text).join("\n") });
    const claimedBy = seen.get(meta.docId);
    if (claimedBy) {
      skip(
        { path, reason: `docId "${meta.docId}" が重複しています (duplicate docId, already used by ${claimedBy})` },
        done,
      );
      continue;
    }
    const chunks = chunkDocument({ meta, pages, options: chunking });
    if (chunks.length === 0) {
      skip({ path, reason: "本文がありません (no text after normalisation)" }, done);
      continue;
    }
    await store.writeChunks({ docId: meta.docId, chunks });
    const existed = records.has(meta.docId) || previous !== undefined;
    if (previous && previous.docId !== meta.docId && records.get(previous.docId)?.path === path) {
      records.delete(previous.docId);
      await store.deleteChunks({ docId: previous.docId });
    }
    records.set(meta.docId, {
      docId: meta.docId,
      path,
      fingerprint: print,
      meta,
      chunkCount: chunks.length,
      ingestedAt: new Date().toISOString(),
    });
    seen.set(meta.docId, path);
    if (existed) summary.updated++;
    else summary.added++;
    options.onProgress?.({ done, total, path, outcome: existed ? "updated" : "added" });
  }

  const inScope = (path: string) =>
    collected.givenFiles.includes(path) || collected.folders.some((folder) => path.startsWith(`${folder}${sep}`));
  for (const record of [...records.values()]) {
    if (seen.get(record.docId) === record.path || !inScope(record.path)) continue;
    records.delete(record.docId);
    await store.deleteChunks({ docId: record.docId });
    summary.removed++;
  }

  await store.writeRecords({ records: [...records.values()] });
  summary.files = summary.added + summary.updated + summary.unchanged;
  summary.chunks = [...records.values()].reduce((sum, record: DocumentRecord) => sum + record.chunkCount, 0);
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}
