import type { Answerer } from "../rag/types.ts";
import { TaiwaError } from "./errors.ts";

/** What askers see when the index is still being built after the wait (Slack, Teams, web chat say the same). */
export const INDEX_PREPARING_MESSAGE = "資料の索引を準備中です。しばらくしてからもう一度お試しください。";

/** Longer than a first build of the shared corpus takes; chat surfaces have acknowledged the event long before. */
export const INDEX_WAIT_MS = 5 * 60_000;

/**
 * Holds a question until the index is built (a fresh deployment or a new replica builds it on start), so it is
 * answered from the documents instead of "not in the documents" and logged as unresolved. Past `timeoutMs`, or when
 * the build failed, it throws index_missing: the asker is told plainly, and the question is not logged.
 */
export function waitForIndex(options: { answerer: Answerer; indexReady: Promise<void>; timeoutMs?: number }): Answerer {
  let built = false;
  options.indexReady.then(
    () => {
      built = true;
    },
    () => undefined,
  );
  return {
    async answer(request) {
      if (!built) await bounded(options.indexReady, options.timeoutMs ?? INDEX_WAIT_MS);
      return options.answerer.answer(request);
    },
  };
}

async function bounded(indexReady: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([indexReady.then(() => "ready" as const), timeout]);
    if (outcome === "timeout") throw new TaiwaError("index_missing", INDEX_PREPARING_MESSAGE, { isRetryable: true });
  } catch (error) {
    if (error instanceof TaiwaError) throw error;
    // The build failed (logged by the composition root): still no index to answer from.
    throw new TaiwaError("index_missing", INDEX_PREPARING_MESSAGE, { cause: error, isRetryable: true });
  } finally {
    clearTimeout(timer);
  }
}
