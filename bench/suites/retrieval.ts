import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { openCore } from "../../app/core.ts";
import { firstEvidenceRank } from "../../rag/eval/eval-metrics.ts";
import { readEvalQuestions } from "../../rag/eval/eval-question.ts";
import { percentile } from "../../rag/eval/run-eval.ts";
import { loadIndex, saveIndex } from "../../rag/retrieve/index-files.ts";
import { JapaneseTokenizer } from "../../rag/retrieve/japanese-tokenizer.ts";
import { indexedText, LexicalSearchIndex } from "../../rag/retrieve/lexical-search-index.ts";
import { SynonymDictionary } from "../../rag/retrieve/synonym-dictionary.ts";
import type { Chunk } from "../../rag/types.ts";
import { growCorpus } from "../corpus-variants.ts";

/**
 * Issue 2's benchmark: ingestion of the shared corpus, then index build/load time and retrieval
 * latency and recall@5 at 1k, 10k and 100k chunks, beside MiniSearch given the same Japanese tokens.
 */
const repoRoot = join(import.meta.dirname, "..", "..");
const sharedDir = process.env.SHARED_DIR ?? join(repoRoot, "..", "shared");
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);

interface Row {
  engine: string;
  chunks: number;
  buildMs: number;
  loadMs: number;
  p50: number;
  p95: number;
  recallAt5: number;
}

const ms = (started: number) => performance.now() - started;

export async function run(): Promise<void> {
  const questions = (await readEvalQuestions(join(sharedDir, "eval", "dev.jsonl"))).filter(
    (question) => question.answerable,
  );
  const workDir = await mkdtemp(join(tmpdir(), "taiwa-bench-"));
  const core = await openCore({ dataDir: join(workDir, "data") });
  const started = performance.now();
  const ingest = await core.ingest({
    paths: [join(sharedDir, "corpus")],
    manifestPath: join(repoRoot, "corpus", "shared-corpus.manifest.json"),
  });
  const ingestMs = ms(started);
  const base = core.corpus.index.chunks;
  const bytes = base.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.text), 0);
  process.stdout.write(
    `shared corpus: ${ingest.files} files, ${base.length} chunks, ingest + index ${ingestMs.toFixed(0)} ms (${(bytes / 1024 / (ingestMs / 1000)).toFixed(0)} KiB/s)\n`,
  );

  const deps = { tokenizer: await JapaneseTokenizer.load(), synonyms: SynonymDictionary.loadDefault() };
  const rows: Row[] = [];
  for (const size of sizes) {
    const chunks = growCorpus(base, size);
    rows.push(await benchTaiwa(chunks, deps, questions, workDir));
    rows.push(await benchMiniSearch(chunks, deps.tokenizer, questions, workDir));
    process.stdout.write(`  done ${size}\n`);
  }
  const table = [
    "| engine | chunks | build (s) | load (ms) | p50 (ms) | p95 (ms) | recall@5 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.engine} | ${row.chunks} | ${(row.buildMs / 1000).toFixed(1)} | ${row.loadMs.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.recallAt5.toFixed(3)} |`,
    ),
  ].join("\n");
  process.stdout.write(`\n${table}\n`);
  await writeFile(
    join(repoRoot, "bench", "results", "retrieval.json"),
    JSON.stringify(
      { date: new Date().toISOString(), ingest: { files: ingest.files, chunks: base.length, ms: ingestMs }, rows },
      null,
      2,
    ),
  );
  await rm(workDir, { recursive: true, force: true });
}

type Questions = Awaited<ReturnType<typeof readEvalQuestions>>;

function measure(questions: Questions, search: (query: string) => string[]) {
  const latencies: number[] = [];
  let hits = 0;
  for (const round of [0, 1]) {
    for (const question of questions) {
      // The warm-up round asks reworded questions, so the measured round meets no cached analysis.
      const query = round === 0 ? `質問:${question.question}(確認)` : question.question;
      const started = performance.now();
      const texts = search(query);
      if (round === 1) latencies.push(ms(started));
      if (
        round === 1 &&
        firstEvidenceRank(
          texts.slice(0, 5),
          question.evidence.map((item) => item.quote),
        ) > 0
      )
        hits++;
    }
  }
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), recallAt5: hits / questions.length };
}

async function benchTaiwa(
  chunks: Chunk[],
  deps: ConstructorParameters<typeof LexicalSearchIndex>[2],
  questions: Questions,
  workDir: string,
): Promise<Row> {
  let started = performance.now();
  const built = LexicalSearchIndex.build(chunks, deps);
  const buildMs = ms(started);
  const dir = join(workDir, `taiwa-${chunks.length}`);
  await saveIndex(dir, { chunks, fields: built.fields, wordCache: built.wordCache });
  started = performance.now();
  const stored = (await loadIndex(dir))!;
  const index = new LexicalSearchIndex(stored.chunks, stored.fields, deps);
  const loadMs = ms(started);
  const result = measure(questions, (query) => index.search({ query, limit: 10 }).map((passage) => passage.chunk.text));
  return {
    engine: "taiwa BM25F (kuromoji + bigrams + synonyms, titles, neighbours)",
    chunks: chunks.length,
    buildMs,
    loadMs,
    ...result,
  };
}

async function benchMiniSearch(
  chunks: Chunk[],
  tokenizer: JapaneseTokenizer,
  questions: Questions,
  workDir: string,
): Promise<Row> {
  // The best Japanese tokenisation we have, given to MiniSearch too: kuromoji words plus bigrams.
  const tokenize = (text: string) => {
    const analyzed = tokenizer.analyze(text);
    return [...analyzed.words, ...analyzed.bigrams];
  };
  const options = { fields: ["text"], storeFields: ["text"], tokenize, processTerm: (term: string) => term };
  let started = performance.now();
  const search = new MiniSearch<{ id: number; text: string }>(options);
  search.addAll(chunks.map((chunk, id) => ({ id, text: indexedText(chunk) })));
  const buildMs = ms(started);
  const file = join(workDir, `minisearch-${chunks.length}.json`);
  await writeFile(file, JSON.stringify(search));
  started = performance.now();
  const { readFile } = await import("node:fs/promises");
  const loaded = MiniSearch.loadJSON<{ id: number; text: string }>(await readFile(file, "utf8"), options);
  const loadMs = ms(started);
  const result = measure(questions, (query) =>
    loaded
      .search(query)
      .slice(0, 10)
      .map((hit) => String(hit.text)),
  );
  return { engine: "MiniSearch 7 (same tokens, no synonyms)", chunks: chunks.length, buildMs, loadMs, ...result };
}
