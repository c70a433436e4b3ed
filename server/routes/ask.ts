import { Hono } from "hono";
import type { AskService } from "../../questions/types.ts";
import { responseForThrown } from "../error-response.ts";
import type { HttpEnv } from "../http-env.ts";
import { readWebAsk, rememberWebAnswer, type WebAskDeps } from "../web-ask.ts";

/** POST /api/ask: the AnswerResult JSON, exactly as `taiwa ask --json` prints it. */
export function askRoute(deps: WebAskDeps & { askService: AskService }): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  app.post("/", async (c) => {
    const read = await readWebAsk(c, deps);
    if (!read.ok) return read.response;
    try {
      const outcome = await deps.askService.ask(read.request);
      await rememberWebAnswer(deps, read.request, outcome.answer);
      deps.logger.info(
        {
          requestId: c.get("requestId"),
          resolved: outcome.answer.resolved,
          latencyMs: outcome.answer.latencyMs,
          logged: Boolean(outcome.questionId),
        },
        "web question answered",
      );
      // The logged question's opaque reference (never the log's running number) rides in a header, so the body
      // stays the CLI's answer JSON.
      if (outcome.reference) c.header("x-taiwa-reference", outcome.reference);
      return c.json(outcome.answer);
    } catch (error) {
      return responseForThrown(c, error, deps);
    }
  });
  return app;
}
