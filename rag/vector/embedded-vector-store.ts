import { join } from "node:path";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import type { Chunk, RetrievalFilter } from "../types.ts";
import { readVectorFiles, writeVectorFiles } from "./embedded-vector-files.ts";
import { normaliseInto } from "./normalise.ts";
import { TopK } from "./top-k.ts";
import type { IndexedVectorStore, StoredVectorEntry } from "./types.ts";

export interface EmbeddedVectorStoreOptions {
  /** TAIWA_DATA_DIR: vectors live in `${dataDir}/vectors/`. Omit for a memory-only store (tests, benches). */
  dataDir?: string;
  dimensions: number;
  /** The embedder's model id: vectors of another model are discarded on open, not mixed. */
  modelId: string;
  /** "manual" defers disk writes to `flush()`/`close()`, for bulk loads. */
  persist?: "immediate" | "manual";
  logger?: Logger;
}

/**
 * In-process vector store: one growable Float32Array of unit-length rows, searched by brute-force dot
 * product. At 256 dimensions that is ~25 M multiply-adds per 100k chunks, a few milliseconds (bench/suites/vector-store.ts),
 * which beats maintaining an ANN graph at this corpus size.
 */
export class EmbeddedVectorStore implements IndexedVectorStore {
  readonly #options: EmbeddedVectorStoreOptions;
  readonly #dimensions: number;
  #matrix: Float32Array;
  #chunkIds: string[] = [];
  #docIds: string[] = [];
  #kinds: string[] = [];
  readonly #rowOf = new Map<string, number>();
  #dirty = false;

  constructor(options: EmbeddedVectorStoreOptions) {
    this.#options = options;
    this.#dimensions = options.dimensions;
    this.#matrix = new Float32Array(1024 * options.dimensions);
  }

