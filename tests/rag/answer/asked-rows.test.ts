import { describe, expect, it } from "vitest";
import { asksAbout, asksForRows } from "../../../rag/answer/asked-names.ts";
import { withAskedRows, withAskedTableRows, withAskedValueRows } from "../../../rag/answer/asked-rows.ts";

const TIMELINE =
  "2023年8月 ガンマ鉱、デルタ鉱 2023年12月 試験黒鉛 2024年9月 試験アンチ鉱 2025年2月 イプシロン鉱、ゼータ鉱";

describe("withAskedRows", () => {
  it("keeps the rows of a timeline that name what the question asks about, one row to a line", () => {
    const question = "試験黒鉛と試験アンチ鉱は、それぞれいつから対象になった？";
    expect(withAskedRows([TIMELINE], asksAbout(question))).toEqual(["2023年12月 試験黒鉛\n2024年9月 試験アンチ鉱"]);
    // The row's other names come with it: 「同じタイミングで対象になった鉱種も」 is answered by them.
    expect(withAskedRows([TIMELINE], asksAbout("イプシロン鉱はいつから？同じ時に対象になった鉱種も"))).toEqual([
      "2025年2月 イプシロン鉱、ゼータ鉱",
    ]);
  });

  it("keeps what heads the timeline, and the lines around it", () => {
    expect(withAskedRows(["対象の鉱種", `対象の鉱種 ${TIMELINE}`], asksAbout("試験黒鉛はいつから？"))).toEqual([
      "対象の鉱種",
      "対象の鉱種",
      "2023年12月 試験黒鉛",
    ]);
  });

  it("keeps the whole timeline when the question names no row, every row, or reads across the rows", () => {
    expect(withAskedRows([TIMELINE], asksAbout("最初に対象になったのは何？"))).toEqual([TIMELINE]);
    expect(withAskedRows([TIMELINE], asksAbout("試験黒鉛の次に対象になったのは？"))).toEqual([TIMELINE]);
    expect(withAskedRows([TIMELINE], asksAbout("ガンマ鉱以外に対象になった鉱種は？"))).toEqual([TIMELINE]);
    expect(withAskedRows([TIMELINE], asksAbout("What came under controls after the test graphite?"))).toEqual([
      TIMELINE,
    ]);
    const all = "ガンマ鉱、試験黒鉛、試験アンチ鉱、イプシロン鉱の対象時期は？";
    expect(withAskedRows([TIMELINE], asksAbout(all))).toEqual([TIMELINE]);
  });

  it("leaves a sentence with dates in it alone", () => {
    const prose = "試験国は、2023年8月のガンマ鉱への措置を皮切りに、2024年9月、2025年2月と輸出管理を強化。";
    expect(withAskedRows([prose], asksAbout("ガンマ鉱はいつから？"))).toEqual([prose]);
  });
});

describe("withAskedTableRows", () => {
  const ITEMS = "1. 対象品目\u3000(1) 試験専用品\u3000(1) 試験兵器\u3000(1) 試験武器";
  const YEARS = "2. 発足年 (日本の参加)\u30001978年\u30001985年\u30001996年";
  const COUNTS = "3. 参加国数\u300048か国\u300042か国\u300035か国";

  it("keeps the labelled rows the question names, however it reads across the columns", () => {
    const question = "3つの試験会議の発足年と参加国数を一覧にしてください。";
    expect(withAskedTableRows(["概要", ITEMS, YEARS, COUNTS], asksForRows(question))).toEqual(["概要", YEARS, COUNTS]);
  });

  it("keeps every row when the question names none or all of them, or the lines hold one row", () => {
    expect(withAskedTableRows([ITEMS, YEARS], asksForRows("試験会議の概要は？"))).toEqual([ITEMS, YEARS]);
    expect(withAskedTableRows([ITEMS, YEARS], undefined)).toEqual([ITEMS, YEARS]);
    expect(withAskedTableRows([ITEMS, "本文の行"], asksForRows("対象品目は？"))).toEqual([ITEMS, "本文の行"]);
  });
});

describe("withAskedRows: every item of a named month", () => {
  it("keeps the named month's row when the question asks for all its items, and the whole timeline when no month is named", () => {
    expect(withAskedRows([TIMELINE], asksAbout("2025年2月に対象になった鉱種をすべて教えて"))).toEqual([
      "2025年2月 イプシロン鉱、ゼータ鉱",
    ]);
    expect(withAskedRows([TIMELINE], asksAbout("対象になった鉱種をすべて教えて"))).toEqual([TIMELINE]);
    expect(withAskedRows([TIMELINE], asksAbout("2024年9月以降に対象になった鉱種をすべて"))).toEqual([TIMELINE]);
  });
});

describe("withAskedValueRows", () => {
  const SHARES = [
    "試験国の重要性",
    "- ◆ ガンマ鉱A国:55%、B国:30%",
    "- ◆ デルタ鉱A国:60%、C国:16%",
    "- ◆ イプシロン鉱D国:28%、E国:26%",
  ];

  it("keeps the rows of figures whose names the question says, though the table runs the name into the first cell", () => {
    const question = "ガンマ鉱とイプシロン鉱の生産シェアはどう示されていますか？";
    expect(withAskedValueRows(SHARES, asksAbout(question))).toEqual([SHARES[0], SHARES[1], SHARES[3]]);
  });

  it("keeps every row when the question names none or all of them, or reads across them", () => {
    expect(withAskedValueRows(SHARES, asksAbout("試験国の重要性は？"))).toEqual(SHARES);
    expect(withAskedValueRows(SHARES, asksAbout("ガンマ鉱、デルタ鉱、イプシロン鉱のシェアは？"))).toEqual(SHARES);
    expect(withAskedValueRows(SHARES, asksAbout("ガンマ鉱以外のシェアは？"))).toEqual(SHARES);
  });

  it("leaves two lines that happen to hold a share as they are", () => {
    const two = ["- ガンマ鉱A国:55%", "- デルタ鉱A国:60%"];
    expect(withAskedValueRows(two, asksAbout("ガンマ鉱のシェアは？"))).toEqual(two);
  });
});
