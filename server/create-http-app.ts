import { Hono } from "hono";
import { errorResponse, responseForThrown } from "./error-response.ts";
import { askBodyLimitBytes, FEEDBACK_BODY_LIMIT_BYTES, type HttpAppOptions } from "./http-deps.ts";
import type { HttpEnv } from "./http-env.ts";
import { accessLog } from "./middleware/access-log.ts";
import { jsonBodyLimit } from "./middleware/json-body-limit.ts";
import { rateLimit } from "./middleware/rate-limit.ts";
import { requestContext } from "./middleware/request-context.ts";
import { requireJson } from "./middleware/require-json.ts";
import { readyGate } from "./ready-gate.ts";
import { askRoute } from "./routes/ask.ts";
import { askStreamRoute } from "./routes/ask-stream.ts";
import { documentsRoute } from "./routes/documents.ts";
import { feedbackRoute } from "./routes/feedback.ts";
import { legalPageRoutes } from "./routes/legal-pages.ts";
import { myQuestionsRoute } from "./routes/my-questions.ts";
import { operationsRoutes } from "./routes/operations.ts";
import { webChatRoutes } from "./routes/web-chat.ts";
import { TokenBucketRateLimiter } from "./token-bucket-rate-limiter.ts";
import { memoryWebAnswerStore } from "./web-answers.ts";

export type { HttpAppOptions } from "./http-deps.ts";

/**
 * The one HTTP app: web chat, ask API, health and metrics, plus every surface's routes
 * (Slack, Teams, the console) mounted under their base paths.
 */
export function createHttpApp(options: HttpAppOptions): Hono<HttpEnv> {
  const { config, logger, metrics } = options;
  const gate = readyGate(options.ready);
  const limiter = options.rateLimiter ?? new TokenBucketRateLimiter({ perMinute: config.RATE_LIMIT_PER_MINUTE });
  const webAnswers = options.webAnswers ?? memoryWebAnswerStore();
  const askDeps = { config, logger, metrics, gate, webAnswers, askService: options.askService };
  // Anonymous entries in the ministry's log: a small hourly allowance per client, apart from the per-minute one.
  const loggedFeedback = new TokenBucketRateLimiter({
    perMinute: config.WEB_FEEDBACK_PER_HOUR ?? 20,
    windowMs: 3_600_000,
  });

  const app = new Hono<HttpEnv>();
  app.use("*", requestContext({ trustedHops: config.TRUST_PROXY_HOPS }));
  app.use("*", accessLog({ logger }));
  app.use("*", async (c, next) => {
    await next();
    c.header("x-content-type-options", "nosniff");
  });

  const json = requireJson({ metrics });
  const askLimit = jsonBodyLimit({ maxBytes: askBodyLimitBytes(config.MAX_QUESTION_CHARS), metrics });
  const feedbackLimit = jsonBodyLimit({ maxBytes: FEEDBACK_BODY_LIMIT_BYTES, metrics });
  app.on("POST", ["/api/ask", "/api/ask/stream"], rateLimit({ limiter, group: "ask", metrics }), json, askLimit);
  app.on("POST", "/api/feedback", rateLimit({ limiter, group: "feedback", metrics }), json, feedbackLimit);

  app.route("/", webChatRoutes({ maxQuestionChars: config.MAX_QUESTION_CHARS }));
  app.route("/", legalPageRoutes(config));
  app.route("/", operationsRoutes({ gate, readiness: options.readiness, metrics }));
  app.route("/api/ask", askRoute(askDeps));
  app.route("/api/ask/stream", askStreamRoute(askDeps));
  app.route("/api/feedback", feedbackRoute({ ...askDeps, loggedFeedback }));
  app.route("/api/my-questions", myQuestionsRoute({ config, logger, listWebReplies: options.listWebReplies }));
  app.route("/api/documents", documentsRoute({ logger, listDocuments: options.listDocuments }));

  for (const surface of options.surfaces) {
    if (surface.routes) app.route(surface.routes.basePath, surface.routes.app);
  }

  app.notFound((c) => errorResponse(c, { code: "not_found" }));
  app.onError((error, c) => responseForThrown(c, error, { logger }));
  return app;
}
