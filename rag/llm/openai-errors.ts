import { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { type ErrorCode, isTaiwaError, TaiwaError } from "../../app/errors.ts";
import type { AttemptFailure } from "./retry.ts";

/** Which endpoint failed: the codes differ so operators can tell the chat model from the embedder. */
export type OpenAiRole = "chat" | "embedder";

/**
 * Maps an error thrown by the openai SDK to a TaiwaError (and the wait the server asked for).
 * 429 and 5xx and dropped connections are retryable; other 4xx are configuration problems and are not.
 */
export function toOpenAiFailure(error: unknown, role: OpenAiRole, model: string): AttemptFailure {
  if (isTaiwaError(error)) return { error };
  const unavailable: ErrorCode = role === "chat" ? "model_unavailable" : "embedder_unavailable";
  const variable = role === "chat" ? "OPENAI_CHAT_MODEL" : "OPENAI_EMBEDDING_MODEL";
  if (error instanceof APIConnectionTimeoutError) {
    return {
      error: new TaiwaError("model_timeout", `the ${role} endpoint did not answer within OPENAI_TIMEOUT_MS`, {
        cause: error,
      }),
    };
  }
  if (error instanceof APIUserAbortError) {
    return { error: new TaiwaError("model_timeout", `the ${role} request was cancelled`, { cause: error }) };
  }
  if (error instanceof APIError) {
    const status = error.status;
    if (status === undefined) {
      const message = `cannot reach the ${role} endpoint: check OPENAI_BASE_URL and that the server is running`;
      return { error: new TaiwaError(unavailable, message, { cause: error, isRetryable: true }) };
    }
    if (status === 429) {
      const retryAfterMs = readRetryAfterMs(error.headers);
      const rateLimited = new TaiwaError(
        "model_rate_limited",
        `the ${role} endpoint is rate-limiting requests (HTTP 429)`,
        {
          cause: error,
          isRetryable: true,
        },
      );
      return retryAfterMs === undefined ? { error: rateLimited } : { error: rateLimited, retryAfterMs };
    }
    if (status >= 500) {
      return {
        error: new TaiwaError(unavailable, `the ${role} endpoint failed (HTTP ${status})`, {
          cause: error,
          isRetryable: true,
        }),
      };
    }
    const fix =
      status === 401 || status === 403
        ? "check OPENAI_API_KEY"
        : status === 404
          ? `check ${variable}="${model}" (on Azure: the deployment name) and OPENAI_BASE_URL`
          : "the request was refused; see the cause in the log";
    return {
      error: new TaiwaError(unavailable, `the ${role} endpoint answered HTTP ${status}: ${fix}`, { cause: error }),
    };
  }
  return {
    error: new TaiwaError(unavailable, `the ${role} call failed unexpectedly`, { cause: error, isRetryable: false }),
  };
}

/** `retry-after-ms` (OpenAI, Azure) wins over `retry-after` (seconds or an HTTP date). */
export function readRetryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const milliseconds = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
