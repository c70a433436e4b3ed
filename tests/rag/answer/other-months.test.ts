import { describe, expect, it } from "vitest";
import { entryMonths, namesMonth, withoutOtherMonths } from "../../../rag/answer/other-months.ts";

const BACKGROUND = "試験国は、2023年8月の試験鉱への措置を皮切りに、本年4月には試験元素7種に対する措置を実施。";
const ASKED = "10月9日、試験元素を含む製品の再輸出規制を発表。";
const PLAIN = "国内の試験産業に影響を及ぼしている。";

describe("withoutOtherMonths", () => {
  it("drops the lines that date only other months than the one the question names", () => {
    const question = "試験国が2025年10月に出した再輸出規制は、どういう製品が対象？";
    expect(withoutOtherMonths([BACKGROUND, PLAIN, ASKED], question)).toEqual([PLAIN, ASKED]);
    // 令和7年 is 2025; a line's month without a year is any year's.
    expect(withoutOtherMonths([BACKGROUND, ASKED], "令和7年10月の再輸出規制の対象は？")).toEqual([ASKED]);
    expect(withoutOtherMonths([BACKGROUND, ASKED], "2025年4月に対象になった試験元素は？")).toEqual([BACKGROUND]);
  });

  it("keeps every line when no line names the asked month, when the question gives no year, or names no month", () => {
    expect(withoutOtherMonths([BACKGROUND, PLAIN], "2025年10月の再輸出規制の対象は？")).toEqual([BACKGROUND, PLAIN]);
    expect(withoutOtherMonths([BACKGROUND, ASKED], "10月の再輸出規制の対象は？")).toEqual([BACKGROUND, ASKED]);
    expect(withoutOtherMonths([BACKGROUND, ASKED], "再輸出規制の対象は？")).toEqual([BACKGROUND, ASKED]);
  });

  it("does not take a length of months (3か月間) for a month", () => {
    const period = "猶予は3月間とする。";
    expect(withoutOtherMonths([period, ASKED], "2025年10月の規制の猶予は？")).toEqual([period, ASKED]);
  });
});

describe("namesMonth", () => {
  it("reads a month without a year in the document's year when it is given", () => {
    const asked = [{ year: 2024, month: 5 }];
    expect(namesMonth("本年5月のアクションプラン再改訂以降", asked)).toBe(true);
    expect(namesMonth("本年5月のアクションプラン再改訂以降", asked, 2025)).toBe(false);
    expect(namesMonth("本年5月のアクションプラン改訂", asked, 2024)).toBe(true);
    expect(namesMonth("2024年5月に改訂", asked, 2025)).toBe(true);
  });
});

describe("entryMonths", () => {
  it("gives the months of a year the question picks an entry by, but not a date with its day", () => {
    expect(entryMonths("試験国の輸出管理で、2025年2月に対象になった鉱種は？")).toEqual([{ year: 2025, month: 2 }]);
    expect(entryMonths("試験国が2025年10月9日に出した再輸出規制って、どの程度含むと対象？")).toEqual([]);
    expect(entryMonths("令和７年２月に追加された品目は？")).toEqual([{ year: 2025, month: 2 }]);
    expect(entryMonths("10月の会議で何が決まった？")).toEqual([]);
  });
});
