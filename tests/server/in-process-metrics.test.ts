import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../app/errors.ts";
import { InProcessMetrics } from "../../server/in-process-metrics.ts";
import { instrumentAskService } from "../../server/instrument-ask-service.ts";
import { ScriptedAskService, sampleAnswer } from "../doubles/scripted-ask-service.ts";

describe("InProcessMetrics", () => {
  it("renders cumulative latency buckets per surface in the Prometheus text format", () => {
    const metrics = new InProcessMetrics();
    metrics.recordAnswer({ surface: "slack", resolved: true, latencyMs: 40 });
    metrics.recordAnswer({ surface: "slack", resolved: false, latencyMs: 700 });
    metrics.recordAnswer({ surface: "teams", resolved: true, latencyMs: 12_000 });
    const { body } = metrics.render();
    expect(body).toContain('taiwa_answer_latency_seconds_bucket{surface="slack",le="0.025"} 0');
    expect(body).toContain('taiwa_answer_latency_seconds_bucket{surface="slack",le="0.05"} 1');
    expect(body).toContain('taiwa_answer_latency_seconds_bucket{surface="slack",le="1"} 2');
    expect(body).toContain('taiwa_answer_latency_seconds_sum{surface="slack"} 0.74');
    expect(body).toContain('taiwa_answer_latency_seconds_bucket{surface="teams",le="10"} 0');
    expect(body).toContain('taiwa_answer_latency_seconds_bucket{surface="teams",le="20"} 1');
    expect(body).toContain('taiwa_resolved_ratio{surface="slack"} 0.5');
    expect(body).toContain('taiwa_resolved_ratio{surface="all"} 0.666667');
    for (const line of body.trim().split("\n")) {
      expect(line).toMatch(
        /^(# (HELP|TYPE) taiwa_\w+ .+|taiwa_\w+(\{[a-z]+="[^"]*"(,[a-z]+="[^"]*")*\})? -?[\d.e+-]+)$/,
      );
    }
  });

  it("counts every surface's answers and failures through the instrumented AskService", async () => {
    const metrics = new InProcessMetrics();
    const scripted = new ScriptedAskService(async (request) => {
      if (request.question === "fail") throw new TaiwaError("model_timeout", "slow");
      return { answer: sampleAnswer() };
    });
    const askService = instrumentAskService({ askService: scripted, metrics });
    await askService.ask({ question: "q", surface: "teams", eventKey: "1", asker: { askerId: "a" } });
    await expect(
      askService.ask({ question: "fail", surface: "slack", eventKey: "2", asker: { askerId: "a" } }),
    ).rejects.toThrow("slow");
    const { body } = metrics.render();
    expect(body).toContain('taiwa_questions_total{surface="teams"} 1');
    expect(body).toContain('taiwa_errors_total{code="model_timeout",surface="slack"} 1');
  });
});
