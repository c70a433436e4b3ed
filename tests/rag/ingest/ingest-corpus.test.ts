import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileChunkStore } from "../../../rag/ingest/file-chunk-store.ts";
import { ingestCorpus } from "../../../rag/ingest/ingest-corpus.ts";
import type { IngestProgress } from "../../../rag/ingest/types.ts";
import { fixturesDir } from "./document-loader-contract.ts";

let root: string;
let corpus: string;
let dataDir: string;

async function write(relative: string, content: string | Uint8Array): Promise<void> {
  const path = join(corpus, relative);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
}

const manifest = {
  documents: [
    {
      docId: "plan-2024",
      file: "plan-2024.md",
      title: "アクションプラン(改訂)",
      issuer: "経済産業省",
      date: "2024-05-14",
      kind: "action-plan",
      version: "改訂",
      url: "https://example.invalid/2024.pdf",
    },
    {
      docId: "plan-2025",
      file: "plan-2025.md",
      title: "アクションプラン(再改訂)",
      issuer: "経済産業省",
      date: "2025-05-30",
      kind: "action-plan",
      version: "再改訂",
      supersedes: "plan-2024",
    },
  ],
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "taiwa-ingest-"));
  corpus = join(root, "corpus");
  dataDir = join(root, "data");
  await write("manifest.json", JSON.stringify(manifest));
  await write("plan-2024.md", "# 改訂版\n\n## 重点分野\n\n- コンピューティング\n- クリーンテック\n");
  await write(
    "plan-2025.md",
    "# 再改訂版\n\n## 重点分野\n\n- コンピューティング、クリーンテック、バイオテックに加え防衛関連を追加する。\n",
  );
  await write(
    "2024-10-01_minutes.txt",
    "第5回 有識者会議 議事要旨\n\n1. 経済インテリジェンス\n\n人事交流が重要との意見があった。\n",
  );
  await write("nested/faq.html", "<html><body><h1>よくある質問</h1><p>相談は経済産業省へ。</p></body></html>");
  await copyFile(join(fixturesDir, "sample-ja.pdf"), join(corpus, "guide.pdf"));
  await copyFile(join(fixturesDir, "sample-ja.docx"), join(corpus, "overview.docx"));
  await write("image.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  await write(
    "garbage.txt",
    Uint8Array.from({ length: 512 }, (_, index) => (index * 31) % 256),
  );
  await write("empty.md", "");
  await write(".hidden.md", "# 隠しファイル");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const chunksOf = async (docId: string) =>
  (await new FileChunkStore({ dataDir }).readAllChunks()).filter((chunk) => chunk.docId === docId);

