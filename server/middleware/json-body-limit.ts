import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorResponse } from "../error-response.ts";
import type { HttpEnv } from "../http-env.ts";
import type { Metrics } from "../types.ts";

/** 413 with the JSON error body, before the body is read past the limit. */
export function jsonBodyLimit(options: { maxBytes: number; metrics: Metrics }): MiddlewareHandler<HttpEnv> {
  return bodyLimit({
    maxSize: options.maxBytes,
    onError: (c) => {
      options.metrics.recordError({ code: "payload_too_large", surface: "web" });
      return errorResponse(c, { code: "payload_too_large" });
    },
  });
}
