import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../rag/answer/sentences.ts";

describe("splitSentences", () => {
  it("splits on Japanese full stops and on bullet lines", () => {
    const texts = splitSentences("制度を創設した。施行は2024年。\n- 14の業界団体と対話\n① 情報交換の事例").map(
      (sentence) => sentence.text,
    );
    expect(texts).toEqual(["制度を創設した。", "施行は2024年。", "14の業界団体と対話", "情報交換の事例"]);
  });

  it("drops fragments with no content", () => {
    expect(splitSentences("・\n。\n**").length).toBe(0);
  });

  it("splits English sentences", () => {
    expect(splitSentences("The rule was announced. It was postponed.").map((sentence) => sentence.text)).toEqual([
      "The rule was announced.",
      "It was postponed.",
    ]);
  });
});

describe("splitSentences on lists and headings", () => {
  it("skips markdown headings", () => {
    expect(splitSentences("# 特定重要物資の指定\n制度の考え方を示す。").map((sentence) => sentence.text)).toEqual([
      "制度の考え方を示す。",
    ]);
  });

  it("joins a run of short bullets to the line that introduces them", () => {
    const texts = splitSentences(
      "2022年12月に次の物資が指定された。\n- 肥料\n- 半導体\n- 蓄電池\n\n別の段落です。",
    ).map((sentence) => sentence.text);
    expect(texts).toEqual(["2022年12月に次の物資が指定された: 肥料、半導体、蓄電池", "別の段落です。"]);
  });
});

describe("splitSentences on attributions", () => {
  it("leaves out source lines, which say where a figure came from rather than what is true", () => {
    const texts = splitSentences(
      "- 出典: 内閣府「制度の概要」\n(出典)経済産業省資料\n(出所) 試験銀行「試験の論点」より抜粋\n制度は2022年に成立した。",
    ).map((sentence) => sentence.text);
    expect(texts).toEqual(["制度は2022年に成立した。"]);
  });
});
