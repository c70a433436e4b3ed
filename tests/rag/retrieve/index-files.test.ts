import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadIndex, loadWordCache, saveIndex } from "../../../rag/retrieve/index-files.ts";
import { LexicalSearchIndex } from "../../../rag/retrieve/lexical-search-index.ts";
import { searchDeps } from "../../doubles/search-deps.ts";
import { miniCorpus } from "../../fixtures/chunks/mini-corpus.ts";

async function savedIndex() {
  const deps = await searchDeps();
  const built = LexicalSearchIndex.build(miniCorpus, deps);
  const dir = join(await mkdtemp(join(tmpdir(), "taiwa-index-")), "index");
  await saveIndex(dir, {
    chunks: built.chunks,
    fields: built.fields,
    wordCache: built.wordCache,
  });
  return { deps, built, dir };
}

describe("index files", () => {
  it("round-trips: a loaded index answers exactly like the built one", async () => {
    const { deps, built, dir } = await savedIndex();
    const stored = await loadIndex(dir);
    expect(stored?.header.chunkCount).toBe(miniCorpus.length);
    const loaded = new LexicalSearchIndex(stored!.chunks, stored!.fields, deps);
    for (const query of ["独禁法", "転職 営業秘密", "重点分野"]) {
      expect(loaded.search({ query, limit: 5 })).toEqual(built.search({ query, limit: 5 }));
    }
    expect((await loadWordCache(dir)).size).toBe(built.wordCache.size);
  });

  it("returns undefined where no index was saved", async () => {
    expect(await loadIndex(join(tmpdir(), "taiwa-no-such-index"))).toBeUndefined();
  });

  it("ignores an index of an older format, so it is rebuilt", async () => {
    const { dir } = await savedIndex();
    const header = JSON.parse(await readFile(join(dir, "header.json"), "utf8"));
    await writeFile(join(dir, "header.json"), JSON.stringify({ ...header, formatVersion: 0 }));
    expect(await loadIndex(dir)).toBeUndefined();
  });

  it("reports a corrupt index with a code and the fix", async () => {
    const { dir } = await savedIndex();
    await writeFile(join(dir, "chunks.json"), "{not json");
    await expect(loadIndex(dir)).rejects.toMatchObject({
      code: "index_corrupt",
      message: expect.stringContaining("ingest"),
    });
  });
});
