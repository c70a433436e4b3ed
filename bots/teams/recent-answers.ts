import type { Citation } from "../../rag/types.ts";

export interface RememberedAnswer {
  question: string;
  /** The question's own log key and asker: the asker's feedback lands on that entry. */
  eventKey?: string;
  askerId?: string;
  answer: { answer: string; citations: Citation[]; topics?: string[] };
}

/**
 * The last answers sent, so a 👍/👎 click can log the full question and answer without carrying them in the card
 * (cards must stay small). Bounded; the oldest answer is forgotten first. Lost on restart: buttons carry a fallback.
 */
export class RecentAnswers {
  private readonly entries = new Map<string, RememberedAnswer>();

  constructor(private readonly capacity = 1000) {}

  remember(answerId: string, remembered: RememberedAnswer): void {
    this.entries.delete(answerId);
    this.entries.set(answerId, remembered);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(answerId: string): RememberedAnswer | undefined {
    return this.entries.get(answerId);
  }
}
