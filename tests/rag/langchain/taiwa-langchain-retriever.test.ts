import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document } from "@langchain/core/documents";
import { RunnableLambda } from "@langchain/core/runnables";
import { describe, expect, it } from "vitest";
import { openCore } from "../../../app/core.ts";
import { TaiwaLangChainRetriever } from "../../../rag/langchain/taiwa-langchain-retriever.ts";
import { LexicalRetriever } from "../../../rag/retrieve/lexical-retriever.ts";

const repoRoot = join(import.meta.dirname, "..", "..", "..");

async function sampleRetriever(options: { limit?: number } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), "taiwa-langchain-"));
  const core = await openCore({ dataDir, corpusDir: join(repoRoot, "corpus") });
  await core.ensureIndexed();
  return new TaiwaLangChainRetriever({ retriever: new LexicalRetriever(() => core.corpus.index), ...options });
}

describe("TaiwaLangChainRetriever", () => {
  it("returns LangChain Documents from taiwa's Japanese retrieval, with the citation in the metadata", async () => {
    const retriever = await sampleRetriever({ limit: 3 });
    const documents = await retriever.invoke("特定重要物資にはどんな物資がありますか");
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.length).toBeLessThanOrEqual(3);
    const [first] = documents;
    expect(first).toBeInstanceOf(Document);
    expect(first?.metadata.docId).toBe("sample-specified-critical-materials");
    expect(first?.pageContent).toContain("特定重要物資");
    expect(first?.metadata.citation).toContain(first?.metadata.title);
    expect(first?.metadata.chunkId).toBe(first?.id);
    const scores = documents.map((document) => document.metadata.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("composes in a LangChain chain like any retriever", async () => {
    const retriever = await sampleRetriever();
    const sources = RunnableLambda.from((documents: Document[]) =>
      documents.map((document) => String(document.metadata.citation)),
    );
    const lines = await retriever.pipe(sources).invoke("経済安全保障推進法の4つの制度");
    expect(lines[0]).toMatch(/経済安全保障推進法/);
  });

  it("returns nothing, not an error, when nothing matches", async () => {
    const retriever = await sampleRetriever();
    expect(await retriever.invoke("zzzz qqqq")).toEqual([]);
  });
});
