import { TaiwaError } from "../../app/errors.ts";
import type { NewQuestionEntry, QuestionEntry, QuestionLog } from "../../questions/types.ts";

/** Wraps a real QuestionLog; while `down` is true, writes fail as if the database were unreachable. Records calls. */
export function switchableQuestionLog(
  inner: QuestionLog,
): QuestionLog & { down: boolean; recordCalls: NewQuestionEntry[] } {
  const failure = () => new TaiwaError("store_unavailable", "question log down (test double)", { isRetryable: true });
  const wrapper = Object.create(inner) as QuestionLog & { down: boolean; recordCalls: NewQuestionEntry[] };
  wrapper.down = false;
  wrapper.recordCalls = [];
  wrapper.record = async (entry: NewQuestionEntry): Promise<{ entry: QuestionEntry; created: boolean }> => {
    wrapper.recordCalls.push(entry);
    if (wrapper.down) throw failure();
    return inner.record(entry);
  };
  wrapper.countEvent = async (request) => {
    if (wrapper.down) throw failure();
    return inner.countEvent(request);
  };
  return wrapper;
}
