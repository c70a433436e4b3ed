import { describe, expect, it } from "vitest";
import {
  asksOutcome,
  asksProspect,
  asksRule,
  callsForClarityOnly,
  datesAllBefore,
  plansOnly,
  reportsNothingDone,
  statesOnly,
} from "../../../rag/answer/outcome-check.ts";

describe("asksOutcome", () => {
  it("finds a question about how something turned out, in Japanese and English", () => {
    expect(asksOutcome("試験制度の回復って目標は結局達成できたんですか？")).toBe(true);
    expect(asksOutcome("関税は結局何％になったんだっけ？")).toBe(true);
    expect(asksOutcome("中間報告は実際には何月何日に公表されましたか？")).toBe(true);
    expect(asksOutcome("Did the government end up adopting the proposed salary scale?")).toBe(true);
    expect(asksOutcome("What did the interim report actually conclude?")).toBe(true);
    // Whether it has happened by now: もう / すでに, "since then".
    expect(asksOutcome("試験法の改正法はもう国会で成立しましたか？")).toBe(true);
    expect(asksOutcome("Japan was not on the list in 2024. Has it been added since then?")).toBe(true);
    // What has been decided: 決まりましたか, "was decided".
    expect(asksOutcome("次にどの試験物資へ展開することが決まりましたか？")).toBe(true);
    expect(asksOutcome("Which product was decided as the next one?")).toBe(true);
  });

  it("does not take a question about what something is, or what it will be, for one", () => {
    expect(asksOutcome("試験スキームって、結局のところ技術移転を止めるための制度なんですか？")).toBe(false);
    expect(asksOutcome("試験法はいつ施行されましたか？")).toBe(false);
    expect(asksOutcome("What does the critical infrastructure pillar actually require?")).toBe(false);
  });

  it("does not take a question about whether someone questioned an outcome for one: the remark answers it", () => {
    expect(asksOutcome("Did anyone at the meeting question whether the test approach had actually worked?")).toBe(
      false,
    );
    expect(asksOutcome("委員から、試験制度が実際に効果を上げたのか疑問を呈する発言はありましたか？")).toBe(false);
    // The same outcome asked of the documents themselves still is one.
    expect(asksOutcome("Did the test approach actually work?")).toBe(true);
  });
});

describe("plansOnly", () => {
  it("reads a plan, an aim or a proposal as no outcome, and a reported act as one", () => {
    expect(plansOnly(["今春を目途に中間報告を取りまとめる予定であり、制度改正を進めていく。"])).toBe(true);
    expect(plansOnly(["2024年までの機能の回復に向けて全力で取り組む。"])).toBe(true);
    expect(plansOnly(["特別な俸給表の策定が必要ではないか。"])).toBe(true);
    expect(plansOnly(["試験システムを他の物資にも横展開することが重要。"])).toBe(true);
    expect(plansOnly(["中間報告を2024年4月に公表した。"])).toBe(false);
    expect(plansOnly(["日本については、MFN税率等を含み15%"])).toBe(false);
    // A measure named as a noun on a policy slide is a step to be taken, not one taken.
    expect(plansOnly(["- 基幹試験制度への医療分野の追加"])).toBe(true);
    expect(plansOnly(["- 基幹試験制度への医療分野の追加を決定した。"])).toBe(false);
  });
});

describe("asksProspect and statesOnly", () => {
  it("finds a question about what is to come, in Japanese and English", () => {
    expect(asksProspect("試験関税は来年さらに引き下げられる見込みですか？")).toBe(true);
    expect(asksProspect("試験制度は今後対象が広がるんですか？")).toBe(true);
    expect(asksProspect("Is the test tariff expected to be lowered next year?")).toBe(true);
    // What is scheduled, or comes next, is still to come.
    expect(asksProspect("試験規律では、どの事業者にどんな義務が課される予定ですか？")).toBe(true);
    expect(asksProspect("次に追加が予定されている試験技術は何ですか？")).toBe(true);
    expect(asksProspect("次に何をすればいいですか？")).toBe(true);
    // A forecast is of what is to come.
    expect(asksProspect("What is the forecast for the test tariff at the end of 2026?")).toBe(true);
    expect(asksProspect("What is the outlook for test exports?")).toBe(true);
    expect(asksProspect("2026年末の試験相場の予測はありますか？")).toBe(true);
    expect(asksProspect("試験関税は何%ですか？")).toBe(false);
    expect(asksProspect("試験技術は何が予定どおり追加されましたか？")).toBe(false);
    expect(asksProspect("What is the test tariff on Japan?")).toBe(false);
  });

  it("reads what people are expected to do as a norm they are held to, not a forecast", () => {
    expect(asksProspect("What principles are executives expected to recognise under the test guideline?")).toBe(false);
    expect(asksProspect("What are exporters expected to check before shipping?")).toBe(false);
    // A thing expected to happen is still to come.
    expect(asksProspect("Is the test tariff expected to fall, and are exporters expected to file reports?")).toBe(true);
  });

  it("tells a line that only states how things stand from one that looks ahead", () => {
    expect(statesOnly(["試験関税 日本については15%"])).toBe(true);
    expect(statesOnly(["試験関税は来年度に見直す予定"])).toBe(false);
    expect(statesOnly(["対象の拡大を検討する"])).toBe(false);
    expect(statesOnly(["- 試験制度への医療分野の追加"])).toBe(false);
  });
});

