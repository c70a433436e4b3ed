import { describe, expect, it } from "vitest";
import { namesTermOnly } from "../../../rag/answer/term-only.ts";

describe("namesTermOnly", () => {
  it("reads a line that is only the asked term as saying nothing of it", () => {
    expect(namesTermOnly(["- Trusted Thinktank Network"], ["trusted", "thinktank", "network"])).toBe(true);
    expect(namesTermOnly(["試験ネットワーク(2)"], ["試験ネットワーク"])).toBe(true);
  });

  it("reads a line that says what the term is, or anything more, as an answer", () => {
    expect(namesTermOnly(["- 試験クリアランスとは、情報を扱う者の信頼性を確認する制度。"], ["試験クリアランス"])).toBe(
      false,
    );
    expect(namesTermOnly(["- 試験ネットワーク", "- 同志国の研究機関が参加"], ["試験ネットワーク"])).toBe(false);
  });

  it("reads a line that only says the question's own words back as saying nothing", () => {
    const question = "試験物資が11から12に増えたとき、新しく指定されたのは何の物資ですか？";
    expect(namesTermOnly(["- 11の試験物資※を指定。"], ["試験物資"], question)).toBe(true);
    // A line that names something the question does not is an answer, or a start of one.
    expect(namesTermOnly(["- 12物資目として先端素材を指定。"], ["試験物資"], question)).toBe(false);
  });

  it("has nothing to say without lines or a term", () => {
    expect(namesTermOnly([], ["試験"])).toBe(false);
    expect(namesTermOnly(["- 試験"], [])).toBe(false);
  });
});
