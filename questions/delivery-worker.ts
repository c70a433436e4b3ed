import { isTaiwaError } from "../app/errors.ts";
import type { Logger } from "../app/logger.ts";
import type { DeliveryRoute, Notifier, QuestionEntry, QuestionLog } from "./types.ts";

export interface DeliveryWorkerOptions {
  questionLog: QuestionLog;
  notifiers: Notifier[];
  logger: Logger;
  /** How often due deliveries are scanned (default 15 s). */
  intervalMs?: number;
  /** How long a claim keeps other replicas away (default 2 min; longer than any notifier call). */
  leaseMs?: number;
  /** First retry delay, doubled per attempt (default 30 s) up to maxDelayMs (default 1 h). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Attempts before giving up; the console then shows the failure and offers a manual retry (default 12). */
  maxAttempts?: number;
  now?: () => Date;
}

export interface DeliveryWorker {
  /** Delivers what is due now (or only `ids`): one pass. */
  runOnce(request?: { ids?: string[] }): Promise<{ delivered: string[]; failed: string[] }>;
  /** The next route to offer in the console once delivery stopped for good (Slack: a DM to the asker), if any. */
  alternativeRoute(entry: QuestionEntry): DeliveryRoute | undefined;
  start(): void;
  stop(): Promise<void>;
}

/** Delivers ministry answers through each surface's Notifier, retrying failures with exponential backoff. */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { questionLog, logger } = options;
  const now = options.now ?? (() => new Date());
  const baseDelayMs = options.baseDelayMs ?? 30_000;
  const maxDelayMs = options.maxDelayMs ?? 3_600_000;
  const maxAttempts = options.maxAttempts ?? 12;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function deliverOne(entry: QuestionEntry): Promise<boolean> {
    const notifier = options.notifiers.find((candidate) => candidate.surface === entry.surface);
    // Retrying cannot fix these; the console's manual retry can, once the surface is configured.
    const hopeless = !notifier
      ? `${entry.surface} への通知機能が設定されていません`
      : !entry.delivery && entry.surface !== "web"
        ? "配信先の情報がありません(質問者の情報が消去されたか、記録されていません)"
        : undefined;
    if (!notifier || hopeless) {
      await questionLog.markDeliveryFailed({ id: entry.id, error: hopeless ?? "" });
      logger.warn({ questionId: entry.id, surface: entry.surface }, "answer cannot be delivered");
      return false;
    }
    try {
      const correction = (entry.answerVersion ?? 0) > 1;
      const { deliveredAt } = await notifier.deliver({ entry, answer: entry.ministryAnswer ?? "", correction });
      await questionLog.markDelivered({ id: entry.id, deliveredAt });
      await questionLog.addAudit({
        at: deliveredAt,
        actor: "system",
        action: "delivered",
        questionId: entry.id,
        detail: correction ? `${entry.surface}(第${entry.answerVersion}版・訂正)` : entry.surface,
      });
      return true;
    } catch (error) {
      const attempts = entry.deliveryAttempts + 1;
      const delay = Math.min(baseDelayMs * 2 ** (attempts - 1), maxDelayMs);
      // A permanent failure (the bot left the channel, the chat is gone) stops here: the console offers the next route.
      const permanent = isTaiwaError(error) && !error.isRetryable;
      const nextAttemptAt = permanent || attempts >= maxAttempts ? undefined : new Date(now().getTime() + delay);
      const message = error instanceof Error ? error.message : String(error);
      await questionLog.markDeliveryFailed({ id: entry.id, error: message, nextAttemptAt });
      logger.warn(
        { questionId: entry.id, surface: entry.surface, attempts, permanent, retryAt: nextAttemptAt, err: message },
        "answer delivery failed",
      );
      return false;
    }
  }

  async function runOnce(request: { ids?: string[] } = {}): Promise<{ delivered: string[]; failed: string[] }> {
    const { entries } = await questionLog.claimDeliveries({
      now: now(),
      leaseMs: options.leaseMs ?? 120_000,
      limit: 20,
      ids: request.ids,
    });
    const delivered: string[] = [];
    const failed: string[] = [];
    for (const entry of entries) ((await deliverOne(entry)) ? delivered : failed).push(entry.id);
    return { delivered, failed };
  }

  return {
    runOnce,
    alternativeRoute(entry) {
      const stopped = entry.deliveryError !== undefined && !entry.deliveredAt && !entry.nextDeliveryAt;
      if (!stopped) return undefined;
      return options.notifiers.find((candidate) => candidate.surface === entry.surface)?.alternativeRoute?.(entry);
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        running = runOnce().catch((error: unknown) => logger.warn({ err: error }, "delivery scan failed"));
      }, options.intervalMs ?? 15_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
