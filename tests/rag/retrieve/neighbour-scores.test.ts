import { describe, expect, it } from "vitest";
import { LexicalSearchIndex } from "../../../rag/retrieve/lexical-search-index.ts";
import { blendNeighbours, findNeighbours } from "../../../rag/retrieve/neighbour-scores.ts";
import { searchDeps } from "../../doubles/search-deps.ts";
import { rankingChunk, rankingDocument } from "../../fixtures/chunks/ranking-corpus.ts";

describe("findNeighbours", () => {
  it("links chunks of the same document by ordinal, whatever their order in the list", () => {
    const a = rankingDocument("test-a");
    const b = rankingDocument("test-b");
    const chunks = [
      rankingChunk(a, 1, [], "x"),
      rankingChunk(b, 0, [], "x"),
      rankingChunk(a, 0, [], "x"),
      rankingChunk(a, 2, [], "x"),
    ];
    const { previous, next } = findNeighbours(chunks);
    expect([...previous]).toEqual([2, -1, -1, 0]);
    expect([...next]).toEqual([3, -1, 0, -1]);
  });
});

describe("blendNeighbours", () => {
  it("adds a share of the better neighbour's score and never crosses documents", () => {
    const neighbours = { previous: Int32Array.from([-1, 0, -1]), next: Int32Array.from([1, -1, -1]) };
    const blended = blendNeighbours(Float32Array.from([10, 0, 4]), neighbours, 0.2);
    expect([...blended]).toEqual([10, 2, 4]);
  });
});

describe("neighbour-aware ranking", () => {
  it("ranks the continuation of a strong match above an equally weak passage elsewhere", async () => {
    const list = rankingDocument("test-list");
    const other = rankingDocument("test-other");
    const chunks = [
      rankingChunk(list, 0, ["第1章"], "特定重要物資の一覧は次のとおり。半導体、蓄電池、クラウド、"),
      rankingChunk(list, 1, ["第1章"], "永久磁石、工作機械、航空機部品も物資に含まれる。"),
      rankingChunk(other, 0, ["第1章"], "造船部品、鉄道車両部品も物資に含まれる。"),
    ];
    const index = LexicalSearchIndex.build(chunks, await searchDeps());
    const order = index.search({ query: "特定重要物資の一覧", limit: 3 }).map((passage) => passage.chunk.chunkId);
    expect(order).toEqual(["test-list#0", "test-list#1", "test-other#0"]);
  });
});
