import { describe, expect, it } from "vitest";
import { passageLines } from "../../../rag/answer/passage-lines.ts";
import { restatedItems } from "../../../rag/answer/restated-items.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

const linesOf = (text: string) => passageLines(makeChunk({ docId: "d", text }), () => false).map((line) => line);

const SUMMARY = [
  "試験政策の今後の方向性",
  "- 試験制度を運用する中で明らかとなった課題に対応するため、現行の試験制度の見直し・拡充を行う。",
  "- 試験分野の新たな課題に的確に対応するためのスキームを新設し、迅速な対応を可能とする枠組みを構築する。",
].join("\n");
const DETAILS = [
  "課題に対応するための現行制度の見直し・拡充",
  "- ✓ 試験物資の供給に不可欠な役務への支援",
  "- ✓ 試験制度への医療分野の追加",
  "新たなスキームの新設・迅速な対応を可能とする枠組み構築",
  "- ✓ 試験事業の海外展開の支援",
  "- ✓ 試験データの保護",
].join("\n");

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
