import { describe, expect, it } from "vitest";
import { asksAbout } from "../../../rag/answer/asked-names.ts";
import { withAskedRows } from "../../../rag/answer/asked-rows.ts";

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
