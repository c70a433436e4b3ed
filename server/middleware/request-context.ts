import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { clientIp } from "../client-ip.ts";
import type { HttpEnv } from "../http-env.ts";

/**
 * Gives every request a fresh id (never the caller's: it doubles as the web ask's dedupe key) and
 * resolves the client address once.
 */
export function requestContext(options: { trustedHops: number }): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const requestId = randomUUID();
    c.set("requestId", requestId);
    c.set(
      "clientIp",
      clientIp({
        socketAddress: c.env?.incoming?.socket?.remoteAddress,
        forwardedFor: c.req.header("x-forwarded-for"),
        trustedHops: options.trustedHops,
      }),
    );
    await next();
    c.header("x-request-id", requestId);
  };
}
