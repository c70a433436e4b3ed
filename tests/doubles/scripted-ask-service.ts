import type { AskOutcome, AskRequest, AskService, FeedbackRequest } from "../../questions/types.ts";
import type { AnswerResult, Citation } from "../../rag/types.ts";

/** A citation as the core answerer produces it, with overridable fields. */
export function sampleCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    n: 1,
    docId: "action-plan-2025",
    chunkId: "action-plan-2025:abc:3",
    title: "経済安全保障推進のための行動計画",
    issuer: "内閣府",
    date: "2025-11-07",
    kind: "action-plan",
    url: "https://www.cao.go.jp/keizai_anzen_hosho/",
    sectionPath: ["第2章 施策", "(1) 重要物資"],
    page: 4,
    text: "特定重要物資の安定供給を確保する。",
    ...overrides,
  };
}

export function sampleAnswer(overrides: Partial<AnswerResult> = {}): AnswerResult {
  return {
    id: "ans-1",
    question: "特定重要物資とは?",
    lang: "ja",
    resolved: true,
    answer: "特定重要物資の安定供給を確保します[1]。",
    citations: [sampleCitation()],
    retrieved: [
      {
        docId: "action-plan-2025",
        chunkId: "action-plan-2025:abc:3",
        text: "特定重要物資の安定供給を確保する。",
        score: 0.9,
      },
    ],
    notes: [],
    topics: ["action-plan"],
    mode: "extractive",
    latencyMs: 12,
    ...overrides,
  };
}

type Respond = (request: AskRequest) => AskOutcome | Promise<AskOutcome>;

/** Answers from a script and records every call; `respond` may wait, stream partials or throw. */
export class ScriptedAskService implements AskService {
  readonly asks: AskRequest[] = [];
  readonly feedbacks: FeedbackRequest[] = [];
  respond: Respond;
  feedbackResult: { questionId?: string; reference?: string } = {};

  constructor(respond?: Respond) {
    this.respond = respond ?? ((request) => ({ answer: sampleAnswer({ question: request.question }) }));
  }

  async ask(request: AskRequest): Promise<AskOutcome> {
    this.asks.push(request);
    return this.respond(request);
  }

  async feedback(request: FeedbackRequest): Promise<{ questionId?: string; reference?: string }> {
    this.feedbacks.push(request);
    return this.feedbackResult;
  }
}
