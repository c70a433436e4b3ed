import { describe, expect, it } from "vitest";
import { answerRequirements, namedLabels } from "../../../rag/answer/answer-requirements.ts";

const met = (question: string, evidence: string) =>
  answerRequirements(question).every((requirement) => requirement.isMet(evidence));

describe("answerRequirements", () => {
  it("needs a figure per unit when the question asks for one, not a total", () => {
    expect(met("What price per share did the test fund pay?", "試験基金が株式4億ドル相当分を購入")).toBe(false);
    expect(met("What price per share did the test fund pay?", "1株当たり10ドルで購入")).toBe(true);
    const perKilogram = answerRequirements("試験製品の価格下限は1kgあたりいくら？").find(
      ({ name }) => name === "per-unit",
    );
    expect(perKilogram?.isMet("価格下限110$/kgを保証")).toBe(true);
    expect(perKilogram?.isMet("価格下限を保証")).toBe(false);
  });

  it("needs a tally in 件 when the question asks how many were filed or issued, not the count of what a scheme covers", () => {
    const filed = "試験スキームの事前報告、これまでに何件くらい提出されてるんですか？";
    expect(met(filed, "事前報告対象として、現在15技術を指定しており、今般、新たに4技術を追加。")).toBe(false);
    expect(met(filed, "事前報告は累計120件提出された。")).toBe(true);
    expect(met("試験インフォームは何件発出されていますか？", "インフォームはこれまで3件発出")).toBe(true);
    expect(met("How many prior reports have been filed under the test scheme?", "現在15技術を指定")).toBe(false);
    // What a scheme covers, counted in 件, is no tally of filings: 15技術 answers it.
    expect(met("試験スキームの対象技術はいま何件ですか？", "現在15技術を指定")).toBe(true);
    expect(met("今回何件追加されたか教えて", "新たに4技術を追加")).toBe(true);
  });

  it("needs two sums the asker did not give when the question asks how a sum is split", () => {
    const [split] = answerRequirements("試験予算の約9,500億円ですが、物資ごとの内訳はどうなってますか？");
    expect(split?.name).toBe("breakdown");
    expect(split?.isMet("予算で約9,500億円を措置。")).toBe(false);
    expect(split?.isMet("約9,500億円のうち、試験物資aに3,000億円、試験物資bに2,000億円。")).toBe(true);
    const [english] = answerRequirements("How is the $7.5 billion budget broken down?");
    expect(english?.isMet("75億ドルのうち20億ドルは備蓄、10億ドルは調達")).toBe(true);
    expect(english?.isMet("75億ドルが計上された。")).toBe(false);
    // The share the asker already knows ($2bn) is no part of the split of the rest.
    const [rest] = answerRequirements(
      "Of the $7.5bn, $2bn goes to stockpiles. How is the remaining $5.5bn broken down?",
    );
    expect(rest?.isMet("75億ドルのうち20億ドルは備蓄、10億ドルは調達")).toBe(false);
    expect(rest?.isMet("残りのうち30億ドルは融資、25億ドルは補助金")).toBe(true);
    // Two topics' sums, each of which may be quoted on its own, are not a split of one sum.
    expect(answerRequirements("試験計画と試験基金の予算はそれぞれいくら？").map(({ name }) => name)).not.toContain(
      "breakdown",
    );
    // A list of items, not of sums, is no split of money.
    expect(answerRequirements("試験物資11の内訳は？").map(({ name }) => name)).not.toContain("breakdown");
  });

  it("needs an explicitly named case or edition in the evidence", () => {
    expect(met("事例5の結論は？", "事例3では問題ないとされた")).toBe(false);
    expect(met("事例5の結論は？", "事例5では問題ないとされた")).toBe(true);
    expect(met("第２版はいつ出ますか", "第2版に向けた検討を開始")).toBe(true);
  });

  it("needs a numbered meeting or edition, named in Japanese or English, in the evidence", () => {
    expect(met("次の第9回有識者会議はいつ？", "第8回有識者会議(11/20開催)")).toBe(false);
    expect(met("次の第9回有識者会議はいつ？", "第9回有識者会議の開催について")).toBe(true);
    expect(met("When is the 9th expert meeting?", "第8回有識者会議(11/20開催)")).toBe(false);
    expect(met("When is the 9th expert meeting?", "第9回有識者会議")).toBe(true);
    expect(met("When will the 2nd edition be published?", "第2版の策定に向けて")).toBe(true);
    expect(met("When will the 2nd edition be published?", "第1版の公表(2025年5月)")).toBe(false);
  });

  it("reads a chapter, an article or a case named in English as the documents' label", () => {
    expect(namedLabels("What does Chapter 1 of the guidance cover, and Article 4?")).toEqual(["第1章", "第4条"]);
    expect(namedLabels("What was concluded in case 5?")).toEqual(["事例5"]);
    expect(met("What situations does Chapter 1 cover?", "第2章が想定するケース")).toBe(false);
    expect(met("What situations does Chapter 1 cover?", "第1章が想定するケース")).toBe(true);
  });

  it("needs an edition numbered 第N次 the question names, in kanji or in digits", () => {
    expect(namedLabels("試験ビジョンの第二次で追加された技術は？")).toEqual(["第2次"]);
    expect(met("試験ビジョンの第二次で追加された技術は？", "試験ビジョン(第一次)骨子")).toBe(false);
    expect(met("試験ビジョンの第二次で追加された技術は？", "試験ビジョン(第二次)の概要")).toBe(true);
    expect(met("令和4年度第2次補正でいくら？", "令和4年度第2次補正予算で約9,500億円")).toBe(true);
  });

  it("needs the fiscal year the question names, in any of the documents' ways of writing it", () => {
    const met = (question: string, evidence: string) =>
      answerRequirements(question)
        .filter((requirement) => requirement.name.startsWith("fiscal:"))
        .every((requirement) => requirement.isMet(evidence));
    expect(met("What is the budget for fiscal 2026?", "令和8年度予算案")).toBe(true);
    expect(met("What is the budget for fiscal 2026?", "r3補正2500億円")).toBe(false);
    expect(met("How much did the FY2021 supplementary budget provide?", "r3補正2500億円")).toBe(true);
    expect(met("2024年度の予算は？", "2024年度予算")).toBe(true);
    expect(met("How much did the FY2021 supplementary budget provide?", "令和3、4年度補正予算で計2,500億円")).toBe(
      true,
    );
    expect(met("How much did the FY2021 supplementary budget provide?", "令和4、5年度補正予算")).toBe(false);
  });

  it("needs a year the question ties its point to, in any of the documents' ways of writing it, not a range or a source", () => {
    const years = (question: string) => answerRequirements(question).filter((r) => r.name.startsWith("year:"));
    const met = (question: string, evidence: string) => years(question).every((r) => r.isMet(evidence));
    const question = "2024年の試験小委員会の中間報告って、何月何日に公表されました？";
    expect(met(question, "試験小委員会中間報告(令和元年10月8日)(令和3年6月10日)")).toBe(false);
    for (const evidence of [
      "2024年5月公表",
      "令和6年5月",
      "令和六年五月",
      "24年5月から施行",
      "24/05/14 : 改訂",
      "2024-10-01",
    ])
      expect(met(question, evidence), evidence).toBe(true);
    expect(years("2024年までにどの鉱種が対象になったの？")).toHaveLength(0);
    expect(years("2024年の資料では、対象はいくつ？")).toHaveLength(0);
    expect(years("2024年に改訂されたのはどこ？")).toHaveLength(1);
  });

  it("needs the first year of a span of years the question ties its point to", () => {
    const spanMet = (question: string, evidence: string) =>
      answerRequirements(question)
        .filter((r) => r.name.startsWith("year:"))
        .every((r) => r.isMet(evidence));
    const question = "試験論文数の順位は10年前（2009～2011年平均）だと何位？";
    expect(spanMet(question, "2019-2021年(平均)試験国が1位")).toBe(false);
    expect(spanMet(question, "2009-2011年(平均)試験国が5位")).toBe(true);
    expect(spanMet("Where did Japan rank for the 2009-2011 average?", "2019-2021年(平均)")).toBe(false);
  });

  it("needs a day the question ties its point to, in the quoted lines or their document's date, not a range", () => {
    const days = (question: string) => answerRequirements(question).filter((r) => r.name.startsWith("day:"));
    const met = (question: string, evidence: string) => days(question).every((r) => r.isMet(evidence));
    const question = "試験団体が9月26日に追加されていますが、この日には何団体が追加されたんですか？";
    expect(met(question, "約20の試験団体を新たに追加")).toBe(false);
    expect(met(question, "19月26日")).toBe(false);
    for (const evidence of ["9月26日、12団体を追加", "9/26 追加", "09/26", "2022-09-26"])
      expect(met(question, evidence), evidence).toBe(true);
    expect(days("9月26日までに何団体が追加された？")).toHaveLength(0);
    expect(days("10月1日の会議で出た意見は？")).toHaveLength(1);
  });

  it("reads the English for a year the point is tied to, not a source named by its year", () => {
    const years = (question: string) => answerRequirements(question).filter((r) => r.name.startsWith("year:"));
    const met = (question: string, evidence: string) => years(question).every((r) => r.isMet(evidence));
    const benchmark = "What extraction benchmarks does the Act set for 2030?";
    expect(met(benchmark, "5年、10年、15年以上の期間を見据えた対応")).toBe(false);
    expect(met(benchmark, "2030年までに国内で抽出")).toBe(true);
    expect(met("Which minerals were added in February 2025?", "25年2月に追加")).toBe(true);
    expect(met("What was frozen in late 2022?", "2023年に凍結")).toBe(false);
    expect(years("What does the 2024 material say about budgets?")).toHaveLength(0);
    expect(years("What has been designated since 2022?")).toHaveLength(0);
  });

  it("needs a period for a how-long question", () => {
    expect(met("適性評価は何年間有効ですか", "適性評価には時間がかかる")).toBe(false);
    expect(met("適性評価は何年間有効ですか", "有効期間は10年間とする")).toBe(true);
  });

  it("needs a number for a phone number", () => {
    expect(met("担当課の代表番号を教えて", "経済産業省 経済安全保障政策課")).toBe(false);
    expect(met("担当課の代表番号を教えて", "電話 03-3501-1511")).toBe(true);
  });

  it("needs penalties to be mentioned for a penalty question", () => {
    expect(met("罰金はいくらですか", "勧告を行う")).toBe(false);
    // That no duty is imposed answers whether breaking it is punished.
    expect(met("守らないと罰則はありますか", "本手引きは、企業に義務を課すものではなく、選択肢を示すもの")).toBe(true);
    expect(
      met("What penalties does the law impose on employees who leak?", "セキュリティ・クリアランス制度の導入"),
    ).toBe(false);
    expect(met("What penalties does the law impose on employees who leak?", "違反には罰則が科される")).toBe(true);
  });

  it("needs the place a question asks for (12番目) numbered or said in the evidence", () => {
    expect(met("追加された12番目の物資は何ですか", "11の特定物資を指定。")).toBe(false);
    expect(met("追加された12番目の物資は何ですか", "112件の申請があった")).toBe(false);
    expect(met("追加された12番目の物資は何ですか", "⑫ 試験用の部材")).toBe(true);
  });

  it("needs a count for a how-many question", () => {
    expect(met("何分野が指定されていますか", "分野を指定する")).toBe(false);
    expect(met("何分野が指定されていますか", "15分野を指定")).toBe(true);
  });

  it("asks nothing special of an open question", () => {
    expect(answerRequirements("ガイダンスの目的は何ですか")).toEqual([]);
  });
});