describe("reportsNothingDone", () => {
  it("reads a list of requirements as saying nothing was done or chosen", () => {
    expect(reportsNothingDone(["- ①専門的な調査研究を行う能力", "- ②情報管理体制"])).toBe(true);
  });

  it("reads a line that says something was chosen, agreed or done as an outcome", () => {
    expect(reportsNothingDone(["- 試験機関として2団体を選定。"])).toBe(false);
    expect(reportsNothingDone(["- 両社は供給契約を締結した。"])).toBe(false);
    expect(reportsNothingDone(["- 試験委員会が報告書を取りまとめ"])).toBe(false);
  });
});

describe("asksOutcome: what was officially done, as the topic", () => {
  it("reads 「正式に指定されたのは、どの組織ですか」 as asking the outcome, not the plan or the criteria", () => {
    expect(asksOutcome("試験機関として正式に指定されたのは、どの組織ですか？")).toBe(true);
    expect(asksOutcome("最終的に選ばれたのはどこ？")).toBe(true);
    expect(asksOutcome("政府としてはその制度の導入を正式に決めたんでしょうか？")).toBe(true);
    expect(asksOutcome("試験機関の要件は何ですか？")).toBe(false);
  });
});

describe("datesAllBefore", () => {
  it("finds a 'when is the next one' answered only by dates before the document was issued", () => {
    const past = ["- 24/05/14 : 試験プラン改訂版", "- 2023年10月 初版を策定"];
    expect(datesAllBefore(past, "2025-12-12")).toBe(true);
    expect(datesAllBefore(["- 2025年11月 案を公表"], "2025-12-12")).toBe(true);
  });

  it("takes a date without its year, a later date, or a document without a date as possibly ahead", () => {
    expect(datesAllBefore(["- 1月正式版を公表"], "2025-12-12")).toBe(false);
    expect(datesAllBefore(["- 26年6月 改訂"], "2025-12-12")).toBe(false);
    expect(datesAllBefore(["- 令和8年 見直し"], "2025-12-12")).toBe(false);
    expect(datesAllBefore(["- 24/05/14 : 改訂版"], undefined)).toBe(false);
    expect(datesAllBefore(["改訂の方針"], "2025-12-12")).toBe(false);
  });
});

describe("asksRule and callsForClarityOnly", () => {
  it("reads a question about what a rule says, as it stands", () => {
    expect(asksRule("試験事業者の認定基準は、具体的にどのように定められていますか。")).toBe(true);
    expect(asksRule("資格のない社員には、どこまで情報を共有してよいとされていますか？")).toBe(true);
    expect(asksRule("委員はどんな意見を述べましたか")).toBe(false);
  });

  it("finds lines on the topic that only call for it to be made clear, not lines that state it", () => {
    const calls = [
      "- 試験制度について、認定基準の明確化を図るべき。どこまで共有が可能なのか、政府のガイダンスも必要。",
    ];
    expect(callsForClarityOnly(calls, ["認定基準"])).toBe(true);
    expect(callsForClarityOnly(["- 認定基準は、施設と体制の二つを審査する。"], ["認定基準"])).toBe(false);
    // Lines that do not name the topic say nothing either way.
    expect(callsForClarityOnly(["- 別の話題の明確化を図るべき。"], ["認定基準"])).toBe(false);
  });
});
