import { describe, expect, it } from "vitest";
import { Bm25Field } from "../../../rag/retrieve/bm25-field.ts";

describe("Bm25Field", () => {
  const field = Bm25Field.build([
    ["半導体", "支援"],
    ["半導体", "半導体", "輸出", "管理"],
    ["蓄電池", "支援"],
  ]);

  it("ranks documents with more occurrences of a rare term higher", () => {
    const scores = new Float32Array(3);
    field.accumulate([{ term: "半導体", weight: 1 }], scores, 1);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[2]).toBe(0);
  });

  it("gives rarer terms a larger idf", () => {
    expect(field.idf("蓄電池")).toBeGreaterThan(field.idf("支援"));
    expect(field.documentFrequency("支援")).toBe(2);
    expect(field.documentFrequency("存在しない")).toBe(0);
  });

  it("scales contributions by term and field weight", () => {
    const full = new Float32Array(3);
    const half = new Float32Array(3);
    field.accumulate([{ term: "輸出", weight: 1 }], full, 1);
    field.accumulate([{ term: "輸出", weight: 0.5 }], half, 1);
    expect(half[1]).toBeCloseTo(full[1]! / 2, 5);
  });
});
