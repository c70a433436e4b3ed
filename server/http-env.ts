import type { HttpBindings } from "@hono/node-server";

/** Per-request values the middleware sets for the handlers. */
export interface HttpEnv {
  /** Node bindings when served by @hono/node-server; absent in in-process `app.request()` calls. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** Generated per request; also the web ask's dedupe eventKey and the X-Request-Id header. */
    requestId: string;
    /** Resolved once per request from the socket or, behind trusted proxies, X-Forwarded-For. */
    clientIp: string;
  };
}
