import type { OpenAI } from "openai";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import { toOpenAiFailure } from "../llm/openai-errors.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withRetry } from "../llm/retry.ts";
import type { Embedder } from "../types.ts";

export interface OpenAiEmbedderOptions {
  client: OpenAI;
  /** e.g. text-embedding-3-small, or the deployment name on Azure OpenAI with OPENAI_API_VERSION. */
  model: string;
  /**
   * Vector size. Sent as `dimensions` only when `sendDimensions` (text-embedding-3 and later accept it;
   * most local servers do not); otherwise it states what the model returns and is checked.
   */
  dimensions: number;
  sendDimensions?: boolean;
  /** Texts per request; OpenAI accepts up to 2048 inputs per request. */
  batchSize?: number;
  timeoutMs: number;
  retry?: RetryPolicy;
  logger?: Logger;
}

/** Embedder over `/embeddings` of any OpenAI-compatible server, in batches, retrying 429 and 5xx. */
export class OpenAiEmbedder implements Embedder {
  readonly dimensions: number;
  readonly modelId: string;
  readonly #options: OpenAiEmbedderOptions;

  constructor(options: OpenAiEmbedderOptions) {
    if (options.batchSize !== undefined && (options.batchSize < 1 || options.batchSize > 2048)) {
      throw new TaiwaError("config_invalid", "OPENAI_EMBEDDING_BATCH_SIZE must be between 1 and 2048");
    }
    this.dimensions = options.dimensions;
    this.modelId = options.model;
    this.#options = options;
  }

  async embed(request: { texts: string[]; signal?: AbortSignal }): Promise<{ vectors: number[][] }> {
    const batchSize = this.#options.batchSize ?? 64;
    const vectors: number[][] = [];
    for (let start = 0; start < request.texts.length; start += batchSize) {
      const batch = request.texts.slice(start, start + batchSize).map(nonEmpty);
      vectors.push(...(await this.#embedBatch(batch, request.signal)));
    }
    return { vectors };
  }

  async #embedBatch(texts: string[], signal: AbortSignal | undefined): Promise<number[][]> {
    const { client, model, dimensions, sendDimensions, timeoutMs, logger } = this.#options;
    const response = await withRetry({
      policy: this.#options.retry ?? DEFAULT_RETRY_POLICY,
      ...(signal ? { signal } : {}),
      toFailure: (error) => toOpenAiFailure(error, "embedder", model),
      onRetry: ({ error, attemptNumber, delayMs }) =>
        logger?.warn(
          { code: error.code, attemptNumber, delayMs: Math.round(delayMs), model },
          "embedding call failed; retrying",
        ),
      attempt: () =>
        client.embeddings.create(
          { model, input: texts, encoding_format: "float", ...(sendDimensions ? { dimensions } : {}) },
          { timeout: timeoutMs, maxRetries: 0, ...(signal ? { signal } : {}) },
        ),
    });
    const data = Array.isArray(response?.data) ? response.data : [];
    const ordered = [...data].sort((left, right) => left.index - right.index).map((item) => item.embedding);
    const wellFormed =
      ordered.length === texts.length &&
      ordered.every((vector) => Array.isArray(vector) && vector.length === dimensions);
    if (!wellFormed) {
      const got = ordered[0]?.length;
      const message = `the embedding endpoint returned ${ordered.length} vectors of ${got ?? "?"} dimensions for ${texts.length} texts; expected ${dimensions} dimensions: set OPENAI_EMBEDDING_DIMENSIONS to what ${model} returns`;
      throw new TaiwaError("embedder_unavailable", message);
    }
    return ordered;
  }
}

/** The API rejects empty strings; a lone space embeds as "nothing" and keeps positions aligned. */
function nonEmpty(text: string): string {
  return text.trim() === "" ? " " : text;
}
