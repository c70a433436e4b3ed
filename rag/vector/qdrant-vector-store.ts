import { QdrantClient } from "@qdrant/js-client-rest";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import type { Chunk, RetrievalFilter } from "../types.ts";
import { pointIdForChunk } from "./point-id.ts";
import { qdrantFilter, toQdrantError, vectorParamsProblem } from "./qdrant-support.ts";
import type { IndexedVectorStore, StoredVectorEntry } from "./types.ts";

export interface QdrantVectorStoreOptions {
  url: string;
  apiKey?: string;
  collection: string;
  dimensions: number;
  /** Name of the dense vector in the collection's vector config. */
  vectorName?: string;
  /** Points per upsert request. */
  batchSize?: number;
  timeoutMs?: number;
  logger?: Logger;
}

/** Payload kept on each point: the chunk text stays in taiwa's own index, so Qdrant holds ids and filter fields only. */
interface ChunkPayload {
  chunkId: string;
  docId: string;
  kind: string;
}

/**
 * VectorStore on a Qdrant collection shared by every replica. Point ids derive from chunk ids, so a re-ingest
 * overwrites instead of duplicating; filters on docId and kind run inside Qdrant on indexed payload fields.
 */
export class QdrantVectorStore implements IndexedVectorStore {
  readonly #options: QdrantVectorStoreOptions;
  readonly #client: QdrantClient;
  readonly #vectorName: string;

  constructor(options: QdrantVectorStoreOptions) {
    this.#options = options;
    this.#vectorName = options.vectorName ?? "dense";
    const url = new URL(options.url);
    if (options.apiKey && url.protocol === "http:" && !["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
      options.logger?.warn(
        { host: url.hostname },
        "QDRANT_API_KEY is sent over plain HTTP: use an https:// QDRANT_URL",
      );
    }
    // The version probe is a start-up request we do not need: open() validates the collection itself.
    // The key goes in as a header so the client's console warning about HTTP is replaced by our logged one.
    // The client drops a URL's path and reads a port-less URL as :6333; we follow URL rules (https → 443) instead.
    const prefix = url.pathname.replace(/\/$/, "");
    this.#client = new QdrantClient({
      url: url.origin,
      port: url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80,
      ...(prefix ? { prefix } : {}),
      ...(options.apiKey ? { headers: { "api-key": options.apiKey } } : {}),
      timeout: options.timeoutMs ?? 10_000,
      checkCompatibility: false,
    });
  }

  async open(): Promise<void> {
    const { collection, dimensions } = this.#options;
    await this.#call("open the collection", async () => {
      const { exists } = await this.#client.collectionExists(collection);
      if (!exists) {
        this.#options.logger?.info({ collection, dimensions }, "creating the Qdrant collection");
        await this.#client.createCollection(collection, {
          vectors: { [this.#vectorName]: { size: dimensions, distance: "Cosine" } },
        });
      } else {
        const info = await this.#client.getCollection(collection);
        const problem = vectorParamsProblem(info.config.params.vectors, this.#vectorName, dimensions);
        if (problem) {
          const fix = `set QDRANT_COLLECTION to a new name (it is created at start) or delete the collection "${collection}" so taiwa recreates it`;
          throw new TaiwaError(
            "config_invalid",
            `the Qdrant collection "${collection}" does not match the embedder: ${problem}; ${fix}`,
          );
        }
      }
      for (const field of ["docId", "kind"] as const) {
        await this.#client.createPayloadIndex(collection, { field_name: field, field_schema: "keyword", wait: true });
      }
    });
  }

  async upsert(request: { chunks: Chunk[]; vectors: number[][] }): Promise<void> {
    if (request.chunks.length !== request.vectors.length) {
      throw new TaiwaError(
        "input_malformed",
        `upsert got ${request.chunks.length} chunks but ${request.vectors.length} vectors`,
      );
    }
    const batchSize = this.#options.batchSize ?? 128;
    for (let start = 0; start < request.chunks.length; start += batchSize) {
      const points = request.chunks.slice(start, start + batchSize).map((chunk, offset) => {
        const vector = request.vectors[start + offset] ?? [];
        if (vector.length !== this.#options.dimensions) {
          throw new TaiwaError(
            "input_malformed",
            `a vector of ${vector.length} dimensions cannot go in a collection of ${this.#options.dimensions}`,
          );
        }
        const payload: ChunkPayload = { chunkId: chunk.chunkId, docId: chunk.docId, kind: chunk.kind };
        return { id: pointIdForChunk(chunk.chunkId), vector: { [this.#vectorName]: vector }, payload: { ...payload } };
      });
      await this.#call("upsert points", () => this.#client.upsert(this.#options.collection, { wait: true, points }));
    }
  }

  async deleteDocuments(request: { docIds: string[] }): Promise<void> {
    if (request.docIds.length === 0) return;
    const filter = { must: [{ key: "docId", match: { any: request.docIds } }] };
    await this.#call("delete documents", () => this.#client.delete(this.#options.collection, { wait: true, filter }));
  }

  async deleteChunks(request: { chunkIds: string[] }): Promise<void> {
    if (request.chunkIds.length === 0) return;
    const points = request.chunkIds.map(pointIdForChunk);
    await this.#call("delete chunks", () => this.#client.delete(this.#options.collection, { wait: true, points }));
  }

  async search(request: {
    vector: number[];
    filter?: RetrievalFilter;
    limit: number;
  }): Promise<{ hits: { chunkId: string; score: number }[] }> {
    if (request.limit <= 0) return { hits: [] };
    const filter = qdrantFilter(request.filter);
    const response = await this.#call("search", () =>
      this.#client.query(this.#options.collection, {
        query: request.vector,
        using: this.#vectorName,
        limit: request.limit,
        with_payload: ["chunkId"],
        ...(filter ? { filter } : {}),
      }),
    );
    const hits = response.points.flatMap((point) => {
      const chunkId = point.payload?.chunkId;
      return typeof chunkId === "string" ? [{ chunkId, score: point.score }] : [];
    });
    return { hits };
  }

  async count(): Promise<number> {
    const response = await this.#call("count points", () =>
      this.#client.count(this.#options.collection, { exact: true }),
    );
    return response.count;
  }

  async listEntries(): Promise<StoredVectorEntry[]> {
    const entries: StoredVectorEntry[] = [];
    let offset: string | number | undefined;
    do {
      const page = await this.#call("list points", () =>
        this.#client.scroll(this.#options.collection, {
          limit: 1000,
          with_payload: ["chunkId", "docId"],
          with_vector: false,
          ...(offset !== undefined ? { offset } : {}),
        }),
      );
      for (const point of page.points) {
        const { chunkId, docId } = point.payload ?? {};
        if (typeof chunkId === "string" && typeof docId === "string") entries.push({ chunkId, docId });
      }
      const next = page.next_page_offset;
      offset = typeof next === "string" || typeof next === "number" ? next : undefined;
    } while (offset !== undefined);
    return entries;
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {}

  async #call<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toQdrantError(error, action, this.#options.url);
    }
  }
}