describe("answerRequirements for amounts", () => {
  it("needs a sum of money for a how-much question", () => {
    expect(met("適性評価の手数料はいくらですか", "適性評価には時間がかかる")).toBe(false);
    expect(met("出資額を教えて", "株式4億ドル相当分を購入")).toBe(true);
    expect(met("補正予算の金額は？", "約9,500億円を措置")).toBe(true);
  });
});

describe("answerRequirements: a day named in English", () => {
  it('ties the point to the day an English question names ("in the 26 September 2022 round", "on October 9")', () => {
    const round = answerRequirements("How many entities were added in the 26 September 2022 round?");
    const day = round.find((requirement) => requirement.name === "day:9月26日");
    expect(day?.isMet("9月26日 ロシアの21団体を追加")).toBe(true);
    expect(day?.isMet("5月13日 約20の軍事関連団体を追加")).toBe(false);
    expect(answerRequirements("What did China announce on October 9, 2025?").map((r) => r.name)).toContain(
      "day:10月9日",
    );
    expect(answerRequirements("What did the 2024-10-01 minutes say?").map((r) => r.name)).toEqual([]);
  });
});

describe("answerRequirements: a figure the question states", () => {
  const figures = (question: string) =>
    answerRequirements(question)
      .filter((requirement) => requirement.name.startsWith("figure:"))
      .map((requirement) => requirement.name);

  it("ties the point to a survey's or a list's size, written with or without its comma", () => {
    expect(met("What share of the 3,007 manufacturers surveyed knew the term?", "試験認知度 (n=3,007)")).toBe(true);
    expect(met("試験調査の3007社のうち何%が知っていた？", "回答 3,007社")).toBe(true);
    expect(met("What share of the 3,007 manufacturers surveyed knew the term?", "試験比率0.1%以上")).toBe(false);
    expect(met("287団体のうち航空機メーカーは？", "ロシア1287団体")).toBe(false);
  });

  it("leaves years, sums, rates, articles and the asker's own head count to their own checks", () => {
    expect(figures("2024年の中間報告は")).toEqual([]);
    expect(figures("In 2024 what happened?")).toEqual([]);
    expect(figures("第232条の調査は")).toEqual([]);
    expect(figures("約9,500億円の内訳は")).toEqual([]);
    expect(figures("What rate applies to the USD 150 million loan?")).toEqual([]);
    expect(figures("従業員300人ほどの会社です。組織を作らないとだめ？")).toEqual([]);
    expect(figures("We are a supplier with about 300 employees. Must we hire staff?")).toEqual([]);
  });
});
