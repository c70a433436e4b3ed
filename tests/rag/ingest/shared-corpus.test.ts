import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileChunkStore } from "../../../rag/ingest/file-chunk-store.ts";
import { ingestCorpus } from "../../../rag/ingest/ingest-corpus.ts";
import type { IngestSummary } from "../../../rag/ingest/types.ts";
import type { Chunk } from "../../../rag/types.ts";
import { sharedDir } from "../../shared-dir.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..");
const corpusDir = join(sharedDir, "corpus");
const devQuestions = join(sharedDir, "eval", "dev.jsonl");
const present = existsSync(corpusDir);
if (!present)
  console.warn(
    `shared corpus not found at ${corpusDir}: set SHARED_DIR to the folder holding corpus/ and eval/ (skipping)`,
  );

/** The eval's matching rule: NFKC, all whitespace removed. */
const comparable = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

describe.skipIf(!present)("ingesting the shared corpus", () => {
  let dataDir: string;
  let summary: IngestSummary;
  let chunks: Chunk[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "taiwa-shared-"));
    summary = await ingestCorpus({
      paths: [corpusDir],
      dataDir,
      manifestPath: join(repoRoot, "corpus", "shared-corpus.manifest.json"),
    });
    chunks = await new FileChunkStore({ dataDir }).readAllChunks();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("ingests all five documents with their manifest metadata", () => {
    expect(summary).toMatchObject({ files: 5, added: 5, skipped: [] });
    expect(summary.chunks).toBe(chunks.length);
    expect(chunks.length).toBeGreaterThan(200);
    expect(chunks.length).toBeLessThan(800);
    const perDocument = new Map<string, number>();
    for (const chunk of chunks) perDocument.set(chunk.docId, (perDocument.get(chunk.docId) ?? 0) + 1);
    expect(perDocument.size).toBe(5);
    for (const count of perDocument.values()) expect(count).toBeGreaterThanOrEqual(5);
    expect(chunks.find((chunk) => chunk.docId === "2024-10-01_meti_expert-meeting-5_minutes")).toMatchObject({
      kind: "minutes",
      issuer: "経済産業省",
      date: "2024-10-01",
    });
  });

  it("gives every chunk a title, a section path and text under the size cap", () => {
    for (const chunk of chunks) {
      expect(chunk.title.length).toBeGreaterThan(0);
      expect(chunk.sectionPath.length, chunk.chunkId).toBeGreaterThan(0);
      expect(chunk.text.length, chunk.chunkId).toBeLessThanOrEqual(500);
      expect(chunk.text.trim().length, chunk.chunkId).toBeGreaterThan(0);
    }
    expect(new Set(chunks.map((chunk) => chunk.chunkId)).size).toBe(chunks.length);
  });

  it("leaves no HTML fragments in chunk text", () => {
    for (const chunk of chunks) expect(chunk.text, chunk.chunkId).not.toMatch(/<\/?(ul|li|u|span|div)\b/);
  });

  it("keeps a known fact inside one chunk", () => {
    const fact = comparable("コンピューティング、クリーンテック、バイオテックを特定");
    const holding = chunks.filter((chunk) => comparable(chunk.text).includes(fact));
    expect(holding.length).toBeGreaterThanOrEqual(1);
    expect(holding[0]!.docId).toBe("2025-12-12_meti_industrial-technology-base-expert-meeting-8");
  });

  it.skipIf(!existsSync(devQuestions))("keeps every evidence quote of the dev questions inside a single chunk", () => {
    const byDocument = new Map<string, string[]>();
    for (const chunk of chunks)
      byDocument.set(chunk.docId, [...(byDocument.get(chunk.docId) ?? []), comparable(chunk.text)]);
    const missing: string[] = [];
    for (const line of readFileSync(devQuestions, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const question = JSON.parse(line) as { id: string; evidence?: { doc: string; quote: string }[] };
      for (const evidence of question.evidence ?? []) {
        const quote = comparable(evidence.quote);
        if (!(byDocument.get(evidence.doc) ?? []).some((text) => text.includes(quote)))
          missing.push(`${question.id}: ${evidence.quote}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("finds everything unchanged on a second run", async () => {
    const again = await ingestCorpus({
      paths: [corpusDir],
      dataDir,
      manifestPath: join(repoRoot, "corpus", "shared-corpus.manifest.json"),
    });
    expect(again).toMatchObject({ files: 5, added: 0, updated: 0, unchanged: 5, removed: 0 });
  });
});
