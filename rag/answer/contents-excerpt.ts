import type { Chunk, Passage } from "../types.ts";
import type { Excerpt, ExcerptSpan } from "./excerpt.ts";
import { type ChunkReading, linesOnward, type PassageLine, passageLines } from "./passage-lines.ts";

/**
 * 「どういう章立て」「目次は」 "What chapters does it have?", "what do its two chapters deal with?": the question asks how
 * a document is laid out, which its table of
 * contents says: the chapters (第1章 …, 第2章 …) and what is appended (参考資料 …), in order, without the sections under
 * each. 「第2章では何を」 asks what one chapter says, not the layout.
 */
const ASKS_CONTENTS =
  /章立て|章構成|目次|どんな章|何章|全体の構成|(?:what|which|howmany)chapters|(?:what|which)[\w-]*?chapters[\w-]*?(?:cover|dealwith|address|areabout|takeup|focuson)|tableofcontents|howis(?:it|the[\w-]+)(?:structured|organi[sz]ed)|structureofthe/u;

/**
 * 「どんな場面を対象にしていますか」 "What does it cover?": what a document takes up, asked of a guide, is what its
 * chapters are about. "Does Chapter 2 cover …" asks yes or no, and 「第2章では何を」 asks what one chapter says.
 */
const ASKS_COVERAGE =
  /(?:どんな|どのような|どういう|何の)(?:場面|ケース|状況|内容|事項|テーマ)を(?:対象|扱|カバー|想定|網羅)|何を(?:対象に|扱|カバー|網羅)|(?:what|which)(?:[a-z]+)?(?:does|do|did|will)(?:it|they|the[a-z-]*?(?:\([^)]*\))?)(?:cover|address|dealwith)|whatis(?:it|the[a-z-]*?)about/u;

/** A guide, guideline or casebook: a document whose chapters say what it takes up. */
const GUIDE = /ガイダンス|ガイドンス|ガイドライン|事例集|手引き|指針|guidance|guideline|casebook|handbook|guidebook/u;

/**
 * Read on the part of the question folded for matching (lower case, no spaces); `question`, the whole question, names
 * the guide when the part points back to it (「また、どんな場面を対象に」, "And what does it cover?").
 */
export function asksContents(folded: string, question = folded): boolean {
  return (
    ASKS_CONTENTS.test(folded) ||
    (ASKS_COVERAGE.test(folded) && !/第\d+章|chapter/u.test(folded) && GUIDE.test(question) && !REVISION.test(question))
  );
}

/**
 * "What situations will the second edition cover?": what a revision is to take up is what it adds, which the present
 * edition's chapters do not say.
 */
const REVISION =
  /改訂|改定|第[2-9二三四五六七八九]版|次版|secondedition|revis|willitcover|willthe[a-z-]*cover|newedition/u;

/**
 * A chapter's or an appendix's own title line (第1章 生産拠点の…, 参考資料 …チェックリスト); 「第1章が想定するケース」 is a
 * sentence about the chapter.
 */
const CHAPTER_TITLE =
  /^(?:第[0-9〇一二三四五六七八九十]+章[\s:：]|(?:参考資料|付録|別添|別紙)(?![がはをにでの]))\s*\S/u;

/** How many chunks a table of contents is followed into (chunks are cut by length, not by section). */
const MAX_CONTENTS_CHUNKS = 3;

interface ContentsOptions extends ChunkReading {
  /** How many of the top passages are read. */
  depth: number;
}

/**
 * The chapter titles of the first table of contents among the top passages, read from the earliest of its chunks that
 * were retrieved on through the chunks after it; undefined unless two chapters at least are listed as lines of their
 * own (a sentence that names 第1章 is no table of contents).
 */
export function contentsExcerpt(passages: readonly Passage[], options: ContentsOptions): Excerpt | undefined {
  const considered = passages.slice(0, options.depth);
  const titled = considered.filter(({ chunk }) => chapterLines(chunk, options).length > 0);
  if (titled.length === 0) return undefined;
  // The contents may be cut over two chunks: begin with the earliest chunk of that document that was retrieved.
  const docId = titled[0]!.chunk.docId;
  const start = titled
    .filter(({ chunk }) => chunk.docId === docId)
    .reduce((earliest, passage) => (passage.chunk.ordinal < earliest.chunk.ordinal ? passage : earliest));
  const spans: ExcerptSpan[] = [];
  for (const { chunk, lines } of linesOnward(start.chunk, options, MAX_CONTENTS_CHUNKS)) {
    const titles = lines.filter(isChapterTitle);
    if (titles.length > 0) spans.push({ chunk, lines: titles.map((line) => line.text) });
    else if (spans.length > 0) break;
  }
  if (spans.flatMap((span) => span.lines).length < 2) return undefined;
  return { passageRank: considered.indexOf(start), spans, coverage: 0, carries: true, contents: true };
}

function chapterLines(chunk: Chunk, options: ChunkReading): PassageLine[] {
  return passageLines(chunk, options.isBoilerplate).filter(isChapterTitle);
}

function isChapterTitle(line: PassageLine): boolean {
  return !line.bullet && CHAPTER_TITLE.test(line.text);
}
