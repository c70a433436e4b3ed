import { describe, expect, it } from "vitest";
import { displayLines, displaySpan, timelineRows, withoutDanglingEnd } from "../../../rag/answer/display-lines.ts";

describe("displayLines", () => {
  it("sets apart a flow chart's boxes the text extraction ran together", () => {
    expect(displayLines("→輸出管理投資審査営業秘密管理技術流出補償")).toEqual([
      "→輸出管理 投資審査 営業秘密管理 技術流出 補償",
    ]);
  });

  it("shows a slide's item marks after the list's own dash as one plain item", () => {
    expect(displayLines("- ▶ 試験制度について、基準の明確化を図るべき。")).toEqual([
      "- 試験制度について、基準の明確化を図るべき。",
    ]);
    expect(displayLines("- ✓ 試験分野の追加")).toEqual(["- 試験分野の追加"]);
    expect(displayLines("- ・試験太郎 (試験商工会議所)")).toEqual(["- 試験太郎 (試験商工会議所)"]);
  });

  it("splits items a slide ran into one line, keeping what heads them", () => {
    expect(displayLines("◆ 引き抜きによる転職 ◆ 転職に伴い秘密を漏らせば試験法の対象")).toEqual([
      "- 引き抜きによる転職",
      "- 転職に伴い秘密を漏らせば試験法の対象",
    ]);
    expect(displayLines("3 人材流出 ◆ 引き抜き ◆ 転職")).toEqual(["3 人材流出", "- 引き抜き", "- 転職"]);
  });

  it("reads a long-vowel mark as an item mark only in a line it opens, and never inside a katakana word", () => {
    expect(displayLines("ー5年間で50億ドル支援ー生産と研究開発ーデータセンター整備")).toEqual([
      "- 5年間で50億ドル支援",
      "- 生産と研究開発",
      "- データセンター整備",
    ]);
    expect(displayLines("データセキュリティの確保")).toEqual(["データセキュリティの確保"]);
  });

  it("keeps marks that say something: a note, a consequence, a number", () => {
    expect(displayLines("※試験関税は課されない。")).toEqual(["※試験関税は課されない。"]);
    expect(displayLines("→「試験技術」に該当する場合")).toEqual(["→「試験技術」に該当する場合"]);
    expect(displayLines("①自社の体制を把握する")).toEqual(["①自社の体制を把握する"]);
    expect(displayLines("- 23/10/31 : 初版を公表")).toEqual(["- 23/10/31 : 初版を公表"]);
  });

  it("drops a connective that ties the line to one the excerpt leaves out, but keeps a condition", () => {
    expect(displayLines("他方、試験企業からは対策に悩む声が多い。")).toEqual(["試験企業からは対策に悩む声が多い。"]);
    expect(displayLines("- このため、試験指針を策定")).toEqual(["- 試験指針を策定"]);
    expect(displayLines("◆ 具体的には、試験審査を行う ◆ また、報告を求める")).toEqual([
      "- 試験審査を行う",
      "- 報告を求める",
    ]);
    expect(displayLines("ただし、試験物資は対象外とする。")).toEqual(["ただし、試験物資は対象外とする。"]);
    // A connective with nothing after it (「※このほか、」 over the items it introduces) is not shown at all.
    expect(displayLines("※このほか、")).toEqual([]);
    expect(displayLines("- また、")).toEqual([]);
    expect(displayLines("このほか、試験制度を新設。")).toEqual(["試験制度を新設。"]);
    expect(displayLines("また試験制度")).toEqual(["また試験制度"]);
  });

  it("shows a whole statement without its note mark, and keeps the mark on a short note", () => {
    expect(displayLines("(※) 例えば、試験物資の供給確保には補助金のほか調整や調査も使える。")).toEqual([
      "例えば、試験物資の供給確保には補助金のほか調整や調査も使える。",
    ]);
    expect(displayLines("※1 試験制度の対象は試験事業者であり、個人は含まれない。")).toEqual([
      "試験制度の対象は試験事業者であり、個人は含まれない。",
    ]);
    expect(displayLines("※「試験対処法」(2025年5月)において、試験事業者が攻撃を受けた際の連携を強化")).toEqual([
      "「試験対処法」(2025年5月)において、試験事業者が攻撃を受けた際の連携を強化",
    ]);
    expect(displayLines("※試験関税は課されない。")).toEqual(["※試験関税は課されない。"]);
    expect(displayLines("※対象品目:試験装置、試験部品及び関連技術【5月20日施行】")).toEqual([
      "※対象品目:試験装置、試験部品及び関連技術【5月20日施行】",
    ]);
  });
});

