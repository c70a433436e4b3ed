import { describe, expect, it } from "vitest";
import { premiseOf, statedChanges, statedMonths } from "../../../rag/answer/question-premise.ts";

describe("premiseOf", () => {
  it("finds what a Japanese question takes as written or heard before it asks", () => {
    expect(premiseOf("試験資料に、政府が試験装置の輸出を止めたとありますが、対象はどれですか？")).toBe(
      "試験資料に、政府が試験装置の輸出を止めた",
    );
    expect(premiseOf("従業員50人の会社です。試験制度が見直されたと聞きましたが、何が変わりましたか。")).toBe(
      "試験制度が見直された",
    );
  });

  it("finds a premise the asker states as read and asks to be confirmed (「…って書いてありましたよね。」)", () => {
    expect(premiseOf("試験資料に、政府が試験指針を撤回したって書いてありましたよね。撤回の理由は？")).toBe(
      "試験資料に、政府が試験指針を撤回した",
    );
    expect(premiseOf("試験制度は廃止されたとありましたよね？いつからですか")).toBe("試験制度は廃止された");
  });

  it("finds an English clause that takes something as done (Since …, Given that …)", () => {
    expect(premiseOf("Since the test act abolished the old scheme, what replaced it?")).toBe(
      "the test act abolished the old scheme",
    );
    expect(premiseOf("What replaced the old test scheme?")).toBeUndefined();
    expect(premiseOf("試験制度はいつ見直されましたか？")).toBeUndefined();
  });
});

describe("statedChanges", () => {
  it("names the end of a thing a premise states, in the words documents write it with", () => {
    expect(statedChanges("政府が試験装置の輸出を全面禁止すると決めた")).toEqual([["禁止", "禁じ"]]);
    expect(statedChanges("the revision scrapped the test scheme")).toEqual([["廃止", "撤廃", "廃され"]]);
    expect(statedChanges("試験制度の運用が明確化された")).toEqual([]);
  });
});

describe("statedMonths", () => {
  it("gives each month a premise dates by in the forms documents write it", () => {
    expect(statedMonths("2026年4月から禁止")).toEqual([["26年4月", "令和8年4月", "26/4/"]]);
    expect(statedMonths("令和7年5月に廃止")).toEqual([["25年5月", "令和7年5月", "25/5/"]]);
    expect(statedMonths("the ban announced in April 2026")).toEqual([["26年4月", "令和8年4月", "26/4/"]]);
    expect(statedMonths("2026年に禁止")).toEqual([]);
  });
});
