import { describe, expect, it } from "vitest";
import { romanizedName } from "../../../rag/answer/romanized-names.ts";

describe("romanizedName", () => {
  it("writes a family name and a given name in Hepburn, each capitalised", () => {
    expect(romanizedName(["スナミ", "アツシ"])).toBe("Sunami Atsushi");
    expect(romanizedName(["スズキ", "カズト"])).toBe("Suzuki Kazuto");
    expect(romanizedName(["カワシマ", "フジオ"])).toBe("Kawashima Fujio");
  });

  it("writes long vowels once, small kana as glides and a small tsu as a doubled consonant", () => {
    expect(romanizedName(["オオハシ", "ヒロシ"])).toBe("Ohashi Hiroshi");
    expect(romanizedName(["サトウ", "ショウタ"])).toBe("Sato Shota");
    expect(romanizedName(["ハットリ", "キョウコ"])).toBe("Hattori Kyoko");
    expect(romanizedName(["ホッチ", "ジュン"])).toBe("Hotchi Jun");
  });

  it("gives nothing for a reading with a character it cannot write", () => {
    expect(romanizedName(["スナミ", "A"])).toBeUndefined();
    expect(romanizedName(["", "アツシ"])).toBeUndefined();
  });
});
