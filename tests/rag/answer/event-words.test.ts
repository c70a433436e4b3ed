import { describe, expect, it } from "vitest";
import { definingEvent, eventWords } from "../../../rag/answer/event-words.ts";

describe("eventWords", () => {
  it("gives the other words the documents use for the same event", () => {
    expect(eventWords("施行")).toEqual(expect.arrayContaining(["施行", "適用", "開始"]));
    expect(eventWords("公表")).toEqual(expect.arrayContaining(["発表", "公開"]));
    expect(eventWords("提出")).not.toContain("施行");
  });

  it("keeps an event it has no other words for as it is", () => {
    expect(eventWords("撤廃")).toEqual(["撤廃"]);
  });
});

describe("definingEvent", () => {
  it("reads the act that picks out the asked thing in the clause before it", () => {
    expect(definingEvent("特定試験物資が11から12に増えたとき、新しく追加された物資は何ですか？")).toBe("追加");
    expect(definingEvent("今回改正された点はどこですか")).toBe("改正");
    expect(definingEvent("特定試験物資は何ですか？")).toBeUndefined();
  });
});