  get #directory(): string | undefined {
    return this.#options.dataDir ? join(this.#options.dataDir, "vectors") : undefined;
  }

  async open(): Promise<void> {
    const directory = this.#directory;
    if (!directory) return;
    const files = await readVectorFiles(directory).catch((error: unknown) => {
      // Vectors are derived data: an unreadable pair is rebuilt by the next sync rather than stopping start-up.
      this.#options.logger?.warn(
        { code: error instanceof TaiwaError ? error.code : "internal", err: error },
        "discarding unreadable vector files",
      );
      return undefined;
    });
    if (!files) return;
    if (files.modelId !== this.#options.modelId || files.dimensions !== this.#dimensions) {
      this.#options.logger?.info(
        { stored: files.modelId, configured: this.#options.modelId },
        "embedding model changed; vectors will be rebuilt",
      );
      return;
    }
    this.#chunkIds = files.chunkIds;
    this.#docIds = files.docIds;
    this.#kinds = files.kinds;
    this.#matrix = files.matrix;
    this.#rowOf.clear();
    for (const [row, chunkId] of files.chunkIds.entries()) this.#rowOf.set(chunkId, row);
  }

  async upsert(request: { chunks: Chunk[]; vectors: number[][] }): Promise<void> {
    if (request.chunks.length !== request.vectors.length) {
      throw new TaiwaError(
        "input_malformed",
        `upsert got ${request.chunks.length} chunks but ${request.vectors.length} vectors`,
      );
    }
    request.chunks.forEach((chunk, index) => {
      const vector = request.vectors[index] ?? [];
      if (vector.length !== this.#dimensions) {
        throw new TaiwaError(
          "input_malformed",
          `a vector of ${vector.length} dimensions cannot go in a store of ${this.#dimensions}`,
        );
      }
      let row = this.#rowOf.get(chunk.chunkId);
      if (row === undefined) {
        row = this.#chunkIds.length;
        this.#grow(row + 1);
        this.#chunkIds.push(chunk.chunkId);
        this.#docIds.push(chunk.docId);
        this.#kinds.push(chunk.kind);
        this.#rowOf.set(chunk.chunkId, row);
      } else {
        this.#docIds[row] = chunk.docId;
        this.#kinds[row] = chunk.kind;
      }
      normaliseInto(this.#matrix, row * this.#dimensions, vector);
    });
    await this.#changed();
  }

  async deleteDocuments(request: { docIds: string[] }): Promise<void> {
    const docIds = new Set(request.docIds);
    this.#removeRows((row) => docIds.has(this.#docIds[row] ?? ""));
    await this.#changed();
  }

  async deleteChunks(request: { chunkIds: string[] }): Promise<void> {
    const chunkIds = new Set(request.chunkIds);
    this.#removeRows((row) => chunkIds.has(this.#chunkIds[row] ?? ""));
    await this.#changed();
  }

  async search(request: {
    vector: number[];
    filter?: RetrievalFilter;
    limit: number;
  }): Promise<{ hits: { chunkId: string; score: number }[] }> {
    if (request.vector.length !== this.#dimensions) {
      throw new TaiwaError(
        "input_malformed",
        `a query vector of ${request.vector.length} dimensions cannot search a store of ${this.#dimensions}`,
      );
    }
    const query = new Float32Array(this.#dimensions);
    normaliseInto(query, 0, request.vector);
    const docIds = request.filter?.docIds ? new Set(request.filter.docIds) : undefined;
    const kinds = request.filter?.kinds ? new Set<string>(request.filter.kinds) : undefined;
    const top = new TopK(Math.max(0, request.limit));
    const dimensions = this.#dimensions;
    const matrix = this.#matrix;
    for (let row = 0; row < this.#chunkIds.length; row += 1) {
      if (docIds && !docIds.has(this.#docIds[row] ?? "")) continue;
      if (kinds && !kinds.has(this.#kinds[row] ?? "")) continue;
      top.offer(row, dot(matrix, row * dimensions, query, dimensions));
    }
    return { hits: top.sorted().map(({ row, score }) => ({ chunkId: this.#chunkIds[row] ?? "", score })) };
  }

  async count(): Promise<number> {
    return this.#chunkIds.length;
  }

  async listEntries(): Promise<StoredVectorEntry[]> {
    return this.#chunkIds.map((chunkId, row) => ({ chunkId, docId: this.#docIds[row] ?? "" }));
  }

  async flush(): Promise<void> {
    const directory = this.#directory;
    if (!directory || !this.#dirty) return;
    this.#dirty = false;
    const { modelId } = this.#options;
    const matrix = this.#matrix.subarray(0, this.#chunkIds.length * this.#dimensions);
    await writeVectorFiles(directory, {
      modelId,
      dimensions: this.#dimensions,
      chunkIds: this.#chunkIds,
      docIds: this.#docIds,
      kinds: this.#kinds,
      matrix,
    });
  }

  async close(): Promise<void> {
    await this.flush();
  }

  async #changed(): Promise<void> {
    this.#dirty = true;
    if ((this.#options.persist ?? "immediate") === "immediate") await this.flush();
  }

  #grow(rows: number): void {
    if (rows * this.#dimensions <= this.#matrix.length) return;
    const grown = new Float32Array(Math.max(rows, (this.#matrix.length / this.#dimensions) * 2) * this.#dimensions);
    grown.set(this.#matrix);
    this.#matrix = grown;
  }

  /** Compacts the kept rows to the front, preserving order. */
  #removeRows(remove: (row: number) => boolean): void {
    const dimensions = this.#dimensions;
    let kept = 0;
    const total = this.#chunkIds.length;
    for (let row = 0; row < total; row += 1) {
      if (remove(row)) continue;
      if (kept !== row) {
        this.#matrix.copyWithin(kept * dimensions, row * dimensions, (row + 1) * dimensions);
        this.#chunkIds[kept] = this.#chunkIds[row] ?? "";
        this.#docIds[kept] = this.#docIds[row] ?? "";
        this.#kinds[kept] = this.#kinds[row] ?? "";
      }
      kept += 1;
    }
    this.#chunkIds.length = kept;
    this.#docIds.length = kept;
    this.#kinds.length = kept;
    this.#rowOf.clear();
    for (const [row, chunkId] of this.#chunkIds.entries()) this.#rowOf.set(chunkId, row);
  }
}

/**
 * The hot loop: four partial sums let V8 keep more work in flight per iteration. Indexes stay in bounds
 * (rows are whole), so the `as number` casts only drop the noUncheckedIndexedAccess undefined.
 */
function dot(matrix: Float32Array, offset: number, query: Float32Array, dimensions: number): number {
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  let index = 0;
  for (; index + 3 < dimensions; index += 4) {
    sum0 += (matrix[offset + index] as number) * (query[index] as number);
    sum1 += (matrix[offset + index + 1] as number) * (query[index + 1] as number);
    sum2 += (matrix[offset + index + 2] as number) * (query[index + 2] as number);
    sum3 += (matrix[offset + index + 3] as number) * (query[index + 3] as number);
  }
  for (; index < dimensions; index += 1) sum0 += (matrix[offset + index] as number) * (query[index] as number);
  return sum0 + sum1 + sum2 + sum3;
}
