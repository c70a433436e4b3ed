import { describe, expect, it } from "vitest";
import { LexicalSearchIndex, textKey } from "../../../rag/retrieve/lexical-search-index.ts";
import { bodyText, titleText } from "../../../rag/retrieve/search-fields.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { searchDeps } from "../../doubles/search-deps.ts";
import { miniCorpus } from "../../fixtures/chunks/mini-corpus.ts";

async function buildIndex() {
  return LexicalSearchIndex.build(miniCorpus, await searchDeps());
}

describe("LexicalSearchIndex.passagesWriting", () => {
  it("counts the passages that write a text as it is, up to a limit, the same when asked again with another limit", async () => {
    const chunks = ["25年1月 AI Diffusion Rule公表", "25年5月 AI Diffusion Rule撤廃", "試験 Rule", "別の話題"].map(
      (text, at) => makeChunk({ docId: `d${at}`, text }),
    );
    const index = LexicalSearchIndex.build(chunks, await searchDeps());
    expect(index.passagesWriting("AI Diffusion Rule", 5)).toBe(2);
    // Asked again with a lower limit, then a higher one: the full count of two stands.
    expect(index.passagesWriting("ai diffusion rule", 1)).toBe(1);
    expect(index.passagesWriting("AIDiffusionRule", 10)).toBe(2);
    // A count cut at its limit is not taken for the full count when a higher limit is asked.
    expect(index.passagesWriting("Rule", 2)).toBe(2);
    expect(index.passagesWriting("Rule", 5)).toBe(3);
    expect(index.passagesWriting("Rule", 1)).toBe(1);
    expect(index.passagesWriting("Blue Sky Rule", 5)).toBe(0);
  });

  it("says whether any document writes a text, in a title or a passage, folded", async () => {
    const chunks = [
      makeChunk({ docId: "d0", title: "CISTEC 試験資料", text: "別の話題" }),
      makeChunk({ docId: "d1", text: "25年1月 AI Diffusion Rule公表" }),
    ];
    const index = LexicalSearchIndex.build(chunks, await searchDeps());
    expect(index.writes("cistec")).toBe(true);
    expect(index.writes("AIDiffusionRule")).toBe(true);
    expect(index.writes("Rapidus")).toBe(false);
  });
});

describe("LexicalSearchIndex", () => {
  it("retrieves a published FAQ entry only for its own question; a bundled Q&A document of kind faq stays searchable", async () => {
    const published = makeChunk({
      docId: "faq-12",
      kind: "faq",
      title: "補助金の申請はいつから受け付けますか",
      text: "補助金の申請は来年度の予定に沿って4月1日から受け付けます。改正があれば改めてお知らせします。",
    });
    const bundled = makeChunk({
      docId: "sample-qa",
      kind: "faq",
      title: "独占禁止法の相談窓口",
      text: "来年の改正予定や補助金の相談は担当窓口で受け付けます。",
    });
    const index = LexicalSearchIndex.build([...miniCorpus, published, bundled], await searchDeps());
    const ids = (query: string) => index.search({ query, limit: 10 }).map((passage) => passage.chunk.docId);
    expect(ids("来年の改正予定はありますか")).not.toContain("faq-12");
    expect(ids("来年の改正予定はありますか")).toContain("sample-qa");
    expect(ids("補助金はいつから申請できますか")).toContain("faq-12");
  });

  it("prefers the document a question names by its date, without searching for the date's numbers", async () => {
    const older = makeChunk({ docId: "older", date: "2024-02", text: "試験物資は11物資を指定。港湾整備も進めた。" });
    const newer = makeChunk({ docId: "newer", date: "2025-12", text: "試験物資は12物資を指定。鉄道車両も加えた。" });
    const timeline = makeChunk({
      docId: "timeline",
      date: "2025-12",
      text: "2024年2月 試験物資の調査開始 2025年12月 報告書の公表",
    });
    const index = LexicalSearchIndex.build([older, newer, timeline], await searchDeps());
    const ids = (query: string) => index.search({ query, limit: 3 }).map((passage) => passage.chunk.docId);
    expect(ids("2024年2月の資料では試験物資はいくつ？")[0]).toBe("older");
    expect(ids("2025年12月の資料では試験物資はいくつ？")[0]).toBe("newer");
  });

  it("finds a passage through an abbreviation it does not contain", async () => {
    const index = await buildIndex();
    const [first] = index.search({ query: "独禁法で情報交換は問題になりますか", limit: 3 });
    expect(first?.chunk.chunkId).toBe("test-casebook#0");
  });

  it("ranks the passage about the asked topic first", async () => {
    const index = await buildIndex();
    const [first] = index.search({ query: "エンジニアの転職を法律で止められますか", limit: 3 });
    expect(first?.chunk.chunkId).toBe("test-guidance#1");
  });

  it("answers English questions from Japanese passages", async () => {
    const index = await buildIndex();
    const [first] = index.search({ query: "What should we do about joint research with foreign companies?", limit: 3 });
    expect(first?.chunk.chunkId).toBe("test-guidance#2");
  });

  it("filters by kind and by document id", async () => {
    const index = await buildIndex();
    const byKind = index.search({ query: "事業者", filter: { kinds: ["casebook"] }, limit: 10 });
    expect(byKind.length).toBeGreaterThan(0);
    expect(byKind.every((passage) => passage.chunk.kind === "casebook")).toBe(true);
    const byDoc = index.search({ query: "重点分野", filter: { docIds: ["test-plan-2025"] }, limit: 10 });
    expect(new Set(byDoc.map((passage) => passage.chunk.docId))).toEqual(new Set(["test-plan-2025"]));
  });

  it("leaves superseded versions out unless asked for", async () => {
    const index = await buildIndex();
    const current = index.search({ query: "重点分野 半導体 蓄電池", limit: 10 });
    expect(current.some((passage) => passage.chunk.docId === "test-plan-2023")).toBe(false);
    const withOld = index.search({ query: "重点分野 半導体 蓄電池", filter: { includeSuperseded: true }, limit: 10 });
    expect(withOld[0]?.chunk.docId).toBe("test-plan-2023");
    const byName = index.search({ query: "重点分野", filter: { docIds: ["test-plan-2023"] }, limit: 10 });
    expect(byName[0]?.chunk.docId).toBe("test-plan-2023");
  });

  it("returns nothing for a question sharing no term with the corpus", async () => {
    const index = await buildIndex();
    expect(index.search({ query: "ワールドカップの優勝国", limit: 5 })).toEqual([]);
  });

  it("reuses cached analyses on rebuild and keeps only the entries it used", async () => {
    const deps = await searchDeps();
    const first = LexicalSearchIndex.build(miniCorpus, deps);
    const kept = miniCorpus.slice(0, 2);
    const second = LexicalSearchIndex.build(kept, deps, first.wordCache);
    // One entry per distinct body and title text of the two chunks, none of the others.
    const used = new Set(kept.flatMap((chunk) => [textKey(bodyText(chunk)), textKey(titleText(chunk))]));
    expect(new Set(second.wordCache.keys())).toEqual(used);
    expect(first.wordCache.size).toBeGreaterThan(used.size);
    expect(second.search({ query: "転職", limit: 1 })[0]?.chunk.chunkId).toBe("test-guidance#1");
  });
});
