import type { MiddlewareHandler } from "hono";
import { errorResponse } from "../error-response.ts";
import type { HttpEnv } from "../http-env.ts";
import type { Metrics } from "../types.ts";

/**
 * JSON only. Besides saying what we accept, this stops cross-site form posts: a page elsewhere can
 * send text/plain without asking, but application/json needs a CORS preflight that taiwa never grants.
 */
export function requireJson(options: { metrics: Metrics }): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      options.metrics.recordError({ code: "input_malformed", surface: "web" });
      return errorResponse(c, { code: "input_malformed" });
    }
    await next();
  };
}
