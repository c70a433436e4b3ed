import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { ExtractiveAnswerer } from "../rag/answer/extractive-answerer.ts";
import { CorpusIndex } from "../rag/corpus-index.ts";
import { FileChunkStore } from "../rag/ingest/file-chunk-store.ts";
import { ingestCorpus } from "../rag/ingest/ingest-corpus.ts";
import type { IngestProgress, IngestSummary } from "../rag/ingest/types.ts";
import { PRIVATE_DIR_MODE } from "./data-dir-permissions.ts";
import type { Logger } from "./logger.ts";

export interface CoreOptions {
  dataDir: string;
  /** Indexed on first run when the data directory holds no index yet. */
  corpusDir?: string;
  maxQuestionChars?: number;
  logger?: Logger;
}

export interface IngestRequest {
  paths: string[];
  manifestPath?: string;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestReport extends IngestSummary {
  indexMs: number;
}

/** The embedded pipeline: chunk store, search index and extractive answerer of one data directory. */
export interface Core {
  readonly dataDir: string;
  readonly corpus: CorpusIndex;
  readonly answerer: ExtractiveAnswerer;
  ingest(request: IngestRequest): Promise<IngestReport>;
  /** First run: index the bundled corpus when the index is empty. */
  ensureIndexed(): Promise<void>;
  /** Re-ingests the FAQ folder (`${dataDir}/faq`) after the console published or withdrew an entry. */
  reindexFaq(): Promise<void>;
}

export async function openCore(options: CoreOptions): Promise<Core> {
  await mkdir(options.dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const corpus = await CorpusIndex.open({ dataDir: options.dataDir, logger: options.logger });
  const answerer = new ExtractiveAnswerer({ corpus, maxQuestionChars: options.maxQuestionChars });
  const store = new FileChunkStore({ dataDir: options.dataDir });
  if (corpus.size === 0) {
    // No usable index (none yet, or one of an older format) while chunks are stored: rebuild it now,
    // so an upgrade that changes the index format keeps answering without a manual ingest.
    const stored = await store.readAllChunks();
    if (stored.length > 0) {
      const { durationMs } = await corpus.rebuild(stored);
      options.logger?.info({ chunks: stored.length, durationMs }, "search index rebuilt from the chunk store");
    }
  }
  // Ingestion and index swaps run one at a time; questions keep being answered meanwhile.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const ingest = (request: IngestRequest) =>
    serialized(async (): Promise<IngestReport> => {
      const summary = await ingestCorpus({ ...request, dataDir: options.dataDir, store });
      const changed = summary.added + summary.updated + summary.removed > 0 || corpus.size !== summary.chunks;
      const indexMs = changed ? (await corpus.rebuild(await store.readAllChunks())).durationMs : 0;
      return { ...summary, indexMs };
    });

  return {
    dataDir: options.dataDir,
    corpus,
    answerer,
    ingest,
    async ensureIndexed() {
      if (corpus.size > 0 || !options.corpusDir) return;
      options.logger?.info({ corpusDir: options.corpusDir }, "first run: indexing the corpus");
      const report = await ingest({
        paths: [options.corpusDir],
        onProgress: (progress) =>
          options.logger?.info({ done: progress.done, total: progress.total, outcome: progress.outcome }, "indexing"),
      });
      options.logger?.info(
        { files: report.files, chunks: report.chunks, skipped: report.skipped.length },
        "corpus indexed",
      );
    },
    async reindexFaq() {
      const faqDir = join(options.dataDir, "faq");
      await mkdir(faqDir, { recursive: true, mode: PRIVATE_DIR_MODE });
      await ingest({ paths: [faqDir] });
    },
  };
}
