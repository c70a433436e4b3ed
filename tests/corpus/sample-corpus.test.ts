import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FileChunkStore } from "../../rag/ingest/file-chunk-store.ts";
import { ingestCorpus } from "../../rag/ingest/ingest-corpus.ts";

const corpusDir = resolve(import.meta.dirname, "..", "..", "corpus");

describe("the shipped corpus folder", () => {
  it("names its official source and date at the top of every sample file", () => {
    for (const name of readdirSync(join(corpusDir, "sample"))) {
      const head = readFileSync(join(corpusDir, "sample", name), "utf8")
        .split("\n")
        .slice(0, 6)
        .join("\n");
      expect(head, name).toMatch(/出典: .+https:\/\/www\.(cao|meti|jftc)\.go\.jp\//);
      expect(head, name).toMatch(/出典の日付: \d{4}年\d{1,2}月/);
    }
  });

  it("ingests out of the box with its manifest: the samples, nothing skipped", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "taiwa-sample-"));
    try {
      const summary = await ingestCorpus({ paths: [corpusDir], dataDir });
      expect(summary.skipped).toEqual([]);
      expect(summary.files).toBe(
        readdirSync(join(corpusDir, "sample")).length +
          readdirSync(join(corpusDir, "official")).filter((name) => !name.startsWith(".")).length,
      );
      const chunks = await new FileChunkStore({ dataDir }).readAllChunks();
      const antitrust = chunks.filter((chunk) => chunk.docId === "sample-antitrust-consultation-routes");
      expect(antitrust[0]).toMatchObject({
        kind: "faq",
        date: "2025-11-20",
        issuer: expect.stringContaining("公正取引委員会"),
      });
      expect(
        antitrust.some((chunk) => chunk.text.includes("公正取引委員会") && chunk.sectionPath.includes("相談の窓口")),
      ).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