describe("displayLines: a timeline run together", () => {
  it("shows each entry on a row of its own, its date first, and leaves a line with fewer dates as it is", () => {
    expect(displayLines("2023年8月試験鉱A、試験鉱B2023年12月試験鉱C2024年9月試験鉱D")).toEqual([
      "2023年8月 試験鉱A、試験鉱B\n2023年12月 試験鉱C\n2024年9月 試験鉱D",
    ]);
    expect(displayLines("対象の鉱種 2023年8月 試験鉱A 2023年12月 試験鉱C 2024年9月 試験鉱D")).toEqual([
      "対象の鉱種",
      "2023年8月 試験鉱A\n2023年12月 試験鉱C\n2024年9月 試験鉱D",
    ]);
    // Dates inside sentences are no table's rows.
    const prose = "2023年8月の措置を皮切りに、2023年12月と2024年9月にも対象を広げた。";
    expect(displayLines(prose)).toEqual([prose]);
    expect(displayLines("試験法は2022年5月成立、2024年5月施行")).toEqual(["試験法は2022年5月成立、2024年5月施行"]);
  });
});

describe("displaySpan", () => {
  it("drops the arrow of a first line, which follows from a line the span leaves out, and keeps a later one", () => {
    expect(displaySpan(["→「試験技術」に該当する場合は協議会を組織できる。", "→ 支援を受けられる。"])).toEqual([
      "「試験技術」に該当する場合は協議会を組織できる。",
      "→ 支援を受けられる。",
    ]);
  });

  it("sets a title apart as 【title】 when items follow it, once, and leaves other lines alone", () => {
    expect(displaySpan(["試験技術の対象追加", "- ▶ 現在15技術を指定し、新たに4技術を追加。"])).toEqual([
      "【試験技術の対象追加】",
      "- 現在15技術を指定し、新たに4技術を追加。",
    ]);
    expect(displaySpan(["<今後の予定>", "- 1月 正式版を公表"])).toEqual(["【今後の予定】", "- 1月 正式版を公表"]);
    // A sentence, or a title nothing is listed under, is shown as it is.
    expect(displaySpan(["試験制度は2024年に始まった。", "- 対象は15分野"])[0]).toBe("試験制度は2024年に始まった。");
    expect(displaySpan(["試験技術の対象追加", "令和3年11月18日公表"])).toEqual([
      "試験技術の対象追加",
      "令和3年11月18日公表",
    ]);
  });
});

describe("withoutDanglingEnd", () => {
  it("drops a title or a line pointing ahead that closes an excerpt, never a line that states a value", () => {
    expect(withoutDanglingEnd(["- 現在15技術を指定し、新たに4技術を追加。", "今般の追加"])).toEqual([
      "- 現在15技術を指定し、新たに4技術を追加。",
    ]);
    expect(withoutDanglingEnd(["試験指針を策定。", "主な内容は以下のとおり。"])).toEqual(["試験指針を策定。"]);
    expect(withoutDanglingEnd(["【今後の予定】", "- 1月正式版を公表"])).toEqual([
      "【今後の予定】",
      "- 1月正式版を公表",
    ]);
    expect(withoutDanglingEnd(["① サプライチェーン", "12物資指定、総額約2.4兆円"])).toHaveLength(2);
    // A lone line is what there is.
    expect(withoutDanglingEnd(["今般の追加"])).toEqual(["今般の追加"]);
    // A last sentence pointing at a chart below points at nothing shown; the statement before it stays.
    expect(withoutDanglingEnd(["- 各国を6項目で評価する試験調査を実施中。以下は、その初期的な評価。"])).toEqual([
      "- 各国を6項目で評価する試験調査を実施中。",
    ]);
    expect(withoutDanglingEnd(["以下は試験の評価。"])).toEqual(["以下は試験の評価。"]);
    // A bulleted title marked (抄) heads the cut-off list after it; a bulleted item does not dangle.
    expect(withoutDanglingEnd(["- ①試験拠点を有すること。", "- 試験審査基準(抄)"])).toEqual([
      "- ①試験拠点を有すること。",
    ]);
    expect(withoutDanglingEnd(["- ①試験拠点を有すること。", "- 試験審査基準"])).toHaveLength(2);
  });
});

describe("timelineRows", () => {
  it("gives a timeline run's head and rows, and nothing for a sentence with dates in it", () => {
    expect(timelineRows("対象の鉱種 2023年8月 試験鉱A 2023年12月 試験鉱C 2024年9月 試験鉱D")).toEqual({
      head: "対象の鉱種",
      rows: ["2023年8月 試験鉱A", "2023年12月 試験鉱C", "2024年9月 試験鉱D"],
    });
    expect(timelineRows("2023年8月試験鉱A2023年12月試験鉱C2024年9月試験鉱D")?.head).toBe("");
    expect(timelineRows("試験法は2022年5月成立、2024年5月施行")).toBeUndefined();
  });
});
