import { describe, expect, it } from "vitest";
import { LexicalSearchIndex } from "../../../rag/retrieve/lexical-search-index.ts";
import { withoutNearDuplicates } from "../../../rag/retrieve/near-duplicates.ts";
import { searchDeps } from "../../doubles/search-deps.ts";
import { rankingChunk, rankingDocument } from "../../fixtures/chunks/ranking-corpus.ts";

const boilerplate = "本資料は有識者会議の議論のために事務局が作成したものであり、政府の決定を示すものではありません。";

describe("withoutNearDuplicates", () => {
  it("keeps the first of nearly identical texts, in order, up to the limit", () => {
    const texts = [boilerplate, `${boilerplate}(2)`, "半導体の支援策を拡充する。", "蓄電池の支援策を拡充する。"];
    expect(withoutNearDuplicates(texts, (text) => text, 10)).toEqual([texts[0], texts[2], texts[3]]);
    expect(withoutNearDuplicates(texts, (text) => text, 2)).toEqual([texts[0], texts[2]]);
  });
});

describe("near-duplicate passages in a ranking", () => {
  it("lets boilerplate repeated over slides take one slot, leaving room for the content", async () => {
    const chunks = [1, 2, 3, 4].map((slide) =>
      rankingChunk(rankingDocument(`test-slide-${slide}`), 0, ["有識者会議"], `${boilerplate}\n(スライド${slide})`),
    );
    chunks.push(
      rankingChunk(
        rankingDocument("test-minutes"),
        0,
        ["議事要旨"],
        "有識者会議では、事務局案に賛成する意見が多かった。",
      ),
    );
    const index = LexicalSearchIndex.build(chunks, await searchDeps());
    const passages = index.search({ query: "有識者会議の事務局の資料", limit: 3 });
    const ids = passages.map((passage) => passage.chunk.chunkId);
    expect(ids.filter((id) => id.startsWith("test-slide-"))).toHaveLength(1);
    expect(ids).toContain("test-minutes#0");
  });

  it("looks deeper than its first candidates when they are all copies of one passage", async () => {
    const copies = Array.from({ length: 60 }, (_, copy) =>
      rankingChunk(rankingDocument(`test-copy-${copy}`), 0, ["有識者会議"], `${boilerplate}\n(複製${copy})`),
    );
    const content = rankingChunk(
      rankingDocument("test-content"),
      0,
      ["議事要旨"],
      "事務局の案に対し、有識者から意見が出た。",
    );
    const index = LexicalSearchIndex.build([...copies, content], await searchDeps());
    const ids = index.search({ query: "有識者会議の事務局の資料", limit: 3 }).map((passage) => passage.chunk.chunkId);
    expect(ids).toContain("test-content#0");
    expect(ids.filter((id) => id.startsWith("test-copy-"))).toHaveLength(1);
  });
});
