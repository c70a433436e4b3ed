import { describe, expect, it } from "vitest";
import { passageLines } from "../../../rag/answer/passage-lines.ts";
import { restatedItems } from "../../../rag/answer/restated-items.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { DETAIL_LINES, SUMMARY_LINES } from "../../fixtures/slides/restated-items.ts";

const linesOf = (text: string) => passageLines(makeChunk({ docId: "d", text }), () => false).map((line) => line);

const SUMMARY = SUMMARY_LINES.join("\n");
const DETAILS = DETAIL_LINES.join("\n");

describe("restatedItems", () => {
  const statements = linesOf(SUMMARY).map((line) => line.text);

  it("finds the items under the sub-title that restates the shown statement, not the other statement's items", () => {
    const shown = [statements[2]!];
    const found = restatedItems(shown, statements, linesOf(DETAILS));
    expect(found.map(({ title }) => title.text)).toEqual(["新たなスキームの新設・迅速な対応を可能とする枠組み構築"]);
    expect(found[0]!.items.map((line) => line.text)).toEqual(["- ✓ 試験事業の海外展開の支援", "- ✓ 試験データの保護"]);
  });

  it("finds both when both statements are shown", () => {
    const found = restatedItems(statements, statements, linesOf(DETAILS));
    expect(found).toHaveLength(2);
  });

  it("needs the parallel structure: one sub-title sharing words with one sentence is only a neighbouring section", () => {
    const one = DETAILS.split("\n").slice(0, 3).join("\n");
    expect(restatedItems(statements, statements, linesOf(one))).toEqual([]);
  });

  it("does not read a piece of a statement repeated at the top of the next chunk as its sub-title", () => {
    const repeated = [
      "迅速な対応を可能とする枠組みを構築する",
      "- 一つ目",
      "- 二つ目",
      "課題に対応するための現行制度の見直し・拡充",
      "- 三つ目",
      "- 四つ目",
    ].join("\n");
    const found = restatedItems([statements[2]!], statements, linesOf(repeated));
    expect(found).toEqual([]);
  });
});
