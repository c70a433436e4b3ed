import { describe, expect, it } from "vitest";
import type { Excerpt } from "../../../rag/answer/excerpt.ts";
import { withoutShown } from "../../../rag/answer/shown-before.ts";
import { foldForMatch } from "../../../rag/retrieve/fold.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

const excerptOf = (...spans: string[][]): Excerpt => ({
  passageRank: 1,
  coverage: 0.5,
  carries: true,
  spans: spans.map((lines, at) => ({ chunk: makeChunk({ docId: `d${at}`, text: lines.join("\n") }), lines })),
});
const shownOf = (...lines: string[]) => new Set(lines.map(foldForMatch));

describe("withoutShown", () => {
  const remark = "試験機構は今、貿易管理に特化した組織になっているが、役割を広げることもあり得る。";
  const paragraph = `- 大企業では認識が高まっている。対策としては担当役員の設置が考えられる。${remark}`;

  it("drops the lines already shown and keeps the rest of the span", () => {
    const left = withoutShown(excerptOf(["- 見出し", "- 新しい行です。"]), shownOf("- 見出し"));
    expect(left?.spans[0]?.lines).toEqual(["- 新しい行です。"]);
    expect(withoutShown(excerptOf(["- 見出し"]), shownOf("- 見出し"))).toBeUndefined();
  });

  it("drops a whole span built on a remark an earlier excerpt quoted inside a longer line", () => {
    const again = excerptOf(
      [remark, "- 中小企業は人材不足で相談相手がいないという問題がある。"],
      ["- 別の文書の新しい話です。"],
    );
    const left = withoutShown(again, shownOf(paragraph));
    expect(left?.spans.map((span) => span.lines)).toEqual([["- 別の文書の新しい話です。"]]);
  });

  it("keeps a short line found inside a longer one: a label may be said again", () => {
    const left = withoutShown(excerptOf(["担当役員", "- 新しい行です。"]), shownOf(paragraph));
    expect(left?.spans[0]?.lines).toEqual(["担当役員", "- 新しい行です。"]);
  });

  it("drops a span left with only its section's title: a heading is never shown alone", () => {
    const chunk = makeChunk({
      docId: "d",
      sectionPath: ["試験事例集について"],
      text: "試験事例集について\n- 事例を公表する。",
    });
    const excerpt: Excerpt = {
      passageRank: 1,
      coverage: 0.5,
      carries: true,
      spans: [{ chunk, lines: ["試験事例集について", "- 事例を公表する。"] }],
    };
    expect(withoutShown(excerpt, shownOf("- 事例を公表する。"))).toBeUndefined();
    // Quoted whole, the title reads with what it heads.
    expect(withoutShown(excerpt, shownOf())?.spans[0]?.lines).toHaveLength(2);
    const titleOnly: Excerpt = { ...excerpt, spans: [{ chunk, lines: ["試験事例集について"] }] };
    expect(withoutShown(titleOnly, shownOf())?.spans[0]?.lines).toEqual(["試験事例集について"]);
  });

  it("drops a span left with only a bracketed label of its own, not a run of a chart's labels", () => {
    const left = withoutShown(
      excerptOf([
        "<試験拠点の海外進出に伴う流出ケース(例)>",
        "- 第2章では、試験情報の持ち出しへの対策を記載している。",
      ]),
      shownOf("- 第2章では、試験情報の持ち出しへの対策を記載している。"),
    );
    expect(left).toBeUndefined();
    // A short item or a figure is still news.
    const item = withoutShown(excerptOf(["- 1月正式版を公表", "- 既出の行です。"]), shownOf("- 既出の行です。"));
    expect(item?.spans[0]?.lines).toEqual(["- 1月正式版を公表"]);
    const figure = withoutShown(excerptOf(["12物資指定 総額2.4兆円", "- 既出の行です。"]), shownOf("- 既出の行です。"));
    expect(figure?.spans[0]?.lines).toEqual(["12物資指定 総額2.4兆円"]);
    const chart = withoutShown(
      excerptOf(["試験審査試験指定外国出願制限補償", "- 既出の行です。"]),
      shownOf("- 既出の行です。"),
    );
    expect(chart?.spans[0]?.lines).toEqual(["試験審査試験指定外国出願制限補償"]);
  });
});
