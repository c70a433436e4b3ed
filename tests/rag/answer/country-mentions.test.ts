import { describe, expect, it } from "vitest";
import { namesCountryOtherwise } from "../../../rag/answer/country-mentions.ts";
import { foldForMatch } from "../../../rag/retrieve/fold.ts";
import { answererFor } from "../../doubles/chunk-answerer.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

describe("namesCountryOtherwise", () => {
  it("reads the United States in its administration's name and in a pair of countries", () => {
    expect(namesCountryOtherwise("米国", foldForMatch("第二次トランプ政権下での主要な試験措置"))).toBe(true);
    expect(namesCountryOtherwise("米国", foldForMatch("米中の試験覇権争い"))).toBe(true);
    expect(namesCountryOtherwise("米国", foldForMatch("日米試験協定"))).toBe(true);
    expect(namesCountryOtherwise("中国", foldForMatch("米中対立を踏まえた試験対応"))).toBe(true);
  });

  it("does not read a country in unrelated words", () => {
    expect(namesCountryOtherwise("米国", foldForMatch("欧州の試験措置"))).toBe(false);
    expect(namesCountryOtherwise("米国", foldForMatch("玄米の試験"))).toBe(false);
    expect(namesCountryOtherwise("中国", foldForMatch("中間報告の試験"))).toBe(false);
    expect(namesCountryOtherwise("英国", foldForMatch("トランプ政権"))).toBe(false);
  });
});

describe("ExtractiveAnswerer: a country said by its administration's name", () => {
  it("answers a figure asked of the United States from a slide titled with the Trump administration", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "tariffs",
        kind: "briefing",
        date: "2025-12-12",
        sectionPath: ["第二次トランプ政権下での試験関税措置"],
        text: "第二次トランプ政権下での試験関税措置\n相互関税\t各国毎の相互関税率を適用・日本については、基本税率等を含み15%",
      }),
      makeChunk({ docId: "other", text: "試験制度の概要\n- 2024年に制度を創設した。" }),
      makeChunk({ docId: "us", text: "米国の試験政策\n- 米国は関税に関する試験制度を見直した。" }),
    ]);
    const result = await answerer.answer({
      question: "What reciprocal tariff rate does the United States apply to Japan?",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("15%");
  });
});
