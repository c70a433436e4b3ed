import { describe, expect, it } from "vitest";
import { addedCount, addedItems, asksWhatWasAdded } from "../../../rag/answer/added-items.ts";

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe("addedCount", () => {
  it("reads the count before an addition and the count added, said with one counter", () => {
    expect(addedCount("- 試験対象として、これまで5品目を指定してきたが、今回、新たに2品目を追加する。")).toEqual({
      before: 5,
      added: 2,
    });
    expect(addedCount("対象は現在１２件で、新たに３件を加える。")).toEqual({ before: 12, added: 3 });
  });

  it("reads no addition from figures that count different things, a total, or a line without one", () => {
    expect(addedCount("5品目を指定し、新たに2分野を追加する。")).toBeUndefined();
    expect(addedCount("計7品目となり、うち2品目を追加した。")).toBeUndefined();
    expect(addedCount("5品目を指定している。")).toBeUndefined();
  });
});

describe("addedItems", () => {
  const count = { before: 5, added: 2 };

  it("gives the last items of a list numbered to the total, two to a table row", () => {
    const table = lines(
      "試験対象の品目",
      "①試験鋼材　⑤試験樹脂",
      "②試験塗料　⑥試験電池",
      "③試験繊維　⑦試験基板",
      "④試験硝子",
    );
    expect(addedItems(count, table)?.map((item) => item.cell)).toEqual(["⑥試験電池", "⑦試験基板"]);
  });

  it("gives nothing when the list is of another length or a number is missing", () => {
    expect(addedItems(count, lines("①甲", "②乙", "③丙", "④丁", "⑤戊", "⑥己"))).toBeUndefined();
    expect(addedItems(count, lines("①甲", "②乙", "③丙", "⑤戊", "⑥己", "⑦庚", "⑧辛"))).toBeUndefined();
  });

  it("stops at a second list that numbers from ① again", () => {
    const two = lines("①甲", "②乙", "③丙", "④丁", "⑤戊", "⑥己", "⑦庚", "①別の一", "②別の二");
    expect(addedItems(count, two)?.map((item) => item.cell)).toEqual(["⑥己", "⑦庚"]);
  });
});

describe("asksWhatWasAdded", () => {
  it("tells a question about what was added from one that only counts", () => {
    expect(asksWhatWasAdded("今回新しく加わったのはどれ？")).toBe(true);
    expect(asksWhatWasAdded("Which items were newly added?")).toBe(true);
    expect(asksWhatWasAdded("対象はいくつ指定されていますか？")).toBe(false);
  });
});
