import { describe, expect, it } from "vitest";
import { Bm25Field } from "../../../rag/retrieve/bm25-field.ts";
import { Bm25fScorer } from "../../../rag/retrieve/bm25f.ts";
import { LexicalSearchIndex } from "../../../rag/retrieve/lexical-search-index.ts";
import { searchDeps } from "../../doubles/search-deps.ts";
import { rankingChunk, rankingDocument } from "../../fixtures/chunks/ranking-corpus.ts";

function scoresOf(scorer: Bm25fScorer, term: string, documents: number): number[] {
  const scores = new Float32Array(documents);
  scorer.accumulate([{ term, weight: 1 }], scores, 1);
  return [...scores];
}

describe("Bm25fScorer", () => {
  // Four documents; "輸出" is in the body of 0 and 1, in the title of 1 and 2.
  const body = Bm25Field.build([["輸出", "管理"], ["輸出", "規制"], ["投資"], ["審査"]]);
  const title = Bm25Field.build([["概要"], ["輸出"], ["輸出"], ["概要"]]);

  it("counts a title occurrence with the title's weight", () => {
    const scores = scoresOf(new Bm25fScorer([{ field: title, weight: 0.5 }], 4), "輸出", 4);
    const heavier = scoresOf(new Bm25fScorer([{ field: title, weight: 1 }], 4), "輸出", 4);
    expect(scores[1]).toBeGreaterThan(0);
    expect(scores[1]!).toBeLessThan(heavier[1]!);
    expect(scores[0]).toBe(0);
  });

  it("saturates a term found in body and title once, below the sum of two separate BM25 scores", () => {
    const fields = [
      { field: body, weight: 1 },
      { field: title, weight: 1 },
    ];
    const combined = scoresOf(new Bm25fScorer(fields, 4), "輸出", 4);
    const bodyOnly = scoresOf(new Bm25fScorer([fields[0]!], 4), "輸出", 4);
    const titleOnly = scoresOf(new Bm25fScorer([fields[1]!], 4), "輸出", 4);
    // Both fields: more than either alone, less than adding them up.
    expect(combined[1]!).toBeGreaterThan(bodyOnly[1]!);
    expect(combined[1]!).toBeLessThan(bodyOnly[1]! + titleOnly[1]!);
    // Body or title alone still counts.
    expect(combined[0]!).toBeGreaterThan(0);
    expect(combined[2]!).toBeGreaterThan(0);
    expect(combined[3]).toBe(0);
  });

  it("leaves its scratch space clean between queries", () => {
    const scorer = new Bm25fScorer([{ field: body, weight: 1 }], 4);
    expect(scoresOf(scorer, "輸出", 4)).toEqual(scoresOf(scorer, "輸出", 4));
  });
});

describe("section titles as a field", () => {
  it("finds a chunk by its section title when its body does not name the topic", async () => {
    const meeting = rankingDocument("test-meeting", "テスト会議 資料");
    const chunks = [
      rankingChunk(meeting, 0, ["産業界からの要望"], "輸出手続の簡素化と、相談窓口の拡充をお願いしたい。"),
      rankingChunk(
        meeting,
        1,
        ["会議の概要"],
        "会議では産業界と政府の役割分担、予算の使い方、今後の日程について幅広く議論した。",
      ),
    ];
    const index = LexicalSearchIndex.build(chunks, await searchDeps());
    const passages = index.search({ query: "産業界からはどんな要望が出ましたか", limit: 2 });
    expect(passages[0]?.chunk.chunkId).toBe("test-meeting#0");
  });

  it("finds a chunk by its document title", async () => {
    const chunks = [
      rankingChunk(rankingDocument("test-a", "半導体戦略"), 0, ["第1章"], "国内の製造拠点を増やす。"),
      rankingChunk(rankingDocument("test-b", "観光振興計画"), 0, ["第1章"], "地方の宿泊施設を増やす。"),
    ];
    const index = LexicalSearchIndex.build(chunks, await searchDeps());
    expect(index.search({ query: "半導体戦略では何を増やす？", limit: 1 })[0]?.chunk.chunkId).toBe("test-a#0");
  });
});
