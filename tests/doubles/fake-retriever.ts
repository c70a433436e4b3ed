import type { Chunk, Passage, RetrievalFilter, Retriever } from "../../rag/types.ts";

/** A retriever returning a fixed ranking (filtered by docIds/kinds like the real one), recording each request. */
export class FakeRetriever implements Retriever {
  readonly calls: { query: string; filter?: RetrievalFilter; limit: number }[] = [];
  ranking: Chunk[];
  failWith: Error | undefined;

  constructor(ranking: Chunk[]) {
    this.ranking = ranking;
  }

  async retrieve(request: {
    query: string;
    filter?: RetrievalFilter;
    limit: number;
  }): Promise<{ passages: Passage[] }> {
    this.calls.push({
      query: request.query,
      limit: request.limit,
      ...(request.filter ? { filter: request.filter } : {}),
    });
    if (this.failWith) throw this.failWith;
    const { filter } = request;
    const passages = this.ranking
      .filter((chunk) => !filter?.docIds || filter.docIds.includes(chunk.docId))
      .filter((chunk) => !filter?.kinds || filter.kinds.includes(chunk.kind))
      .slice(0, request.limit)
      .map((chunk, rank) => ({ chunk, score: 10 - rank }));
    return { passages };
  }
}
