import { describe, expect, it } from "vitest";
import { ScriptedAskService, sampleAnswer } from "../../doubles/scripted-ask-service.ts";
import { buildTestApp, postJson } from "../build-test-app.ts";

describe("health, readiness and metrics", () => {
  it("is alive at once and ready only after start-up finishes and every store answers", async () => {
    let finishIndexing: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => {
      finishIndexing = resolve;
    });
    let storeUp = true;
    const { app, askService } = buildTestApp({
      ready,
      readiness: [
        { name: "question-log", check: async () => ({ ok: storeUp, detail: storeUp ? "ok" : "connection refused" }) },
      ],
    });

    expect((await app.request("/healthz")).status).toBe(200);
    const before = await app.request("/readyz");
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({
      status: "not-ready",
      checks: [
        { name: "index", ok: false, detail: "building the index" },
        { name: "question-log", ok: true, detail: "ok" },
      ],
    });
    const early = await app.request("/api/ask", postJson({ question: "早すぎる質問" }));
    expect(early.status).toBe(503);
    expect(early.headers.get("retry-after")).toBe("5");
    const turnedAway = (await early.json()) as { error: { code: string; message: string } };
    expect(turnedAway.error.code).toBe("index_missing");
    expect(turnedAway.error.message).toBe("資料の索引を準備中です。しばらくしてからもう一度お試しください。");
    expect(askService.asks).toHaveLength(0);

    finishIndexing();
    await ready;
    const after = await app.request("/readyz");
    expect(after.status).toBe(200);
    expect((await after.json()).status).toBe("ready");
    expect((await app.request("/api/ask", postJson({ question: "質問" }))).status).toBe(200);

    storeUp = false;
    const down = await app.request("/readyz");
    expect(down.status).toBe(503);
    expect((await down.json()).checks[1]).toEqual({ name: "question-log", ok: false, detail: "connection refused" });
  });

  it("reports a failed start-up and a check that throws as not ready", async () => {
    const ready = Promise.reject(new Error("corpus unreadable"));
    ready.catch(() => undefined);
    const { app } = buildTestApp({
      ready,
      readiness: [{ name: "qdrant", check: async () => Promise.reject(new Error("boom")) }],
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const response = await app.request("/readyz");
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.checks).toEqual([
      { name: "index", ok: false, detail: "start-up failed: see the log" },
      { name: "qdrant", ok: false, detail: "check failed" },
    ]);
  });

  it("exposes questions by surface, resolved ratio, latency histogram and errors by code", async () => {
    let resolved = true;
    const askService = new ScriptedAskService(() => {
      const answer = sampleAnswer({ resolved });
      resolved = !resolved;
      return { answer };
    });
    const { app } = buildTestApp({ askService });
    for (let index = 0; index < 4; index += 1) await app.request("/api/ask", postJson({ question: `質問${index}` }));
    await app.request("/api/ask", postJson({ question: "" }));
    await app.request("/api/ask", postJson("{bad"));

    const response = await app.request("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    const text = await response.text();
    expect(text).toContain("# TYPE taiwa_questions_total counter");
    expect(text).toContain('taiwa_questions_total{surface="web"} 4');
    expect(text).toContain('taiwa_questions_resolved_total{surface="web"} 2');
    expect(text).toContain('taiwa_resolved_ratio{surface="web"} 0.5');
    expect(text).toContain("# TYPE taiwa_answer_latency_seconds histogram");
    expect(text).toContain('taiwa_answer_latency_seconds_bucket{surface="web",le="+Inf"} 4');
    expect(text).toContain('taiwa_answer_latency_seconds_count{surface="web"} 4');
    expect(text).toContain('taiwa_errors_total{code="input_empty",surface="web"} 1');
    expect(text).toContain('taiwa_errors_total{code="input_malformed",surface="web"} 1');
  });
});
