import { questionReference } from "../../questions/question-reference.ts";
import type { AskOutcome, AskRequest, AskService, FeedbackRequest } from "../../questions/types.ts";
import type { AnswerResult, Citation } from "../../rag/types.ts";

/** An AskService that answers from a script and records every call (question, feedback) for assertions. */
export class ScriptedAskService implements AskService {
  readonly asks: AskRequest[] = [];
  readonly feedbacks: FeedbackRequest[] = [];
  nextAnswer: Partial<AnswerResult> = {};
  nextQuestionId: string | undefined;
  failWith: Error | undefined;

  async ask(request: AskRequest): Promise<AskOutcome> {
    this.asks.push(request);
    if (this.failWith) throw this.failWith;
    const answer = sampleAnswer({ question: request.question, ...this.nextAnswer });
    return this.nextQuestionId
      ? { answer, questionId: this.nextQuestionId, reference: questionReference(request.eventKey) }
      : { answer };
  }

  async feedback(request: FeedbackRequest): Promise<{ questionId?: string; reference?: string }> {
    this.feedbacks.push(request);
    return request.kind === "thumbs-up"
      ? {}
      : { questionId: `q-${this.feedbacks.length}`, reference: questionReference(request.eventKey) };
  }
}

export function sampleCitation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    docId: `doc-${n}`,
    chunkId: `doc-${n}#${n}`,
    title: `経済安全保障に関する資料 ${n}`,
    issuer: "経済産業省",
    date: "2025-05-30",
    kind: "guidance",
    url: `https://www.meti.go.jp/example/${n}.pdf`,
    sectionPath: ["第2章 基本的な考え方", `(${n}) 取組の例`],
    page: 10 + n,
    text: "（引用箇所）",
    ...overrides,
  };
}

export function sampleAnswer(overrides: Partial<AnswerResult> = {}): AnswerResult {
  return {
    id: "answer-1",
    question: "質問",
    lang: "ja",
    resolved: true,
    answer: "サプライチェーンの把握が求められます[1]。調達先の多様化も挙げられています[2]。",
    citations: [sampleCitation(1), sampleCitation(2)],
    retrieved: [],
    notes: ["事業者間で価格や数量などの情報を交換する場合は、独占禁止法に留意してください。"],
    topics: ["guidance"],
    mode: "extractive",
    latencyMs: 12,
    ...overrides,
  };
}
