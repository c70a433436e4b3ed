import type { Answerer, AnswerResult, Language, Retriever } from "../types.ts";

/**
 * An Answerer that only retrieves (top 10 passages, never resolved), so `runEval`'s retrieval metrics
 * (recall@5/10, MRR@10) compare retrievers directly: e.g. lexical alone vs hybrid.
 */
export function retrievalOnlyAnswerer(retriever: Retriever, lang: Language = "ja"): Answerer {
  return {
    async answer(request): Promise<AnswerResult> {
      const started = performance.now();
      const { passages } = await retriever.retrieve({
        query: request.question,
        limit: 10,
        ...(request.filter ? { filter: request.filter } : {}),
      });
      return {
        id: request.id ?? "retrieval-only",
        question: request.question,
        lang,
        resolved: false,
        answer: "",
        citations: [],
        retrieved: passages.map(({ chunk, score }) => ({
          docId: chunk.docId,
          chunkId: chunk.chunkId,
          text: chunk.text,
          score,
        })),
        notes: [],
        topics: [],
        mode: "extractive",
        latencyMs: Math.round(performance.now() - started),
      };
    },
  };
}
