import type { QuestionSimilarity } from "../rag/retrieve/question-similarity.ts";
import { type Redaction, suggestRedactions } from "./redaction.ts";
import type { QuestionEntry } from "./types.ts";

export interface FaqProposal {
  question: string;
  answer: string;
  redactions: Redaction[];
  /** How many questions of the group the proposal stands for (1 without a group). */
  groupSize: number;
  /** How many organisations asked it (names are never part of the proposal). */
  organisations: number;
}

/**
 * An FAQ proposal from a group of similar questions: the FAQ question is the member closest to all the others (so
 * the FAQ matches how the whole group asked), the answer is the ministry's, both with redaction suggestions.
 */
export function proposeFaq(request: {
  entry: QuestionEntry;
  members: QuestionEntry[];
  similarity?: QuestionSimilarity;
}): FaqProposal {
  const { entry } = request;
  const texts = [entry, ...request.members.filter((member) => member.id !== entry.id)]
    .filter((member) => !member.purgedAt)
    .map((member) => member.question);
  const question = representative(texts, request.similarity) ?? entry.question;
  const redactedQuestion = suggestRedactions(question);
  const redactedAnswer = suggestRedactions(entry.ministryAnswer ?? "");
  const everyone = request.members.length > 0 ? request.members : [entry];
  return {
    question: redactedQuestion.text,
    answer: redactedAnswer.text,
    redactions: [...redactedQuestion.redactions, ...redactedAnswer.redactions],
    groupSize: everyone.length,
    organisations: new Set(everyone.map((member) => member.organisation ?? member.workspaceId ?? member.asker.askerId))
      .size,
  };
}

/** The medoid: highest total similarity to the others (the first on ties, i.e. the question being answered). */
function representative(texts: string[], similarity: QuestionSimilarity | undefined): string | undefined {
  if (texts.length < 3 || !similarity) return texts[0];
  const profiles = texts.map((text) => similarity.profile(text));
  let best = 0;
  let bestScore = -1;
  profiles.forEach((profile, at) => {
    const score = profiles.reduce(
      (sum, other, index) => sum + (index === at ? 0 : similarity.similarity(profile, other)),
      0,
    );
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  });
  return texts[best];
}
