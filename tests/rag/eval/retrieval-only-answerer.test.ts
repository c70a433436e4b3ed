import { describe, expect, it } from "vitest";
import { retrievalOnlyAnswerer } from "../../../rag/eval/retrieval-only-answerer.ts";
import { FakeRetriever } from "../../doubles/fake-retriever.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

describe("retrievalOnlyAnswerer", () => {
  it("reports the top 10 passages in rank order and never claims an answer", async () => {
    const chunks = Array.from({ length: 12 }, (_, ordinal) => makeChunk({ docId: "d", ordinal, text: `t${ordinal}` }));
    const retriever = new FakeRetriever(chunks);
    const result = await retrievalOnlyAnswerer(retriever).answer({
      id: "q1",
      question: "問い",
      filter: { kinds: ["guidance"] },
    });
    expect(result.retrieved.map((passage) => passage.chunkId)).toEqual(
      chunks.slice(0, 10).map((chunk) => chunk.chunkId),
    );
    expect(result).toMatchObject({ id: "q1", resolved: false, citations: [] });
    expect(retriever.calls[0]).toEqual({ query: "問い", limit: 10, filter: { kinds: ["guidance"] } });
  });
});
