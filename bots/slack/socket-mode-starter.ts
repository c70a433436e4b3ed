import type { Logger } from "../../app/logger.ts";
import { slackErrorCode } from "./slack-poster.ts";

/** Errors a retry cannot fix: the app token is wrong, revoked, or lacks connections:write. */
const FATAL = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "missing_scope",
  "not_allowed_token_type",
]);

/**
 * Opens Socket Mode, and keeps trying in the background when Slack is unreachable at start-up
 * (the Socket Mode client gives up on network errors; once connected it reconnects by itself).
 * The first failure is still reported to the caller, so the start-up log shows it.
 */
export function socketModeStarter(options: {
  connect: () => Promise<unknown>;
  logger: Logger;
  firstRetryMs?: number;
  maxRetryMs?: number;
}): { start(): Promise<void>; stop(): void } {
  const firstRetryMs = options.firstRetryMs ?? 2_000;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const attempt = async (delayMs: number, report: boolean): Promise<void> => {
    try {
      await options.connect();
      options.logger.info("slack socket mode connected");
    } catch (error) {
      const code = slackErrorCode(error);
      if (stopped || FATAL.has(code)) {
        if (report) throw error;
        options.logger.error({ slackError: code }, "slack socket mode cannot connect: check SLACK_APP_TOKEN");
        return;
      }
      options.logger.warn({ slackError: code, retryInMs: delayMs }, "slack socket mode not connected; retrying");
      timer = setTimeout(() => void attempt(Math.min(delayMs * 2, maxRetryMs), false), delayMs);
      timer.unref();
      if (report) throw error;
    }
  };

  return {
    start: () => attempt(firstRetryMs, true),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
