import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isTaiwaError } from "../../../app/errors.ts";
import {
  findManifestDocument,
  inferMeta,
  metaFromManifest,
  readManifest,
} from "../../../rag/ingest/corpus-manifest.ts";

const repoRoot = join(import.meta.dirname, "..", "..", "..");
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "taiwa-manifest-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function manifestError(content: string): Promise<unknown> {
  const path = join(dir, "manifest.json");
  await writeFile(path, content);
  return readManifest({ path }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("readManifest", () => {
  it("reads the shipped corpus manifest: samples exist, official versions form a superseding chain", async () => {
    const manifest = await readManifest({ path: join(repoRoot, "corpus", "manifest.json") });
    const samples = manifest.documents.filter((document) => document.file.startsWith("sample/"));
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const sample of samples) {
      expect(existsSync(join(manifest.baseDir, sample.file)), sample.file).toBe(true);
      expect(sample.url).toMatch(/^https:\/\/www\.(cao|meti|jftc)\.go\.jp\//);
      expect(sample.date).toBeDefined();
    }
    const byId = new Map(manifest.documents.map((document) => [document.docId, document]));
    expect(byId.get("meti-action-plan-2025-05")?.supersedes).toBe("meti-action-plan-2024-05");
    expect(byId.get("meti-action-plan-2024-05")?.supersedes).toBe("meti-action-plan-2023-10");
    expect(byId.get("jftc-economic-security-antitrust-casebook")).toMatchObject({
      kind: "casebook",
      date: "2025-11-20",
    });
    for (const source of manifest.sources) expect(byId.has(source.docId ?? ""), source.file).toBe(true);
  });

  it("reads the shared-corpus manifest: five documents, metadata only", async () => {
    const manifest = await readManifest({ path: join(repoRoot, "corpus", "shared-corpus.manifest.json") });
    expect(manifest.documents.map((document) => document.kind).sort()).toEqual([
      "briefing",
      "briefing",
      "briefing",
      "briefing",
      "minutes",
    ]);
  });

  it("names every problem of an invalid manifest", async () => {
    const error = await manifestError(
      JSON.stringify({ documents: [{ docId: "a", file: "a.txt", title: "", kind: "memo", date: "2024/1" }] }),
    );
    expect(isTaiwaError(error) && error.code).toBe("input_malformed");
    expect(String((error as Error).message)).toMatch(/title[\s\S]*kind[\s\S]*date|title[\s\S]*date[\s\S]*kind/);
  });

  it("refuses malformed JSON and duplicate docIds", async () => {
    expect(isTaiwaError(await manifestError("{ not json"))).toBe(true);
    const duplicate = { docId: "a", file: "a.txt", title: "A", kind: "other" };
    const error = await manifestError(JSON.stringify({ documents: [duplicate, { ...duplicate, file: "b.txt" }] }));
    expect((error as Error).message).toContain("duplicate docId a");
  });
});

describe("findManifestDocument", () => {
  it("matches by resolved path first, then by file name", async () => {
    const path = join(dir, "manifest.json");
    await writeFile(
      path,
      JSON.stringify({
        documents: [
          { docId: "near", file: "docs/plan.pdf", title: "近い", kind: "action-plan" },
          { docId: "named", file: "minutes.txt", title: "議事要旨", kind: "minutes", supersedes: "old" },
        ],
      }),
    );
    const manifests = [await readManifest({ path })];
    expect(findManifestDocument(manifests, join(dir, "docs", "plan.pdf"))?.docId).toBe("near");
    expect(findManifestDocument(manifests, "/elsewhere/minutes.txt")?.docId).toBe("named");
    expect(findManifestDocument(manifests, "/elsewhere/other.txt")).toBeUndefined();
    expect(metaFromManifest(findManifestDocument(manifests, "/x/minutes.txt")!)).toEqual({
      docId: "named",
      title: "議事要旨",
      kind: "minutes",
      supersedes: "old",
    });
  });
});

describe("inferMeta", () => {
  it("takes docId from the file name, title from the first heading, date from the file name", () => {
    expect(
      inferMeta({ path: "/c/2024-10-01_meti_minutes.md", text: "前文\n# 第5回 有識者会議 議事要旨\n本文" }),
    ).toEqual({
      docId: "2024-10-01_meti_minutes",
      title: "第5回 有識者会議 議事要旨",
      date: "2024-10-01",
      kind: "other",
    });
  });

  it("falls back to the first line for the title and the text for the date (令和)", () => {
    expect(inferMeta({ path: "/c/lecture.txt", text: "\n経済安全保障と先端技術\n令和4年10月15日\n本文" })).toEqual({
      docId: "lecture",
      title: "経済安全保障と先端技術",
      date: "2022-10-15",
      kind: "other",
    });
  });

  it("uses the docId as the title when the first line is too long to be one", () => {
    expect(inferMeta({ path: "/c/notes.txt", text: "長".repeat(200) }).title).toBe("notes");
  });
});
