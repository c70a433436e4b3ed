import { describe, expect, it } from "vitest";
import { sourceFrame } from "../../../rag/answer/source-frame.ts";

describe("sourceFrame", () => {
  it("reads the document a question names as its source, in Japanese or English", () => {
    expect(sourceFrame("経済安全保障経営ガイドライン案では、経営者等が認識すべき原則は？")).toBe(
      "経済安全保障経営ガイドライン案",
    );
    expect(sourceFrame("統合イノベーション戦略2020では、特許制度について何が挙がっていた？")).toBe(
      "統合イノベーション戦略2020",
    );
    expect(
      sourceFrame("What principles should executives keep in mind according to the draft management guidelines?"),
    ).toBe("draft management guidelines");
  });

  it("does not take the asker's own situation or a topic for a document", () => {
    expect(sourceFrame("うちのような中小企業では、専任部署は必要ですか？")).toBeUndefined();
    expect(sourceFrame("半導体分野では、どんな支援がありますか？")).toBeUndefined();
    expect(sourceFrame("What does the plan say about drones?")).toBeUndefined();
  });
});
