import { describe, expect, it } from "vitest";
import { roundsByNumber } from "../../../rag/answer/numbered-rounds.ts";

describe("roundsByNumber", () => {
  it("names the first rounds a Japanese question counts by their numbers", () => {
    expect(roundsByNumber("試験会議って、最初の2回はいつ開かれたの？")).toBe(
      "試験会議って、第1回と第2回はいつ開かれたの？",
    );
    expect(roundsByNumber("試験会議の最初の三回の議題は？")).toBe("試験会議の第1回と第2回と第3回の議題は？");
    expect(roundsByNumber("試験会議の初回はいつ？")).toBe("試験会議の第1回はいつ？");
  });

  it("names the first meetings an English question counts by their ordinals", () => {
    expect(roundsByNumber("When were the first two expert meetings held?")).toBe(
      "When were the 1st and 2nd expert meetings held?",
    );
  });

  it("leaves other firsts alone: a first answer, a first time, the first two items", () => {
    for (const text of ["初回答までの期間は？", "最初に何をすべき？", "What were the first two measures?"])
      expect(roundsByNumber(text)).toBe(text);
  });
});
