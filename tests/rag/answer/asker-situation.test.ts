import { describe, expect, it } from "vitest";
import { askerAsOne, isAside, situationOf } from "../../../rag/answer/asker-situation.ts";

describe("isAside", () => {
  it("reads a sentence that states and asks nothing as an aside", () => {
    expect(isAside("前に見た資料だと11物資だった気がするんですが。")).toBe(true);
    expect(isAside("従業員100人ほどの中小メーカーです。")).toBe(true);
    expect(isAside("対象を教えてください。")).toBe(false);
    expect(isAside("いつ施行されましたか？")).toBe(false);
  });

  it("reads the asker's reason after the question (…しないといけなくて。…したいので。) as an aside", () => {
    expect(isAside("社内研修で説明しないといけなくて。")).toBe(true);
    expect(isAside("役員会で説明したいので。")).toBe(true);
    expect(isAside("理由も教えてほしいので。")).toBe(false);
  });
});

describe("situationOf", () => {
  it("reads the clause in which the asker tells its own situation before asking", () => {
    expect(
      situationOf("社内研修で「試験保障とは」を一言で説明したいのですが、政府としての定義ってあるんですか？", false),
    ).toEqual(["社内研修で「試験保障とは」を一言で説明したいのですが、"]);
    expect(situationOf("従業員100人ほどのメーカーです。新しく組織を作らないといけないのでしょうか。", false)).toEqual([
      "従業員100人ほどのメーカーです。",
    ]);
  });

  it("reads no situation in a claim the asker heard, in a clause about something else, or when the question points back to it", () => {
    expect(situationOf("試験制度に医療が加わると聞きました。本当ですか？", false)).toEqual([]);
    expect(situationOf("試験物資は12物資になったそうですが、追加された物資は何ですか？", false)).toEqual([]);
    expect(situationOf("試験制度が見直されましたが、対象は何ですか？", false)).toEqual([]);
    expect(
      situationOf("うちは原材料を1社からしか買えていません。こういう場合、何をしておくべきですか？", true),
    ).toEqual([]);
  });

  it("never takes a whole asking sentence for the situation", () => {
    expect(situationOf("社内で説明したいのですが、", false)).toEqual([]);
  });
});

describe("askerAsOne", () => {
  it("says the asker's own organisation named with a common noun as 当社 or 当団体, not 「そのうち」 or another's", () => {
    expect(askerAsOne("うちの会社に義務はありますか")).toBe("当社に義務はありますか");
    expect(askerAsOne("私たちの団体も対象ですか。我が社は？")).toBe("当団体も対象ですか。当社は？");
    expect(askerAsOne("そのうちの会社が対象です")).toBe("そのうちの会社が対象です");
    expect(askerAsOne("子会社や合弁会社の場合")).toBe("子会社や合弁会社の場合");
  });
});
