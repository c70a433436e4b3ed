import { describe, expect, it } from "vitest";
import { parseGeneratedOutput, partialAnswer } from "../../../rag/answer/generated-output.ts";

describe("parseGeneratedOutput", () => {
  it("collects the cited sources from the [n] markers in the text", () => {
    const output = parseGeneratedOutput('{"resolved":true,"answer":"A[2]。B[1][2]。","citations":[2]}', 3);
    expect(output).toEqual({ ok: true, resolved: true, answer: "A[2]。B[1][2]。", cited: [1, 2] });
  });

  it("rejects a source number outside the ones given, in the text or the list", () => {
    expect(parseGeneratedOutput('{"resolved":true,"answer":"A[1]。","citations":[4]}', 3)).toMatchObject({
      ok: false,
      problem: "unknown-source",
    });
    expect(parseGeneratedOutput('{"resolved":true,"answer":"A[0]。","citations":[]}', 3)).toMatchObject({
      ok: false,
      problem: "unknown-source",
    });
  });

  it("rejects a resolved answer without markers, but lets an abstention cite nothing", () => {
    expect(parseGeneratedOutput('{"resolved":true,"answer":"A。","citations":[1]}', 3)).toMatchObject({
      ok: false,
      problem: "no-citation",
    });
    expect(parseGeneratedOutput('{"resolved":false,"answer":"資料にありません。"}', 3)).toMatchObject({
      ok: true,
      cited: [],
    });
  });

  it("rejects non-JSON and empty answers", () => {
    expect(parseGeneratedOutput("Sure! Here is the answer", 3)).toMatchObject({ ok: false, problem: "not-json" });
    expect(parseGeneratedOutput('{"resolved":true,"answer":"  ","citations":[1]}', 3)).toMatchObject({
      ok: false,
      problem: "wrong-shape",
    });
  });
});

describe("partialAnswer", () => {
  it("decodes the answer string of an incomplete JSON object, escapes included", () => {
    expect(partialAnswer('{"resolved":true,')).toBeUndefined();
    expect(partialAnswer('{"resolved":true,"answer":"第一\\n第二 \\"引用\\" \\u3042')).toBe('第一\n第二 "引用" あ');
    expect(partialAnswer('{"resolved":true,"answer":"途中\\')).toBe("途中");
    expect(partialAnswer('{"resolved":true,"answer":"完了[1]。","citations":[1]}')).toBe("完了[1]。");
  });
});
