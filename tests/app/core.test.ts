import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCore } from "../../app/core.ts";
import { INDEX_FORMAT_VERSION } from "../../rag/retrieve/index-files.ts";

const repoRoot = join(import.meta.dirname, "..", "..");

async function freshCore() {
  const dataDir = await mkdtemp(join(tmpdir(), "taiwa-core-"));
  return { dataDir, core: await openCore({ dataDir, corpusDir: join(repoRoot, "corpus") }) };
}

async function writeFaq(dataDir: string, entries: { id: string; question: string; answer: string }[]) {
  const folder = join(dataDir, "faq");
  await mkdir(folder, { recursive: true });
  for (const entry of entries)
    await writeFile(join(folder, `${entry.id}.md`), `# ${entry.question}\n\n${entry.answer}\n`);
  const documents = entries.map((entry) => ({
    file: `${entry.id}.md`,
    docId: `faq-${entry.id}`,
    title: entry.question,
    issuer: "経済産業省",
    date: "2026-11-01",
    kind: "faq",
  }));
  await writeFile(join(folder, "manifest.json"), JSON.stringify({ documents }));
}

describe("openCore", () => {
  it("indexes the bundled sample corpus on first run, so a fresh clone answers at once", async () => {
    const { core } = await freshCore();
    expect(core.corpus.size).toBe(0);
    await core.ensureIndexed();
    expect(core.corpus.size).toBeGreaterThan(0);
    const answer = await core.answerer.answer({ question: "特定重要物資にはどんな物資がありますか" });
    expect(answer.resolved).toBe(true);
    expect(answer.citations[0]?.docId).toMatch(/^sample-/);
  });

  it("keeps the index on disk: a second open answers without re-ingesting", async () => {
    const { dataDir, core } = await freshCore();
    await core.ensureIndexed();
    const reopened = await openCore({ dataDir });
    expect(reopened.corpus.size).toBe(core.corpus.size);
  });

  it("rebuilds an index of an older format from the stored chunks when it opens", async () => {
    const { dataDir, core } = await freshCore();
    await core.ensureIndexed();
    const size = core.corpus.size;
    const headerFile = join(dataDir, "index", "header.json");
    const header = JSON.parse(await readFile(headerFile, "utf8"));
    await writeFile(headerFile, JSON.stringify({ ...header, formatVersion: INDEX_FORMAT_VERSION - 1 }));
    const reopened = await openCore({ dataDir });
    expect(reopened.corpus.size).toBe(size);
    expect(JSON.parse(await readFile(headerFile, "utf8")).formatVersion).toBe(INDEX_FORMAT_VERSION);
  });

  it("adds a published FAQ to the answers and removes it when withdrawn, leaving the corpus alone", async () => {
    const { dataDir, core } = await freshCore();
    await core.ensureIndexed();
    const corpusChunks = core.corpus.size;
    await writeFaq(dataDir, [
      {
        id: "7",
        question: "量子暗号通信の実証事業の公募時期はいつですか",
        answer: "量子暗号通信の実証事業の公募は2027年4月に開始する予定です。",
      },
    ]);
    await core.reindexFaq();
    const answer = await core.answerer.answer({ question: "量子暗号通信の実証事業の公募時期は？" });
    expect(answer.resolved).toBe(true);
    expect(answer.citations[0]).toMatchObject({ docId: "faq-7", kind: "faq" });

    await rm(join(dataDir, "faq", "7.md"));
    await writeFaq(dataDir, []);
    await core.reindexFaq();
    expect(core.corpus.size).toBe(corpusChunks);
    const after = await core.answerer.answer({ question: "量子暗号通信の実証事業の公募時期は？" });
    expect(after.citations.map((citation) => citation.docId)).not.toContain("faq-7");
  });
});
