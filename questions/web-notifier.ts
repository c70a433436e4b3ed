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
}

/** The ministry's answers to one pseudonymous web asker, newest first. Only that asker's entries, never others'. */
export async function listWebReplies(request: {
  questionLog: QuestionLog;
  askerId: string;
  limit?: number;
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
    }));
  return { replies };
}
