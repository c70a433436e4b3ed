import type { QuestionLog } from "./types.ts";

const DAY_MS = 86_400_000;

/** RETENTION_DAYS: blanks the text of entries closed more than `retentionDays` ago; counts remain. */
export async function purgeExpired(request: {
  questionLog: QuestionLog;
  retentionDays: number;
  now?: Date;
}): Promise<{ entries: number; closedBefore: Date }> {
  const now = request.now ?? new Date();
  const closedBefore = new Date(now.getTime() - request.retentionDays * DAY_MS);
  const { entries } = await request.questionLog.purge({ closedBefore, now });
  await request.questionLog.accounts.deleteExpiredSessions(now);
  return { entries, closedBefore };
}
