import type { Context } from "hono";
import { type ErrorCode, isTaiwaError } from "../app/errors.ts";
import type { Logger } from "../app/logger.ts";
import { errorText } from "./error-messages.ts";
import type { HttpEnv } from "./http-env.ts";
import { requestLanguage } from "./request-language.ts";

/** The body of every JSON error: a stable code and a message for the user, nothing internal. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** `{ error: { code, message } }` in the caller's language, with the code's status. */
export function errorBody(options: {
  code: ErrorCode;
  acceptLanguage: string | undefined;
  params?: Record<string, string | number>;
}): { status: number; body: ErrorBody } {
  const lang = requestLanguage(options.acceptLanguage);
  const { status, message } = errorText({ code: options.code, lang, params: options.params });
  return { status, body: { error: { code: options.code, message } } };
}

export function errorResponse(
  c: Context<HttpEnv>,
  options: { code: ErrorCode; params?: Record<string, string | number>; headers?: Record<string, string> },
): Response {
  const { status, body } = errorBody({ ...options, acceptLanguage: c.req.header("accept-language") });
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...options.headers },
  });
}

/**
 * Maps anything thrown by a handler to a response: a TaiwaError keeps its code, anything else is
 * `internal`. The detail goes to the log only.
 */
export function responseForThrown(c: Context<HttpEnv>, error: unknown, deps: { logger: Logger }): Response {
  const code: ErrorCode = isTaiwaError(error) ? error.code : "internal";
  const requestId = c.get("requestId");
  const level = code === "internal" ? "error" : "warn";
  deps.logger[level]({ err: error, code, requestId, path: c.req.path }, "request failed");
  const headers: Record<string, string> = {};
  if (isTaiwaError(error) && error.isRetryable) headers["retry-after"] = "5";
  return errorResponse(c, { code, headers, ...(isTaiwaError(error) && error.params ? { params: error.params } : {}) });
}