describe("ingestCorpus", () => {
  it("ingests every supported file, skips bad ones with a reason, and reports progress", async () => {
    const progress: IngestProgress[] = [];
    const summary = await ingestCorpus({ paths: [corpus], dataDir, onProgress: (event) => progress.push(event) });
    expect(summary).toMatchObject({ files: 6, added: 6, updated: 0, unchanged: 0, removed: 0 });
    expect(summary.skipped.map((entry) => entry.path.replace(`${corpus}/`, "")).sort()).toEqual([
      "empty.md",
      "garbage.txt",
      "image.png",
    ]);
    for (const entry of summary.skipped) expect(entry.reason).toMatch(/\(.+\)/);
    expect(progress).toHaveLength(9);
    expect(progress.at(-1)).toMatchObject({ done: 9, total: 9 });
    const all = await new FileChunkStore({ dataDir }).readAllChunks();
    expect(summary.chunks).toBe(all.length);
    expect(new Set(all.map((chunk) => chunk.docId))).toEqual(
      new Set(["plan-2024", "plan-2025", "2024-10-01_minutes", "faq", "guide", "overview"]),
    );
  });

  it("applies manifest metadata, and infers it without an entry", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    expect((await chunksOf("plan-2024"))[0]).toMatchObject({
      title: "アクションプラン(改訂)",
      kind: "action-plan",
      version: "改訂",
      url: "https://example.invalid/2024.pdf",
    });
    expect((await chunksOf("2024-10-01_minutes"))[0]).toMatchObject({
      title: "第5回有識者会議議事要旨",
      date: "2024-10-01",
      kind: "other",
    });
    expect((await chunksOf("guide")).map((chunk) => chunk.page)).toContain(2);
  });

  it("marks the older version superseded while the newer one is ingested", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    expect((await chunksOf("plan-2024")).every((chunk) => chunk.superseded === true)).toBe(true);
    expect((await chunksOf("plan-2025")).every((chunk) => chunk.superseded === undefined)).toBe(true);
    await rm(join(corpus, "plan-2025.md"));
    await ingestCorpus({ paths: [corpus], dataDir });
    expect((await chunksOf("plan-2024")).every((chunk) => chunk.superseded === undefined)).toBe(true);
  });

  it("is idempotent: a second run changes nothing on disk", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    const before = await snapshot();
    const summary = await ingestCorpus({ paths: [corpus], dataDir });
    expect(summary).toMatchObject({ files: 6, added: 0, updated: 0, unchanged: 6, removed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("re-chunks a modified file and removes a deleted one", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    await write(
      "2024-10-01_minutes.txt",
      "第5回 有識者会議 議事要旨\n\n1. 経済インテリジェンス\n\n投資家も候補とすべきとの意見があった。\n",
    );
    await rm(join(corpus, "nested", "faq.html"));
    const summary = await ingestCorpus({ paths: [corpus], dataDir });
    expect(summary).toMatchObject({ files: 5, added: 0, updated: 1, unchanged: 4, removed: 1 });
    const minutes = (await chunksOf("2024-10-01_minutes")).map((chunk) => chunk.text).join("\n");
    expect(minutes).toContain("投資家も候補");
    expect(minutes).not.toContain("人事交流");
    expect(await chunksOf("faq")).toEqual([]);
    expect(await readdir(join(dataDir, "chunks"))).not.toContain("faq.json");
  });

  it("re-chunks a file whose manifest entry changed", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    const changed = structuredClone(manifest);
    changed.documents[0]!.title = "アクションプラン(改訂版)";
    await write("manifest.json", JSON.stringify(changed));
    expect(await ingestCorpus({ paths: [corpus], dataDir })).toMatchObject({ updated: 1, unchanged: 5 });
    expect((await chunksOf("plan-2024"))[0]!.title).toBe("アクションプラン(改訂版)");
  });

  it("leaves documents from other folders alone, and takes an explicit manifest", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    const other = join(root, "other");
    await mkdir(other);
    await writeFile(join(other, "note.md"), "# メモ\n\n本文。");
    await writeFile(
      join(root, "other.manifest.json"),
      JSON.stringify({ documents: [{ docId: "memo", file: "note.md", title: "メモ", kind: "faq" }] }),
    );
    const summary = await ingestCorpus({ paths: [other], dataDir, manifestPath: join(root, "other.manifest.json") });
    expect(summary).toMatchObject({ files: 1, added: 1, removed: 0 });
    expect((await chunksOf("memo"))[0]).toMatchObject({ kind: "faq", title: "メモ" });
    expect(await chunksOf("plan-2025")).not.toEqual([]);
  });

  it("skips a second file claiming the same docId, and reports a missing path", async () => {
    await write("copy/2024-10-01_minutes.txt", "別の内容。");
    const summary = await ingestCorpus({ paths: [corpus, join(root, "missing")], dataDir });
    const reasons = summary.skipped.map((entry) => entry.reason).join("\n");
    expect(reasons).toContain("duplicate docId");
    expect(reasons).toContain("no such file or folder");
  });

  it("uses the manifest beside a file given directly, and keeps the rest of the folder", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    const summary = await ingestCorpus({ paths: [join(corpus, "plan-2025.md")], dataDir });
    expect(summary).toMatchObject({ files: 1, unchanged: 1, removed: 0 });
    expect((await chunksOf("plan-2025"))[0]).toMatchObject({ version: "再改訂", supersedes: "plan-2024" });
    expect(await chunksOf("faq")).not.toEqual([]);
  });

  it("leaves no temporary files behind", async () => {
    await ingestCorpus({ paths: [corpus], dataDir });
    const names = [...(await readdir(dataDir)), ...(await readdir(join(dataDir, "chunks")))];
    expect(names.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = { "documents.json": await readFile(join(dataDir, "documents.json"), "utf8") };
  for (const name of await readdir(join(dataDir, "chunks")))
    files[name] = await readFile(join(dataDir, "chunks", name), "utf8");
  return files;
}
