import type { OpenAI } from "openai";
import type { Config } from "../../app/config.ts";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import type { RetryPolicy } from "../llm/retry.ts";
import type { Embedder } from "../types.ts";
import { LocalModelEmbedder } from "./local-model-embedder.ts";
import { OpenAiEmbedder } from "./openai-embedder.ts";

/** Native sizes of OpenAI's embedding models; any other model needs OPENAI_EMBEDDING_DIMENSIONS. */
const KNOWN_DIMENSIONS: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

/** The configured embedder, or undefined when neither OPENAI_EMBEDDING_MODEL nor EMBEDDING_MODEL_DIR is set. */
export function createEmbedder(options: {
  config: Config;
  client: () => OpenAI;
  retry: RetryPolicy;
  logger: Logger;
}): Embedder | undefined {
  const { config } = options;
  if (config.EMBEDDING_MODEL_DIR) return new LocalModelEmbedder({ modelDir: config.EMBEDDING_MODEL_DIR });
  const model = config.OPENAI_EMBEDDING_MODEL;
  if (!model) return undefined;
  const dimensions = config.OPENAI_EMBEDDING_DIMENSIONS ?? KNOWN_DIMENSIONS[model];
  if (!dimensions) {
    throw new TaiwaError(
      "config_invalid",
      `OPENAI_EMBEDDING_DIMENSIONS is missing: taiwa does not know the vector size of ${model}; set it (e.g. 768 for nomic-embed-text, 1024 for bge-m3).`,
    );
  }
  return new OpenAiEmbedder({
    client: options.client(),
    model,
    dimensions,
    // Only text-embedding-3 models accept `dimensions`; for others the value states what the model returns.
    sendDimensions: config.OPENAI_EMBEDDING_DIMENSIONS !== undefined && model.startsWith("text-embedding-3"),
    batchSize: config.OPENAI_EMBEDDING_BATCH_SIZE,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    retry: options.retry,
    logger: options.logger,
  });
}
