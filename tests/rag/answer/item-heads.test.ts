import { describe, expect, it } from "vitest";
import { asksKinds, itemHeads } from "../../../rag/answer/item-heads.ts";
import { foldForMatch } from "../../../rag/retrieve/fold.ts";
import { answererFor, nextChunkIn } from "../../doubles/chunk-answerer.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

/** A table of four kinds of test leak, cut over two chunks, each kind with what the table says of it. */
const CHUNKS = [
  makeChunk({
    docId: "routes",
    ordinal: 0,
    sectionPath: ["試験漏えいの経路"],
    text: "試験漏えいの経路に応じた課題\n① 試験の持ち出し (試験管理)\n- 試験室から資料を持ち出す行為\n- 持ち出しの記録が残らない\n② 試験の買い取り (出資管理)\n- 試験会社への出資",
  }),
  makeChunk({
    docId: "routes",
    ordinal: 1,
    sectionPath: ["試験漏えいの経路"],
    text: "- 出資の審査が追いつかない\n③ 試験員の移籍\n- 試験員が他社へ移る\n④ 試験データの盗用\n- データを不正に写す行為",
  }),
];
const nextChunk = nextChunkIn(CHUNKS);

describe("asksKinds", () => {
  it("reads a question about which kinds there are (どんなパターン, どの経路, what kinds), not what one kind is", () => {
    expect(asksKinds(foldForMatch("試験漏えいの経路として、どんなパターンを想定していますか？"))).toBe(true);
    expect(asksKinds(foldForMatch("What kinds of test leaks does the paper list?"))).toBe(true);
    expect(asksKinds(foldForMatch("試験漏えいの経路にはどんなものがありますか？"))).toBe(true);
    expect(asksKinds(foldForMatch("試験員の移籍について、どんな課題がありますか？"))).toBe(false);
  });
});

describe("itemHeads", () => {
  it("gives the heads of the quoted list in sequence over the chunk cut, without the lines under each", () => {
    const found = {
      passageRank: 0,
      spans: [{ chunk: CHUNKS[0]!, lines: ["① 試験の持ち出し (試験管理)", "- 試験室から資料を持ち出す行為"] }],
      coverage: 0.5,
      carries: true,
    };
    const heads = itemHeads(found, { nextChunk, isBoilerplate: () => false });
    expect(heads?.spans.flatMap((span) => span.lines)).toEqual([
      "① 試験の持ち出し (試験管理)",
      "② 試験の買い取り (出資管理)",
      "③ 試験員の移籍",
      "④ 試験データの盗用",
    ]);
    expect(heads?.coverage).toBe(0.5);
  });

  it("leaves a list with nothing under its items as it is", () => {
    const bare = makeChunk({ docId: "bare", text: "① 試験A\n② 試験B\n③ 試験C" });
    const found = {
      passageRank: 0,
      spans: [{ chunk: bare, lines: ["① 試験A", "② 試験B", "③ 試験C"] }],
      coverage: 1,
      carries: true,
    };
    expect(itemHeads(found, { nextChunk: () => undefined, isBoilerplate: () => false })).toBeUndefined();
  });

  it("answers 「どんなパターン」 with the kinds the table's rows are headed by", async () => {
    const answerer = await answererFor(CHUNKS);
    const result = await answerer.answer({ question: "試験漏えいの経路として、どんなパターンが想定されていますか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("① 試験の持ち出し (試験管理)");
    expect(result.answer).toContain("④ 試験データの盗用");
    expect(result.answer).not.toContain("持ち出す行為");
  });
});
