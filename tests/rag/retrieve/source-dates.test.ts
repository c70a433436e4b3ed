import { describe, expect, it } from "vitest";
import { sourceDates } from "../../../rag/retrieve/source-dates.ts";

describe("sourceDates", () => {
  it("reads the month of a document the question names by date, and takes it out of the question", () => {
    expect(sourceDates("特定重要物資の数、2024年2月の資料と2025年12月資料で違う？")).toEqual({
      dates: ["2024-02", "2025-12"],
      rest: "特定重要物資の数、資料と資料で違う？",
    });
    expect(sourceDates("In METI's February 2024 material, what is a clearance?").dates).toEqual(["2024-02"]);
    expect(sourceDates("according to the Feb 2024 deck versus the Dec. 2025 deck").dates).toEqual([
      "2024-02",
      "2025-12",
    ]);
    expect(sourceDates("in the Sept 2025 slides").dates).toEqual(["2025-09"]);
    // "one" after a month stands for the document named before it; "one of" does not.
    expect(sourceDates("in the Feb 2024 METI deck versus the Dec 2025 one?").dates).toEqual(["2024-02", "2025-12"]);
    expect(sourceDates("How does METI's Dec 2025 briefing explain the two concepts?").dates).toEqual(["2025-12"]);
    expect(sourceDates("the 2022 briefing material says").dates).toEqual(["2022"]);
    expect(sourceDates("Was December 2025 one of the busiest months?").dates).toEqual([]);
    // A year alone names that year's documents; a target year (2030年までに) names none.
    expect(sourceDates("2024年2月の資料と違う？2025年資料での支援総額は？").dates).toEqual(["2024-02", "2025"]);
    expect(sourceDates("What does the 2024 deck say?").dates).toEqual(["2024"]);
    expect(sourceDates("2030年までに100兆円").dates).toEqual([]);
    expect(sourceDates("2024年2月に公表された資料で").dates).toEqual(["2024-02"]);
    // A council's or a subcommittee's material (審議会資料, 部会資料) is named by its month too.
    expect(sourceDates("2024年2月の審議会資料のときから変わってますか").dates).toEqual(["2024-02"]);
    expect(sourceDates("2024年2月の部会資料と2025年12月の資料で").dates).toEqual(["2024-02", "2025-12"]);
    // The issuer may stand between the date and the document: 「2024年2月の経産省資料」.
    expect(sourceDates("指定数は2024年2月の経産省資料と2025年12月の資料で違う？").dates).toEqual([
      "2024-02",
      "2025-12",
    ]);
    expect(sourceDates("2025年11月の内閣府の資料では").dates).toEqual(["2025-11"]);
    expect(sourceDates("2025年12月の事前報告対象の追加").dates).toEqual([]);
  });

  it("reads a meeting named by its month as its minutes' and slides' date", () => {
    expect(sourceDates("At the October 2024 expert meeting, what did a member raise?")).toEqual({
      dates: ["2024-10"],
      rest: "At the expert meeting, what did a member raise?",
    });
    expect(sourceDates("2024年10月の有識者会議で出た意見は？").dates).toEqual(["2024-10"]);
    expect(sourceDates("2024年10月に開催された会議では").dates).toEqual(["2024-10"]);
    expect(sourceDates("2024年10月の商工会議所の調査").dates).toEqual([]);
  });

  it("reads 「2024年2月の時点では」 as the state the documents of that month give", () => {
    expect(sourceDates("試験制度ってそもそも何？2024年2月の時点ではどういう検討状況だった？").dates).toEqual([
      "2024-02",
    ]);
    expect(sourceDates("2024年2月時点での指定数は？").dates).toEqual(["2024-02"]);
  });

  it("leaves a date that is part of what is asked about", () => {
    expect(sourceDates("2024年5月に改訂されたアクションプランの重点分野は？")).toEqual({
      dates: [],
      rest: "2024年5月に改訂されたアクションプランの重点分野は？",
    });
    expect(sourceDates("What happened in February 2024?").dates).toEqual([]);
  });
});
