import { describe, expect, it } from "vitest";
import { NamedSources } from "../../../rag/retrieve/named-sources.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

const sources = new NamedSources([
  makeChunk({ docId: "lecture", text: "講義", issuer: "政策研究大学院大学 政策研究院", kind: "briefing" }),
  makeChunk({ docId: "deck", text: "資料", issuer: "経済産業省 経済安全保障政策課", kind: "briefing" }),
  makeChunk({ docId: "minutes", text: "議事", issuer: "経済産業省", kind: "minutes" }),
  makeChunk({ docId: "government", text: "政府", issuer: "政府資料(発行元の記載なし)", kind: "briefing" }),
]);

describe("NamedSources", () => {
  it("reads the documents a question names by their issuer, in its own name, another Japanese name or English", () => {
    expect(sources.namedIn("GRIPSの講義資料だと、どういうポイントが挙がってる？")).toEqual(["lecture"]);
    expect(sources.namedIn("政策研究大学院大学の資料では何と説明されていますか")).toEqual(["lecture"]);
    // 経産省 is the glossary's other Japanese for 経済産業省 (both METI).
    expect(sources.namedIn("経産省の資料ではどう整理されてる？")).toEqual(["deck", "minutes"]);
    expect(sources.namedIn("経済産業省が公表した資料によると")).toEqual(["deck", "minutes"]);
    expect(sources.namedIn("According to METI's February 2024 material, which countries joined?")).toEqual([
      "deck",
      "minutes",
    ]);
    expect(sources.namedIn("In the lecture by GRIPS, what are the four pillars?")).toEqual(["lecture"]);
  });

  it("reads the minutes named as the place to read, and a body and a kind together", () => {
    expect(sources.namedIn("議事要旨では、ペロブスカイトについてどんな意見が出た？")).toEqual(["minutes"]);
    expect(sources.namedIn("What did members say about CFIUS according to the expert meeting minutes?")).toEqual([
      "minutes",
    ]);
    expect(sources.namedIn("In METI's meeting minutes, who chaired?")).toEqual(["minutes"]);
  });

  it("names no document when the body names a topic, not a source, or the minutes are what is asked about", () => {
    expect(sources.namedIn("経産省の技術流出対策ガイダンスには何が書いてありますか")).toEqual([]);
    expect(sources.namedIn("What does METI recommend on technology leakage?")).toEqual([]);
    expect(sources.namedIn("事例集を議論した研究会の議事録は公開されてる？")).toEqual([]);
    expect(sources.namedIn("経済安全保障推進法の4つの柱は？")).toEqual([]);
  });
});
