import { describe, expect, it } from "vitest";
import { asksContents, contentsExcerpt } from "../../../rag/answer/contents-excerpt.ts";
import { foldForMatch } from "../../../rag/retrieve/fold.ts";
import type { Chunk, Passage } from "../../../rag/types.ts";
import { answererFor, nextChunkIn } from "../../doubles/chunk-answerer.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

/** A guide's table of contents cut over two chunks, then a slide that speaks of one chapter. */
const CHUNKS = [
  makeChunk({
    docId: "guide",
    ordinal: 0,
    sectionPath: ["試験手引き"],
    text: "試験手引き(第1版)の公表\n- 試験の手引きを策定した。\n目次\n第0章 はじめに\n1 目的\n第1章 試験設備の海外移転への対策\n1 計画段階の事項\n2 契約時の事項",
  }),
  makeChunk({
    docId: "guide",
    ordinal: 1,
    sectionPath: ["試験手引き"],
    text: "3 撤退時の事項\n第2章 試験員を通じた流出への対策\n1 未然の事項\n参考資料 試験対策チェックリスト",
  }),
  makeChunk({
    docId: "guide",
    ordinal: 2,
    sectionPath: ["試験手引き"],
    text: "第1章が想定するケース\n- 第1章では、試験設備を海外に移す場合を想定している。",
  }),
];

const nextChunk = nextChunkIn(CHUNKS);
const passage = (chunk: Chunk, score: number): Passage => ({ chunk, score });

describe("asksContents", () => {
  it("reads a question about a document's layout (章立て, 目次, what chapters), not one about a chapter", () => {
    expect(asksContents(foldForMatch("試験手引きって、どういう章立てになっていますか？"))).toBe(true);
    expect(asksContents(foldForMatch("試験手引きの目次を教えて"))).toBe(true);
    expect(asksContents(foldForMatch("What chapters does the test guide have?"))).toBe(true);
    // What its chapters are about, however the chapters are counted.
    expect(asksContents(foldForMatch("What kinds of risk do its two main chapters deal with?"))).toBe(true);
    expect(asksContents(foldForMatch("What do the chapters of the test guide cover?"))).toBe(true);
    expect(asksContents(foldForMatch("What does Chapter 2 of the test guide cover?"))).toBe(false);
    expect(asksContents(foldForMatch("試験手引きの第2章では何を想定していますか？"))).toBe(false);
    expect(asksContents(foldForMatch("Does Chapter 2 of the test guide cover former staff?"))).toBe(false);
  });

  it("reads what a guide takes up (どんな場面を対象に, what does it cover) as its chapters, and only of a guide", () => {
    expect(asksContents(foldForMatch("試験手引きはどんな場面を対象にしていますか？"))).toBe(true);
    expect(asksContents(foldForMatch("What does the test guidance cover?"))).toBe(true);
    expect(asksContents(foldForMatch("What situations does the Test Guidance (1st edition) cover?"))).toBe(true);
    // A later part points back to the guide the question names.
    const question = foldForMatch("試験ガイダンスは義務ですか？また、何を対象にしていますか？");
    expect(asksContents(foldForMatch("何を対象にしていますか？"), question)).toBe(true);
    expect(asksContents(foldForMatch("What does the test tariff cover?"))).toBe(false);
    expect(asksContents(foldForMatch("試験制度はどんな事業者を対象にしていますか？"))).toBe(false);
    expect(asksContents(foldForMatch("試験手引きの第2章はどんな場面を対象にしていますか？"))).toBe(false);
    // What a revision is to take up is what it adds, not the present chapters.
    expect(asksContents(foldForMatch("What situations will the second edition of the test guidance cover?"))).toBe(
      false,
    );
    expect(asksContents(foldForMatch("試験手引きの改訂版ではどんな場面を対象にしますか？"))).toBe(false);
  });
});

describe("contentsExcerpt", () => {
  it("lists the chapter titles in order from the earliest retrieved chunk on, without their sections", () => {
    const excerpt = contentsExcerpt([passage(CHUNKS[1]!, 3), passage(CHUNKS[0]!, 2), passage(CHUNKS[2]!, 1)], {
      depth: 5,
      nextChunk,
      isBoilerplate: () => false,
    });
    expect(excerpt?.spans.flatMap((span) => span.lines)).toEqual([
      "第0章 はじめに",
      "第1章 試験設備の海外移転への対策",
      "第2章 試験員を通じた流出への対策",
      "参考資料 試験対策チェックリスト",
    ]);
    expect(excerpt?.spans.map((span) => span.chunk.chunkId)).toEqual(["guide#0", "guide#1"]);
  });

  it("finds no table of contents in a slide that only speaks of a chapter", () => {
    expect(
      contentsExcerpt([passage(CHUNKS[2]!, 1)], { depth: 5, nextChunk, isBoilerplate: () => false }),
    ).toBeUndefined();
  });

  it("answers 「どういう章立て」 with the chapters", async () => {
    const answerer = await answererFor(CHUNKS);
    const result = await answerer.answer({ question: "試験手引きの第1版は、どういう章立てになっていますか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("第1章 試験設備の海外移転への対策");
    expect(result.answer).toContain("第2章 試験員を通じた流出への対策");
    expect(result.answer).toContain("参考資料 試験対策チェックリスト");
    expect(result.answer).not.toContain("計画段階の事項");
  });

  it("answers a later part on what a guide takes up with its chapters, after the first part's line", async () => {
    const answerer = await answererFor(CHUNKS);
    const result = await answerer.answer({
      question: "試験手引きは義務なんですか？また、どんな場面を対象にしていますか？",
    });
    expect(result.answer).toContain("試験の手引きを策定した");
    expect(result.answer).toContain("第1章 試験設備の海外移転への対策");
    expect(result.answer).toContain("第2章 試験員を通じた流出への対策");
  });
});
