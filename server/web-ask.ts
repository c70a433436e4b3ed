import type { Context } from "hono";
import { questionField } from "../app/logger.ts";
import type { AskRequest } from "../questions/types.ts";
import type { AnswerResult } from "../rag/types.ts";
import { askerIdFor } from "./asker-cookie.ts";
import { errorResponse } from "./error-response.ts";
import type { HttpAppOptions } from "./http-deps.ts";
import type { HttpEnv } from "./http-env.ts";
import { parseAskBody } from "./parse-ask-body.ts";
import type { ReadyGate } from "./ready-gate.ts";
import type { WebAnswerStore } from "./web-answers.ts";

export type WebAskDeps = Pick<HttpAppOptions, "config" | "logger" | "metrics"> & {
  gate: ReadyGate;
  webAnswers: WebAnswerStore;
};

/** Keeps the answer for feedback by id; a store failure costs the 👍/👎 on this answer, not the answer itself. */
export async function rememberWebAnswer(deps: WebAskDeps, request: AskRequest, answer: AnswerResult): Promise<void> {
  try {
    await deps.webAnswers.remember(answer.id, {
      askerId: request.asker.askerId,
      question: request.question,
      answer: { answer: answer.answer, citations: answer.citations, topics: answer.topics },
    });
  } catch (error) {
    deps.logger.warn({ err: error, answerId: answer.id }, "web answer not stored: feedback on it will be refused");
  }
}

/**
 * Turns a web ask request into the AskService request, or into the error response to send instead.
 * Shared by POST /api/ask and its streaming twin so both validate identically.
 */
export async function readWebAsk(
  c: Context<HttpEnv>,
  deps: WebAskDeps,
): Promise<{ ok: true; request: AskRequest } | { ok: false; response: Response }> {
  if (!deps.gate.isReady()) {
    deps.metrics.recordError({ code: "index_missing", surface: "web" });
    return { ok: false, response: errorResponse(c, { code: "index_missing", headers: { "retry-after": "5" } }) };
  }
  const parsed = parseAskBody(await c.req.arrayBuffer(), { maxQuestionChars: deps.config.MAX_QUESTION_CHARS });
  if (!parsed.ok) {
    deps.metrics.recordError({ code: parsed.code, surface: "web" });
    return { ok: false, response: errorResponse(c, { code: parsed.code, params: parsed.params }) };
  }
  const askerId = askerIdFor(c, { secure: isHttps(deps.config.PUBLIC_BASE_URL) });
  const requestId = c.get("requestId");
  deps.logger.info({ requestId, ...questionField(deps.config, parsed.value.question) }, "web question received");
  const request: AskRequest = {
    question: parsed.value.question,
    surface: "web",
    eventKey: `web:${requestId}`,
    asker: { askerId },
    delivery: { surface: "web", data: { askerId } },
  };
  if (parsed.value.context) request.context = parsed.value.context;
  if (parsed.value.filter) request.filter = parsed.value.filter;
  return { ok: true, request };
}

export function isHttps(publicBaseUrl: string | undefined): boolean {
  return publicBaseUrl?.startsWith("https://") ?? false;
}
