import { describe, expect, it } from "vitest";
import { asksAbout } from "../../../rag/answer/asked-names.ts";
import { headedRows } from "../../../rag/answer/table-rows.ts";

const HEADER = "甲会議 (試験会議)\u3000乙会議\u3000丙会議";

describe("headedRows", () => {
  it("shows each value of a row beside its column's header with its gloss, from a header before the lines, and names the header", () => {
    const { lines, headers } = headedRows(["2. 発足年\u30001978年\u30001985年 (同年)\u30001996年"], ["表の題", HEADER]);
    expect(lines).toEqual(["2. 発足年: 甲会議 (試験会議) 1978年 / 乙会議 1985年 (同年) / 丙会議 1996年"]);
    expect([...headers]).toEqual([HEADER]);
  });

  it("reads a row against a header among the lines themselves", () => {
    const { lines } = headedRows([HEADER, "3. 参加国数\u300048か国\u300042か国+EU\u300035か国"], []);
    expect(lines[1]).toBe("3. 参加国数: 甲会議 (試験会議) 48か国 / 乙会議 42か国+EU / 丙会議 35か国");
  });

  it("keeps the columns the question names, when it names some of them", () => {
    const row = "3. 参加国数\u300048か国\u300042か国+EU\u300035か国";
    const asks = asksAbout("甲会議と丙会議の参加国数は？");
    expect(headedRows([row], [HEADER], asks).lines).toEqual(["3. 参加国数: 甲会議 (試験会議) 48か国 / 丙会議 35か国"]);
    const all = headedRows([row], [HEADER], asksAbout("参加国数はそれぞれ何か国？")).lines;
    expect(all).toEqual(["3. 参加国数: 甲会議 (試験会議) 48か国 / 乙会議 42か国+EU / 丙会議 35か国"]);
  });

  it("leaves a line alone when no header has one column fewer, or its cells are prose", () => {
    const row = "3. 参加国数\u300048か国\u300042か国\u300035か国";
    expect(headedRows([row], ["甲\u3000乙"]).lines).toEqual([row]);
    const prose = `1. 対象品目\u3000${"原子力専用品・技術、".repeat(5)}\u3000化学兵器\u3000武器`;
    expect(headedRows([prose], [HEADER]).lines).toEqual([prose]);
    expect(headedRows(["角南篤\u3000理事長(座長)"], [HEADER]).lines).toEqual(["角南篤\u3000理事長(座長)"]);
  });
});
