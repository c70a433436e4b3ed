import { TaiwaError } from "../../app/errors.ts";
import type { Notifier, QuestionEntry, Surface } from "../../questions/types.ts";

/**
 * A Notifier that records deliveries; `failures` makes the next N calls throw, `permanentFailures` the next N calls
 * throw a failure no retry can fix (isRetryable: false, like Slack's not_in_channel).
 */
export class RecordingNotifier implements Notifier {
  readonly delivered: {
    entryId: string;
    answer: string;
    delivery: QuestionEntry["delivery"];
    correction?: boolean;
  }[] = [];
  failures = 0;
  permanentFailures = 0;
  calls = 0;

  constructor(readonly surface: Surface) {}

  async deliver(request: {
    entry: QuestionEntry;
    answer: string;
    correction?: boolean;
  }): Promise<{ deliveredAt: Date }> {
    this.calls += 1;
    if (this.permanentFailures > 0) {
      this.permanentFailures -= 1;
      throw new TaiwaError("delivery_failed", "not_in_channel (test double)", { isRetryable: false });
    }
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error("chat API unavailable (test double)");
    }
    this.delivered.push({
      entryId: request.entry.id,
      answer: request.answer,
      delivery: request.entry.delivery,
      ...(request.correction ? { correction: true } : {}),
    });
    return { deliveredAt: new Date() };
  }
}
