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

  it("has nothing to say without lines or a term", () => {
    expect(namesTermOnly([], ["試験"])).toBe(false);
    expect(namesTermOnly(["- 試験"], [])).toBe(false);
  });
});
