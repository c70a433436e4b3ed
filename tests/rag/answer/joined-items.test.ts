import { describe, expect, it } from "vitest";
import { withJoinedItems } from "../../../rag/answer/joined-items.ts";

describe("withJoinedItems", () => {
  const shares = ["② 試験相手", "・試験鉱A中国:50%、チリ:30%", "・試験鉱B中国:60%", "・試験鉱Cインドネシア:28%"];

  it("keeps the items headed by the topics the question joins, and the heading above them", () => {
    expect(withJoinedItems(shares, ["試験鉱A", "試験鉱C"])).toEqual([
      "② 試験相手",
      "・試験鉱A中国:50%、チリ:30%",
      "・試験鉱Cインドネシア:28%",
    ]);
  });

  it("keeps an item's sub-items with it", () => {
    const lines = ["・試験A", "ー 試験Aの詳細", "・試験B", "ー 試験Bの詳細", "・試験C"];
    expect(withJoinedItems(lines, ["試験A", "試験C"])).toEqual(["・試験A", "ー 試験Aの詳細", "・試験C"]);
  });

  it("leaves the list whole when a joined topic heads no item, or every item is headed by one", () => {
    expect(withJoinedItems(shares, ["試験鉱A", "試験鉱D"])).toEqual(shares);
    expect(withJoinedItems(shares, ["試験鉱A", "試験鉱B", "試験鉱C"])).toEqual(shares);
    // Named inside an item is not heading it: 「中国」 is a country in each line, not what the items list.
    expect(withJoinedItems(shares, ["中国", "試験鉱A"])).toEqual(shares);
  });

  it("keeps an item headed by another topic of the question, though not read as joined", () => {
    expect(withJoinedItems(shares, ["試験鉱A", "試験鉱C"], ["試験鉱B", "試験鉱C"])).toEqual(shares);
    expect(withJoinedItems(shares, ["試験鉱A", "試験鉱C"], ["状況"])).toHaveLength(3);
  });

  it("never cuts a numbered list, a short one, or one topic's", () => {
    const numbered = ["・試験A", "① 試験B", "・試験C", "・試験D"];
    expect(withJoinedItems(numbered, ["試験A", "試験C"])).toEqual(numbered);
    expect(withJoinedItems(["・試験A", "・試験B"], ["試験A", "試験C"])).toEqual(["・試験A", "・試験B"]);
    expect(withJoinedItems(shares, ["試験鉱A"])).toEqual(shares);
  });
});
