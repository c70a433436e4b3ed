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
