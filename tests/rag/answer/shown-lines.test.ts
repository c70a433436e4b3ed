import { describe, expect, it } from "vitest";
import { passageLines } from "../../../rag/answer/passage-lines.ts";
import {
  shownLines,
  withAnnouncedItems,
  withoutEmptyHeadings,
  withoutGaps,
  withoutStackedLabels,
} from "../../../rag/answer/shown-lines.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

describe("the chosen lines as shown", () => {
  it("leaves out a slide label stacked on another title, and keeps one over numbered items or with a date", () => {
    const shown = (text: string) => withoutStackedLabels(passageLines(makeChunk({ docId: "d", text }), () => false));
    const guide = shown(
      "<生産拠点の海外進出に伴う試験流出ケース(例)>\n試験流出対策指針(第1版)\n- 第2章では、役職員による持ち出しへの対策を記載している。",
    );
    expect(guide.map((line) => line.text)).toEqual([
      "試験流出対策指針(第1版)",
      "- 第2章では、役職員による持ち出しへの対策を記載している。",
    ]);
    expect(shown("<試験諸国の重要性>\n① 成長市場\n② 供給国")[0]?.text).toBe("<試験諸国の重要性>");
    expect(shown("【3月18日施行】\n【試験措置】\n- 輸出を禁止した。")[0]?.text).toBe("【3月18日施行】");
  });

  it("leaves out a sibling title with nothing under it, but keeps a table of contents whole", () => {
    const sharesQuestionWord = (folded: string) => folded.includes("試験鉱物");
    const shown = (text: string) =>
      withoutEmptyHeadings(
        passageLines(makeChunk({ docId: "d", text }), () => false),
        sharesQuestionWord,
      ).map((line) => line.text);
    expect(shown("① 成長する市場\n② 重要な相手\n- 試験鉱物A 甲国:55%、乙国:30%")).toEqual([
      "② 重要な相手",
      "- 試験鉱物A 甲国:55%、乙国:30%",
    ]);
    // A title with a figure says something; titles with nothing else after them are a table of contents.
    expect(shown("2021年1月27日施行版\n項番 項目\n- 試験鉱物Aの輸出を管理する。")[0]).toBe("2021年1月27日施行版");
    expect(shown("第1章 目的\n第2章 手順\n第3章 体制")).toHaveLength(3);
  });

  it("shows a list the excerpt announces to its end, not its first items only", () => {
    const lines = passageLines(
      makeChunk({
        docId: "deck",
        text: [
          "- 試験企業は以下のような試験リスクに直面している。",
          "- (1) 試験災害による重要物資の供給途絶",
          "- (2) 試験的威圧や取引への介入",
          "- (3) 過剰供給による事業性の悪化",
          "別の論点",
        ].join("\n"),
      }),
      () => false,
    );
    const shown = (picked: number[]) =>
      withAnnouncedItems(
        picked.map((at) => lines[at]!),
        lines,
        450,
      ).map((line) => line.text);
    expect(shown([0, 1, 2])).toEqual([
      "- 試験企業は以下のような試験リスクに直面している。",
      "- (1) 試験災害による重要物資の供給途絶",
      "- (2) 試験的威圧や取引への介入",
      "- (3) 過剰供給による事業性の悪化",
    ]);
    // Items that no shown line announces stay as they were picked.
    expect(shown([1, 2])).toHaveLength(2);
  });

  it("fills a hole in a shown list of short items, not between remarks", () => {
    const lines = passageLines(
      makeChunk({
        docId: "deck",
        text: [
          "- 試験鉱物A 甲国:55%、乙国:30%",
          "- 試験鉱物B 甲国:60%、丙国:16%",
          "- 試験鉱物C 丁国:28%、戊国:26%",
          "- ▶ 委員からは、試験鉱物の調達先を多角化するため、同志国との連携を一層強化すべきとの意見があった。その上で支援策も求めた。",
          "- ▶ 別の委員からは、試験の人材育成が急務であり、大学と企業の連携を拡充すべきとの指摘があった。この点も今後議論する。",
          "- ▶ 試験鉱物の備蓄について、国が主導して一定量を確保すべきであり、民間任せでは限界があるとの意見もあった。",
        ].join("\n"),
      }),
      () => false,
    );
    const shown = (picked: number[]) =>
      withoutGaps(
        picked.map((at) => lines[at]!),
        lines,
        450,
      ).map((line) => line.text);
    expect(shown([0, 2])).toEqual([
      "- 試験鉱物A 甲国:55%、乙国:30%",
      "- 試験鉱物B 甲国:60%、丙国:16%",
      "- 試験鉱物C 丁国:28%、戊国:26%",
    ]);
    expect(shown([3, 5])).toHaveLength(2);
  });

  it("answers a yes/no question about named items with their rows, and a two-column row with the named cell", () => {
    const chunk = makeChunk({
      docId: "d",
      text: "試験対象技術\n①試験材料A　⑪試験装置K\n②試験材料B　⑫試験装置L\n③試験材料C　⑬試験装置M",
    });
    const lines = passageLines(chunk, () => false);
    const shown = shownLines(lines, lines, {
      askedType: "yes-no",
      focus: ["試験材料b", "試験装置m"],
      sharesQuestionWord: () => false,
      maxListChars: 400,
    });
    expect(shown).toEqual(["試験対象技術", "②試験材料B", "⑬試験装置M"]);
  });
});
