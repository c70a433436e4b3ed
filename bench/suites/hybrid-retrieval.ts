import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCore } from "../../app/core.ts";
import { readEvalQuestions } from "../../rag/eval/eval-question.ts";
import { retrievalOnlyAnswerer } from "../../rag/eval/retrieval-only-answerer.ts";
import { type EvalReport, metricsTable, runEval } from "../../rag/eval/run-eval.ts";
import { createHybridRetriever } from "../../rag/retrieve/hybrid-retriever.ts";
import { LexicalRetriever } from "../../rag/retrieve/lexical-retriever.ts";
import { EmbeddedVectorStore } from "../../rag/vector/embedded-vector-store.ts";
import { syncVectors } from "../../rag/vector/sync-vectors.ts";
import { HashingEmbedder } from "../../tests/doubles/hashing-embedder.ts";
import { sharedPath } from "../../tests/doubles/shared-path.ts";

const here = new URL("..", import.meta.url).pathname;
const repositoryRoot = new URL("../..", import.meta.url).pathname;

/**
 * Retrieval quality on the dev set, lexical alone vs hybrid (lexical + dense, RRF). Offline there is no neural
 * embedding model, so the dense side is the character-bigram hashing embedder of the tests: the numbers show
 * the fusion working end to end, not what a real embedding model would add (run `eval` with one configured for that).
 * Only retrieval metrics are meaningful here: the "answers" are the top passages, never resolved.
 */
export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "taiwa-hybrid-bench-"));
  try {
    const core = await openCore({ dataDir });
    await core.ingest({
      paths: [sharedPath("corpus")],
      manifestPath: join(repositoryRoot, "corpus", "shared-corpus.manifest.json"),
    });
    const questions = await readEvalQuestions(sharedPath("eval/dev.jsonl"));
    const lexical = new LexicalRetriever(() => core.corpus.index);
    const embedder = new HashingEmbedder({ dimensions: 256 });
    const vectorStore = new EmbeddedVectorStore({ dimensions: embedder.dimensions, modelId: embedder.modelId });
    const chunks = core.corpus.index.chunks;
    await syncVectors({ chunks, embedder, vectorStore });
    const chunksById = new Map(chunks.map((chunk) => [chunk.chunkId, chunk]));
    const hybrid = createHybridRetriever({ lexical, embedder, vectorStore, chunksById });
    const lightDense = createHybridRetriever({
      lexical,
      embedder,
      vectorStore,
      chunksById,
      weights: { lexical: 1, dense: 0.3 },
    });
    const runs: { name: string; report: EvalReport }[] = [
      { name: "lexical", report: await runEval({ questions, answerer: retrievalOnlyAnswerer(lexical) }) },
      {
        name: "hybrid 1:1 (bigram hashing 256d)",
        report: await runEval({ questions, answerer: retrievalOnlyAnswerer(hybrid) }),
      },
      { name: "hybrid 1:0.3", report: await runEval({ questions, answerer: retrievalOnlyAnswerer(lightDense) }) },
    ];
    const table = metricsTable(runs);
    process.stdout.write(`${table}\n`);
    await mkdir(join(here, "results"), { recursive: true });
    const results = runs.map(({ name, report }) => ({ name, metrics: report.metrics, latency: report.latency }));
    await writeFile(
      join(here, "results", "hybrid-retrieval.json"),
      `${JSON.stringify({ suite: "hybrid-retrieval", at: new Date().toISOString(), chunks: chunks.length, runs: results }, null, 2)}\n`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
