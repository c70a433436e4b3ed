import { Hono } from "hono";
import type { HttpEnv } from "../http-env.ts";
import { type ReadyGate, runReadiness } from "../ready-gate.ts";
import type { Metrics, ReadinessCheck } from "../types.ts";

/** /healthz (the process answers), /readyz (it can answer questions), /metrics (Prometheus). */
export function operationsRoutes(deps: {
  gate: ReadyGate;
  readiness: ReadinessCheck[];
  metrics: Metrics;
}): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  const checks = [deps.gate.check, ...deps.readiness];
  app.get("/healthz", (c) => {
    c.header("cache-control", "no-store");
    return c.json({ status: "ok" });
  });
  app.get("/readyz", async (c) => {
    c.header("cache-control", "no-store");
    const result = await runReadiness(checks, { timeoutMs: 2_000 });
    return c.json({ status: result.ok ? "ready" : "not-ready", checks: result.checks }, result.ok ? 200 : 503);
  });
  app.get("/metrics", (c) => {
    const { contentType, body } = deps.metrics.render();
    return c.body(body, 200, { "content-type": contentType, "cache-control": "no-store" });
  });
  return app;
}
