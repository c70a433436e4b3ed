import type { DedupeStore } from "../bots/slack/types.ts";
import type { Citation } from "../rag/types.ts";

/** What the server keeps of an answer it gave in the web chat, so feedback can refer to it by id. */
export interface StoredWebAnswer {
  /** The browser (pseudonymous cookie) that asked: only it may give feedback on the answer. */
  askerId: string;
  question: string;
  answer: { answer: string; citations: Citation[]; topics: string[] };
}

/**
 * Answers the web chat gave, by answer id. Feedback names an answer id and the server logs the answer it stored,
 * never one the browser sends back (which could carry made-up text and `javascript:` citation links).
 */
export interface WebAnswerStore {
  remember(answerId: string, stored: StoredWebAnswer): Promise<void>;
  recall(answerId: string): Promise<StoredWebAnswer | undefined>;
}

/** Feedback comes minutes, at most days, after the answer. */
const TTL_SECONDS = 7 * 24 * 3600;

/** Shared by replicas: the Slack surface's expiring key store (PostgreSQL with DATABASE_URL, else slack.db). */
export function dedupeWebAnswerStore(store: DedupeStore): WebAnswerStore {
  return {
    async remember(answerId, stored) {
      await store.put({ key: `web-answer:${answerId}`, value: JSON.stringify(stored), ttlSeconds: TTL_SECONDS });
    },
    async recall(answerId) {
      const { value } = await store.get({ key: `web-answer:${answerId}` });
      if (value === undefined) return undefined;
      try {
        return JSON.parse(value) as StoredWebAnswer;
      } catch {
        return undefined;
      }
    },
  };
}

/** One process, bounded: the oldest answers are forgotten first (tests, and the default without a store). */
export function memoryWebAnswerStore(capacity = 5000): WebAnswerStore {
  const entries = new Map<string, StoredWebAnswer>();
  return {
    async remember(answerId, stored) {
      entries.delete(answerId);
      entries.set(answerId, stored);
      for (const oldest of entries.keys()) {
        if (entries.size <= capacity) break;
        entries.delete(oldest);
      }
    },
    async recall(answerId) {
      return entries.get(answerId);
    },
  };
}
