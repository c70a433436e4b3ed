import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isTaiwaError } from "../../../app/errors.ts";
import { FileChunkStore } from "../../../rag/ingest/file-chunk-store.ts";
import type { DocumentRecord } from "../../../rag/ingest/types.ts";
import type { Chunk } from "../../../rag/types.ts";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "taiwa-store-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function record(docId: string, supersedes?: string): DocumentRecord {
  return {
    docId,
    path: `/corpus/${docId}.md`,
    fingerprint: "f",
    meta: { docId, title: docId, kind: "action-plan", ...(supersedes ? { supersedes } : {}) },
    chunkCount: 1,
    ingestedAt: "2025-01-01T00:00:00.000Z",
  };
}

function chunkOf(docId: string): Chunk {
  return {
    docId,
    title: docId,
    kind: "action-plan",
    chunkId: `${docId}:0:abc`,
    ordinal: 0,
    text: "本文",
    sectionPath: ["第1章"],
    page: 3,
  };
}

describe("FileChunkStore", () => {
  it("starts empty and round-trips records and chunks, including docIds that are not file-name safe", async () => {
    const store = new FileChunkStore({ dataDir });
    expect(await store.readRecords()).toEqual([]);
    expect(await store.readAllChunks()).toEqual([]);
    await store.writeChunks({ docId: "計画/2025", chunks: [chunkOf("計画/2025")] });
    await store.writeRecords({ records: [record("計画/2025")] });
    expect(await new FileChunkStore({ dataDir }).readRecords()).toEqual([record("計画/2025")]);
    expect(await new FileChunkStore({ dataDir }).readAllChunks()).toEqual([chunkOf("計画/2025")]);
  });

  it("marks chunks superseded only when the newer document is registered", async () => {
    const store = new FileChunkStore({ dataDir });
    for (const docId of ["v1", "v2", "v3"]) await store.writeChunks({ docId, chunks: [chunkOf(docId)] });
    await store.writeRecords({ records: [record("v1"), record("v2", "v1"), record("v3", "v2")] });
    const flags = Object.fromEntries(
      (await store.readAllChunks()).map((chunk) => [chunk.docId, chunk.superseded ?? false]),
    );
    expect(flags).toEqual({ v1: true, v2: true, v3: false });
    await store.writeRecords({ records: [record("v2", "v1")] });
    expect((await store.readAllChunks()).map((chunk) => chunk.superseded)).toEqual([undefined]);
  });

  it("reports a corrupt registry or chunk file as index_corrupt", async () => {
    const store = new FileChunkStore({ dataDir });
    await writeFile(join(dataDir, "documents.json"), "{ broken");
    const registryError = await store.readRecords().catch((error: unknown) => error);
    expect(isTaiwaError(registryError) && registryError.code).toBe("index_corrupt");
    await store.writeRecords({ records: [record("a")] });
    await mkdir(join(dataDir, "chunks"), { recursive: true });
    await writeFile(join(dataDir, "chunks", "a.json"), JSON.stringify({ docId: "a", chunks: [{ text: 1 }] }));
    const chunkError = await store.readAllChunks().catch((error: unknown) => error);
    expect(isTaiwaError(chunkError) && chunkError.code).toBe("index_corrupt");
  });

  it("reports an unwritable data directory as store_unavailable", async () => {
    const notAFolder = join(dataDir, "file");
    await writeFile(notAFolder, "x");
    const error = await new FileChunkStore({ dataDir: notAFolder })
      .writeRecords({ records: [] })
      .catch((caught: unknown) => caught);
    expect(isTaiwaError(error) && error.code).toBe("store_unavailable");
  });

  it("deletes a document's chunks", async () => {
    const store = new FileChunkStore({ dataDir });
    await store.writeChunks({ docId: "a", chunks: [chunkOf("a")] });
    await store.deleteChunks({ docId: "a" });
    await store.deleteChunks({ docId: "never-written" });
    await store.writeRecords({ records: [] });
    expect(await store.readAllChunks()).toEqual([]);
  });
});
