import { describe, expect, it } from "vitest";
import { focusFound } from "../../../rag/answer/focus-check.ts";

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
