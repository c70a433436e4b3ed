import type { ErrorCode } from "../app/errors.ts";
import type { Surface } from "../questions/types.ts";
import type { Metrics } from "./types.ts";

/** Upper bounds in seconds: extractive answers land in the first buckets, generated ones in the last. */
const LATENCY_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30];

interface SurfaceStats {
  questions: number;
  resolved: number;
  latencyBuckets: number[];
  latencySum: number;
}

/**
 * Metrics held in this process and rendered in the Prometheus text format (version 0.0.4).
 * Each replica counts its own traffic; Prometheus sums replicas when it scrapes them all.
 */
export class InProcessMetrics implements Metrics {
  private readonly surfaces = new Map<Surface, SurfaceStats>();
  private readonly errors = new Map<string, number>();

  recordAnswer(event: { surface: Surface; resolved: boolean; latencyMs: number }): void {
    const stats = this.statsFor(event.surface);
    stats.questions += 1;
    if (event.resolved) stats.resolved += 1;
    const seconds = Math.max(0, event.latencyMs) / 1000;
    stats.latencySum += seconds;
    LATENCY_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) stats.latencyBuckets[index] = (stats.latencyBuckets[index] ?? 0) + 1;
    });
  }

  recordError(event: { code: ErrorCode; surface?: Surface }): void {
    const key = `${event.code}\u0000${event.surface ?? ""}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }

  render(): { contentType: string; body: string } {
    const lines: string[] = [];
    const sorted = [...this.surfaces.entries()].sort(([a], [b]) => a.localeCompare(b));

    lines.push("# HELP taiwa_questions_total Questions answered, by the surface they were asked on.");
    lines.push("# TYPE taiwa_questions_total counter");
    for (const [surface, stats] of sorted) lines.push(`taiwa_questions_total{surface="${surface}"} ${stats.questions}`);

    lines.push("# HELP taiwa_questions_resolved_total Questions answered from the documents (resolved: true).");
    lines.push("# TYPE taiwa_questions_resolved_total counter");
    for (const [surface, stats] of sorted)
      lines.push(`taiwa_questions_resolved_total{surface="${surface}"} ${stats.resolved}`);

    lines.push(
      "# HELP taiwa_resolved_ratio Share of answered questions that were resolved, since this process started.",
    );
    lines.push("# TYPE taiwa_resolved_ratio gauge");
    for (const [surface, stats] of sorted)
      lines.push(`taiwa_resolved_ratio{surface="${surface}"} ${ratio(stats.resolved, stats.questions)}`);
    const all = sorted.reduce((sum, [, stats]) => ({ q: sum.q + stats.questions, r: sum.r + stats.resolved }), {
      q: 0,
      r: 0,
    });
    lines.push(`taiwa_resolved_ratio{surface="all"} ${ratio(all.r, all.q)}`);

    lines.push("# HELP taiwa_answer_latency_seconds Time from question received to answer ready.");
    lines.push("# TYPE taiwa_answer_latency_seconds histogram");
    for (const [surface, stats] of sorted) {
      LATENCY_BUCKETS.forEach((bound, index) => {
        lines.push(
          `taiwa_answer_latency_seconds_bucket{surface="${surface}",le="${bound}"} ${stats.latencyBuckets[index] ?? 0}`,
        );
      });
      lines.push(`taiwa_answer_latency_seconds_bucket{surface="${surface}",le="+Inf"} ${stats.questions}`);
      lines.push(`taiwa_answer_latency_seconds_sum{surface="${surface}"} ${round(stats.latencySum)}`);
      lines.push(`taiwa_answer_latency_seconds_count{surface="${surface}"} ${stats.questions}`);
    }

    lines.push("# HELP taiwa_errors_total Failures users saw, by stable error code.");
    lines.push("# TYPE taiwa_errors_total counter");
    for (const [key, count] of [...this.errors.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const [code, surface] = key.split("\u0000");
      const surfaceLabel = surface ? `,surface="${surface}"` : "";
      lines.push(`taiwa_errors_total{code="${code}"${surfaceLabel}} ${count}`);
    }

    return { contentType: "text/plain; version=0.0.4; charset=utf-8", body: `${lines.join("\n")}\n` };
  }

  private statsFor(surface: Surface): SurfaceStats {
    let stats = this.surfaces.get(surface);
    if (!stats) {
      stats = { questions: 0, resolved: 0, latencyBuckets: LATENCY_BUCKETS.map(() => 0), latencySum: 0 };
      this.surfaces.set(surface, stats);
    }
    return stats;
  }
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
