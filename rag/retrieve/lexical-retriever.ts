import type { Passage, RetrievalFilter, Retriever } from "../types.ts";
import type { LexicalSearchIndex } from "./lexical-search-index.ts";

/** The lexical index behind the Retriever seam (hybrid retrieval fuses it with dense results). */
export class LexicalRetriever implements Retriever {
  constructor(private readonly getIndex: () => LexicalSearchIndex) {}

  async retrieve(request: {
    query: string;
    filter?: RetrievalFilter;
    limit: number;
  }): Promise<{ passages: Passage[] }> {
    return { passages: this.getIndex().search(request) };
  }
}
