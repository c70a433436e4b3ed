import type { ReadinessCheck } from "./types.ts";

/**
 * Follows the start-up work (building the index on first run): questions are turned away with
 * index_missing until it settles, and /readyz reports it as the "index" check.
 */
export interface ReadyGate {
  isReady(): boolean;
  readonly check: ReadinessCheck;
}

export function readyGate(ready: Promise<void> | undefined): ReadyGate {
  let state: { ready: boolean; detail: string } = ready
    ? { ready: false, detail: "building the index" }
    : { ready: true, detail: "loaded" };
  ready?.then(
    () => {
      state = { ready: true, detail: "loaded" };
    },
    () => {
      // The composition root logs the cause; /readyz only says that start-up failed.
      state = { ready: false, detail: "start-up failed: see the log" };
    },
  );
  return {
    isReady: () => state.ready,
    check: { name: "index", check: async () => ({ ok: state.ready, detail: state.detail }) },
  };
}

/** Runs every check at once, each bounded by `timeoutMs` so a hung store cannot hang the probe. */
export async function runReadiness(
  checks: ReadinessCheck[],
  options: { timeoutMs: number },
): Promise<{ ok: boolean; checks: { name: string; ok: boolean; detail?: string }[] }> {
  const results = await Promise.all(
    checks.map(async (check) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<{ ok: boolean; detail: string }>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, detail: `no answer within ${options.timeoutMs} ms` }),
          options.timeoutMs,
        );
      });
      try {
        const result = await Promise.race([check.check(), timeout]);
        return { name: check.name, ...result };
      } catch {
        return { name: check.name, ok: false, detail: "check failed" };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ok: results.every((result) => result.ok), checks: results };
}
