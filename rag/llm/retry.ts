import { TaiwaError } from "../../app/errors.ts";

export interface RetryPolicy {
  /** Attempts after the first one. */
  maxRetries: number;
  /** First back-off delay; doubles each attempt, with jitter. */
  baseDelayMs: number;
  /**
   * Longest wait between attempts. A server asking for a longer wait (Retry-After) is not waited for:
   * a user is waiting, so we fail fast and let the caller fall back.
   */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseDelayMs: 250, maxDelayMs: 4_000 };

/** A failure already mapped to a TaiwaError, with the server's requested wait when it gave one. */
export interface AttemptFailure {
  error: TaiwaError;
  retryAfterMs?: number;
}

/**
 * Runs `attempt` until it succeeds, a failure is not retryable, the policy is spent or `signal` aborts.
 * `toFailure` maps whatever the attempt threw (vendor errors stay inside the adapter that passes it).
 */
export async function withRetry<T>(options: {
  attempt: (attemptNumber: number) => Promise<T>;
  toFailure: (error: unknown) => AttemptFailure;
  policy: RetryPolicy;
  signal?: AbortSignal;
  /** Called before each wait, for logging. */
  onRetry?: (failure: AttemptFailure & { attemptNumber: number; delayMs: number }) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  for (let attemptNumber = 0; ; attemptNumber += 1) {
    try {
      return await options.attempt(attemptNumber);
    } catch (thrown) {
      const failure = options.toFailure(thrown);
      const spent = attemptNumber >= options.policy.maxRetries;
      if (!failure.error.isRetryable || spent || options.signal?.aborted) throw failure.error;
      const backoff = Math.min(options.policy.maxDelayMs, options.policy.baseDelayMs * 2 ** attemptNumber);
      const delayMs = failure.retryAfterMs ?? backoff * (0.5 + Math.random() / 2);
      if (delayMs > options.policy.maxDelayMs) throw failure.error;
      options.onRetry?.({ ...failure, attemptNumber, delayMs });
      await sleep(delayMs, options.signal);
    }
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener("abort", aborted);
      resolve();
    }
    function aborted(): void {
      clearTimeout(timer);
      reject(
        new TaiwaError("model_timeout", "the request was cancelled while waiting to retry", { cause: signal?.reason }),
      );
    }
    signal?.addEventListener("abort", aborted, { once: true });
  });
}
