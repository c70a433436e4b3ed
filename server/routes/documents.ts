import { Hono } from "hono";
import { responseForThrown } from "../error-response.ts";
import type { HttpAppOptions } from "../http-deps.ts";
import type { HttpEnv } from "../http-env.ts";

/** GET /api/documents: the documents taiwa answers from (id, title, version, date), read-only, no text. */
export function documentsRoute(deps: Pick<HttpAppOptions, "logger" | "listDocuments">): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  app.get("/", async (c) => {
    // The list changes only when the corpus is re-ingested; a minute's staleness is harmless.
    c.header("cache-control", "public, max-age=60");
    if (!deps.listDocuments) return c.json({ documents: [] });
    try {
      return c.json(await deps.listDocuments());
    } catch (error) {
      return responseForThrown(c, error, deps);
    }
  });
  return app;
}
