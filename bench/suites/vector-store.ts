import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { Chunk, RetrievalFilter } from "../../rag/types.ts";
import { EmbeddedVectorStore } from "../../rag/vector/embedded-vector-store.ts";

const DIMENSIONS = 256;
const SIZES = [10_000, 100_000];
const here = new URL("..", import.meta.url).pathname;

/** Deterministic pseudo-random unit-free vectors (xorshift), so runs are comparable. */
function randomVectors(count: number, seed: number): number[][] {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) / 0xffffffff) * 2 - 1;
  };
  return Array.from({ length: count }, () => Array.from({ length: DIMENSIONS }, next));
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** Embedded vector store search latency (brute force over Float32Array) at 10k and 100k vectors of 256 dimensions. */
export async function run(): Promise<void> {
  const rows: Record<string, number | string>[] = [];
  for (const size of SIZES) {
    const store = new EmbeddedVectorStore({ dimensions: DIMENSIONS, modelId: "bench" });
    const chunks: Chunk[] = Array.from({ length: size }, (_, index) => ({
      docId: `doc-${index % 50}`,
      title: "bench",
      kind: index % 5 === 0 ? "faq" : "guidance",
      chunkId: `doc-${index % 50}#${index}`,
      ordinal: index,
      text: "",
      sectionPath: [],
    }));
    const loadStarted = performance.now();
    for (let start = 0; start < size; start += 5_000) {
      await store.upsert({
        chunks: chunks.slice(start, start + 5_000),
        vectors: randomVectors(Math.min(5_000, size - start), 17 + start),
      });
    }
    const loadMs = performance.now() - loadStarted;
    const queries = randomVectors(size >= 100_000 ? 60 : 200, 99);
    const cases: [string, RetrievalFilter | undefined][] = [
      ["none", undefined],
      ["kind=faq", { kinds: ["faq"] }],
    ];
    for (const [label, filter] of cases) {
      const timings: number[] = [];
      for (const vector of queries.slice(0, 10))
        await store.search({ vector, limit: 20, ...(filter ? { filter } : {}) });
      for (const vector of queries) {
        const started = performance.now();
        await store.search({ vector, limit: 20, ...(filter ? { filter } : {}) });
        timings.push(performance.now() - started);
      }
      timings.sort((left, right) => left - right);
      rows.push({
        vectors: size,
        dimensions: DIMENSIONS,
        filter: label,
        queries: timings.length,
        p50Ms: Number(percentile(timings, 0.5).toFixed(2)),
        p95Ms: Number(percentile(timings, 0.95).toFixed(2)),
        loadMs: Math.round(loadMs),
      });
    }
  }
  console.table(rows);
  await mkdir(join(here, "results"), { recursive: true });
  await writeFile(
    join(here, "results", "vector-store.json"),
    `${JSON.stringify({ suite: "vector-store", at: new Date().toISOString(), node: process.version, loadAverage: loadavg()[0], rows }, null, 2)}\n`,
  );
}
