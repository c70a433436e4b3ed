import type { Answerer, AnswerRequest, AnswerResult } from "../../rag/types.ts";

/** Stands in for the lead's extractive answerer: abstains on instruction-override questions, records calls. */
export class FakeExtractiveAnswerer implements Answerer {
  readonly calls: AnswerRequest[] = [];

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    this.calls.push(request);
    const lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(request.question) ? "ja" : "en";
    const injection = /指示.*無視|ignore (all |the )?(previous|prior) instructions/i.test(request.question);
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
