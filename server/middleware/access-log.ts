import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../app/logger.ts";
import type { HttpEnv } from "../http-env.ts";

// Probes hit these every few seconds; at info they would drown the log.
const QUIET_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

/** One line per request: method, path (no query string: it may carry tokens), status, duration. Never bodies. */
export function accessLog(options: { logger: Logger }): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const entry = {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    };
    if (QUIET_PATHS.has(c.req.path)) options.logger.debug(entry, "request");
    else options.logger.info(entry, "request");
  };
}
