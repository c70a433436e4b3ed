import { mkdir, writeFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { type ComposeTaiwa, composeTaiwa } from "../../app/compose.ts";
import { loadConfig } from "../../app/config.ts";
import { createLogger } from "../../app/logger.ts";
import { startServer } from "../../server/start-server.ts";

/**
 * 2,000 POST /api/ask from 20 concurrent keep-alive clients against the real server in embedded
 * mode (no DATABASE_URL, QDRANT_URL or OPENAI_API_KEY), after the index is ready.
 * Floors: no failed request, p95 ≤ 300 ms.
 */
const TOTAL = 2_000;
const CONCURRENCY = 20;
const WARMUP = 40;
const FLOOR_P95_MS = 300;

// Typical questions of the kind users ask (written for this benchmark, not taken from the corpus).
const QUESTIONS = [
  "経済安全保障推進法の四つの柱は何ですか?",
  "特定重要物資とは何ですか?",
  "サプライチェーン強靱化の支援策を教えてください",
  "基幹インフラの事前審査の対象は?",
  "特許出願の非公開制度について説明してください",
  "重要技術の育成に向けた官民協議会とは?",
  "セキュリティ・クリアランス制度の概要は?",
  "経済的威圧への対応方針は?",
  "半導体の安定供給に向けた取組は?",
  "技術流出防止のために企業がすべきことは?",
  "重要鉱物の確保策はありますか?",
  "What is the Economic Security Promotion Act?",
  "来年度の予算額はいくらですか?",
  "輸出管理と経済安全保障の関係は?",
  "中小企業向けの相談窓口はどこですか?",
  "Which technologies are considered critical?",
  "産業技術基盤の強化策について教えて",
  "先端技術の研究開発支援の枠組みは?",
  "経済安全保障の行動計画の主な施策は?",
  "有識者会議ではどのような議論がありましたか?",
];

export async function run(options: { compose?: ComposeTaiwa } = {}): Promise<void> {
  const compose = options.compose ?? composeTaiwa;
  const composition = options.compose ? "injected" : "composeTaiwa (embedded)";
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "1000000",
    TAIWA_DATA_DIR: process.env.TAIWA_DATA_DIR,
    TAIWA_CORPUS_DIR: process.env.TAIWA_CORPUS_DIR,
  });
  const logger = createLogger(config);
  const taiwa = await compose({ config, logger });
  const server = await startServer({ taiwa, config, logger });
  try {
    await taiwa.ready;
    const result = await load({ url: server.url });
    const report = summarise({ ...result, composition });
    await mkdir(new URL("../results/", import.meta.url), { recursive: true });
    await writeFile(new URL("../results/http-ask.json", import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(table(report));
    if (!report.pass) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

function load(options: {
  url: string;
}): Promise<{ latencies: number[]; failures: { status: number; code?: string }[]; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../support/http-load-client.mjs", import.meta.url), {
      workerData: { url: options.url, questions: QUESTIONS, total: TOTAL, concurrency: CONCURRENCY, warmup: WARMUP },
    });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summarise(options: {
  latencies: number[];
  failures: { status: number; code?: string }[];
  elapsedMs: number;
  composition: string;
}) {
  const sorted = [...options.latencies].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  const p95 = percentile(sorted, 95);
  return {
    suite: "http-ask",
    date: new Date().toISOString(),
    composition: options.composition,
    requests: TOTAL,
    concurrency: CONCURRENCY,
    failed: options.failures.length,
    failures: options.failures.slice(0, 10),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(p95),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    throughputPerSecond: round((options.latencies.length / options.elapsedMs) * 1000),
    floors: { failed: 0, p95Ms: FLOOR_P95_MS },
    pass: options.failures.length === 0 && p95 <= FLOOR_P95_MS,
  };
}

function table(report: ReturnType<typeof summarise>): string {
  return [
    `| POST /api/ask (${report.composition}) | value | floor |`,
    "| --- | --- | --- |",
    `| requests / concurrent clients | ${report.requests} / ${report.concurrency} | |`,
    `| failed | ${report.failed} | 0 |`,
    `| p50 | ${report.p50Ms} ms | |`,
    `| p95 | ${report.p95Ms} ms | ≤ ${report.floors.p95Ms} ms |`,
    `| p99 | ${report.p99Ms} ms | |`,
    `| throughput | ${report.throughputPerSecond} req/s | |`,
    `| result | ${report.pass ? "pass" : "FAIL"} | |`,
    "",
  ].join("\n");
}
