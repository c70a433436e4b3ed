import type { Logger } from "../app/logger.ts";
import {
  type QuestionProfile,
  type QuestionSimilarity,
  SAME_QUESTION_THRESHOLD,
} from "../rag/retrieve/question-similarity.ts";
import type { GroupCandidate, QuestionEntry, QuestionLog } from "./types.ts";

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

/** Profiles kept per index (a rebuilt index analyses afresh), by entry id, oldest first. */
const PROFILE_CACHE_SIZE = 5_000;

export function createQuestionGrouper(options: QuestionGrouperOptions): QuestionGrouper {
  const threshold = options.threshold ?? SAME_QUESTION_THRESHOLD;
  // Each new question is compared with up to 500 open ones: analysing all of them every time made
  // logging a question cost hundreds of morphological analyses.
  const profiles = new WeakMap<QuestionSimilarity, Map<string, QuestionProfile>>();
  const profileOf = (similarity: QuestionSimilarity, entry: GroupCandidate): QuestionProfile => {
    const cache = profiles.get(similarity) ?? new Map<string, QuestionProfile>();
    profiles.set(similarity, cache);
    const known = cache.get(entry.id);
    if (known) return known;
    const profile = similarity.profile(entry.question);
    cache.set(entry.id, profile);
    if (cache.size > PROFILE_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return profile;
  };
  return {
    async groupNew(entry) {
      const similarity = options.similarity();
      if (!similarity || entry.groupId !== undefined || entry.purgedAt) return {};
      const { entries } = await options.questionLog.groups.candidates({
        limit: options.candidateLimit ?? 500,
        excludeId: entry.id,
      });
      const profile = profileOf(similarity, entry);
      let best: { candidate: GroupCandidate; score: number } | undefined;
      for (const candidate of entries) {
        const score = similarity.similarity(profile, profileOf(similarity, candidate));
        if (score >= threshold && (!best || score > best.score)) best = { candidate, score };
      }
      // Only open questions stay cached: an answered or erased one's profile does not outlive it here.
      const cache = profiles.get(similarity);
      if (cache && cache.size > entries.length + 1) {
        const open = new Set([entry.id, ...entries.map((candidate) => candidate.id)]);
        for (const id of cache.keys()) if (!open.has(id)) cache.delete(id);
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
