import { describe, expect, it } from "vitest";
import { eventWords } from "../../../rag/answer/event-words.ts";

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
