import type { AskOutcome, AskRequest, AskService, FeedbackRequest } from "../../questions/types.ts";
import type { AnswerResult } from "../../rag/types.ts";

/** A cited answer in the shape the core returns, for surfaces under test. */
export function sampleAnswer(overrides: Partial<AnswerResult> = {}): AnswerResult {
  return {
    id: "answer-1",
    question: "特定重要物資とは何ですか",
    lang: "ja",
    resolved: true,
    answer: "特定重要物資は、国民の生存に必要不可欠な物資として政令で指定されます[1]。",
    citations: [
      {
        n: 1,
        docId: "guide",
        chunkId: "guide-1",
        title: "経済安全保障推進法の解説",
        date: "2024-05",
        kind: "guidance",
        url: "https://example.go.jp/guide.pdf",
        sectionPath: ["第2章", "(1) 指定"],
        page: 12,
        text: "…",
      },
    ],
    retrieved: [],
    notes: ["独占禁止法上の判断は個別の事案によります。"],
    topics: ["guidance"],
    mode: "extractive",
    latencyMs: 5,
    ...overrides,
  };
}

/**
 * AskService double: records every ask and feedback, answers after `delayMs`, and returns a questionId
 * for unresolved answers (as the real service logs them).
 */
export class ScriptedAskService implements AskService {
  readonly asks: AskRequest[] = [];
  readonly feedbacks: FeedbackRequest[] = [];
  delayMs = 0;
  answerFor: (request: AskRequest) => AnswerResult = (request) => sampleAnswer({ question: request.question });
  failWith: Error | undefined;

  async ask(request: AskRequest): Promise<AskOutcome> {
    this.asks.push(request);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failWith) throw this.failWith;
    const answer = this.answerFor(request);
    return answer.resolved ? { answer } : { answer, questionId: `q-${this.asks.length}` };
  }

  async feedback(request: FeedbackRequest): Promise<{ questionId?: string }> {
    this.feedbacks.push(request);
    return request.kind === "thumbs-up" ? {} : { questionId: `q-feedback-${this.feedbacks.length}` };
  }
}
