import { describe, expect, it } from "vitest";
import type { DocumentSummary } from "../../../server/types.ts";
import { buildTestApp } from "../build-test-app.ts";

const documents: DocumentSummary[] = [
  {
    docId: "action-plan-2025",
    title: "経済安全保障推進のための行動計画",
    kind: "action-plan",
    version: "改訂",
    date: "2025-11-07",
  },
];

describe("GET /api/documents", () => {
  it("lists the index's documents with their versions and dates", async () => {
    const { app } = buildTestApp({ listDocuments: async () => ({ documents }) });
    const response = await app.request("/api/documents");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(await response.json()).toEqual({ documents });
  });

  it("lists none when the composition has no index to read", async () => {
    const { app } = buildTestApp();
    expect(await (await app.request("/api/documents")).json()).toEqual({ documents: [] });
  });

  it("answers a failed read with the JSON internal error, not the detail", async () => {
    const { app } = buildTestApp({
      listDocuments: async () => {
        throw new Error("index file unreadable at /secret/path");
      },
    });
    const response = await app.request("/api/documents");
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error.code).toBe("internal");
    expect(JSON.stringify(body)).not.toContain("/secret/path");
  });

  it("is read-only", async () => {
    const { app } = buildTestApp({ listDocuments: async () => ({ documents }) });
    expect((await app.request("/api/documents", { method: "POST" })).status).toBe(404);
  });
});
