import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { pointIdForChunk } from "../../../rag/vector/point-id.ts";
import { QdrantVectorStore } from "../../../rag/vector/qdrant-vector-store.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { QdrantStandIn } from "../../doubles/qdrant-stand-in.ts";
import { CONTRACT_DIMENSIONS, runVectorStoreContract } from "./vector-store.contract.ts";

let standIn: QdrantStandIn;
let collectionNumber = 0;
beforeAll(async () => {
  standIn = await new QdrantStandIn({ apiKey: "qdrant-secret" }).start();
});
afterAll(() => standIn.stop());

function store(options: {
  collection: string;
  dimensions?: number;
  apiKey?: string;
  batchSize?: number;
}): QdrantVectorStore {
  return new QdrantVectorStore({
    url: standIn.url,
    apiKey: options.apiKey ?? "qdrant-secret",
    collection: options.collection,
    dimensions: options.dimensions ?? CONTRACT_DIMENSIONS,
    batchSize: options.batchSize ?? 2,
  });
}

runVectorStoreContract("qdrant (stand-in)", async () => {
  collectionNumber += 1;
  const collection = `contract-${collectionNumber}`;
  return { store: store({ collection }), reopen: async () => store({ collection }) };
});

describe("QdrantVectorStore specifics", () => {
  it("creates the collection with a named Cosine vector and keyword indexes on docId and kind", async () => {
    await store({ collection: "fresh" }).open();
    const created = standIn.collections.get("fresh");
    expect(created?.vectors).toEqual({ dense: { size: CONTRACT_DIMENSIONS, distance: "Cosine" } });
    expect(created?.payloadIndexes).toEqual({ docId: "keyword", kind: "keyword" });
  });

  it("refuses a collection whose vectors do not match the embedder, naming the fix", async () => {
    await store({ collection: "mismatch", dimensions: 8 }).open();
    const error = await store({ collection: "mismatch", dimensions: 4 })
      .open()
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TaiwaError);
    expect((error as TaiwaError).code).toBe("config_invalid");
    expect((error as TaiwaError).message).toMatch(/8 dimensions, the embedder makes 4.*QDRANT_COLLECTION/);
  });

  it("derives deterministic UUID point ids from chunk ids and upserts in batches", async () => {
    const qdrant = store({ collection: "ids", batchSize: 2 });
    await qdrant.open();
    const chunks = [0, 1, 2].map((ordinal) => makeChunk({ docId: "d", ordinal, text: "x" }));
    const before = standIn.requests.length;
    await qdrant.upsert({ chunks, vectors: chunks.map(() => [1, 0, 0, 0]) });
    const upserts = standIn.requests
      .slice(before)
      .filter((request) => request.method === "PUT" && request.path.endsWith("/points"));
    expect(upserts).toHaveLength(2);
    expect([...(standIn.collections.get("ids")?.points.keys() ?? [])].sort()).toEqual(
      chunks.map((chunk) => pointIdForChunk(chunk.chunkId)).sort(),
    );
    expect(pointIdForChunk("d#0")).toBe(pointIdForChunk("d#0"));
    expect(pointIdForChunk("d#0")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("pushes filters down to Qdrant and sends the API key", async () => {
    const qdrant = store({ collection: "filters" });
    await qdrant.open();
    await qdrant.search({ vector: [1, 0, 0, 0], limit: 3, filter: { docIds: ["a"], kinds: ["faq"] } });
    const query = standIn.requests.filter((request) => request.path.endsWith("/points/query")).at(-1);
    expect(query?.body).toMatchObject({
      using: "dense",
      filter: {
        must: [
          { key: "docId", match: { any: ["a"] } },
          { key: "kind", match: { any: ["faq"] } },
        ],
      },
    });
    expect(query?.apiKey).toBe("qdrant-secret");
  });

  it("reports a wrong API key as vector_store_unavailable naming QDRANT_API_KEY", async () => {
    const error = await store({ collection: "x", apiKey: "wrong" })
      .open()
      .catch((thrown: unknown) => thrown);
    expect((error as TaiwaError).code).toBe("vector_store_unavailable");
    expect((error as TaiwaError).message).toContain("QDRANT_API_KEY");
  });

  it("reports an unreachable server as retryable vector_store_unavailable naming QDRANT_URL", async () => {
    const unreachable = new QdrantVectorStore({
      url: "http://127.0.0.1:9",
      collection: "x",
      dimensions: 4,
      timeoutMs: 2_000,
    });
    const error = await unreachable.count().catch((thrown: unknown) => thrown);
    expect((error as TaiwaError).code).toBe("vector_store_unavailable");
    expect((error as TaiwaError).isRetryable).toBe(true);
    expect((error as TaiwaError).message).toContain("QDRANT_URL");
  });

  it("has a stand-in that rejects bodies breaking the Qdrant spec", async () => {
    const response = await fetch(`${standIn.url}/collections/bad`, {
      method: "PUT",
      headers: { "content-type": "application/json", "api-key": "qdrant-secret" },
      body: JSON.stringify({ vectors: { dense: { size: "four", distance: "Cosinus" } } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { status: { error: string } }).status.error).toContain("body.vectors");
  });
});

describe("QdrantVectorStore URLs", () => {
  it("keeps a path prefix (Qdrant behind a reverse proxy)", async () => {
    const before = standIn.requests.length;
    const proxied = new QdrantVectorStore({
      url: `${standIn.url}/qdrant/`,
      apiKey: "qdrant-secret",
      collection: "proxied",
      dimensions: 4,
    });
    await proxied.count().catch(() => undefined);
    expect(standIn.requests[before]?.path).toBe("/qdrant/collections/proxied/points/count");
  });
});

describe("QdrantVectorStore listing", () => {
  it("pages through every point with scroll offsets", async () => {
    const qdrant = new QdrantVectorStore({
      url: standIn.url,
      apiKey: "qdrant-secret",
      collection: "many",
      dimensions: 4,
      batchSize: 500,
    });
    await qdrant.open();
    const chunks = Array.from({ length: 2_300 }, (_, ordinal) =>
      makeChunk({ docId: `d${ordinal % 3}`, ordinal, text: "x" }),
    );
    await qdrant.upsert({ chunks, vectors: chunks.map((_, index) => [1, index, 0, 0]) });
    const entries = await qdrant.listEntries();
    expect(entries).toHaveLength(2_300);
    expect(new Set(entries.map((entry) => entry.chunkId)).size).toBe(2_300);
    const scrolls = standIn.requests.filter((request) => request.path === "/collections/many/points/scroll");
    expect(scrolls).toHaveLength(3);
  });
});
