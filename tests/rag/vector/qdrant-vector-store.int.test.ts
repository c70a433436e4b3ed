import { describe } from "vitest";
import { QdrantVectorStore } from "../../../rag/vector/qdrant-vector-store.ts";
import { CONTRACT_DIMENSIONS, runVectorStoreContract } from "./vector-store.contract.ts";

/**
 * Opt-in: the vector store contract against a real Qdrant.
 *   docker run -p 127.0.0.1:6333:6333 qdrant/qdrant
 *   QDRANT_URL=http://127.0.0.1:6333 npm run test:int -- tests/rag/vector
 * Each run uses throwaway collections named taiwa-int-<time>-<n> and drops them afterwards.
 * Tests read the URL straight from the environment: they are not the app, so app/config.ts does not apply.
 */
const url = process.env.QDRANT_URL;
const apiKey = process.env.QDRANT_API_KEY;

if (!url) {
  describe.skip("Qdrant integration (set QDRANT_URL to run it against a real Qdrant, e.g. http://127.0.0.1:6333)", () => {});
} else {
  let collectionNumber = 0;
  const prefix = `taiwa-int-${Date.now()}`;
  runVectorStoreContract(`qdrant at ${url}`, async () => {
    collectionNumber += 1;
    const collection = `${prefix}-${collectionNumber}`;
    const create = () =>
      new QdrantVectorStore({ url, collection, dimensions: CONTRACT_DIMENSIONS, ...(apiKey ? { apiKey } : {}) });
    return {
      store: create(),
      reopen: async () => create(),
      cleanup: async () => {
        await fetch(`${url.replace(/\/$/, "")}/collections/${collection}`, {
          method: "DELETE",
          headers: apiKey ? { "api-key": apiKey } : {},
        });
      },
    };
  });
}
