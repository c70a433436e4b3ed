import { describe, expect, it } from "vitest";
import { namesBeyondSetAside, setAsideOf } from "../../../rag/answer/set-aside.ts";

describe("setAsideOf", () => {
  it("reads what the asker sets aside, a list item by item", () => {
    expect(setAsideOf("試験鉱物7種のうち、アルファとベータ以外の5種は何ですか？")).toEqual(["アルファ", "ベータ"]);
    expect(setAsideOf("補助金以外に支援はありますか")).toEqual(["補助金"]);
    expect(setAsideOf("試験庁以外の所管分は？")).toEqual(["試験庁"]);
  });

  it("does not take a clause before a comma into the list", () => {
    expect(setAsideOf("試験物資7種、アルファ以外の残りは？")).toEqual(["アルファ"]);
  });

  it("finds nothing where nothing is set aside", () => {
    expect(setAsideOf("試験物資は何ですか")).toEqual([]);
  });
});

describe("namesBeyondSetAside", () => {
  const question = "試験物資7種のうち、アルファとベータ以外の5種は何ですか？";
  const aside = ["アルファ", "ベータ"];

  it("does not take a line naming only the set-aside items as the rest", () => {
    const row = "2024年4月ガンマ、デルタ2025年4月アルファ、ベータ等試験物資7種2025年10月イプシロン、ゼータベータ等5種";
    expect(namesBeyondSetAside(["試験物資の一覧", row], aside, question)).toBe(false);
  });

  it("takes a list that goes on past the set-aside items", () => {
    expect(namesBeyondSetAside(["アルファ、ベータ、ガンマ、デルタ、イプシロン、ゼータ、エータ"], aside, question)).toBe(
      true,
    );
    expect(namesBeyondSetAside(["アルファのみならず、ガンマも対象"], aside, question)).toBe(true);
  });

  it("does not take the list of the set-aside part for the rest", () => {
    const lines = ["- 11の試験物資を指定。", "試験庁関係では、ガンマ、デルタ、イプシロンの3つ"];
    expect(namesBeyondSetAside(lines, ["試験庁"], "試験物資11のうち試験庁以外の所管分は何ですか")).toBe(false);
  });

  it("leaves lines that never name a set-aside item to the other checks", () => {
    expect(namesBeyondSetAside(["ガンマを指定した。"], aside, question)).toBe(true);
    expect(namesBeyondSetAside(["何でも"], [], question)).toBe(true);
  });

  it("matches a katakana name only as a word of its own", () => {
    // ゼータベータ holds ベータ inside another name: it is not the set-aside ベータ.
    expect(namesBeyondSetAside(["2025年4月ゼータベータ等5種"], ["ベータ"], "ベータ以外の5種は？")).toBe(true);
    expect(namesBeyondSetAside(["ベータ、ガンマ"], ["ベータ"], "ベータとガンマ以外は？")).toBe(false);
  });
});
