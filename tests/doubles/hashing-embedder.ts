import type { Embedder } from "../../rag/types.ts";

/**
 * Deterministic embedder for tests: character bigrams hashed into `dimensions` buckets, unit length.
 * Texts sharing bigrams are close, which is enough for fusion and store tests without a model.
 */
export class HashingEmbedder implements Embedder {
  readonly dimensions: number;
  readonly modelId: string;
  readonly calls: string[][] = [];
  /** When set, every call fails with it (to test degradation). */
  failWith: Error | undefined;

  constructor(options: { dimensions?: number } = {}) {
    this.dimensions = options.dimensions ?? 256;
    this.modelId = `hashing-bigram-${this.dimensions}`;
  }

  async embed(request: { texts: string[] }): Promise<{ vectors: number[][] }> {
    this.calls.push(request.texts);
    if (this.failWith) throw this.failWith;
    return { vectors: request.texts.map((text) => hashingVector(text, this.dimensions)) };
  }
}

export function hashingVector(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const normalised = text.normalize("NFKC").toLowerCase();
  for (let index = 0; index < normalised.length - 1; index += 1) {
    const bigram = normalised.slice(index, index + 2);
    let hash = 2166136261;
    for (let position = 0; position < bigram.length; position += 1)
      hash = Math.imul(hash ^ bigram.charCodeAt(position), 16777619);
    const bucket = (hash >>> 0) % dimensions;
    vector[bucket] = (vector[bucket] ?? 0) + 1;
  }
  const length = Math.hypot(...vector);
  return length === 0 ? vector : vector.map((value) => value / length);
}
