import { describe, expect, it } from "vitest";
import { boxesApart, boxesOf, withBoxesApart } from "../../../rag/answer/run-on-boxes.ts";

// Five boxes of a made-up flow chart, run together as a PDF's text extraction leaves them.
const RUN = "輸出管理投資審査営業秘密管理技術流出補償";

describe("run-on boxes", () => {
  it("cuts a run of twenty and more kanji into the terms the glossaries know", () => {
    expect(boxesOf(RUN)).toEqual(["輸出管理", "投資審査", "営業秘密管理", "技術流出", "補償"]);
  });

  it("sets the boxes of a line apart by spaces, the words before the run kept", () => {
    expect(withBoxesApart(`→審査による${RUN}`)).toBe("→審査による輸出管理 投資審査 営業秘密管理 技術流出 補償");
    // A run with a part no glossary knows stays as it is.
    expect(withBoxesApart(`${RUN}某某某`)).toBe(`${RUN}某某某`);
    expect(withBoxesApart("輸出管理を強化する")).toBe("輸出管理を強化する");
  });

  it("tells a line whose boxes were set apart from any other line with spaces", () => {
    expect(boxesApart(withBoxesApart(RUN))).toEqual(["輸出管理", "投資審査", "営業秘密管理", "技術流出", "補償"]);
    expect(boxesApart("米国 254,627 トルコ 9,055")).toBeUndefined();
  });
});
