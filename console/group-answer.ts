import { isTaiwaError } from "../app/errors.ts";
import type { ConsoleDeps } from "./console-env.ts";

/**
 * One answer for the whole group: the question answered and every other member still open or assigned get the same
 * text, each as its own entry, so the delivery worker sends it to each asker on their own surface and thread, with
 * only that asker's own question. Members already answered or closed keep their answer.
 */
export async function answerWithGroup(
  deps: ConsoleDeps,
  request: { id: string; actor: string; answer: string },
): Promise<{ answered: string[] }> {
  const entry = await deps.questionLog.answer({ ...request, at: deps.now() });
  const members = entry.groupId ? await deps.questionLog.groups.members(entry.groupId) : [];
  const answered = [entry.id];
  for (const member of members) {
    if (member.id === entry.id || (member.status !== "open" && member.status !== "assigned")) continue;
    try {
      await deps.questionLog.answer({ id: member.id, actor: request.actor, answer: request.answer, at: deps.now() });
    } catch (error) {
      // Another official answered or closed this member meanwhile: it keeps that answer.
      if (isTaiwaError(error) && error.code === "conflict") continue;
      throw error;
    }
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: request.actor,
      action: "group-answer",
      questionId: member.id,
      detail: `グループ #${entry.groupId} の回答(質問 #${entry.id} から)`,
    });
    answered.push(member.id);
  }
  // Delivered at once; the worker retries with backoff whichever chat service fails now.
  await deps.worker.runOnce({ ids: answered });
  return { answered };
}
