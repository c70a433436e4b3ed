import type { MiddlewareHandler } from "hono";
import { errorResponse } from "../error-response.ts";
import type { HttpEnv } from "../http-env.ts";
import type { Metrics, RateLimiter } from "../types.ts";

/** 429 with Retry-After once a client has used its allowance; keyed by client address and route group. */
export function rateLimit(options: {
  limiter: RateLimiter;
  group: string;
  metrics: Metrics;
}): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const verdict = options.limiter.take({ key: `${options.group}:${c.get("clientIp")}` });
    if (!verdict.allowed) {
      options.metrics.recordError({ code: "rate_limited", surface: "web" });
      const retryAfter = String(verdict.retryAfterSeconds);
      return errorResponse(c, { code: "rate_limited", params: { retryAfter }, headers: { "retry-after": retryAfter } });
    }
    await next();
  };
}
