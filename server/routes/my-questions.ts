import { Hono } from "hono";
import { askerIdFor } from "../asker-cookie.ts";
import { responseForThrown } from "../error-response.ts";
import type { HttpAppOptions } from "../http-deps.ts";
import type { HttpEnv } from "../http-env.ts";
import { isHttps } from "../web-ask.ts";

/** GET /api/my-questions: ministry answers delivered to this browser (by its asker cookie), newest first. */
export function myQuestionsRoute(deps: Pick<HttpAppOptions, "config" | "logger" | "listWebReplies">): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  app.get("/", async (c) => {
    c.header("cache-control", "no-store");
    const askerId = askerIdFor(c, { secure: isHttps(deps.config.PUBLIC_BASE_URL) });
    if (!deps.listWebReplies) return c.json({ replies: [] });
    try {
      const { replies } = await deps.listWebReplies({ askerId });
      const newestFirst = [...replies].sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime());
      return c.json({
        replies: newestFirst.map((reply) => ({
          reference: reply.reference,
          question: reply.question,
          answer: reply.answer,
          answeredAt: reply.answeredAt.toISOString(),
          corrected: reply.corrected ?? false,
        })),
      });
    } catch (error) {
      return responseForThrown(c, error, deps);
    }
  });
  return app;
}
