import type { Logger } from "../app/logger.ts";
import { type QuestionSimilarity, SAME_QUESTION_THRESHOLD } from "../rag/retrieve/question-similarity.ts";
import type { QuestionEntry, QuestionLog } from "./types.ts";

/** Puts a newly logged question into the group of open questions that ask the same thing. */
export interface QuestionGrouper {
  /** Returns the group joined, or nothing when no open question is similar enough (or analysis is not ready). */
  groupNew(entry: QuestionEntry): Promise<{ groupId?: string; similarity?: number }>;
}

export interface QuestionGrouperOptions {
  questionLog: QuestionLog;
  /** The corpus index's similarity; undefined while the index is still loading (the question then stays alone). */
  similarity: () => QuestionSimilarity | undefined;
  threshold?: number;
  /** How many of the newest open questions are compared (default 500). */
  candidateLimit?: number;
  logger?: Logger;
}

export function createQuestionGrouper(options: QuestionGrouperOptions): QuestionGrouper {
  const threshold = options.threshold ?? SAME_QUESTION_THRESHOLD;
  return {
    async groupNew(entry) {
      const similarity = options.similarity();
      if (!similarity || entry.groupId !== undefined || entry.purgedAt) return {};
      const { entries } = await options.questionLog.groups.candidates({
        limit: options.candidateLimit ?? 500,
        excludeId: entry.id,
      });
      const profile = similarity.profile(entry.question);
      let best: { candidate: QuestionEntry; score: number } | undefined;
      for (const candidate of entries) {
        const score = similarity.similarity(profile, similarity.profile(candidate.question));
        if (score >= threshold && (!best || score > best.score)) best = { candidate, score };
      }
      if (!best) return {};
      const { groupId } = await options.questionLog.groups.join({ id: entry.id, withId: best.candidate.id });
      // Never the text: which entries were grouped, and how close they were.
      options.logger?.info(
        { questionId: entry.id, groupId, similarity: Math.round(best.score * 1000) / 1000 },
        "question grouped",
      );
      return { groupId, similarity: best.score };
    },
  };
}
