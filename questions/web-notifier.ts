import { questionReference } from "./question-reference.ts";
import type { Notifier, QuestionEntry, QuestionLog } from "./types.ts";

/**
 * The web chat has no push channel: "delivering" marks the answer as available, and the chat shows it through
 * listWebReplies when the asker returns.
 */
export class WebNotifier implements Notifier {
  readonly surface = "web" as const;

  async deliver(_request: { entry: QuestionEntry; answer: string }): Promise<{ deliveredAt: Date }> {
    return { deliveredAt: new Date() };
  }
}

export interface WebReply {
  /** The opaque 受付番号 (questionReference), never the log's running number. */
  reference: string;
  question: string;
  answer: string;
  answeredAt: Date;
  /** The answer replaces one shown before (「訂正」). */
  corrected: boolean;
}

/**
 * The ministry's answers to one pseudonymous web asker, newest first. Only that asker's entries, never others'.
 * Reading them is the asker's browser loading them, so they are marked read (the console's 既読).
 */
export async function listWebReplies(request: {
  questionLog: QuestionLog;
  askerId: string;
  limit?: number;
  now?: () => Date;
}): Promise<{ replies: WebReply[] }> {
  if (request.askerId === "" || request.askerId === "erased") return { replies: [] };
  const { entries } = await request.questionLog.list({
    askerId: request.askerId,
    surface: "web",
    status: ["answered", "closed"],
    limit: request.limit ?? 20,
  });
  const replies = entries
    .filter((entry) => entry.ministryAnswer && entry.answeredAt && entry.deliveredAt)
    .map((entry) => ({
      reference: questionReference(entry.eventKey),
      question: entry.question,
      answer: entry.ministryAnswer ?? "",
      answeredAt: entry.answeredAt ?? entry.receivedAt,
      corrected: (entry.answerVersion ?? 0) > 1,
    }));
  const unread = entries.filter((entry) => entry.deliveredAt && !entry.readAt).map((entry) => entry.id);
  if (unread.length > 0) await request.questionLog.markRead({ ids: unread, at: (request.now ?? (() => new Date()))() });
  return { replies };
}
