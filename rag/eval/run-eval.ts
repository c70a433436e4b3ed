import type { Answerer } from "../types.ts";
import { type EvalMetrics, type EvalOutcome, scoreOutcome, summarize } from "./eval-metrics.ts";
import type { EvalQuestion } from "./eval-question.ts";

export interface EvalReport {
  metrics: EvalMetrics;
  outcomes: EvalOutcome[];
  latency: { p50: number; p95: number };
}

export function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** Answers every question in order and scores the set. */
export async function runEval(request: { questions: EvalQuestion[]; answerer: Answerer }): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  const latencies: number[] = [];
  for (const question of request.questions) {
    const started = performance.now();
    const result = await request.answerer.answer({ id: question.id, question: question.question });
    latencies.push(performance.now() - started);
    outcomes.push(scoreOutcome(question, result));
  }
  return {
    metrics: summarize(outcomes),
    outcomes,
    latency: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) },
  };
}

const ROWS: [keyof EvalMetrics, string][] = [
  ["recallAt5", "recall@5"],
  ["recallAt10", "recall@10"],
  ["mrrAt10", "MRR@10"],
  ["citationHit", "citation hit"],
  ["evidenceInAnswer", "evidence in answer"],
  ["answered", "answered"],
  ["abstained", "abstained"],
];

/** Markdown table of one or more runs side by side (e.g. lexical vs hybrid). */
export function metricsTable(runs: { name: string; report: EvalReport }[]): string {
  const header = `| metric | ${runs.map((run) => run.name).join(" | ")} |`;
  const rule = `| --- | ${runs.map(() => "---:").join(" | ")} |`;
  const rows = ROWS.map(
    ([key, label]) => `| ${label} | ${runs.map((run) => run.report.metrics[key].toFixed(3)).join(" | ")} |`,
  );
  const counts = `| questions (answerable / not) | ${runs.map((run) => `${run.report.metrics.answerable} / ${run.report.metrics.unanswerable}`).join(" | ")} |`;
  const latency = `| latency p50 / p95 (ms) | ${runs.map((run) => `${run.report.latency.p50.toFixed(1)} / ${run.report.latency.p95.toFixed(1)}`).join(" | ")} |`;
  return [header, rule, ...rows, counts, latency].join("\n");
}
