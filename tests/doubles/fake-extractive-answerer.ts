import { screenQuestion } from "../../rag/answer/question-screen.ts";
import type { Answerer, AnswerRequest, AnswerResult } from "../../rag/types.ts";

/** Stands in for the extractive answerer: the same pre-checks (screenQuestion), a fixed excerpt otherwise; records calls. */
export class FakeExtractiveAnswerer implements Answerer {
  readonly calls: AnswerRequest[] = [];

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    this.calls.push(request);
    const lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(request.question) ? "ja" : "en";
    const injection = screenQuestion(request.question) === "prompt-injection";
    return {
      id: request.id ?? "extractive",
      question: request.question,
      lang,
      resolved: !injection,
      answer: injection ? "この質問にはお答えできません。" : "抜粋: 重要鉱物の輸出規制が強化された。[1]",
      citations: [],
      retrieved: [],
      ...(injection ? { reason: "prompt-injection" as const } : {}),
      notes: ["個別事案の判断は所管官庁にご相談ください。"],
      topics: ["guidance"],
      mode: "extractive",
      latencyMs: 1,
    };
  }
}
