import { Document } from "@langchain/core/documents";
import { BaseRetriever, type BaseRetrieverInput } from "@langchain/core/retrievers";
import type { Chunk, Passage, RetrievalFilter, Retriever } from "../types.ts";

/** What each LangChain Document carries besides the passage text: enough to cite it exactly. */
export interface TaiwaDocumentMetadata {
  docId: string;
  chunkId: string;
  title: string;
  issuer?: string;
  date?: string;
  version?: string;
  url?: string;
  kind: Chunk["kind"];
  sectionPath: string[];
  page?: number;
  score: number;
  /** One line a LangChain app can print under its answer: title, section, page and version. */
  citation: string;
}

export interface TaiwaLangChainRetrieverOptions extends BaseRetrieverInput {
  /** taiwa's own retriever (BM25 over kuromoji words and bigrams, or hybrid): the Japanese retrieval. */
  retriever: Retriever;
  /** Passages per query (default 5). */
  limit?: number;
  filter?: RetrievalFilter;
}

/**
 * taiwa's retrieval as a LangChain retriever, so an in-house LangChain app gets taiwa's Japanese
 * retrieval and exact citations without re-implementing either. LangChain types stay in this file.
 */
export class TaiwaLangChainRetriever extends BaseRetriever<TaiwaDocumentMetadata> {
  lc_namespace = ["taiwa", "retrievers"];
  readonly #retriever: Retriever;
  readonly #limit: number;
  readonly #filter: RetrievalFilter | undefined;

  constructor(options: TaiwaLangChainRetrieverOptions) {
    super(options);
    this.#retriever = options.retriever;
    this.#limit = options.limit ?? 5;
    this.#filter = options.filter;
  }

  override async _getRelevantDocuments(query: string): Promise<Document<TaiwaDocumentMetadata>[]> {
    const { passages } = await this.#retriever.retrieve({
      query,
      limit: this.#limit,
      ...(this.#filter ? { filter: this.#filter } : {}),
    });
    return passages.map(toDocument);
  }
}

function toDocument(passage: Passage): Document<TaiwaDocumentMetadata> {
  const { chunk } = passage;
  const metadata: TaiwaDocumentMetadata = {
    docId: chunk.docId,
    chunkId: chunk.chunkId,
    title: chunk.title,
    kind: chunk.kind,
    sectionPath: chunk.sectionPath,
    score: passage.score,
    citation: citationLine(chunk),
    ...(chunk.issuer ? { issuer: chunk.issuer } : {}),
    ...(chunk.date ? { date: chunk.date } : {}),
    ...(chunk.version ? { version: chunk.version } : {}),
    ...(chunk.url ? { url: chunk.url } : {}),
    ...(chunk.page !== undefined ? { page: chunk.page } : {}),
  };
  return new Document({ pageContent: chunk.text, metadata, id: chunk.chunkId });
}

function citationLine(chunk: Chunk): string {
  const parts = [chunk.title, chunk.sectionPath.join(" > ")];
  if (chunk.page !== undefined) parts.push(`p.${chunk.page}`);
  if (chunk.version) parts.push(chunk.version);
  return parts.filter(Boolean).join(" / ");
}
