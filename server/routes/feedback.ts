import { Hono } from "hono";
import type { AskService, FeedbackRequest } from "../../questions/types.ts";
import { askerIdFor } from "../asker-cookie.ts";
import { errorResponse, responseForThrown } from "../error-response.ts";
import type { HttpAppOptions } from "../http-deps.ts";
import type { HttpEnv } from "../http-env.ts";
import { parseFeedbackBody } from "../parse-feedback-body.ts";
import type { RateLimiter } from "../types.ts";
import type { WebAnswerStore } from "../web-answers.ts";
import { isHttps } from "../web-ask.ts";

/** POST /api/feedback → askService.feedback; `{ ok: true, reference? }` (the opaque 受付番号) when logged for the ministry. */
export function feedbackRoute(
  deps: Pick<HttpAppOptions, "config" | "logger" | "metrics"> & {
    askService: AskService;
    webAnswers: WebAnswerStore;
    /** Allowance for feedback that adds a log entry (👎, escalation), per client address. */
    loggedFeedback: RateLimiter;
  },
): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  app.post("/", async (c) => {
    const parsed = parseFeedbackBody(await c.req.arrayBuffer());
    if (!parsed.ok) {
      deps.metrics.recordError({ code: parsed.code, surface: "web" });
      return errorResponse(c, { code: parsed.code, params: parsed.params });
    }
    const body = parsed.value;
    const askerId = askerIdFor(c, { secure: isHttps(deps.config.PUBLIC_BASE_URL) });
    // Only an answer this server gave to this browser: anything else is indistinguishable from a forgery.
    const stored = await deps.webAnswers.recall(body.answerId).catch((error: unknown) => {
      deps.logger.warn({ err: error }, "web answer store unavailable");
      return undefined;
    });
    if (!stored || stored.askerId !== askerId) {
      deps.metrics.recordError({ code: "not_found", surface: "web" });
      return errorResponse(c, { code: "not_found" });
    }
    if (body.kind !== "thumbs-up") {
      const verdict = deps.loggedFeedback.take({ key: c.get("clientIp") });
      if (!verdict.allowed) {
        deps.metrics.recordError({ code: "rate_limited", surface: "web" });
        const retryAfter = String(verdict.retryAfterSeconds);
        return errorResponse(c, {
          code: "rate_limited",
          params: { retryAfter },
          headers: { "retry-after": retryAfter },
        });
      }
    }
    const request: FeedbackRequest = {
      surface: "web",
      // One entry per answer and kind: a double click or a retried request is logged once.
      eventKey: `web:${body.answerId}:${body.kind}`,
      asker: { askerId },
      question: stored.question,
      answer: stored.answer,
      kind: body.kind,
      delivery: { surface: "web", data: { askerId } },
    };
    if (body.userContext) request.userContext = body.userContext;
    try {
      const result = await deps.askService.feedback(request);
      deps.logger.info(
        { requestId: c.get("requestId"), kind: body.kind, logged: Boolean(result.questionId) },
        "web feedback",
      );
      return c.json(result.reference ? { ok: true, reference: result.reference } : { ok: true });
    } catch (error) {
      return responseForThrown(c, error, deps);
    }
  });
  return app;
}
