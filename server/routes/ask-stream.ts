import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { isTaiwaError } from "../../app/errors.ts";
import type { AskService } from "../../questions/types.ts";
import { errorBody } from "../error-response.ts";
import type { HttpEnv } from "../http-env.ts";
import { readWebAsk, rememberWebAnswer, type WebAskDeps } from "../web-ask.ts";

/**
 * POST /api/ask/stream: Server-Sent Events. `partial` events carry `{ text }` deltas as a streaming
 * model writes them; one `answer` event carries the full AnswerResult (plus the logged question's opaque reference), or one
 * `error` event the usual `{ error: { code, message } }`. Validation errors are plain JSON responses,
 * sent before the stream opens.
 */
export function askStreamRoute(deps: WebAskDeps & { askService: AskService }): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  app.post("/", async (c) => {
    const read = await readWebAsk(c, deps);
    if (!read.ok) return read.response;
    const requestId = c.get("requestId");
    const acceptLanguage = c.req.header("accept-language");
    c.header("cache-control", "no-store");
    // nginx buffers proxied responses unless told not to; partial answers would arrive all at once.
    c.header("x-accel-buffering", "no");
    return streamSSE(c, async (stream) => {
      let writes = Promise.resolve();
      const send = (event: string, data: unknown): Promise<void> => {
        // Writes stay in order; a browser that left makes writes fail, but the question still completes.
        writes = writes.then(() => stream.writeSSE({ event, data: JSON.stringify(data) })).catch(() => undefined);
        return writes;
      };
      try {
        const outcome = await deps.askService.ask({
          ...read.request,
          onPartial: (text) => void send("partial", { text }),
        });
        await rememberWebAnswer(deps, read.request, outcome.answer);
        deps.logger.info({ requestId, resolved: outcome.answer.resolved, streamed: true }, "web question answered");
        await send("answer", { ...outcome.answer, reference: outcome.reference });
      } catch (error) {
        const code = isTaiwaError(error) ? error.code : "internal";
        deps.logger[code === "internal" ? "error" : "warn"](
          { err: error, code, requestId },
          "streamed question failed",
        );
        await send("error", errorBody({ code, acceptLanguage }).body);
      }
    });
  });
  return app;
}
