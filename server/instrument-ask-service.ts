import { isTaiwaError } from "../app/errors.ts";
import type { AskOutcome, AskRequest, AskService, FeedbackRequest } from "../questions/types.ts";
import type { Metrics } from "./types.ts";

/**
 * Wraps the one AskService so every surface (web, Slack, Teams) is counted in /metrics the same way.
 * The composition root wraps once and hands the wrapped service to every surface.
 */
export function instrumentAskService(options: {
  askService: AskService;
  metrics: Metrics;
  now?: () => number;
}): AskService {
  const { askService, metrics } = options;
  const now = options.now ?? (() => performance.now());
  return {
    async ask(request: AskRequest): Promise<AskOutcome> {
      const started = now();
      try {
        const outcome = await askService.ask(request);
        metrics.recordAnswer({
          surface: request.surface,
          resolved: outcome.answer.resolved,
          latencyMs: now() - started,
        });
        return outcome;
      } catch (error) {
        metrics.recordError({ code: isTaiwaError(error) ? error.code : "internal", surface: request.surface });
        throw error;
      }
    },
    async feedback(request: FeedbackRequest): Promise<{ questionId?: string }> {
      try {
        return await askService.feedback(request);
      } catch (error) {
        metrics.recordError({ code: isTaiwaError(error) ? error.code : "internal", surface: request.surface });
        throw error;
      }
    },
  };
}
