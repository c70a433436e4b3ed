import { describe, expect, it } from "vitest";
import { ENGLISH_LABELS, englishLabel } from "../../../rag/answer/english-labels.ts";

describe("englishLabel", () => {
  it("labels a term by the glossary phrase that names it", () => {
    expect(englishLabel("罰則")).toMatch(/^penalt/u);
    // "its own version of" searches for 日本版 too, but the reader is told what the term is.
    expect(englishLabel("日本版")).toBe("japanese version");
  });

  it("takes no label from a phrase that only says how a word is read ('charged as' → 支出)", () => {
    expect(englishLabel("支出")).toBeUndefined();
    expect(ENGLISH_LABELS.filter(([, english]) => /\s(?:for|of|to|in|on|as|at)$/u.test(english))).toEqual([]);
    // "aimed at" reads a question as asking what a scheme is for (目的); it is no name for 目的.
    expect(englishLabel("目的")).not.toBe("aimed at");
  });
});
