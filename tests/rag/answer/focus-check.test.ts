import { describe, expect, it } from "vitest";
import { focusFound, focusFoundInWords } from "../../../rag/answer/focus-check.ts";

describe("focusFound", () => {
  it("counts the topic's phrases, not the nouns that say what kind of answer is asked (意見, コメント, 時期)", () => {
    const evidence = "試験戦略については、先に動くことが重要。";
    expect(focusFound(["試験戦略", "コメント"], evidence, () => [])).toBe(1);
    expect(focusFound(["試験戦略", "意見"], evidence, () => [])).toBe(1);
    expect(focusFound(["試験戦略", "時期"], evidence, () => [])).toBe(1);
    // A topic phrase the evidence lacks still counts against it.
    expect(focusFound(["試験戦略", "委員"], evidence, () => [])).toBeLessThan(1);
  });
});

describe("focusFoundInWords", () => {
  it("finds an English question's glued phrase by its words when the documents write them apart", () => {
    const evidence = "試験国産の素材を含む製品は許可制とする。";
    const words = new Map([["試験国原産素材含有", ["試験国", "原産", "素材", "含有"]]]);
    const glued = focusFound(["試験国原産素材含有"], evidence, () => []);
    const apart = focusFoundInWords(
      ["試験国原産素材含有"],
      (phrase) => words.get(phrase),
      evidence,
      () => [],
    );
    expect(apart).toBeGreaterThan(glued);
    expect(apart).toBeGreaterThanOrEqual(0.5);
    expect(glued).toBeLessThan(0.5);
  });

  it("keeps the whole phrase's reading when it finds more", () => {
    const evidence = "試験戦略については、先に動くことが重要。";
    const words = new Map([["試験戦略", ["試験", "戦略", "会合"]]]);
    expect(
      focusFoundInWords(
        ["試験戦略"],
        (phrase) => words.get(phrase),
        evidence,
        () => [],
      ),
    ).toBe(1);
  });
});
