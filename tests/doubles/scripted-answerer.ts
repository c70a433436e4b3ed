import type { Answerer, AnswerRequest, AnswerResult } from "../../rag/types.ts";

/** An Answerer that returns a scripted result and records every request. */
export class ScriptedAnswerer implements Answerer {
  readonly requests: AnswerRequest[] = [];

  constructor(private readonly result: Partial<AnswerResult> = {}) {}

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    this.requests.push(request);
    return {
      id: `answer-${this.requests.length}`,
      question: request.question,
      lang: "ja",
      resolved: true,
      answer: "資料によると、対象です。[1]",
      citations: [
        {
          n: 1,
          docId: "doc-a",
          chunkId: "doc-a#3",
          title: "ガイダンス",
          kind: "guidance",
          sectionPath: ["第2章"],
          text: "引用された一節",
        },
      ],
      retrieved: [],
      notes: [],
      topics: ["guidance"],
      mode: "extractive",
      latencyMs: 1,
      ...this.result,
    };
  }
}
