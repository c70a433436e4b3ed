import { questionReference } from "../../questions/question-reference.ts";
import type { AskOutcome, AskRequest } from "../../questions/types.ts";
import type { AnswerResult } from "../../rag/types.ts";
import { ScriptedAskService, sampleAnswer, sampleCitation } from "./recording-ask-service.ts";

/** A one-citation answer with every field a Slack message shows (section, page, date, link, antitrust note). */
export function slackSampleAnswer(overrides: Partial<AnswerResult> = {}): AnswerResult {
  return sampleAnswer({
    question: "特定重要物資とは何ですか",
    answer: "特定重要物資は、国民の生存に必要不可欠な物資として政令で指定されます[1]。",
    citations: [
      sampleCitation(1, {
        title: "経済安全保障推進法の解説",
        date: "2024-05",
        url: "https://example.go.jp/guide.pdf",
        sectionPath: ["第2章", "(1) 指定"],
        page: 12,
      }),
    ],
    notes: ["独占禁止法上の判断は個別の事案によります。"],
    ...overrides,
  });
}

/**
 * ScriptedAskService that takes `delayMs` per answer (a slow pipeline), answers through `answerFor`,
 * and returns a questionId for unresolved answers, as the real service logs them.
 */
export class SlowAskService extends ScriptedAskService {
  delayMs = 0;
  answerFor: (request: AskRequest) => AnswerResult = (request) => slackSampleAnswer({ question: request.question });

  override async ask(request: AskRequest): Promise<AskOutcome> {
    this.asks.push(request);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failWith) throw this.failWith;
    const answer = this.answerFor(request);
    return answer.resolved
      ? { answer }
      : { answer, questionId: `q-${this.asks.length}`, reference: questionReference(request.eventKey) };
  }
}
