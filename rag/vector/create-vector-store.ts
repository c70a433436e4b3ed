import type { Config } from "../../app/config.ts";
import type { Logger } from "../../app/logger.ts";
import type { Embedder } from "../types.ts";
import { EmbeddedVectorStore } from "./embedded-vector-store.ts";
import { QdrantVectorStore } from "./qdrant-vector-store.ts";
import type { IndexedVectorStore } from "./types.ts";

/** Qdrant when QDRANT_URL is set, otherwise the embedded store in `${dataDir}/vectors/` (writes batched until flush). */
export function createVectorStore(options: {
  config: Config;
  logger: Logger;
  embedder: Embedder;
  dataDir?: string;
}): IndexedVectorStore {
  const { config, logger, embedder } = options;
  if (config.QDRANT_URL) {
    return new QdrantVectorStore({
      url: config.QDRANT_URL,
      collection: config.QDRANT_COLLECTION,
      dimensions: embedder.dimensions,
      logger,
      ...(config.QDRANT_API_KEY ? { apiKey: config.QDRANT_API_KEY } : {}),
    });
  }
  return new EmbeddedVectorStore({
    dataDir: options.dataDir ?? config.TAIWA_DATA_DIR,
    dimensions: embedder.dimensions,
    modelId: embedder.modelId,
    persist: "manual",
    logger,
  });
}
