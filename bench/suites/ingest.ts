import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readAllChunks } from "../../rag/ingest/file-chunk-store.ts";
import { ingestCorpus } from "../../rag/ingest/ingest-corpus.ts";

const repoRoot = resolve(new URL(".", import.meta.url).pathname, "..", "..");
const corpusDir = join(resolve(process.env.SHARED_DIR ?? join(repoRoot, "..", "shared")), "corpus");
const manifestPath = join(repoRoot, "corpus", "shared-corpus.manifest.json");

interface Row {
  case: string;
  files: number;
  megabytes: number;
  chunks: number;
  ms: number;
  chunksPerSecond: number;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder)) total += (await stat(join(folder, name))).size;
  return total;
}

/** Ingestion throughput: the shared corpus cold and unchanged, then copies of it (distinct docIds) up to ~100 files. */
export async function run(): Promise<void> {
  if (!existsSync(corpusDir)) {
    process.stdout.write(`shared corpus not found at ${corpusDir}: set SHARED_DIR (skipping the ingest bench)\n`);
    return;
  }
  const work = await mkdtemp(join(tmpdir(), "taiwa-bench-ingest-"));
  const rows: Row[] = [];
  const measure = async (name: string, paths: string[], dataDir: string, options: { manifest: boolean }) => {
    const summary = await ingestCorpus({ paths, dataDir, manifestPath: options.manifest ? manifestPath : undefined });
    let bytes = 0;
    for (const path of paths) bytes += await folderBytes(path);
    rows.push({
      case: name,
      files: summary.files,
      megabytes: Number((bytes / 1e6).toFixed(2)),
      chunks: summary.chunks,
      ms: summary.durationMs,
      chunksPerSecond: Math.round((summary.chunks / Math.max(summary.durationMs, 1)) * 1000),
    });
  };
  try {
    const dataDir = join(work, "data-shared");
    await measure("shared corpus, cold", [corpusDir], dataDir, { manifest: true });
    await measure("shared corpus, unchanged re-run", [corpusDir], dataDir, { manifest: true });
    const started = performance.now();
    const chunks = await readAllChunks({ dataDir });
    const loadMs = Math.round(performance.now() - started);
    for (const copies of [4, 20]) {
      const folder = join(work, `copies-${copies}`);
      await mkdir(folder);
      for (let copy = 0; copy < copies; copy++) {
        for (const name of await readdir(corpusDir))
          await copyFile(join(corpusDir, name), join(folder, `c${copy}-${name}`));
      }
      await measure(`${copies} copies (${copies * 5} files), cold`, [folder], join(work, `data-${copies}`), {
        manifest: false,
      });
    }
    process.stdout.write(
      `| case | files | MB | chunks | ms | chunks/s |\n| --- | ---: | ---: | ---: | ---: | ---: |\n`,
    );
    for (const row of rows) {
      process.stdout.write(
        `| ${row.case} | ${row.files} | ${row.megabytes} | ${row.chunks} | ${row.ms} | ${row.chunksPerSecond} |\n`,
      );
    }
    process.stdout.write(`readAllChunks of the shared corpus: ${chunks.length} chunks in ${loadMs} ms\n`);
    await mkdir(join(repoRoot, "bench", "results"), { recursive: true });
    await writeFile(
      join(repoRoot, "bench", "results", "ingest.json"),
      `${JSON.stringify({ rows, readAllChunksMs: loadMs }, null, 2)}\n`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
