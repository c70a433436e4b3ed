import { describe, expect, it } from "vitest";
import {
  bestExcerpt,
  countsWithoutItems,
  defines,
  type ExcerptOptions,
  mentions,
  type WeightedTerm,
} from "../../../rag/answer/excerpt.ts";
import { passageLines, repeatedLines } from "../../../rag/answer/passage-lines.ts";
import { verdictAsked } from "../../../rag/answer/yes-no-verdict.ts";
import type { Chunk } from "../../../rag/types.ts";
import { answererFor } from "../../doubles/chunk-answerer.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { DETAIL_LINES, SUMMARY_LINES } from "../../fixtures/slides/restated-items.ts";

const FOOTER = "テスト協会 無断転載禁止";

describe("passageLines", () => {
  it("joins a line cut mid-sentence and a parenthesised aside to the line before, and drops boilerplate", () => {
    const chunk = makeChunk({
      docId: "d",
      text: `支援制度は2025年度に新設され\nにおいて運用が始まった\n(予算 300億円)\n${FOOTER}\n- 対象は中小企業`,
    });
    const lines = passageLines(chunk, (folded) => folded === "テスト協会無断転載禁止").map((line) => line.text);
    expect(lines).toEqual(["支援制度は2025年度に新設されにおいて運用が始まった(予算 300億円)", "- 対象は中小企業"]);
  });

  it("reads a line opening with また、まず、 as a sentence of its own, and また、 after a bullet as more of that item", () => {
    const chunk = makeChunk({
      docId: "d",
      text: "➤ 試験防衛策\n- 試験の場を設定してほしい。\nまた、下請企業が匿名で相談できる窓口を設けてほしい。\n- 指針がほしい。\n要望は以上。\nまず、試験制度を整える。",
    });
    expect(passageLines(chunk, () => false).map((line) => line.text)).toEqual([
      "➤ 試験防衛策",
      "- 試験の場を設定してほしい。また、下請企業が匿名で相談できる窓口を設けてほしい。",
      "- 指針がほしい。",
      "要望は以上。",
      "まず、試験制度を整える。",
    ]);
  });

  it("drops the document's own date under its title, but not another date on a line of its own", () => {
    const chunk = makeChunk({
      docId: "d",
      date: "2025-11-07",
      text: "試験制度の推進に向けて\n令和7年11月7日\n- 試験法を制定した。\n令和6年5月1日\n- 試験法を施行した。",
    });
    expect(passageLines(chunk, () => false).map((line) => line.text)).toEqual([
      "試験制度の推進に向けて",
      "- 試験法を制定した。",
      "令和6年5月1日",
      "- 試験法を施行した。",
    ]);
    expect(passageLines({ ...chunk, date: "2025-11" }, () => false)).toHaveLength(5);
  });

  it("shows a markdown-escaped sign as the sign itself", () => {
    const chunk = makeChunk({ docId: "d", text: "- 試験製品の価格下限110\\$/kgを10年間保証。" });
    expect(passageLines(chunk, () => false).map((line) => line.text)).toEqual([
      "- 試験製品の価格下限110$/kgを10年間保証。",
    ]);
  });

  it("drops a source line (出典, 出所): it says where a figure came from, and quoted alone it answers nothing", () => {
    const chunk = makeChunk({
      docId: "d",
      text: "試験指数の推移\n(出所) 試験銀行「試験の論点」より抜粋\n出典:試験白書\n- 指数は3年で2倍になった。",
    });
    expect(passageLines(chunk, () => false).map((line) => line.text)).toEqual([
      "試験指数の推移",
      "- 指数は3年で2倍になった。",
    ]);
  });

  it("joins a line that opens with 等 to the item before it: it ends that item's sentence", () => {
    const chunk = makeChunk({ docId: "d", text: "①試験の進め方\n②社内の巻き込み力\n等に関する研修を実施。" });
    expect(passageLines(chunk, () => false).map((line) => line.text)).toEqual([
      "①試験の進め方",
      "②社内の巻き込み力等に関する研修を実施。",
    ]);
  });

  it("answers a list question with the list under the section title the asker quotes", () => {
    const detail = makeChunk({
      docId: "deck",
      sectionPath: ["3. 試験者が認識すべき原則"],
      text: [
        "3. 試験者が認識すべき原則",
        "試験対応を重要な試験事項の一つとして位置付け、試験者自らが主導する必要がある",
        "(1)自社の試験を正確に把握する",
        "- 自社の試験経済安保の取引を可能な限り正確に把握する。",
      ].join("\n"),
    });
    const summary = makeChunk({
      docId: "deck",
      ordinal: 2,
      sectionPath: ["3. 試験者が認識すべき原則"],
      text: [
        "3. 試験者が認識すべき原則",
        "- ① 自社の試験を正確に把握する",
        "- ② 試験を投資と捉える",
        "- ③ 対話を欠かさない",
      ].join("\n"),
    });
    const options = {
      askedType: "list" as const,
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      focus: ["試験者が認識すべき原則"],
      quoted: ["試験者が認識すべき原則"],
      terms: [
        { term: "試験者", mass: 1 },
        { term: "原則", mass: 1 },
        { term: "試験経済安保", mass: 1 },
      ],
    };
    const passages = [
      { chunk: detail, score: 10 },
      { chunk: summary, score: 8 },
    ];
    const lines = bestExcerpt(passages, options)?.spans.flatMap((span) => span.lines);
    expect(lines).toContain("- ③ 対話を欠かさない");
  });

  it("answers a yes/no question about named items of a list with the rows that name them", () => {
    const table = makeChunk({
      docId: "deck",
      text: [
        "事前試験の対象技術",
        "①試験コンデンサ\u3000⑪試験センサー",
        "②試験フィルタ\u3000⑫試験チタン",
        "③試験銅箔\u3000⑬試験バインダ",
        "④試験フィルム\u3000⑭試験電解質",
      ].join("\n"),
    });
    const options = {
      askedType: "yes-no" as const,
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      focus: ["試験銅箔", "事前試験"],
      terms: [
        { term: "試験銅箔", mass: 2 },
        { term: "事前試験", mass: 1 },
        { term: "対象技術", mass: 1 },
      ],
    };
    const lines = bestExcerpt([{ chunk: table, score: 10 }], options)?.spans.flatMap((span) => span.lines) ?? [];
    // The row that names it, as the cell that does: the other column's item was not asked about.
    expect(lines).toContain("③試験銅箔");
    expect(lines.join("\n")).not.toContain("⑬試験バインダ");
    expect(lines).not.toContain("②試験フィルタ\u3000⑫試験チタン");
    // Asked for the list itself, the whole list is the answer.
    const listed = bestExcerpt([{ chunk: table, score: 10 }], { ...options, askedType: "list" as const });
    expect(listed?.spans.flatMap((span) => span.lines)).toContain("②試験フィルタ\u3000⑫試験チタン");
  });

  it("shows a sentence the PDF broke across two lines whole, from either half", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "minutes",
        kind: "minutes",
        text: [
          "#### 試験体制について",
          "- ▶ 大企業では試験制度の認識が高まっているものの、試験制度は品質管理の一部と",
          "捉えている企業が多く、中小企業には試験担当役員の設置や既存組織の活用が考えられる。",
          "- ▶ 試験データの共有が重要。",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験担当役員の設置について、どんな意見がありましたか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain(
      "大企業では試験制度の認識が高まっているものの、試験制度は品質管理の一部と捉えている企業が多く、中小企業には試験担当役員",
    );
    expect(result.answer).not.toMatch(/^捉えている/mu);
  });

  it("drops a chunk's first line when it closes a bracket the chunk before opened, and keeps a balanced one", () => {
    const cut = makeChunk({ docId: "d", text: "試験会議を経て9月30日決定)\n- 試験制度を定めた。" });
    expect(passageLines(cut, () => false).map((line) => line.text)).toEqual(["- 試験制度を定めた。"]);
    const whole = makeChunk({ docId: "d", text: "試験方針(9月30日決定)\n- 試験制度を定めた。" });
    expect(passageLines(whole, () => false)).toHaveLength(2);
  });

  it("drops a slide's page counter from its title, not a date or a figure", () => {
    const chunk = makeChunk({
      docId: "d",
      text: "試験指針の概要① / 2\n(参考) 産業界の主な反応 (1/2)\n- 23/10/31 : 初版を公表\n- 改訂は24/5/14",
    });
    expect(passageLines(chunk, () => false).map((line) => line.text)).toEqual([
      "試験指針の概要",
      "(参考) 産業界の主な反応",
      "- 23/10/31 : 初版を公表",
      "- 改訂は24/5/14",
    ]);
  });

  it("drops a slide's key to its colours or marks (※赤字部分は…, 記号を付した項目は…), which is about the page", () => {
    const chunk = makeChunk({
      docId: "d",
      text: "試験基準の概要\n※ 赤字部分は令和3年に改正した部分\n※黒字箇所は従来からの記載事項\n記号を付した項目は、それぞれ以下の文書に同旨の記載がある。\n※「試験方針2021」 ●「試験戦略2021」 ◎試験会議「提言」\n- ① 代表者を責任者とする\n※ 違反時は勧告を行う",
    });
    expect(passageLines(chunk, () => false).map((line) => line.text)).toEqual([
      "試験基準の概要",
      "- ① 代表者を責任者とする",
      "※ 違反時は勧告を行う",
    ]);
  });

  it("counts a line as boilerplate only when it recurs in many chunks", () => {
    const chunks = Array.from({ length: 5 }, (_, ordinal) =>
      makeChunk({ docId: "d", ordinal, text: `第${ordinal}節の本文です。\n${FOOTER}` }),
    );
    const repeated = repeatedLines(chunks);
    expect(repeated.has("テスト協会無断転載禁止")).toBe(true);
    expect(repeated.has("第1節の本文です。")).toBe(false);
  });
});

describe("countsWithoutItems", () => {
  it("says a heading that counts the asked things names their list without giving it", () => {
    expect(countsWithoutItems(["試験法の3つの柱(2030年成立)", "「試験法」(段階的施行)"], ["柱"])).toBe(true);
    expect(countsWithoutItems(["試験制度は4本柱で構成する。"], ["柱"])).toBe(true);
  });

  it("is false once the items are there, or when the count is of something else", () => {
    expect(countsWithoutItems(["試験法の3つの柱", "1. 供給網", "2. 基盤", "3. 技術"], ["柱"])).toBe(false);
    expect(countsWithoutItems(["試験法の3つの目的を定めた。"], ["柱"])).toBe(false);
  });
});

describe("bestExcerpt", () => {
  it("lets words several documents have in their titles say which document, not which line", () => {
    const minutes = makeChunk({
      docId: "minutes",
      title: "第3回 試験会議 議事要旨",
      text: "試験会議の議事は公開とする。\n試験薬は特定国への依存が課題との意見があった。",
    });
    const earlier = makeChunk({ docId: "earlier", title: "第2回 試験会議 議事要旨", text: "構成員は10名である。" });
    const terms = [
      { term: "試験会議", mass: 2 },
      { term: "議事", mass: 1 },
      { term: "試験薬", mass: 1 },
      { term: "依存", mass: 0.5 },
    ];
    const excerpt = bestExcerpt(
      [
        { chunk: minutes, score: 10 },
        { chunk: earlier, score: 8 },
      ],
      { askedType: "yes-no", isBoilerplate: () => false, nextChunk: () => undefined, focus: [], terms },
    );
    expect(excerpt?.spans[0]?.lines).toEqual(["試験薬は特定国への依存が課題との意見があった。"]);
  });

  const options = {
    askedType: "yes-no" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: [],
  };

  it("keeps the stronger passage's block unless a weaker passage's block covers the question by more than its deficit", () => {
    const strong = makeChunk({ docId: "strong", text: "試験制度は試験審査を行う。" });
    const weak = makeChunk({ docId: "weak", text: "試験制度の試験審査と試験手数料。" });
    const terms = [
      { term: "試験制度", mass: 1 },
      { term: "試験審査", mass: 1 },
      { term: "試験手数料", mass: 0.6 },
    ];
    const passages = [
      { chunk: strong, score: 10 },
      { chunk: weak, score: 5 },
    ];
    expect(bestExcerpt(passages, { ...options, terms })?.spans[0]?.chunk.docId).toBe("strong");
    // Covering the whole question where the stronger passage covers under a third of it is worth a lower score.
    const narrow = [
      { term: "試験制度", mass: 1 },
      { term: "試験審査", mass: 0.2 },
      { term: "試験手数料", mass: 3 },
    ];
    expect(bestExcerpt(passages, { ...options, terms: narrow })?.spans[0]?.chunk.docId).toBe("weak");
  });

  it("prefers a block that gives the purpose asked for to one that names the topic and gives none", () => {
    const plan = makeChunk({ docId: "plan", text: "試験出願の非公開制度について、円滑な施行に向けた取組を進める。" });
    const law = makeChunk({
      docId: "law",
      text: "試験出願の非公開\n機微な発明の流出を防止するため、保全指定をして公開を留保する仕組みを措置。",
    });
    const terms = [
      { term: "試験出願", mass: 1 },
      { term: "非公開", mass: 1 },
      { term: "制度", mass: 0.5 },
    ];
    const passages = [
      { chunk: plan, score: 10 },
      { chunk: law, score: 10 },
    ];
    expect(bestExcerpt(passages, { ...options, terms, askedType: "reason" })?.spans[0]?.chunk.docId).toBe("law");
    // Asked what it is, not what it is for, the block with all the question's words still wins.
    expect(bestExcerpt(passages, { ...options, terms, askedType: "list" })?.spans[0]?.chunk.docId).toBe("plan");
  });

  /** The first span's lines of the excerpt of one passage. */
  const linesOf = (text: string, askedType: "date" | "definition", focus: string[], terms: WeightedTerm[]) =>
    bestExcerpt([{ chunk: makeChunk({ docId: "d", text }), score: 10 }], { ...options, askedType, focus, terms })
      ?.spans[0]?.lines;

  it("gives a joined year's row that stands between the table's title and the row it answers with", () => {
    const text = [
      "英訳法令の拡充",
      "令和3年度から令和7年度までに、英訳法令を新たに600本公開することを目標とする。",
      "(参考) 英訳法令の公開実績",
      "令和3年度: 70本",
      "令和4年度: 95本",
      "(出所) 試験省「英訳法令の整備状況」(令和5年6月)",
    ].join("\n");
    // The earlier part named 令和3年度: its weight here is low, and the second year's row is the best line.
    const terms = [
      { term: "令和4年度", mass: 2 },
      { term: "公開", mass: 1 },
      { term: "令和3年度", mass: 0.1 },
    ];
    const lines = bestExcerpt([{ chunk: makeChunk({ docId: "d", text }), score: 10 }], {
      ...options,
      askedType: "count",
      focus: ["令和3年度", "令和4年度"],
      joined: ["令和3年度", "令和4年度"],
      terms,
    })?.spans.flatMap((span) => span.lines);
    expect(lines).toContain("令和4年度: 95本");
    expect(lines).toContain("令和3年度: 70本");
    // In the passage's order.
    expect(lines?.indexOf("令和3年度: 70本")).toBeLessThan(lines?.indexOf("令和4年度: 95本") ?? -1);
  });

  it("does not take another edition of a policy named by its year (骨太方針2021 is no 骨太方針2025)", () => {
    expect(mentions("経済財政運営と改革の基本方針(骨太方針)2021", "骨太方針2025")).toBe(false);
    expect(mentions("基本方針(骨太の方針)2025 ※令和7年6月13日閣議決定", "骨太方針2025")).toBe(true);
    // The year of a date is no edition.
    expect(mentions("2025年6月、骨太方針を改定", "骨太方針2025")).toBe(false);
  });

  it("does not take one fiscal year for another that shares its words (令和4年度 is no 令和3年度)", () => {
    expect(mentions("(参考) 公開実績\n令和4年度: 95本", "令和3年度")).toBe(false);
    expect(mentions("令和3年度から令和7年度までに", "令和3年度")).toBe(true);
    // Written short, or in the other calendar, it is the same year.
    expect(mentions("令和3、4年度補正予算で計", "令和3年度")).toBe(true);
    expect(mentions("(R3補正2500億円)", "令和3年度")).toBe(true);
    expect(mentions("令和4年度: 95本", "2022年度")).toBe(true);
    expect(mentions("令和3年度: 70本", "2022年度")).toBe(false);
  });

  it("does not show a title over the answering bullet for a one-letter focus every law's name has", () => {
    const text = "試験土地調査法\n- ※「試験防御強化法」(2025年5月)において、試験事業者の官民連携を強化";
    const terms = [
      { term: "試験事業者", mass: 2 },
      { term: "官民連携", mass: 1 },
      { term: "法", mass: 1 },
    ];
    expect(linesOf(text, "date", ["法", "試験事業者"], terms)).toEqual([
      "- ※「試験防御強化法」(2025年5月)において、試験事業者の官民連携を強化",
    ]);
  });

  it("reads a line that refers to a range of numbered items (①から③) with those items, when all follow it", () => {
    const text = [
      "- 「試験技術」:先端技術のうち①から③のいずれかにおいて、安全を損なう事態を生ずるおそれがあるもの",
      "①試験技術を外部に不当に利用された場合",
      "②試験情報が外部に不当に利用された場合",
      "③試験物資を外部に依存する場合",
      "→試験技術に該当すれば協議会を組織できる",
    ].join("\n");
    const terms = [
      { term: "試験技術", mass: 2 },
      { term: "事態", mass: 1 },
      { term: "おそれ", mass: 1 },
    ];
    const ask = (chunkText: string) => linesOf(chunkText, "definition", ["試験技術", "事態"], terms);
    expect(ask(text)).toEqual(text.split("\n").slice(0, 4));
    // With ③ missing, the range is not there to read: the line stands alone.
    const cut = text
      .split("\n")
      .filter((line) => !line.startsWith("③"))
      .join("\n");
    expect(ask(cut)).not.toContain("①試験技術を外部に不当に利用された場合");
  });

  it("reads a line carried over from the next chunk with the numbered items it refers to in that chunk", () => {
    const first = makeChunk({ docId: "deck", text: "試験技術の定義\n- 「先端技術」:将来の国民生活に用いられる技術" });
    const next = makeChunk({
      docId: "deck",
      ordinal: 1,
      text: [
        "- 「試験技術」:先端技術のうち①から③のいずれかにおいて、安全を損なう事態を生ずるおそれがあるもの",
        "①試験技術を外部に不当に利用された場合",
        "②試験情報が外部に不当に利用された場合",
        "③試験物資を外部に依存する場合",
      ].join("\n"),
    });
    const lines = bestExcerpt([{ chunk: first, score: 10 }], {
      askedType: "definition",
      isBoilerplate: () => false,
      nextChunk: (chunk) => (chunk === first ? next : undefined),
      focus: ["試験技術"],
      terms: [
        { term: "試験技術", mass: 2 },
        { term: "定義", mass: 1 },
      ],
    })?.spans.flatMap((span) => span.lines);
    expect(lines).toContain(
      "- 「試験技術」:先端技術のうち①から③のいずれかにおいて、安全を損なう事態を生ずるおそれがあるもの",
    );
    expect(lines).toContain("②試験情報が外部に不当に利用された場合");
  });

  it("answers a 「どの分野」 question from a timeline with the one entry that holds it, not the whole timeline", () => {
    const text = [
      "【これまでの経緯】",
      "- 23/10/31 : 試験計画初版",
      "- 24/05/14 : 試験計画改訂版",
      "- 重点分野として試験技術、試験素材を特定",
      "- 25/5/30 : 試験計画再改訂",
      "- 25/11/20 : 第8回試験会議",
    ].join("\n");
    const ask = (wantsAll: boolean) =>
      bestExcerpt([{ chunk: makeChunk({ docId: "plan", text }), score: 10 }], {
        ...options,
        askedType: "list",
        wantsAll,
        focus: ["改訂", "重点分野"],
        terms: [
          { term: "重点分野", mass: 2 },
          { term: "改訂", mass: 1 },
        ],
      })?.spans[0]?.lines ?? [];
    expect(ask(false)).toContain("- 重点分野として試験技術、試験素材を特定");
    expect(ask(false)).not.toContain("- 25/11/20 : 第8回試験会議");
    // Asked for every entry, the timeline is the answer.
    expect(ask(true)).toContain("- 25/11/20 : 第8回試験会議");
  });

  it("names the two passages that scored nearly as well as further sources, best first, and not a weaker one", () => {
    const text = "試験制度は試験審査を行う。";
    const passages = [
      { chunk: makeChunk({ docId: "winner", text }), score: 10 },
      { chunk: makeChunk({ docId: "fourth", text }), score: 7.5 },
      { chunk: makeChunk({ docId: "weak", text }), score: 5 },
      { chunk: makeChunk({ docId: "second", text }), score: 9 },
      { chunk: makeChunk({ docId: "third", text }), score: 8 },
    ];
    const terms = [
      { term: "試験制度", mass: 1 },
      { term: "試験審査", mass: 1 },
    ];
    const excerpt = bestExcerpt(passages, { ...options, terms });
    expect(excerpt?.spans[0]?.chunk.docId).toBe("winner");
    expect(excerpt?.alsoSee?.map((chunk) => chunk.docId)).toEqual(["second", "third"]);
    expect(bestExcerpt(passages.slice(0, 3), { ...options, terms })?.alsoSee?.map((chunk) => chunk.docId)).toEqual([
      "fourth",
    ]);
  });

  it("prefers the list of as many items as the asker says there are, and does not run on into the next numbered list", () => {
    const summary = makeChunk({
      docId: "summary",
      text: "- 今回の試験指針案は、経営者が試験の取組を考え、実行する上での推奨事項としてまとめるもの",
    });
    const principles = makeChunk({
      docId: "plan",
      ordinal: 0,
      text: "3. 認識すべき原則\n- ① 自社の体制を把握する\n- ② 対応を投資と捉える\n- ③ 関係者との対話を欠かさない",
    });
    const next = makeChunk({ docId: "plan", ordinal: 1, text: "- ① 自律性確保の取組\n- ② 不可欠性確保の取組" });
    const terms = [
      { term: "試験指針案", mass: 1 },
      { term: "経営者", mass: 0.5 },
      { term: "原則", mass: 1.5 },
    ];
    const excerpt = bestExcerpt(
      [
        { chunk: summary, score: 10 },
        { chunk: principles, score: 9 },
      ],
      {
        ...options,
        askedType: "list",
        listSize: 3,
        nextChunk: (chunk) => (chunk === principles ? next : undefined),
        terms,
      },
    );
    expect(excerpt?.spans.map((span) => span.lines)).toEqual([
      ["3. 認識すべき原則", "- ① 自社の体制を把握する", "- ② 対応を投資と捉える", "- ③ 関係者との対話を欠かさない"],
    ]);
    expect(excerpt?.carries).toBe(true);
  });
});

describe("bestExcerpt: a date or a sum for each asked topic", () => {
  const base = { isBoilerplate: () => false, nextChunk: () => undefined };

  it("shows the dated line of each topic a date question names, and takes them together as the answer", () => {
    const schedule = makeChunk({
      docId: "plan",
      text: "<今後の予定>\n- 11月26日 試験指針案の意見募集を開始(~12月26日)\n- 1月 正式版を公表\n- 関係者への説明を実施",
    });
    const excerpt = bestExcerpt([{ chunk: schedule, score: 10 }], {
      ...base,
      askedType: "date",
      // 正式版 weighs little beside the rest of the question: the line is shown for its date, not its words.
      terms: [
        { term: "意見募集", mass: 3 },
        { term: "試験指針案", mass: 3 },
        { term: "正式版", mass: 0.1 },
      ],
      focus: ["意見募集", "正式版"],
    });
    const lines = excerpt?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines).toContain("- 1月 正式版を公表");
    expect(lines.some((line) => line.includes("意見募集を開始"))).toBe(true);
    expect(excerpt?.carries).toBe(true);
  });

  it("takes a date in brackets after a law's name for when it was made, not when it is reviewed", () => {
    const made = makeChunk({
      docId: "policy",
      text: "- 「試験調査法」(2021年6月)や、「試験推進法」(2022年5月)等、新たな制度の創設に取り組んできた。",
    });
    const provision = makeChunk({
      docId: "policy",
      ordinal: 1,
      text: "○試験推進法 附則\n第四条 政府は、この法律の施行後三年を目途として、施行の状況について検討を加えるものとする。",
    });
    const carries = (chunk: Chunk, event: string[]) =>
      bestExcerpt([{ chunk, score: 10 }], {
        ...base,
        askedType: "date",
        terms: [{ term: "試験推進法", mass: 2 }],
        focus: ["試験推進法"],
        event,
      })?.carries;
    const review = ["見直し", "検討を加え"];
    const enactment = ["成立", "可決", "制定"];
    expect(carries(made, enactment)).toBe(true);
    expect(carries(made, review)).toBe(false);
    expect(carries(provision, review)).toBe(true);
  });

  it("reads 「総額約2.4兆円」 as the 支援総額 asked, though the line does not say 支援", () => {
    const summary = makeChunk({
      docId: "law",
      text: "① 試験物資\n12物資指定、総額約2.4兆円\n② 試験技術\n50の技術を指定",
    });
    const excerpt = (focus: string[]) =>
      bestExcerpt([{ chunk: summary, score: 10 }], {
        ...base,
        askedType: "amount",
        terms: [{ term: "試験物資", mass: 1 }],
        focus,
      });
    expect(excerpt(["試験物資", "支援総額"])?.carries).toBe(true);
    // A figure of another measure is not the one asked.
    expect(excerpt(["試験物資", "支援割合"])?.carries).toBe(false);
  });
});

describe("bestExcerpt: a row that names the person asked", () => {
  it("shows the chair's row alone, not the member rows under it as if it were their title", () => {
    const members = makeChunk({
      docId: "members",
      text: [
        "(参考)試験政策に関する研究会委員",
        "試験一郎　試験大学大学院教授",
        "試験二郎　公益財団法人試験財団理事長(座長)",
        "試験三郎　試験法律事務所パートナー弁護士",
        "試験四郎　試験大学法学部教授",
      ].join("\n"),
    });
    const excerpt = bestExcerpt([{ chunk: members, score: 10 }], {
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      askedType: "yes-no",
      valueKind: "person",
      terms: [
        { term: "研究会", mass: 1 },
        { term: "座長", mass: 2 },
      ],
      focus: ["研究会", "座長"],
    });
    expect(excerpt?.spans.flatMap((span) => span.lines)).toEqual([
      "(参考)試験政策に関する研究会委員",
      // The row keeps its cell break (U+3000), so a table row can be read against its header.
      "試験二郎\u3000公益財団法人試験財団理事長(座長)",
    ]);
  });
});

describe("bestExcerpt: one remark on the topic", () => {
  const minutes = makeChunk({
    docId: "minutes",
    text: [
      "具体的な検討にあたっては、官民で十分に協議していただくようお願いする。",
      "- ▶ 試験薬については製造までのシームレスな制度設計が重要。供給網は同志国との連携が重要。人材が不足しており、博士人材を増やす対策やリスキリングが必要。",
      "- ▶ 試験鉱物の国内の資源循環が重要。試験車では循環の仕組みを始めた。これを他の物資にも横展開していくことが重要であり、支援を続けるべき。",
    ].join("\n"),
  });
  const excerpt = (wantsAll: boolean) =>
    bestExcerpt([{ chunk: minutes, score: 10 }], {
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      askedType: "list",
      wantsAll,
      terms: [
        { term: "試験鉱物", mass: 2 },
        { term: "資源循環", mass: 2 },
      ],
      focus: ["試験鉱物", "資源循環"],
    });

  it("answers 「どんな意見」 with the remark on the topic alone, not a second remark to make a list", () => {
    const found = excerpt(false);
    const lines = found?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines.some((line) => line.includes("試験鉱物の国内の資源循環"))).toBe(true);
    expect(lines.some((line) => line.includes("試験薬"))).toBe(false);
    expect(found?.carries).toBe(true);
  });

  it("does not take one remark for every item when all of them are asked for", () => {
    expect(excerpt(true)?.carries).toBe(false);
  });
});

const FIELDS = [
  "宇宙",
  "海洋",
  "量子",
  "半導体",
  "電池",
  "生命",
  "材料",
  "通信",
  "航空",
  "原子力",
  "化学",
  "医療",
  "農業",
  "防災",
];

describe("bestExcerpt: the remark that says why", () => {
  const text = [
    "- ▶ 試験重鉱の重要性が高まる中、特定国に大きく依存しており、川上の企業からどの程度特定国から調達しているか開示されない。",
    "- ▶ 試験鉱石は調達源を特定国以外に分散しても、精製工程に深刻な問題があり、規制が今後厳しくなることが想定されるため、国内では工程を維持できなくなる。",
  ].join("\n");
  const excerpt = (kind: "minutes" | "briefing") =>
    bestExcerpt([{ chunk: makeChunk({ docId: "notes", kind, text }), score: 10 }], {
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      askedType: "reason",
      terms: [
        { term: "試験鉱石", mass: 3 },
        { term: "分散", mass: 1 },
        { term: "特定国", mass: 1 },
        { term: "調達", mass: 1 },
        { term: "依存", mass: 1 },
      ],
      focus: ["試験鉱石"],
    })?.spans.flatMap((span) => span.lines) ?? [];

  it("answers 「なぜ」 with the one remark that gives the reason, not the speaker's next point sharing its words", () => {
    const lines = excerpt("minutes");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("想定されるため");
  });

  it("still adds the next line of a briefing, whose lines run on as one account", () => {
    expect(excerpt("briefing")).toHaveLength(2);
  });
});

describe("bestExcerpt: who said a quoted speech", () => {
  const speech = (label: string) =>
    bestExcerpt(
      [
        {
          chunk: makeChunk({
            docId: "lecture",
            sectionPath: [label],
            text: [
              label,
              "「試験安全保障は新しい課題であって、その定義という意味では確立したものがあるわけではありません。試験法案においても、特段、定義づけは行っておりません。」",
              "次の話題",
            ].join("\n"),
          }),
          score: 10,
        },
      ],
      {
        isBoilerplate: () => false,
        nextChunk: () => undefined,
        askedType: "definition",
        terms: [
          { term: "試験安全保障", mass: 2 },
          { term: "定義", mass: 2 },
        ],
        focus: ["試験安全保障", "定義"],
      },
    )?.spans.flatMap((span) => span.lines) ?? [];

  it("opens the quote with the label that says who spoke and when", () => {
    const label = "試験太郎担当大臣(当時)答弁(令和4年3月23日 衆・内閣委)";
    expect(speech(label)[0]).toBe(label);
  });

  it("leaves out a heading above the quote that names no speaker", () => {
    expect(speech("試験安全保障の考え方")[0]).toMatch(/^「/u);
  });
});

describe("excerpts in answers", () => {
  it("shows an item with the bullet that introduces it, added once the lines are chosen, when the source lost the indent", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guideline",
        text: [
          "(3)試験体制の強化",
          "- 試験対応の効果を検証し、体制が適切かどうかをモニタリングする",
          "- 最適な試験体制を構築する上で、以下を検討することも有用である",
          "- 試験対応を統括する試験司令塔部門・機能を設置すること",
          "- 部門長を責任者として定めること",
          "- なお、経営資源に限りがある場合、必ずしも新しい試験組織の設立を実行する必要はなく、既存組織で対応する",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const asked = async (question: string) => (await answerer.answer({ question })).answer;
    const required = await asked("試験司令塔部門の設置は必須とされていますか？");
    expect(required).toContain("試験司令塔部門・機能を設置すること");
    expect(required).toContain("以下を検討することも有用である");
    expect(required).not.toContain("モニタリング");
    // The lead-in takes no chosen line's place.
    const both = await asked("試験司令塔部門の新しい試験組織の設立は必須なんでしょうか？");
    expect(both).toContain("以下を検討することも有用である");
    expect(both).toContain("試験司令塔部門・機能を設置すること");
    expect(both).toContain("必ずしも新しい試験組織の設立を実行する必要はなく");
    // A note after the items (なお、…) is on them all: alone, it brings no lead-in.
    const note = await asked("経営資源に限りがある場合、新しい試験組織の設立は必ず実行する必要がありますか？");
    expect(note).toContain("必ずしも新しい試験組織の設立を実行する必要はなく");
    expect(note).not.toContain("以下を検討することも有用である");
  });

  it("answers a yes/no question with the line that says no, not the background lines beside it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guidance",
        text: [
          "試験流出対策指針(第1版)の公表(2025年5月)",
          "- 企業からは具体的な対策に悩む声が多く聞かれる。このため、研究会での検討を踏まえ、指針を策定。",
          "- 本指針は、企業に義務を課すものではなく、選択肢を示すもの。",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験流出対策指針(第1版)って、義務なんですか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toMatch(/^いいえ。/u);
    expect(result.answer).toContain("義務を課すものではなく");
    expect(result.answer).not.toContain("悩む声");
  });

  it("shows the items a slide lists under the sub-titles that restate the summary statements it answers with", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        text: SUMMARY_LINES.join("\n"),
      }),
      makeChunk({
        docId: "plan",
        ordinal: 1,
        sectionPath: ["課題に対応するための現行制度の見直し・拡充"],
        text: DETAIL_LINES.join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験政策の今後の検討の方向性で、新しく作るスキームとして何が挙がってる？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("試験事業の海外展開の支援");
    expect(result.answer).toContain("試験データの保護");
    expect(result.answer).toContain("【新たなスキームの新設・迅速な対応を可能とする枠組み構築】");
    expect(result.citations.map((citation) => citation.chunkId)).toContain("plan#1");
  });

  it("gives the asked value for each topic the question joins, from the labelled lines after the one it answers with", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "law",
        ordinal: 0,
        sectionPath: ["2. 試験推進法の施行"],
        text: "2. 試験推進法の施行\n① 物資確保\n12物資指定、総額約2.4兆円\n② 技術育成\n50の重要技術、総額5000億円\n③ 基盤整備\n15分野指定",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験推進法の物資確保と技術育成って、これまでにどれくらいの物資・技術が対象ですか？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("12物資指定");
    expect(result.answer).toContain("② 技術育成");
    expect(result.answer).toContain("50の重要技術");
    // A topic the question does not join is not shown.
    expect(result.answer).not.toContain("15分野");
  });

  it("gives a joined topic's block that stands before the one it answers with, under the same repeated title", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guide",
        text: [
          "試験指針(第1版)",
          "第1章が想定するケース",
          "- 第1章では、試験拠点を海外に移す場合の対策を記載している。",
          "<海外移転のケース(例)>",
          "試験指針(第1版)",
          "第2章が想定するケース",
          "- 第2章では、試験担当者が情報を持ち出す場合の対策を記載している。",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験指針の第1章と第2章は、それぞれどんなケースを想定していますか？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("第1章では、試験拠点を海外に移す場合");
    expect(result.answer).toContain("第2章では、試験担当者が情報を持ち出す場合");
  });

  it("answers each fiscal year asked in English with its own row, not with the target that names the first year", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        sectionPath: ["英訳法令の拡充"],
        text: [
          "英訳法令の拡充",
          "- 2023年4月、試験省が翻訳支援システムを導入。",
          "- 2024年度から全省庁で利用予定。",
          "- 英訳法令の公開までの期間を短くする。",
          "令和3年度から令和7年度までに、英訳法令を新たに600本公開することを目標とする。",
          "(参考) 英訳法令の公開実績",
          "令和3年度: 70本",
          "令和4年度: 95本",
          "(出所) 試験省「英訳法令の整備状況」(令和5年6月)",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question:
        "How many English translations of laws does the plan aim to publish between FY2021 and FY2025, and how many were published in FY2021 and FY2022?",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("600本");
    expect(result.answer).toContain("70本");
    expect(result.answer).toContain("95本");
  });

  it("gives a rate under an administration named by its ordinal only in an earlier slide's title", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "tariffs",
        ordinal: 0,
        text: "第二次トランプ政権下での主要な関税措置\n<国別関税>\n試験国\t各国毎の税率を適用する",
      }),
      makeChunk({
        docId: "tariffs",
        ordinal: 1,
        text: "<分野別関税>\n試験機器・試験部品\t追加関税率:25% ・日本については15%。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "第2次トランプ政権の分野別関税で、試験部品の追加関税率は何％ですか？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("追加関税率:25%");
  });

  it("dates what is asked without holding the value line to the lecture the question names as its source (GRIPS lecture)", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "lecture",
        title: "試験大学 講義資料",
        text: "参考:国際輸出管理レジーム概要\n発足年: 試験グループ 1985年 / WA (ワッセナー・アレンジメント) 1996年",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "According to the GRIPS lecture, when was the Wassenaar Arrangement established?",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("1996年");
  });

  it("keeps a source the documents write (METI) among what the value line may name", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "briefing",
        title: "グローバル化と試験政策(経済産業省 資料)",
        date: "2024-02",
        text: "① 科学技術分野の論文数\n「試験指標2023」によると、1年当たりの論文数は中国が46万本で世界1位。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "How many scientific papers does China publish per year according to the 2024 METI briefing?",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("46万本");
  });

  it("does not take a shorter joined topic's line for a longer one's (改訂版 is no 再改訂版)", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        sectionPath: ["試験計画の策定"],
        text: "試験計画の策定\n- 23/10/31 : 試験計画初版\n- 24/05/14 : 試験計画改訂版第4回会議\n- 25/5/23 : 第7回会議 (試験計画再改訂に向けた議論)\n- 25/5/30 : 試験計画再改訂",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験計画の初版、改訂版、再改訂版はそれぞれいつ出ましたか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("24/05/14");
    expect(result.answer).toContain("25/5/30");
    expect(result.answer).not.toContain("第7回会議");
  });

  it("does not take another market's figure of the asked year for the asked market's", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "growth",
        ordinal: 0,
        sectionPath: ["成長が見込まれる試験市場"],
        text: "成長が見込まれる試験市場\n- 試験健康:2050年に公的保険外サービス77兆円\n- 試験素材:2030年時点で国内外で総額92兆円の市場規模。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const cloud = await answerer.answer({ question: "試験クラウドサービス市場規模の2030年の予測額はいくらですか？" });
    expect(cloud.resolved).toBe(false);
    const materials = await answerer.answer({ question: "試験素材の2030年の市場規模はいくら？" });
    expect(materials.resolved).toBe(true);
    expect(materials.answer).toContain("総額92兆円");
  });

  it("finds a joined topic whose event the asker words another way (再改定 for the documents' 再改訂)", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        sectionPath: ["試験計画の経緯"],
        text: "試験計画の経緯\n(23/10/12 : 第1回会議)\n- 23/10/31 : 試験計画初版\n- 試験支援策、試験防衛策、試験連携の3つの柱の推進\n(24/2/2 : 第3回会議)\n- 24/05/14 : 試験計画改訂版第4回会議\n- 重点分野として試験計算、試験素材を特定\n- 試験情報能力の強化を新たに打ち出し",
      }),
      makeChunk({
        docId: "plan",
        ordinal: 1,
        sectionPath: ["試験計画の経緯"],
        text: "(24/11/1 : 第5回会議)\n- 25/5/23 : 第7回会議\n- 25/5/30 : 試験計画再改訂\n- 試験の柱に情報を加えた",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験計画の初版と再改定って、それぞれいつ出たんだっけ" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("23/10/31");
    expect(result.answer).toContain("25/5/30");
  });

  it("does not answer with a line that only says the question back, when another passage says more", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        text: "現行制度の見直し・拡充\n- ✓ 重要な物資の供給に不可欠な役務への支援\n- ✓ 試験制度への医療分野の追加",
      }),
      makeChunk({
        docId: "plan",
        ordinal: 1,
        text: "(検討)\n医療分野では、試験制度への診療報酬支払基金及び医療機関の追加について、検討を行う方向。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const where = await answerer.answer({
      question: "試験制度に医療分野を加えるという話、具体的にどこを追加する方向なんですか？",
    });
    expect(where.answer).toContain("支払基金");
    // A date asked of it is checked on the lines that name it: they give none, and the answer says so.
    const when = await answerer.answer({ question: "試験制度への医療分野の追加は何年何月からですか？" });
    expect(when.resolved).toBe(false);
    expect(when.answer).toContain("試験制度への医療分野の追加");
    // A yes/no question is confirmed by the sentence that spells its words out.
    const confirmed = await answerer.answer({ question: "試験制度に医療分野の追加って本当にあるんですか？" });
    expect(confirmed.resolved).toBe(true);
    expect(confirmed.answer).toContain("試験制度への診療報酬支払基金及び医療機関の追加");
  });

  it("gives way from a line that nearly says the question back to the sentence that spells it out, cut after it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        text: "現行制度の見直し・拡充\n- ✓ 重要な物資の供給に不可欠な役務への支援\n- ✓ 試験インフラ制度への医療分野の追加",
      }),
      makeChunk({
        docId: "policy",
        ordinal: 0,
        text: "(方針)\n試験インフラ制度への診療報酬支払基金及び医療機関の追加、重要なデータ保有者に対する規律の確保、港湾の強化について、それぞれ検討を行う。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    // 試験インフラの…対象 for 試験インフラ制度, 加わる for 追加: nearly the question's words, and spelled out elsewhere.
    const where = await answerer.answer({
      question:
        "試験インフラの事前審査の対象に医療分野が加わるという話、具体的にどこが対象として検討されているんですか？",
    });
    // The cut line still closes with what the sentence says of its items: a statement, not a trailing fragment.
    expect(where.answer).toContain(
      "試験インフラ制度への診療報酬支払基金及び医療機関の追加、…について、それぞれ検討を行う。",
    );
    expect(where.answer).not.toContain("港湾");
    // A yes/no question about it is confirmed by the spelled-out sentence too.
    const confirmed = await answerer.answer({
      question: "試験インフラの事前審査制度に医療分野が加わるという話、本当ですか？",
    });
    expect(confirmed.answer).toContain("医療機関の追加");
  });

  it("shows every later dated entry of the event a question counts (何回改訂), into the next chunk of the section", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        sectionPath: ["試験計画の策定"],
        text: "試験計画の策定\n- 23/10/31 : 試験計画初版\n- 三本柱の推進\n- 24/05/14 : 試験計画改訂版第4回会議",
      }),
      makeChunk({
        docId: "plan",
        ordinal: 1,
        sectionPath: ["試験計画の策定"],
        text: "- 25/4/15 : 第6回会議\n- 25/5/30 : 試験計画再改訂\n- 25/11/20 : 第8回会議",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験計画は何回改訂されましたか？それぞれいつですか？" });
    expect(result.answer).toContain("24/05/14");
    expect(result.answer).toContain("25/5/30");
    // Entries of other events are not the times asked for.
    expect(result.answer).not.toContain("第6回会議");
    expect(result.answer).not.toContain("第8回会議");
  });

  it("opens a bare figures line with the numbered label above it, which says what the figures are of", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "law",
        sectionPath: ["2. 試験推進法の施行"],
        text: "2. 試験推進法の施行\n(参考)\n各制度の進捗\n① 物資確保\n12物資指定、総額約2.4兆円\n② 技術育成\n50の重要技術、総額5000億円",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験推進法で物資はいくつ指定されましたか？" });
    expect(result.answer).toContain("12物資指定");
    expect(result.answer).toContain("① 物資確保");
  });

  it("dates the act a date noun names (施行日), and opens a tagged date line with its section's title", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "rules",
        ordinal: 0,
        sectionPath: ["試験鉱物:甲国による措置"],
        text: "試験鉱物:甲国による措置\n- 10月9日、甲国産の試験鉱物を含む製品の再輸出規制を発表。",
      }),
      makeChunk({
        docId: "rules",
        ordinal: 1,
        sectionPath: ["1. 試験鉱物関連品目の「再輸出規制」(外国での輸出を規制)"],
        text: "1. 試験鉱物関連品目の「再輸出規制」(外国での輸出を規制)\n- ① 甲国産の試験鉱物化合物(価値比率0.1%以上)を含む製品\n- ② 甲国の技術を用いた製品\n\n[施行日] (1)(2):2025年12月1日、(3)2025年10月9日(公布当日)",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "甲国の試験鉱物の再輸出規制って、どれくらい含まれていると対象？施行日と、その後どうなったかも教えて。",
    });
    expect(result.answer).toContain("2025年12月1日");
    expect(result.answer).toContain("価値比率0.1%以上");
  });

  it("goes on past the line that answers when the question asks what came after (その後)", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "talks",
        sectionPath: ["試験対話(進捗報告)"],
        text: "試験対話(進捗報告)\n- 試験計画に基づき、試験対話として、まず14の団体と対話を実施。\n- 対話を進める中で、一部の製品について追加的に対話の場を設けた。\n- 併せて、問い合わせのあった個別企業との対話も実施。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const asked = await answerer.answer({ question: "試験対話はその後どう広がったのですか？" });
    expect(asked.answer).toContain("まず14の団体");
    expect(asked.answer).toContain("追加的に対話の場を設けた");
    expect(asked.answer).toContain("個別企業との対話も実施");
    // Without その後, the line that answers is shown alone.
    const first = await answerer.answer({ question: "試験対話は最初にいくつの団体と行いましたか？" });
    expect(first.answer).toContain("まず14の団体");
    expect(first.answer).not.toContain("個別企業");
  });

  it("finds a place the question names in the lead-in of the cited section, in the chunk before", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "s", ordinal: 0, text: "米国を中心とした試験秩序は大きな転換点を迎えている。" }),
      makeChunk({
        docId: "s",
        ordinal: 1,
        text: "第二次試験政権下での主要な試験関税措置\n・日本については、試験関税率は15%とする。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "米国の試験関税って日本には何%かかってるんでしたっけ？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("15%");
  });

  it("shows a table of contents that ends its chunk as it is, without running into the next chunk", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guide",
        title: "試験の手引き",
        text: "1 手引きの目的等\n第1章 試験拠点の海外進出への対策\n1 計画段階の事項\n2 契約時の事項\n第2章 試験人材の流出への対策",
      }),
      makeChunk({
        docId: "guide",
        ordinal: 1,
        title: "試験の手引き",
        text: "2 流出後の事項\n【試験研究会(五十音順、敬称略)】\n- 青山一郎 (試験大学教授)\n- 石川二郎 (試験法律事務所)",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験の手引きの第1章と第2章はそれぞれ何の対策を扱っていますか。",
    });
    expect(result.answer).toContain("第2章 試験人材の流出への対策");
    expect(result.answer).not.toContain("青山一郎");
  });

  it("answers 「X以外に何が」 with the line that names X and goes past it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "law",
        title: "試験推進法の概要",
        text: "試験物資の安定供給\n- 試験物資の安定供給の確保を図るため、試験物資の指定、事業者の計画の認定・支援措置等を講じる。",
      }),
      makeChunk({
        docId: "deck",
        title: "試験政策の方向性",
        text: "試験政策のアプローチ\n- 例えば、試験物資の供給確保に関しては、①補助金による投資支援のみならず、②規制当局との調整、③国による備蓄の委託を行うことができる。",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験物資の安定供給のために、補助金以外にどんな手段が使えるんですか？",
    });
    expect(result.answer).toContain("規制当局との調整");
  });

  it("does not give a study group's member list for the items of a checklist", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guide",
        title: "試験対策の手引き",
        text: "参考資料 試験対策チェックリスト\n【試験対策の手引きに関する研究会(五十音順、敬称略)】\n- 青山一郎 (試験商工会議所)\n- 石川二郎 (試験大学教授)\n- 上田三郎 (試験法律事務所)",
      }),
    ]);
    const items = await answerer.answer({
      question: "試験対策の手引きの巻末チェックリストの項目を全部書き出してください。",
    });
    expect(items.resolved).toBe(false);
    const listed = await answererFor([
      makeChunk({
        docId: "guide",
        title: "試験対策の手引き",
        text: "参考資料 試験対策チェックリスト\n【チェックリストの項目】\n- 試験情報を区分して管理しているか\n- 試験情報の持ち出しを記録しているか\n- 退職者と秘密保持契約を結んでいるか",
      }),
    ]);
    const checked = await listed.answer({
      question: "試験対策の手引きの巻末チェックリストの項目を全部書き出してください。",
    });
    expect(checked.resolved).toBe(true);
    expect(checked.answer).toContain("持ち出しを記録");
  });

  it("quotes the block that names what the asker spelled out in Latin letters", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "minutes",
        title: "第9回 試験会議 議事要旨",
        text: "<議事要旨>\n試験制度の運用が議論された。",
      }),
      makeChunk({
        docId: "minutes",
        ordinal: 1,
        title: "第9回 試験会議 議事要旨",
        text: "▶ TESTORG は貿易管理に特化した組織だが、試験制度へ広げることもあり得る。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "第9回の試験会議の議事要旨で、TESTORGについて何か言及はありましたか？",
    });
    expect(result.answer).toContain("TESTORG は貿易管理に特化した組織");
  });

  it("does not answer a question about what a guideline says with its study group's member roster", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guide",
        title: "試験経営指針(案)",
        text: "【試験経営指針研究会(五十音順、敬称略)】\n- 青山一郎 (試験商事株式会社)\n- 石川二郎 (試験電気株式会社)\n- 上田三郎 (試験商工会議所)",
      }),
      makeChunk({
        docId: "guide",
        ordinal: 1,
        title: "試験経営指針(案)",
        text: "- 経営資源に限りがある場合、必ずしも新しい組織を設立する必要はない",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験経営指針研究会の指針では、組織についてどう書かれていますか？",
    });
    expect(result.answer).toContain("新しい組織を設立する必要はない");
    expect(result.answer).not.toContain("青山一郎");
  });

  it("does not answer from an illustration's speech bubble, which urges and states nothing", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guide",
        title: "試験経営指針(案)の活用例",
        text: "社内の横連携\n~司令塔部門から担当部署への協力依頼~\n試験対応は、我が社の中長期的な成長に繋がります。司令塔部門と協力して取り組みましょう!",
      }),
      makeChunk({
        docId: "guide",
        ordinal: 1,
        title: "試験経営指針(案)",
        text: "- 統括する部門を設置すること\n- なお、経営資源に限りがある場合、必ずしも新しい組織を設立する必要はない",
      }),
    ]);
    const result = await answerer.answer({ question: "中長期的な試験対応で、司令塔部門を置く必要はありますか？" });
    expect(result.answer).toContain("新しい組織を設立する必要はない");
    expect(result.answer).not.toContain("取り組みましょう");
  });

  it("confirms a heard claim from the block that names its subject, over a closer-worded one that does not", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "slides",
        title: "試験制度の現状",
        text: "③ 試験インフラの事前届出制度\n- 14対象事業の重要設備の事前審査",
      }),
      makeChunk({
        docId: "plan",
        title: "試験制度の見直し",
        text: "現行制度の見直し・拡充\n- ✓ 重要な物資の供給に不可欠な役務への支援\n- ✓ 試験インフラ制度への医療分野の追加",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験インフラの事前審査制度に医療分野が加わるという話、本当ですか？",
    });
    expect(result.answer).toContain("医療分野の追加");
    expect(result.answer).not.toContain("14対象事業");
  });

  /** A slide that dates two laws by brackets after their names, and the next that gives one's year in force. */
  const lawSlides = (inForce: string) => [
    makeChunk({
      docId: "policy",
      title: "試験政策の推進に向けて",
      text: "- 「試験調査法」(2021年6月)や、「試験情報保護活用法」(2024年5月)等、新たな制度の創設に取り組んできた。",
    }),
    makeChunk({ docId: "policy", ordinal: 1, title: "試験政策の推進に向けて", text: inForce }),
  ];

  it("answers when a law was enacted and when it takes effect from the two lines that say each", async () => {
    const answerer = await answererFor([
      ...lawSlides("試験情報の適切な管理 (試験情報保護活用法【令和7年施行】)\n試験データの保全"),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験情報保護活用法って、いつ成立して、いつから施行されるんでしたっけ？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("「試験情報保護活用法」(2024年5月)");
    expect(result.answer).toContain("令和7年施行");
    // Asked as nouns (「成立はいつで、施行は何年」), the events are still what is done, not topics a line must say.
    const nouns = await answerer.answer({ question: "試験情報保護活用法って成立はいつで、施行は何年でしたっけ？" });
    expect(nouns.resolved).toBe(true);
    expect(nouns.answer).toContain("「試験情報保護活用法」(2024年5月)");
    expect(nouns.answer).toContain("令和7年施行");
  });

  it("reads a bracketed aside after a law's name (「（試験クリアランスの法律）」) as saying what it is, not as a topic the dated line must name", async () => {
    const answerer = await answererFor([
      ...lawSlides("試験クリアランス制度\n試験情報の適切な管理 (試験情報保護活用法【令和7年施行】)"),
      makeChunk({
        docId: "talks",
        text: "- 試験クリアランス制度の審査基準を明確化すべき。試験クリアランスの取得には時間がかかる。",
      }),
      makeChunk({
        docId: "talks",
        ordinal: 1,
        text: "- 試験クリアランスは官民の対話を促す。試験クリアランス保有者の確保が課題。",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験情報保護活用法（試験クリアランスの法律）はいつできて、いつ施行されたんですか？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("「試験情報保護活用法」(2024年5月)");
    expect(result.answer).toContain("令和7年施行");
  });

  it("shows a long phrase that opens a block of items with its items, in Japanese and English", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        title: "試験制度の更なる推進に向けて",
        text: [
          "現行の試験制度の見直し・拡充",
          "- ✓ 試験物資の供給に不可欠な役務への支援",
          "等",
          "新たな試験スキームの創設・実効的かつスピード感ある対応を可能とする枠組み構築",
          "- ✓ 試験上重要な海外事業の展開の支援",
          "- ✓ 試験データの保全の確保",
          "等",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    for (const question of [
      "試験の新たなスキームや枠組みとして、どんなものを作るとしていますか？",
      "What new 試験 schemes or frameworks does the material propose?",
    ]) {
      const result = await answerer.answer({ question });
      expect(result.answer, question).toContain("海外事業の展開の支援");
      expect(result.answer, question).toContain("試験データの保全の確保");
    }
  });

  it("quotes the chapter or case the asker names by number, in Japanese or English, over a closer-worded other one", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "guidance",
        sectionPath: ["試験ガイダンス"],
        text: "試験ガイダンス第2版に向けて\n- 企業の共同研究の場面での試験対策のニーズを網羅するため、改訂を検討。",
      }),
      makeChunk({
        docId: "guidance",
        ordinal: 1,
        sectionPath: ["試験ガイダンス"],
        text: "第1章が想定するケース\n- 第1章では、海外拠点での生産を行う場面を想定した試験対策を記載している。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    for (const question of [
      "試験ガイダンスの第1章は、どんな場面の試験対策を網羅していますか？",
      "What situations does Chapter 1 of the 試験ガイダンス cover?",
    ]) {
      const result = await answerer.answer({ question });
      expect(result.answer, question).toContain("海外拠点での生産");
      expect(result.answer, question).not.toContain("共同研究");
    }
  });

  it("answers a later part about a month of a year (「2025年2月に追加された」) with the line of that month", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["試験鉱物の輸出管理"],
        text: "試験鉱物の輸出管理強化\n- 試験国は、2023年8月の試験措置を皮切りに、試験鉱物に対する輸出管理を強化。",
      }),
      makeChunk({
        docId: "deck",
        ordinal: 1,
        sectionPath: ["試験鉱物の輸出管理"],
        text: "試験措置対象の鉱種\n2023年8月アルファ、ベータ2024年9月イプシロン2025年2月ガンマ、デルタ、カッパ",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験国が試験鉱物の輸出管理を強化し始めたのはいつ？2025年2月に追加された鉱種は？",
    });
    expect(result.answer).toContain("2023年8月の試験措置");
    expect(result.answer).toContain("2025年2月 ガンマ");
  });

  it("reads the document the question names as its source for which document, not for which of its lines answers", async () => {
    const title = "第9回 試験会議 資料";
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        title,
        sectionPath: ["(参考) 試験安全経営ガイドライン(案)の活用例"],
        text: "(参考) 試験安全経営ガイドライン(案)の活用例\n- 本試験安全経営ガイドライン(案)は管理職向けに作成\n- 社内の対話に活用\n- 取引先との対話にも活用",
      }),
      makeChunk({
        docId: "deck",
        ordinal: 1,
        title,
        sectionPath: ["3. 経営者等が認識すべき原則"],
        text: "3. 経営者等が認識すべき原則\n- ① 自社の事業を把握する\n- ② 対応を投資と捉える\n- ③ 対話を欠かさない",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験安全経営ガイドライン案では、経営者が認識すべき原則としてどのようなものが挙げられていますか。",
    });
    expect(result.answer).toContain("対応を投資と捉える");
    expect(result.answer).not.toContain("取引先との対話にも活用");
  });

  it("follows 「下図のように」 to the items that open the next chunk, when its own chunk has none after it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["試験管理の運用明確化"],
        text: "試験管理の運用明確化\n- 居住者への試験提供であっても、下図のように、非居住者から強い影響を受けている状態(特定類型)に該当する場合は対象とする。\n従来\n制度見直し",
      }),
      makeChunk({
        docId: "deck",
        ordinal: 1,
        sectionPath: ["試験管理の運用明確化"],
        text: "見直し後\n- ① 外国の試験法人と契約を締結した者への提供\n- ② 経済的利益により支配下にある者への提供\n- ③ 外国の指示の下で行動する者への提供\n別の制度の概要\n- 罰則は命令違反に限られる。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験管理の運用明確化で、特定類型に該当するのはどんな人ですか？",
    });
    expect(result.answer).toContain("② 経済的利益により支配下にある者への提供");
    expect(result.answer).not.toContain("罰則");
  });

  it("does not add a line for sharing 場合 with the question: the asker's condition is not a topic", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "rules",
        sectionPath: ["試験基準"],
        text: "試験基準\n- ① 組織の代表者を試験管理の責任者とする。\n- ② 需要者以外から情報を得ている場合は、信頼性を高める手続を定めること。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験品を輸出する場合、試験管理の責任者は誰にしないといけない？",
    });
    expect(result.answer).toContain("① 組織の代表者を試験管理の責任者とする。");
    expect(result.answer).not.toContain("信頼性を高める");
  });

  it("reads a ※ note with the item it details, and a note under a statement as a remark of its own", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "measures",
        sectionPath: ["試験国への措置"],
        text: [
          "試験国への措置",
          "- (1)試験国向け先端物品の輸出禁止措置",
          "※対象品目:量子計算機、立体印刷機等【5月20日施行】",
          "- (2)試験国向け精製装置の輸出禁止措置【3月18日施行】",
          "- (3)試験国向け奢侈品の輸出禁止措置",
          "※対象品目:高級自動車、宝飾品等【4月5日施行】",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験国向けの奢侈品の輸出禁止はいつ施行でしたか？" });
    expect(result.answer).toContain("(3)試験国向け奢侈品の輸出禁止措置");
    expect(result.answer).toContain("※対象品目:高級自動車、宝飾品等【4月5日施行】");
    expect(result.answer).not.toContain("5月20日");
    const remark = await (
      await answererFor([
        makeChunk({
          docId: "rules",
          sectionPath: ["試験基準の概要"],
          text: [
            "試験基準の概要",
            "- 試験法に基づき、不正を未然に防止するため、試験者が遵守すべき基本的な事項を省令で規定(平成22年4月1日施行)。",
            "- 昨今の環境下において管理が一層求められる中、一層の体制整備が重要であり、令和3年11月18日に省令を改正(令和4年5月1日施行。)",
            "※ 大臣は、基準に従い指導や助言、違反があった際には勧告・命令を行うことができる(命令に違反した場合のみ罰則の対象)",
          ].join("\n"),
        }),
        makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
      ])
    ).answer({ question: "試験基準を守れていなかったら、すぐに罰則の対象になるんですか？" });
    expect(remark.answer).toContain("命令に違反した場合のみ罰則の対象");
    expect(remark.answer).not.toContain("省令を改正");
  });

  it("gives a later list part the items an earlier part's 「下図のように」 pointed to without showing them", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["試験管理の運用明確化"],
        text: "試験管理の運用明確化\n【令和3年11月18日公表、令和4年5月1日適用開始】\n- 居住者への試験提供であっても、下図のように、当該居住者が、非居住者へ情報を提供する取引と同一と考えられるほどに強い影響を受けている状態(特定類型)に該当する場合には、対象であることを明確化する。\n従来\n制度見直し",
      }),
      makeChunk({
        docId: "deck",
        ordinal: 1,
        sectionPath: ["試験管理の運用明確化"],
        text: "見直し後\n- ① 外国の試験法人と契約を締結した者への提供\n- ② 経済的利益により支配下にある者への提供\n- ③ 外国の指示の下で行動する者への提供",
      }),
      makeChunk({
        docId: "deck",
        ordinal: 2,
        sectionPath: ["試験基準の概要"],
        text: "試験基準の概要\n- 試験法に基づき、試験提供を行う者が遵守すべき基本的な事項を省令で規定。\n※ 大臣は、違反があった際には命令を行うことができる(命令に違反した場合のみ罰則の対象)",
      }),
    ]);
    const result = await answerer.answer({
      question: "居住者への試験提供の運用明確化っていつから適用されてますか？対象になる「特定類型」ってどんなケース？",
    });
    expect(result.answer).toContain("令和4年5月1日適用開始");
    expect(result.answer).toContain("② 経済的利益により支配下にある者への提供");
    expect(result.answer).not.toContain("省令で規定");
  });

  it("does not take a date of the topic for the date of the event asked (国会に提出), but does the event's own", async () => {
    const chunks = [
      makeChunk({
        docId: "history",
        sectionPath: ["試験法の今後の課題"],
        text: "試験法の今後の課題\n- 試験会議の資料(令和4年7月25日)による国会審議の論点によれば、試験法の改正が課題とされている。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ];
    const question = "試験法の改正法案はいつ国会に提出される予定ですか？";
    expect((await (await answererFor(chunks)).answer({ question })).resolved).toBe(false);
    const planned = makeChunk({
      docId: "plan",
      sectionPath: ["試験法の改正"],
      text: "試験法の改正\n- 試験法の改正法案を2026年1月の通常国会に提出する予定。",
    });
    const answered = await (await answererFor([...chunks, planned])).answer({ question });
    expect(answered.resolved).toBe(true);
    expect(answered.answer).toContain("2026年1月の通常国会に提出");
  });

  it("reads the event on the dated line itself: another line's day (開始) is not the day of the event asked (公表)", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["試験ガイドライン"],
        text: "試験ガイドライン(案)の今後の予定\n- 11月26日 意見募集を開始(~12月26日)\n- 1月 正式版を公表",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験ガイドラインの正式版は、1月の何日に公表されますか？" });
    expect(result.resolved).toBe(false);
  });

  it("reads a timeline entry (「25/5/30 : 試験計画再改訂」) as the date of what it names, though it names no event", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["試験会議・試験計画"],
        text: "- 25/4/15 : 第6回試験会議\n- 25/5/23 : 第7回試験会議 (試験計画再改訂)\n- 25/5/30 : 試験計画再改訂\n- 25/11/20 : 第8回試験会議",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const japanese = await answerer.answer({ question: "試験計画の再改訂はいつ公表されましたか？" });
    expect(japanese.resolved).toBe(true);
    expect(japanese.answer).toContain("試験計画再改訂");
    // The asker's own Japanese in brackets names what the English asks about.
    const english = await answerer.answer({
      question: "When was the second revision (再改訂) of the test plan (試験計画) published?",
    });
    expect(english.resolved).toBe(true);
    expect(english.answer).toContain("試験計画再改訂");
  });

  it("does not read a timeline entry that names one word of the topic as the date of the event asked", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["これまでの規制の経緯"],
        text: "これまでの規制の経緯\n- 2025年4月 アルファ、ベータ等の試験元素7種\n- 2025年10月 ガンマ、デルタ等の試験元素5種",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "ゼータ国の試験元素の再輸出規制はいつ施行されましたか？" });
    expect(result.resolved).toBe(false);
  });

  it("does not take a list cut short by 等 for every item asked for, but answers a question for some of them", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["試験規制の対象"],
        text: "試験規制の対象となった元素\n- 2025年4月 アルファ、ベータ、ガンマ、デルタ等の試験元素7種\n- 2025年10月 イプシロン、ゼータ等の試験元素5種",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const all = await answerer.answer({ question: "試験規制の対象になった試験元素を全部挙げてください。" });
    expect(all.resolved).toBe(false);
    const some = await answerer.answer({ question: "試験規制の対象になった試験元素にはどんなものがありますか？" });
    expect(some.resolved).toBe(true);
  });

  it("takes the stated number of items, under a name for them, as the whole list, though 等 is inside an item", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        sectionPath: ["試験輸出の運用明確化"],
        text: [
          "試験輸出の対象となる3つの類型",
          "- ① 外国政府や外国法人等との間で契約を締結した者への提供",
          "- ② 経済的利益に基づき、外国政府等の支配下にある者への提供",
          "- ③ 国内において外国政府等の指示の下で行動する者への提供",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const named = await answerer.answer({ question: "試験輸出の対象になる3つの類型を全部教えてください。" });
    expect(named.resolved).toBe(true);
    expect(named.answer).toContain("国内において外国政府等の指示の下で行動する者への提供");
    // Three lines that are not the 要件 asked for: the 等 still leaves the list open.
    const unnamed = await answerer.answer({ question: "試験輸出の対象になる3つの要件を全部教えてください。" });
    expect(unnamed.resolved).toBe(false);
  });

  it("answers a quoted list of a stated count with the one line that sets its items side by side, not its timeline", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "history",
        sectionPath: ["これまでの経緯"],
        text: [
          "これまでの経緯",
          "- 23/10/31 : 試験計画初版",
          "- 試験支援策(Promotion)、試験防衛策(Protection)、試験連携(Partnership)の3つのPの推進",
          "- 24/05/14 : 試験計画改訂版",
          "- 「3つのP」推進の重点分野として計算、環境、生命を特定",
          "- 25/05/30 : 試験計画再改訂",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験計画の「3つのP」って、それぞれ何のことですか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("試験連携(Partnership)");
    expect(result.answer).not.toContain("24/05/14");
    expect(result.answer).not.toContain("再改訂");
    // Unquoted, or in English ("the 3 Ps"), the counted letters name the same set.
    for (const question of ["試験計画の3つのPって何ですか", "What are the 3 Ps of the plan?"]) {
      const counted = await answerer.answer({ question });
      expect(counted.resolved).toBe(true);
      expect(counted.answer).toContain("試験連携(Partnership)");
      expect(counted.answer).not.toContain("24/05/14");
    }
  });

  it("answers a list of named columns from the table whose header row has that many of them", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "regimes",
        sectionPath: ["参考資料"],
        text: [
          "参考:試験レジーム一覧",
          "\u3000アルファ会合\u3000ベータ会合\u3000ガンマ会合",
          "1. 対象品目\u3000原子力\u3000化学兵器\u3000ミサイル",
          "2. 発足年\u30001978年\u30001985年\u30001987年",
        ].join("\n"),
      }),
      makeChunk({
        docId: "list",
        sectionPath: ["(1) 試験レジームの対象品目"],
        text: ["(1) 試験レジームの対象品目一覧", "- 軸受等(発足時から)", "- 数値制御工作機械", "- 測定装置"].join("\n"),
      }),
    ]);
    const result = await answerer.answer({
      question: "試験レジームは3つあると聞きましたが、それぞれの発足年を一覧で教えてください。",
    });
    expect(result.answer).toContain("1978年");
    expect(result.answer).toContain("ガンマ会合");
    expect(result.answer).not.toContain("軸受");
  });

  it("answers what worries someone with the lines that voice a worry, not the block's other lines", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "dialogue",
        sectionPath: ["試験業界との対話"],
        text: [
          "試験業界との対話",
          "- 本年4月の会議において、試験業界の連携と再編について論点が提起された。",
          "- 試験業界における連携や再編を進めるため、考え方を整理して周知することが必要ではないか。",
        ].join("\n"),
      }),
      makeChunk({
        docId: "dialogue",
        sectionPath: ["試験業界の声"],
        text: [
          "試験業界の声",
          "- ①海外の過剰供給が懸念される中で大規模な投資のための統合の必要性が高まっているのに、合併規制に抵触するおそれがあるとの漠然とした懸念から、統合の選択肢が検討されにくい",
          "- ②交換する情報の内容によってはカルテルとされるおそれがあるとの漠然とした懸念から、法務部が保守的な判断を下す傾向とあいまって、企業間の対話を躊躇してしまう",
          "- 公正な競争を維持することは重要。試験業界の連携や再編を進める観点から、基本的な考え方を整理し、試験業界に周知を行うことが必要ではないか。",
        ].join("\n"),
      }),
    ]);
    const worry = await answerer.answer({
      question: "試験業界は連携や再編についてどういう点を気にしているとされていますか？",
    });
    expect(worry.answer).toContain("カルテルとされるおそれ");
    expect(worry.answer).toContain("合併規制に抵触するおそれ");
    expect(worry.answer).not.toContain("周知が必要ではないか");
  });

  it("answers what was raised at a meeting from the meeting's minutes, ahead of a slide on the same words", () => {
    const slide = makeChunk({
      docId: "slides",
      kind: "briefing",
      text: "試験ガイドライン案の主な内容\n- 外国資本による買収リスクを踏まえ、株主構成を含む資本政策を検討する",
    });
    const minutes = makeChunk({
      docId: "minutes",
      kind: "minutes",
      text: "議事要旨\n- ▶ 外国資本に企業が買収されたらどうするのか。実質株主の問題。株主名簿を取得する程度。",
    });
    const options = {
      askedType: "definition" as const,
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      focus: ["外国資本", "株主"],
      terms: [
        { term: "外国資本", mass: 1 },
        { term: "株主", mass: 1 },
        { term: "買収", mass: 1 },
      ],
    };
    const passages = [
      { chunk: slide, score: 10 },
      { chunk: minutes, score: 9 },
    ];
    const lines = (asksRemarks: boolean) =>
      bestExcerpt(passages, { ...options, asksRemarks })?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines(false).join("\n")).toContain("資本政策");
    expect(lines(true).join("\n")).toContain("実質株主");
  });

  it("answers a comparison with the parallel items side by side, not the one item that shares most words", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "trends",
        text: [
          "米国と中国の動向",
          "- 大量の研究者を企業に集めて大規模開発",
          "- 試験スタックの第三国への展開を重視",
          "- 低コストかつ一定性能のモデルを広く展開",
          "- 国家補助によるオープンモデル",
        ].join("\n"),
      }),
    ]);
    const result = await answerer.answer({ question: "米国と中国で試験スタックの展開の仕方はどう違いますか？" });
    expect(result.answer).toContain("大量の研究者を企業に集めて大規模開発");
    expect(result.answer).toContain("国家補助によるオープンモデル");
  });

  it("does not give back the sum the question states as the part of it that is asked", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "budget",
        text: "① 試験物資の確保\n- 試験関係では、半導体、蓄電池、永久磁石の3つ\n- 令和4年度補正予算で約9,500億円を措置。",
      }),
    ]);
    const part = await answerer.answer({
      question: "令和4年度補正で措置された約9,500億円のうち、蓄電池向けはいくらでしたか？",
    });
    expect(part.resolved).toBe(false);
    const whole = await answerer.answer({ question: "令和4年度補正で試験物資の確保に措置された額はいくらでしたか？" });
    expect(whole.resolved).toBe(true);
    expect(whole.answer).toContain("約9,500億円を措置");
  });

  it("does not take paragraphs under bullets for the full list of items asked for", async () => {
    const paragraphs = makeChunk({
      docId: "casebook",
      text: [
        "試験事例集について",
        "- 本年4月に開催された試験会議において、事業者間における情報交換、連携、再編といった試験の観点から実施する行為について、基本的な考え方を整理し、産業界に周知を行うことが必要とされた。",
        "- その後、試験省は、試験の観点から実施する行為に関して産業界から寄せられた様々な試験事例を取りまとめ、試験委員会に相談した。",
      ].join("\n"),
    });
    const asked = "試験事例集に載っている試験事例を全部、一覧にしてください。";
    expect((await (await answererFor([paragraphs])).answer({ question: asked })).resolved).toBe(false);
    const items = makeChunk({
      docId: "casebook-list",
      text: "試験事例集の試験事例\n- 事例1 共同調達\n- 事例2 生産設備の相互融通\n- 事例3 事業の統合",
    });
    const listed = await (await answererFor([items])).answer({ question: asked });
    expect(listed.resolved).toBe(true);
    expect(listed.answer).toContain("事例3 事業の統合");
  });

  it("answers what a system is with what it does, not with a title over its start date", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "status", text: "④ 試験出願非公開\n24年5月から施行" }),
      makeChunk({
        docId: "overview",
        text: "試験出願非公開\n出願人の権利を確保しつつ、安全保障上機微な発明の試験出願の公表・流出を防止",
      }),
    ]);
    const result = await answerer.answer({ question: "試験出願非公開とはどういう制度ですか？" });
    expect(result.answer).toContain("公表・流出を防止");
    expect(result.answer).not.toContain("24年5月から施行");
  });

  it("says the quoted lines hold a value it could not tie to the topic, rather than that the documents lack it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "a",
        text: "試験制度は試験物資の供給を支援する制度である。\n別表\n- 2024年5月 庁舎の移転",
      }),
      makeChunk({ docId: "b", text: "別の話題として、予算を見直した。" }),
    ]);
    const result = await answerer.answer({ question: "試験制度の試験審査はいつ始まりましたか？" });
    expect(result.resolved).toBe(false);
    expect(result.answer).toContain("2024年5月");
    expect(result.answer).toContain("引用した箇所には時期・日付の記載がありますが");
    expect(result.answer).not.toContain("資料に記載がありません");
  });

  it("counts the document's title, repeated as a line, as where the block is, not as what answers", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "minutes",
        title: "第9回 試験会議 議事要旨",
        text: [
          "第9回 試験会議 議事要旨",
          "- <日時>2024年10月1日",
          "- <場所>試験本館 第1会議室",
          "▶ 試験薬については、原材料の多くを特定国に依存しているとの意見があった。",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "第9回試験会議の議事要旨では、試験薬の依存について何が言われましたか？",
    });
    expect(result.answer).toContain("特定国に依存");
    expect(result.answer).not.toContain("<場所>");
  });

  it("names the items a line announces, skipping their descriptions, over the next chunks", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "law",
        ordinal: 0,
        text: "## 試験推進法の3つの試験制度\n1. 試験物資の確保\n国民生活に欠かせない試験物資を指定して支援する。",
      }),
      makeChunk({
        docId: "law",
        ordinal: 1,
        text: "2. 試験設備の事前審査\n重要な試験設備の導入を国が事前に審査する。",
      }),
      makeChunk({ docId: "law", ordinal: 2, text: "3. 試験出願の非公開\n機微な試験出願の公開を留保する。" }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験推進法の3つの試験制度とは何ですか？" });
    expect(result.resolved).toBe(true);
    // The announcing title is read as the quote's place, in the sentence that introduces it.
    expect(result.answer.split("\n")[0]).toContain("の「試験推進法の3つの試験制度」[1]には");
    expect(result.answer.split("\n").slice(1)).toEqual([
      "1. 試験物資の確保[1]",
      "2. 試験設備の事前審査[2]",
      "3. 試験出願の非公開[3]",
    ]);
  });

  it("follows an announced list over three chunks, and gives its items to a later part asking for them", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "law",
        ordinal: 0,
        text: "試験推進法の4つの柱(2022年5月11日成立)\n法律の正式名称は試験推進法。",
      }),
      makeChunk({ docId: "law", ordinal: 1, text: "目的:試験の安全を確保することを目的とする。" }),
      makeChunk({
        docId: "law",
        ordinal: 2,
        text: "1. 試験物資の確保\n指定して支援する。\n2. 試験設備の審査\n国が審査する。",
      }),
      makeChunk({
        docId: "law",
        ordinal: 3,
        text: "3. 試験技術の支援\n研究を支援する。\n4. 試験出願の非公開\n公開を留保する。",
      }),
      makeChunk({ docId: "other", text: "別の話題として、ここに4つの柱からなる追加の庁舎移転措置を発表する。" }),
    ]);
    const result = await answerer.answer({ question: "試験推進法はいつ成立しましたか？4つの柱も教えてください。" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("2022年5月11日成立");
    for (const item of ["1. 試験物資の確保", "2. 試験設備の審査", "3. 試験技術の支援", "4. 試験出願の非公開"])
      expect(result.answer).toContain(item);
    expect(result.answer).not.toContain("庁舎");
  });

  it("reads a numbered title over a paragraph as that paragraph's heading, not as the end of the one before", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "law",
        text: [
          "3. 試験技術の開発支援「試験技術基本指針」(第4章第60条)",
          "試験技術の研究開発の促進のため、資金支援、協議会設置等を措置。",
          "→国による支援 協議会",
          "4. 試験出願の非公開「試験出願非公開基本方針」(第5章第65条)",
          "機微な発明の試験出願について、公開や流出を防止するため、保全指定をして公開を留保する仕組み等を措置。",
          "→スクリーニング 保全審査 補償",
        ].join("\n"),
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({
      question: "試験出願非公開制度って、具体的にはどういう仕組みなんでしょうか？",
    });
    expect(result.answer.split("\n")[0]).toContain(
      "の「4. 試験出願の非公開「試験出願非公開基本方針」(第5章第65条)」[1]には",
    );
    expect(result.answer.split("\n")[1]).toBe(
      "機微な発明の試験出願について、公開や流出を防止するため、保全指定をして公開を留保する仕組み等を措置。[1]",
    );
    expect(result.answer).not.toContain("3. 試験技術");
    // A later line of the paragraph (→ …補償) reads with the title and the paragraph it belongs to.
    const later = await answerer.answer({ question: "試験出願非公開のスクリーニングや保全審査の流れは？" });
    expect(later.answer).toContain("→スクリーニング 保全審査 補償[1]");
    expect(later.answer).toContain("保全指定をして公開を留保する仕組み等を措置。[1]");
  });

  it("finds an English question's topic in a line that says its translated words apart, and a kanji ordinal as digits", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "drones",
        title: "日本の無人航空機市場",
        text: "- 無人航空機は、海外製が国内シェア9割。\n- 国産ドローンの量産体制の構築を進める。",
      }),
      makeChunk({
        docId: "tariffs",
        text: "第二次トランプ政権下での主要な関税措置\n相互関税 日本については、MFN税率等を含み15%",
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    // "domestic drone market" is one glued phrase in translation (国内無人市場); the line says 国内 … 無人 apart.
    const drones = await answerer.answer({
      question: "Roughly what share of Japan's domestic drone market is held by foreign-made drones?",
    });
    expect(drones.resolved).toBe(true);
    expect(drones.answer).toContain("海外製が国内シェア9割");
    const tariff = await answerer.answer({
      question: "Under the second Trump administration, what reciprocal tariff rate applies to Japan?",
    });
    expect(tariff.resolved).toBe(true);
    expect(tariff.answer).toContain("15%");
  });

  it("declines a question tied to a year the quoted passages do not name, and answers it when they do", async () => {
    const older = await answererFor([
      makeChunk({ docId: "reports", date: "2022-10", text: "- 試験小委員会中間報告(令和元年10月8日)(令和3年6月10日)" }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const question = "2024年の試験小委員会の中間報告って、何月何日に公表されました？";
    expect((await older.answer({ question })).resolved).toBe(false);
    const newer = await answererFor([
      makeChunk({ docId: "reports", date: "2024-10", text: "- 試験小委員会中間報告(令和6年5月14日)" }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const answered = await newer.answer({ question });
    expect(answered.resolved).toBe(true);
    expect(answered.answer).toContain("令和6年5月14日");
  });

  it("does not take a figure of another measure for the one asked (a market share for a tax rate)", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "a", text: "試験企業の試験市場でのシェアは9割に達し、試験企業への支援が議論された。" }),
      makeChunk({ docId: "b", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験市場の試験企業と試験団体の今の法人税率は何%ですか？" });
    expect(result.resolved).toBe(false);
    expect(result.answer).not.toContain("9割");
  });

  it("keeps a list's structure and follows it into the next chunk of the same document", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        text: "試験計画の重点分野は次のとおり:\n- 宇宙試験分野\n- 海洋試験分野",
      }),
      makeChunk({
        docId: "plan",
        ordinal: 1,
        text: "- 海洋試験分野\n- 極地試験分野\n別の話題として、庁舎を移転した。",
      }),
      makeChunk({ docId: "other", text: "農業の試験計画は毎年見直す。" }),
    ]);
    const result = await answerer.answer({ question: "試験計画の重点分野をすべて挙げてください" });
    expect(result.resolved).toBe(true);
    expect(result.answer.split("\n").slice(1)).toEqual([
      "試験計画の重点分野は次のとおり:[1]",
      "- 宇宙試験分野[1]",
      "- 海洋試験分野[1]",
      "- 極地試験分野[2]",
    ]);
    expect(result.citations.map((citation) => citation.chunkId)).toEqual(["plan#0", "plan#1"]);
  });

  it("never shows a heading alone: a title comes with the statement under it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "g",
        text: "技術保護制度\n技術保護制度は、重要な試験技術の海外移転を事前に審査する仕組みである。",
      }),
    ]);
    const result = await answerer.answer({ question: "技術保護制度とは何ですか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("海外移転を事前に審査する仕組みである。[1]");
  });

  it("does not stitch a sentence from another document into a one-part answer", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "a", text: "試験制度の申請期限は2026年3月末である。" }),
      makeChunk({ docId: "b", text: "試験制度とは別に、研修制度の申請も受け付けている。" }),
    ]);
    const result = await answerer.answer({ question: "試験制度の申請期限はいつですか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("2026年3月末");
    expect(result.answer).not.toContain("研修制度");
  });

  it("does not take a date about something else for the asked one (a near miss stays unresolved)", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "a", text: "海外の補助金規則案(2021年5月)では、域内の調達排除を検討した。" }),
      makeChunk({ docId: "b", text: "補助金の公募は、所管の部局が要領を定めて行う。" }),
    ]);
    const result = await answerer.answer({ question: "来年度の補助金の公募はいつ始まりますか？" });
    expect(result.resolved).toBe(false);
    expect(result.answer).not.toContain("2021年5月");
  });
  it("keeps a run of short numbered lines as one list under its title", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "m",
        text: "報告の対象素材\n①甲試験材料　④丁試験材料\n②乙試験材料　⑤戊試験材料\n③丙試験材料\n今般の追加",
      }),
    ]);
    const result = await answerer.answer({ question: "報告の対象素材をすべて挙げてください" });
    expect(result.resolved).toBe(true);
    for (const item of ["①甲試験材料", "②乙試験材料", "③丙試験材料"]) expect(result.answer).toContain(item);
  });

  it("does not answer a question about how long with a date (a near miss stays unresolved)", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "c", text: "試験適性評価の有効期間を定める制度は、2024年5月から施行された。" }),
    ]);
    const result = await answerer.answer({ question: "試験適性評価の有効期間はどのくらいですか？" });
    expect(result.resolved).toBe(false);
  });
  it("lists a near-equal second passage among the sources without adding a sentence about it", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "a", text: "試験審査制度は、重要な試験設備の導入を事前に審査する制度である。" }),
      makeChunk({
        docId: "b",
        text: "試験審査制度は、重要な試験設備の導入を事前に審査する仕組みとして運用されている。",
      }),
    ]);
    const result = await answerer.answer({ question: "試験審査制度は何を審査しますか？" });
    expect(result.resolved).toBe(true);
    // The lead names the source; no line is about the near-equal passage.
    expect(result.answer.split("\n")).toHaveLength(2);
    expect(result.citations.map((citation) => citation.docId).sort()).toEqual(["a", "b"]);
  });
  it("answers a definition question with the sentence that defines the topic, over remarks that share more words", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "a",
        text: "- 試験クリアランスの仕組みについて、試験クリアランスの運用の仕組みを明確化すべきとの意見があった。\n- 仕組みの見直しも必要。",
      }),
      makeChunk({
        docId: "b",
        text: "(参考) 試験分野における制度の法制化\n- 試験クリアランスとは、重要な情報に触れる者の信頼性を政府が確認する制度である。",
      }),
      makeChunk({ docId: "c", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験クリアランスってどういう仕組みなんですか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("試験クリアランスとは、重要な情報に触れる者の信頼性を政府が確認する制度である。");
    expect(result.answer).not.toContain("明確化すべき");
  });
  it("does not present fewer items than the asker says there are as the full list", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "f",
        text: "試験インフラ制度の対象分野(15分野)のうち主なもの:\n- 電気試験分野\n- ガス試験分野\n- 水道試験分野",
      }),
      makeChunk({ docId: "g", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験インフラ制度の15分野を全部挙げてください" });
    expect(result.resolved).toBe(false);
    expect(result.missing?.[0]?.askedType).toBe("list");
    expect(result.answer).toContain("電気試験分野");
  });
  it("reads a date under a law's label (○…法 附則) as the date of that law, under another name the dictionary knows", () => {
    const law = makeChunk({
      docId: "law",
      title: "試験制度の今後",
      text: "(参考)関係規定\n○試験推進法(令和四年法律第四十三号) 附則\n第四条 政府は、この法律の施行後三年を目途として、施行の状況について検討を加える。",
    });
    const terms = [
      { term: "試験推進法", mass: 1 },
      { term: "見直し", mass: 1 },
      { term: "施行後", mass: 1 },
    ];
    const excerpt = (variantsOf?: (phrase: string) => string[]) =>
      bestExcerpt([{ chunk: law, score: 10 }], {
        isBoilerplate: () => false,
        nextChunk: () => undefined,
        askedType: "date",
        terms,
        focus: ["試験法", "施行後"],
        ...(variantsOf ? { variantsOf } : {}),
      });
    const found = excerpt((phrase) => (phrase === "試験法" ? ["試験推進法"] : []));
    expect(found?.spans[0]?.lines.at(-1)).toContain("施行後三年を目途");
    expect(found?.carries).toBe(true);
    // Without the other name, the law the date is about is not one the question names.
    expect(excerpt()?.carries).toBe(false);
  });

  it("never shows a title and a law's label (○…法 附則) without the provision they head", () => {
    const law = makeChunk({
      docId: "law",
      title: "試験制度の今後",
      text: "(参考)試験推進法の規定\n○試験推進法(令和四年法律第四十三号) 附則\n第四条 政府は、この法律の施行後三年を目途として、施行の状況について検討を加える。",
    });
    const found = bestExcerpt([{ chunk: law, score: 10 }], {
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      askedType: "yes-no",
      terms: [
        { term: "試験推進法", mass: 1 },
        { term: "規定", mass: 1 },
      ],
      focus: ["試験推進法", "規定"],
    });
    expect(found?.spans[0]?.lines).toEqual([
      "(参考)試験推進法の規定",
      "○試験推進法(令和四年法律第四十三号) 附則",
      "第四条 政府は、この法律の施行後三年を目途として、施行の状況について検討を加える。",
    ]);
  });

  it("reads a caption wholly in brackets (（参考：…大臣発言(…)。…）) with the statement it captions, never alone", () => {
    const speech = makeChunk({
      docId: "speech",
      title: "試験制度の今後",
      text: [
        "（参考：試験制度に関する試験大臣発言（2020/11/17 閣議後記者会見）。その後累次の国会答弁あり。）",
        "試験法が来月から施行されます。産業界に対して、考えを2点お伝えしたいと思います。",
        "- 第一に、試験の記録を残していただきたい。",
        "- 第二に、過度に萎縮していただく必要は全くありません。",
      ].join("\n"),
    });
    const found = bestExcerpt([{ chunk: speech, score: 10 }], {
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      askedType: "definition",
      terms: [
        { term: "試験大臣", mass: 3 },
        { term: "試験法", mass: 1 },
      ],
      focus: ["試験大臣", "試験法"],
    });
    const lines = found?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines).toContain("試験法が来月から施行されます。産業界に対して、考えを2点お伝えしたいと思います。");
    expect(lines).toContain("- 第二に、過度に萎縮していただく必要は全くありません。");
  });

  it("reads a block that ends its chunk with the bullets that run on at the top of the next one (a definition cut by the chunk)", () => {
    const first = makeChunk({
      docId: "guide",
      ordinal: 0,
      text: "試験指針の概要\n試験技術の定義(※指針案は令和4年7月公表。意見募集を経て9月決定)\n- ・「先端技術」:将来の生活に重要となり得る技術",
    });
    const second = makeChunk({
      docId: "guide",
      ordinal: 1,
      // Chunks overlap, and the overlap may start inside a line.
      text: "意見募集を経て9月決定)\n- ・「先端技術」:将来の生活に重要となり得る技術\n- ・「試験技術」:先端技術のうち、外部に利用されると安全を損なうおそれがあるもの\n① 技術が外部に利用された場合",
    });
    const other = makeChunk({
      docId: "other",
      text: "試験推進法では、試験技術の育成に予算を充てる規定が盛り込まれている。",
    });
    const found = bestExcerpt(
      [
        { chunk: first, score: 10 },
        { chunk: other, score: 9 },
      ],
      {
        isBoilerplate: () => false,
        nextChunk: (chunk) => (chunk === first ? second : undefined),
        askedType: "definition",
        terms: [
          { term: "試験推進法", mass: 1 },
          { term: "試験技術", mass: 1 },
          { term: "定義", mass: 1 },
        ],
        focus: ["試験推進法", "試験技術", "定義"],
      },
    );
    expect(found?.spans.map((span) => span.chunk.chunkId)).toEqual([first.chunkId, second.chunkId]);
    expect(found?.spans[1]?.lines).toEqual([
      "- ・「試験技術」:先端技術のうち、外部に利用されると安全を損なうおそれがあるもの",
    ]);
  });

  it("runs a list on into the next chunk only with its own numbering: 2. under ①…③ is the next section", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        ordinal: 0,
        text: "(2) 試験省の出資案件\n- ① 甲社:取得株式約8%\n- ② 乙社:取得株式5%\n- ③ 丙社:取得株式不明",
      }),
      makeChunk({
        docId: "plan",
        ordinal: 1,
        text: "2. 試験物資の備蓄増強\n- 試験省は備蓄のために10億ドルを計上した。",
      }),
    ]);
    const result = await answerer.answer({ question: "試験省の出資案件を全部教えて" });
    expect(result.answer).toContain("③ 丙社");
    expect(result.answer).not.toContain("備蓄");
  });

  it("reads a section's own heading over the items of that section as naming them, not as a mere title", () => {
    const principles = {
      ...makeChunk({
        docId: "guide",
        ordinal: 3,
        text: "3. 試験者が認識すべき原則\n- ① 自社の事業を把握する\n- ② 対応を投資と捉える\n- ③ 対話を欠かさない",
      }),
      sectionPath: ["3. 試験者が認識すべき原則"],
    };
    const usage = makeChunk({
      docId: "guide",
      ordinal: 9,
      text: "(参考) 試験ガイドラインの活用例\n- 本試験ガイドラインは試験者向けではあるものの、社内の対話、取引先との対話、業界団体での議論にも活用が期待される",
    });
    const found = bestExcerpt(
      [
        { chunk: usage, score: 10 },
        { chunk: principles, score: 7.5 },
      ],
      {
        isBoilerplate: () => false,
        nextChunk: () => undefined,
        askedType: "list",
        listSize: 3,
        terms: [
          { term: "試験ガイドライン", mass: 1 },
          { term: "試験者", mass: 1 },
          { term: "原則", mass: 1 },
        ],
        focus: ["試験ガイドライン", "試験者", "原則"],
      },
    );
    expect(found?.spans[0]?.chunk.chunkId).toBe(principles.chunkId);
    expect(found?.spans[0]?.lines).toContain("- ③ 対話を欠かさない");
  });

  it("takes 「義務を課すものではない」 as the answer to whether breaking it is punished, and names the part that asks when it is missing", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "g",
        text: "試験手引き(第1版)の公表(2025年5月)\n- 企業からは具体的な対策に悩む声が多い。このため試験手引きを策定\n- 本試験手引きは、企業に義務を課すものではなく、選択肢を示すもの。",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験手引きの第1版っていつ出ました？これって守らないと罰則がある義務なんですか？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("義務を課すものではなく");
    const silent = await (
      await answererFor([
        makeChunk({
          docId: "g",
          text: "試験手引き(第1版)の公表(2025年5月)\n- 企業からは具体的な対策に悩む声が多い。このため試験手引きを策定",
        }),
      ])
    ).answer({ question: "試験手引きの第1版っていつ出ました？これって守らないと罰則がある義務なんですか？" });
    expect(silent.resolved).toBe(false);
    expect(silent.missing?.map((part) => part.part)).toEqual(["これって守らないと罰則がある義務なんですか?"]);
  });

  it("adds the line that holds a word of the question only it has, even when many terms weigh on the block", () => {
    const chunk = makeChunk({
      docId: "g",
      text: "試験手引きの公表\n- 企業からは試験手引きの具体的な対策に悩む声が多い。このため試験手引きを策定\n- 他の部分は国際競争への対応を述べる。\n- 本試験手引きは、企業に義務を課すものではない。",
    });
    // Many weak terms (bigrams, variants) and one strong word, 義務, that only the last line has.
    const weak = ["試験", "手引", "引き", "公表", "企業", "対策", "策定", "具体", "声", "悩む", "多い"].map((term) => ({
      term,
      mass: 4,
    }));
    const found = bestExcerpt([{ chunk, score: 10 }], {
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      askedType: "yes-no",
      terms: [{ term: "試験手引き", mass: 5 }, ...weak, { term: "義務", mass: 4 }],
      focus: ["試験手引き", "義務"],
    });
    expect(found?.spans[0]?.lines.join("\n")).toContain("義務を課すものではない");
  });

  it("does not follow a list of short numbered items that ends its chunk into the next chunk's other section", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "t", ordinal: 0, text: "試験対象技術\n①甲材料 ⑪乙センサー\n②丙フィルタ ⑫丁チタン" }),
      makeChunk({
        docId: "t",
        ordinal: 1,
        text: "試験手引き(第1版)の公表(2025年5月)\n- 本試験手引きは、企業に義務を課すものではない。",
      }),
    ]);
    const result = await answerer.answer({ question: "甲材料って試験対象技術に入ってる？" });
    expect(result.answer).toContain("①甲材料");
    expect(result.answer).not.toContain("試験手引き");
  });

  it("quotes the block that has the phrase the asker put in 「」, over one that shares more of the other words", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "a",
        text: "試験計画の説明\n- 試験計画について、2つの団体それぞれが何を指しているのかを説明した。",
      }),
      makeChunk({
        docId: "b",
        text: "試験計画の経緯\n- 支援策(Quest)、防衛策(Queue)の「2つのQ」の推進",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験計画の「2つのQ」を説明したいのですが、それぞれ何を指していますか？",
    });
    expect(result.answer).toContain("2つのQ");
  });

  it("takes a figure only of the phrase the asker quotes (「知っている」と答えた割合), not another item of the same survey", async () => {
    const question = "試験調査で、試験制度を「知っている」と答えた割合は何％でしたか？";
    const other = await answererFor([
      makeChunk({ docId: "s", text: "試験調査の結果\n- 試験制度について、海外企業の約8割が業務提携を希望している。" }),
    ]);
    expect((await other.answer({ question })).resolved).toBe(false);
    const quoted = await answererFor([
      makeChunk({ docId: "s", text: "試験調査の結果\n- 試験制度を「知っている」と回答した企業は約6割。" }),
    ]);
    expect((await quoted.answer({ question })).resolved).toBe(true);
    // A quoted question (「施行後何年」) is the pattern asked about, not words to find.
    const law = await answererFor([
      makeChunk({ docId: "l", text: "○試験法 附則\n第四条 政府は、この法律の施行後三年を目途として検討を加える。" }),
    ]);
    expect(
      (await law.answer({ question: "試験法の附則だと「施行後何年」を目途に検討することになってましたっけ？" }))
        .resolved,
    ).toBe(true);
  });

  it("quotes each document the question names by date for its own figure", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "old", date: "2024-02", text: "試験物資の状況\n- 11の試験物資を指定。" }),
      makeChunk({ docId: "new", date: "2025-12", text: "① 試験供給網\n12物資指定、総額約2.4兆円" }),
    ]);
    const result = await answerer.answer({
      question: "試験物資の指定数って、2024年2月の資料と2025年12月の資料で違ってる？それぞれいくつ？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("11の試験物資を指定");
    expect(result.answer).toContain("12物資指定");
  });

  it("searches a dated document on its own when the first document's passages fill the search", async () => {
    const answerer = await answererFor([
      ...FIELDS.map((field, ordinal) =>
        makeChunk({
          docId: "old",
          ordinal,
          date: "2024-02",
          text: `試験プログラム(${field})\n- ${field}分野の試験プログラムの予算の金額は${ordinal + 1}00億円。`,
        }),
      ),
      makeChunk({ docId: "new", date: "2025-12", text: "② 先端試験\n50の重要技術、総額5000億円" }),
    ]);
    const result = await answerer.answer({
      question: "試験プログラムの予算、2024年2月の資料と2025年12月の資料で金額はそれぞれ何と書いてあります？",
    });
    expect(result.answer).toContain("宇宙分野の試験プログラムの予算の金額は100億円");
    expect(result.answer).toContain("総額5000億円");
  });

  it("quotes each dated document's figure when the question names the values and asks what each document says", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "old",
        date: "2024-02",
        text: "試験物資の状況\n- 11の試験物資を指定。\n- 補正予算で約9,500億円を措置。",
      }),
      makeChunk({ docId: "new", date: "2025-12", text: "① 試験供給網\n12物資指定、総額約2.4兆円" }),
      makeChunk({
        docId: "new",
        ordinal: 1,
        date: "2025-12",
        text: "試験技術の管理\n- 事前報告対象として、現在15技術を指定している。",
      }),
    ]);
    const result = await answerer.answer({
      question:
        "試験物資の指定数と予算額、2024年2月の資料と2025年12月の資料で違う気がするんですが、それぞれ何と書いてありますか？",
    });
    expect(result.answer).toContain("約9,500億円");
    expect(result.answer).toContain("12物資指定、総額約2.4兆円");
    expect(result.answer).not.toContain("15技術");
  });

  it("quotes each dated document's own figure for the first part, though a later part quoted another line of it", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "old", date: "2024-02", text: "試験物資の状況\n- 11の試験物資を指定。" }),
      makeChunk({ docId: "new", date: "2025-12", text: "① 試験供給網\n12物資指定、総額約2.4兆円" }),
      makeChunk({
        docId: "new",
        ordinal: 1,
        date: "2025-12",
        text: "試験機の確保\n- 国内で必要な数量の試験機を確保するため、量産体制を構築する。",
      }),
    ]);
    const result = await answerer.answer({
      question: "2024年2月の資料と2025年12月の資料で、試験物資はいくつ指定されてる？必要な数量は増えた？",
    });
    expect(result.answer).toContain("11の試験物資を指定");
    expect(result.answer).toContain("12物資指定");
    // Read beside the first document's figure, before what the later part quotes.
    expect(result.answer.indexOf("12物資指定")).toBeLessThan(
      result.answer.indexOf("試験機") < 0 ? Number.POSITIVE_INFINITY : result.answer.indexOf("試験機"),
    );
  });

  it("reads the items the next slide sets out under a title that restates the statement closing the chunk", async () => {
    const chunks = (title: string) => [
      makeChunk({
        docId: "deck",
        ordinal: 0,
        text: "試験分析\n- 多面的な試験データを組み合わせ、試験警戒システムの構築を目指す。\n- まずはTWS構築に必要な要素を整理。",
      }),
      makeChunk({
        docId: "deck",
        ordinal: 1,
        text: `${title}\n①試験物品の詳細さ\u3000②即時性\u3000③対象範囲\nレベル3\u3000詳細\u30001ヶ月以内\u3000全世界`,
      }),
      makeChunk({ docId: "other", text: "別の話題として、庁舎を移転した。" }),
    ];
    const question = "試験警戒システム(TWS)って、どんな要素で整理されてるんですか？";
    const titled = await (await answererFor(chunks("TWSに必要な要素(初期的整理)"))).answer({ question });
    expect(titled.answer).toContain("TWSに必要な要素(初期的整理)");
    expect(titled.answer).toContain("①試験物品の詳細さ");
    expect(titled.answer).not.toContain("レベル3");
    // A part asking about one item needs its own line: the line naming the items says nothing of any one.
    const level = await (await answererFor(chunks("必要な要素(初期的整理)"))).answer({
      question: "試験警戒システム(TWS)って、どんな要素で整理されてる？即時性の一番高いレベルは？",
    });
    expect(level.answer).toContain("1ヶ月以内");
    // A next slide whose title does not restate the statement is another topic.
    const other = await (await answererFor(chunks("データ分析の専門家との連携"))).answer({ question });
    expect(other.answer).not.toContain("①試験物品の詳細さ");
  });

  it("answers a later part that adds a topic of its own (正式版) with its own line, not as covered by the first", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "plan",
        text: "<今後のスケジュール予定>\n- 11月26日 試験指針案の意見募集を開始(~12月26日)\n- 1月 正式版を公表",
      }),
      makeChunk({ docId: "other", text: "試験指針案は、経営層向けの推奨事項をまとめたものである。" }),
    ]);
    const result = await answerer.answer({
      question: "試験指針案の意見募集って締切いつ？正式版はいつごろ出る予定なのかも教えて",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("(~12月26日)");
    expect(result.answer).toContain("1月 正式版を公表");
  });

  it("answers 「どんな声が」 with the line that announces those voices and the items under it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "dialogue",
        text: "- 試験業界では、試験機器の共同調達や情報交換が一層重要になっている。\n- (例) ①試験機器の共同調達 ②試験データの共有\n- 一方で、試験業界からは以下のような声もある。\n- ①情報交換が試験カルテルとみなされないか不安\n- ②共同調達の手続が分かりにくい",
      }),
      makeChunk({
        docId: "casebook",
        text: "試験カルテル事例集について\n- 試験業界での情報交換について、考え方を整理し、試験業界に周知を行うことが必要とされた。",
      }),
    ]);
    const result = await answerer.answer({
      question: "試験業界の情報交換について、試験業界からはどんな声が出ていましたか",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer.split("\n").slice(1)).toEqual([
      "- 一方で、試験業界からは以下のような声もある。[1]",
      "- ①情報交換が試験カルテルとみなされないか不安[1]",
      "- ②共同調達の手続が分かりにくい[1]",
    ]);
  });

  it("answers 「どんな懸念」「どんな不安」 with the voices a line announces (「以下のような声もある」), as 「どんな声」 is", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "dialogue",
        text: "- 試験業界では、試験機器の共同調達や情報交換が一層重要になっている。\n- (例) ①試験機器の共同調達 ②試験データの共有\n- 一方で、試験業界からは以下のような声もある。\n- ①情報交換が試験カルテルとみなされないか心配\n- ②共同調達の手続が分かりにくい",
      }),
      makeChunk({
        docId: "casebook",
        text: "試験カルテル事例集について\n- 試験業界での情報交換について、考え方を整理し、試験業界に周知を行うことが必要とされた。",
      }),
    ]);
    for (const question of [
      "試験カルテル事例集の背景として、試験業界からはどんな懸念の声が出ていましたか",
      "試験業界の情報交換について、試験業界はどんな懸念を持っていましたか",
    ]) {
      const result = await answerer.answer({ question });
      expect(result.resolved).toBe(true);
      expect(result.answer).toContain("- ①情報交換が試験カルテルとみなされないか心配[1]");
      expect(result.answer).not.toContain("周知");
    }
  });

  it("answers 「資料ではそれぞれの数は」 from the document named by date, without wanting the word 数 or the date in the line", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "older", date: "2024-02", text: "① 試験網の強靱化\n- 11の試験物資を指定。" }),
      makeChunk({ docId: "newer", date: "2025-12", text: "2024年9月 試験設備の更新 2025年2月 試験棟の完成" }),
    ]);
    const result = await answerer.answer({ question: "2024年2月の資料だと、試験物資の数はそれぞれいくつになってる？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("11の試験物資を指定。[1]");
    expect(result.citations[0]?.chunkId).toBe("older#0");
  });

  it("answers 「何個で、それぞれ」 with a list that numbers its items, not with 「…の一つとして」", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "detail",
        sectionPath: ["3. 試験者が認識すべき原則"],
        text: [
          "3. 試験者が認識すべき原則",
          "試験対応を重要な試験事項の一つとして位置付け、試験者自らが主導する必要がある",
          "(1)自社の試験を正確に把握する",
          "- 自社の取引を可能な限り正確に把握する。",
        ].join("\n"),
      }),
      makeChunk({
        docId: "summary",
        sectionPath: ["4. 試験連携", "試験指針(案)の構成", "3. 試験者が認識すべき原則"],
        text: [
          "3. 試験者が認識すべき原則",
          "- ① 自社の試験を正確に把握する",
          "- ② 試験を投資と捉える",
          "- ③ 対話を欠かさない",
        ].join("\n"),
      }),
    ]);
    const result = await answerer.answer({
      question: "「試験者が認識すべき原則」として挙げられているのは何個で、それぞれどんな内容ですか。",
    });
    expect(result.resolved).toBe(true);
    expect(result.citations[0]?.chunkId).toBe("summary#0");
    expect(result.answer).toContain("- ③ 対話を欠かさない[1]");
    expect(result.answer).not.toContain("一つとして");
  });

  it("does not count bodies (何団体) with a numbered list of measures", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "measures",
        sectionPath: ["試験禁止措置"],
        text: ["試験禁止措置", "- (1)試験品目の輸出禁止", "- (2)試験汎用品の輸出禁止", "- (3)試験技術の提供禁止"].join(
          "\n",
        ),
      }),
    ]);
    const result = await answerer.answer({ question: "試験禁止措置の対象は何団体ですか？" });
    expect(result.resolved).toBe(false);
  });

  it("takes 「11の試験物資を指定」 for the 指定数 asked: a measured name is said by what it measures", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "older", text: "① 試験網の強靱化\n- 11の試験物資を指定。" }),
      makeChunk({ docId: "other", text: "試験棟の完成は2025年2月である。" }),
    ]);
    const result = await answerer.answer({ question: "試験物資の指定数はいくつですか" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("11の試験物資を指定。[1]");
  });

  it("does not take a rate named in one sentence for the figure of another: 「出資比率は何％」 is not answered by a growth figure", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "r", text: "試験社の近況\n- 試験社は出資比率を見直した。試験工場の売上は15%増加した。" }),
    ]);
    const result = await answerer.answer({ question: "試験社の出資比率は何％ですか" });
    expect(result.resolved).toBe(false);
    // The point not confirmed is named as asked: the company's rate, not the company.
    expect(result.answer).toContain("ご質問の「試験社の出資比率」");
    const sameSentence = await answererFor([
      makeChunk({ docId: "r", text: "試験社の近況\n- 試験社は出資比率を15%に見直した。試験工場の売上は増加した。" }),
    ]);
    const answered = await sameSentence.answer({ question: "試験社の出資比率は何％ですか" });
    expect(answered.resolved).toBe(true);
    expect(answered.answer).toContain("出資比率を15%に見直した");
  });

  it("does not answer with a lone title when another block says something about the topic", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "t", text: "試験基盤計画のコンセプト ~「3つのQ」~" }),
      makeChunk({
        docId: "u",
        text: "これまでの経緯\n- 試験基盤計画の初版を策定\n- 品質(Quality)、数量(Quantity)、速さ(Quickness)の3つのQを推進",
      }),
    ]);
    const result = await answerer.answer({ question: "試験基盤計画の「3つのQ」ってそれぞれ何の略？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("品質(Quality)、数量(Quantity)、速さ(Quickness)");
    expect(result.answer).not.toContain("コンセプト");
  });

  it("picks the line with the terms only it has, not the ones restating the block's topic", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "v",
        text: [
          "試験計画の経緯",
          "- 2023年: 試験計画の初版を策定",
          "- 2024年: 試験計画の改訂版を策定し、試験計画の対象を拡大",
          "- 2025年: 重点領域として海洋、宇宙を特定",
        ].join("\n"),
      }),
      makeChunk({ docId: "w", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験計画の重点領域はどこですか？" });
    expect(result.answer).toContain("重点領域として海洋、宇宙を特定");
    expect(result.answer).not.toContain("初版を策定");
  });
  it("follows a title that ends its chunk into the next chunk, so it is never shown alone", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "h", ordinal: 0, text: "別の節の本文である。\n試験審査制度の概要" }),
      makeChunk({
        docId: "h",
        ordinal: 1,
        text: "本制度は、重要設備の導入前に計画を届け出て審査を受けるものである。\n- 届出は導入の30日前まで",
      }),
      makeChunk({ docId: "x", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験審査制度の概要を教えてください" });
    expect(result.answer).toContain("重要設備の導入前に計画を届け出て審査を受けるものである。");
  });
  it("declines when the place the question names is not in what would be quoted", async () => {
    const answerer = await answererFor([
      makeChunk({ docId: "p", text: "米国は試験リストを拡大し、試験企業への部品供給を規制した。" }),
      makeChunk({ docId: "q", text: "台湾の半導体産業は成長を続けている。" }),
    ]);
    const result = await answerer.answer({ question: "台湾が試験リストに試験企業を載せた件、影響は？" });
    expect(result.resolved).toBe(false);
  });
  it("answers who chairs only with a name, and says plainly when the documents give none", async () => {
    const named = await answererFor([
      makeChunk({ docId: "m", text: "試験ガイド研究会で議論を行い、試験ガイドを策定した。" }),
      makeChunk({ docId: "n", text: "試験ガイド研究会の構成\n(座長：試験太郎大学教授)" }),
    ]);
    const answered = await named.answer({ question: "試験ガイド研究会の座長は誰ですか？" });
    expect(answered.resolved).toBe(true);
    expect(answered.answer).toContain("座長：試験太郎大学教授");

    const unnamed = await answererFor([
      makeChunk({ docId: "m", text: "試験ガイド研究会で議論を行い、試験ガイドを策定した。" }),
      makeChunk({ docId: "x", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const declined = await unnamed.answer({ question: "試験ガイド研究会の座長は誰ですか？" });
    expect(declined.resolved).toBe(false);
    expect(declined.answer).toContain("人物・担当者");
  });
  it("adds the line with the asked value when the line sharing the question's words lacks it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "d",
        text: [
          "試験省と試験マテリアルズ社の官民パートナーシップ",
          "- 試験マテリアルズ社への出資により、試験省は国内の試験鉱物の供給網を支援する。",
          "- ✓ 同社の株式4億ドル相当分を購入。",
          "- 同社の施設は国内最大級である。",
        ].join("\n"),
      }),
      makeChunk({ docId: "e", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験省が試験マテリアルズ社に出資した額はいくらですか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("4億ドル");
  });
  it("looks through the rest of the cited passage before saying the asked value is not in the documents", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "w",
        title: "試験警戒システムの運用",
        text: [
          "試験警戒システムの発動は、在庫の状況を見て関係省庁が判断する。",
          "関係省庁と連携して運用する。",
          "発動基準は次のとおり。",
          "- 30日分を下回った時点",
        ].join("\n"),
      }),
      makeChunk({ docId: "x", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "試験警戒システムは在庫が何日分を下回ると発動しますか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("30日分を下回った時点");
  });
  it("reads a run of titles with the statement under them, so a definition is not answered with two headings", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "m",
        text: "特定試験物資の指定\n制度の考え方\n法律に基づき、供給が途絶えると影響が大きい物資を政令で「特定試験物資」として指定する。",
      }),
      makeChunk({ docId: "x", text: "別の話題として、庁舎を移転した。" }),
    ]);
    const result = await answerer.answer({ question: "特定試験物資とは何ですか？" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("政令で「特定試験物資」として指定する。");
  });
});

describe("slide sub-items and names", () => {
  const slide = () => [
    makeChunk({
      docId: "slides",
      title: "先端技術の動向",
      sectionPath: ["半導体産業の支援"],
      text: "半導体産業支援策\n- CHIPS法(2022年8月大統領署名・成立)\nー5年間で300億ドル(約4兆円)支援\n- 工場の誘致",
    }),
    makeChunk({ docId: "other", text: "AIチップの試験輸出を規制する案が公表された。\n支援の対象は別途定める。" }),
  ];

  it("reads a dash line as a sub-item of the item above it, so its figure is that item's", () => {
    const lines = passageLines(slide()[0]!, () => false);
    expect(lines.find((line) => line.text.startsWith("ー"))?.bullet).toBe(true);
  });

  it("answers an English question on a name the documents write in capitals, its place only qualifying it", async () => {
    const answerer = await answererFor(slide());
    const result = await answerer.answer({ question: "How much support does the US CHIPS Act provide?" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("300億ドル");
    expect(result.citations[0]?.chunkId).toContain("slides");
  });

  it("counts a name the asker spells out when a heading over the block gives it", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "table",
        sectionPath: ["4. 各省連携", "QWSに必要な要素", "①詳細さ ②即時性"],
        text: "QWSに必要な要素\n①品目の細かさ ②情報の即時性 ③対象とする範囲 ④模擬計算 ⑤脅威の察知\nレベル3 コードより詳細 1ヶ月以内 全世界の供給網 計算可能で高精度 海外の規制を周辺情報から未然に把握",
      }),
      makeChunk({ docId: "other", text: "- まずはQWS構築に必要な要素を整理する。\n- レベルの高い要素を目指す。" }),
    ]);
    const result = await answerer.answer({ question: "What does level 3 of the QWS elements require?" });
    expect(result.answer).toContain("1ヶ月以内");
  });
});

describe("an item's figure", () => {
  it("is about the numbered heading it sits under", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "law",
        // The law the question names is one the documents write: a law they never name is declined.
        title: "試験法の改正",
        text: "1. 試験免除制度の導入\n- 対内試験投資の大宗は免除の対象\n2. 事前届出の対象の見直し\n- 上場会社の株式取得の閾値引下げ(現行10%→1%)",
      }),
      makeChunk({ docId: "other", text: "- 試験手数料の割合は5%とする。" }),
    ]);
    const result = await answerer.answer({
      question:
        "試験法の対内試験投資の見直しで、上場会社の株を取得するときの事前届出ラインは何％から何％になった？ほかに届出対象に加わった行為も教えて",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("10%→1%");
  });

  it("is about the heading the item hangs from inside its block", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "slides",
        sectionPath: ["2. 試験物資の課題"],
        text: "自律性の回復\n試験鉱物・試験磁石\n試験対話による技術管理制度の対象拡大\n- 現在12技術を指定し、今般3技術を追加。",
      }),
      makeChunk({ docId: "other", text: "- 試験鉱物の備蓄は20日分である。" }),
    ]);
    const result = await answerer.answer({
      question: "試験対話による技術管理制度で、事前報告が要る技術は今いくつ指定されていますか？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("12技術");
  });
});

describe("a list question's asked noun", () => {
  it("prefers the list under a heading naming it to a list that shares more of the question's words", () => {
    const uses = makeChunk({
      docId: "uses",
      sectionPath: ["指針の活用例"],
      text: "指針の活用例\n- 経営層向けの試験指針は、経営層の認識の醸成、対応の検討、社内の意思疎通等に使える。",
    });
    const rules = makeChunk({
      docId: "rules",
      sectionPath: ["3. 経営層が認識すべき原則"],
      text: "3. 経営層が認識すべき原則\n- ① 事業を把握する\n- ② 対応を投資と捉える\n- ③ 対話を欠かさない",
    });
    const terms = [
      { term: "経営層", mass: 2 },
      { term: "試験指針", mass: 1.2 },
      { term: "原則", mass: 1 },
    ];
    const pick = (itemsOf?: string[]) =>
      bestExcerpt(
        [
          { chunk: uses, score: 10 },
          { chunk: rules, score: 10 },
        ],
        {
          askedType: "list",
          isBoilerplate: () => false,
          nextChunk: () => undefined,
          focus: ["原則", "経営層"],
          terms,
          ...(itemsOf ? { itemsOf } : {}),
        },
      )?.spans[0]?.chunk.docId;
    expect(pick()).toBe("uses");
    expect(pick(["原則"])).toBe("rules");
  });

  it("leaves a block that never names the asked items below the section titled with them, though that ranks lower", () => {
    const uses = makeChunk({
      docId: "uses",
      sectionPath: ["(参考) 試験指針の活用例"],
      text: "(参考) 試験指針の活用例\n- 試験指針は経営層向けではあるものの、経営層の認識の醸成、社内の意思疎通等に使える。",
    });
    const rules = makeChunk({
      docId: "rules",
      sectionPath: ["試験指針の構成", "3. 試験指針で経営者等が認識すべき原則"],
      text: "3. 試験指針で経営者等が認識すべき原則\n- ① 事業を把握する\n- ② 対応を投資と捉える\n- ③ 対話を欠かさない",
    });
    const chunk = bestExcerpt(
      [
        { chunk: uses, score: 10 },
        { chunk: rules, score: 6 },
      ],
      {
        askedType: "list",
        isBoilerplate: () => false,
        nextChunk: () => undefined,
        focus: ["試験指針", "原則", "経営層"],
        itemsOf: ["原則"],
        terms: [
          { term: "試験指針", mass: 2 },
          { term: "経営層", mass: 2 },
          { term: "原則", mass: 1 },
        ],
      },
    )?.spans[0]?.chunk.docId;
    expect(chunk).toBe("rules");
  });
});

describe("the items a list question asks for", () => {
  const options = {
    askedType: "list" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験プログラム", "試験ビジョン", "技術", "領域", "支援対象"],
    itemsOf: ["技術", "領域"],
    terms: [
      { term: "試験プログラム", mass: 2 },
      { term: "試験ビジョン", mass: 2 },
      { term: "技術", mass: 1 },
      { term: "領域", mass: 1 },
      { term: "支援対象", mass: 1 },
    ],
  };
  const items = makeChunk({
    docId: "items",
    title: "試験と先端・重要技術",
    sectionPath: ["第3章", "試験ビジョンの特徴"],
    text: "試験ビジョンの構成及び支援対象とする技術\n【先端的な技術】AI技術、量子技術、ロボット工学\n【場としての領域】海洋領域、宇宙・航空領域、バイオ領域",
  });
  const prose = makeChunk({
    docId: "prose",
    title: "試験と先端・重要技術",
    sectionPath: ["第3章", "試験ビジョンの決定"],
    text: "試験プログラムの会議で試験ビジョンを決定する。\n- 会議は、試験ビジョン案を検討する。\n- 会議は、試験ビジョンに示す支援対象とする技術や領域の追加・変更を含む試験ビジョンの改定案を検討する。",
  });

  it("reads lines each opened by a 【label】 as the entries of one list, and the document's title as naming no items", () => {
    const found = bestExcerpt(
      [
        { chunk: prose, score: 10 },
        { chunk: items, score: 8 },
      ],
      options,
    );
    expect(found?.spans[0]?.chunk.docId).toBe("items");
    expect(found?.spans[0]?.lines).toEqual(
      expect.arrayContaining([
        "【先端的な技術】AI技術、量子技術、ロボット工学",
        "【場としての領域】海洋領域、宇宙・航空領域、バイオ領域",
      ]),
    );
  });
});

describe("the items an addition to a numbered list added", () => {
  const counted = makeChunk({
    docId: "scheme",
    text: [
      "試験品目の届出スキーム",
      "- 届出は、品目を扱う者と国が確実に話し合う端緒とする。",
      "- 届出対象として、これまで5品目を指定してきたが、今回、新たに2品目を追加する。",
    ].join("\n"),
  });
  const table = makeChunk({
    docId: "scheme",
    ordinal: 1,
    text: "届出対象の品目\n①試験鋼材　⑤試験樹脂\n②試験塗料　⑥試験電池\n③試験繊維　⑦試験基板\n④試験硝子\n今回の追加",
  });
  const ask = (asksAdded: boolean) =>
    bestExcerpt([{ chunk: counted, score: 10 }], {
      askedType: "list",
      isBoilerplate: () => false,
      nextChunk: (chunk) => (chunk === counted ? table : undefined),
      focus: ["届出対象", "品目", "追加"],
      terms: [
        { term: "届出対象", mass: 2 },
        { term: "品目", mass: 1 },
        { term: "追加", mass: 1 },
      ],
      asksAdded,
    })?.spans ?? [];

  it("reads the line that counts the addition with the last items of the list that follows, cited from their chunk", () => {
    const spans = ask(true);
    expect(spans[0]?.lines).toContain("- 届出対象として、これまで5品目を指定してきたが、今回、新たに2品目を追加する。");
    expect(spans.find((span) => span.chunk === table)?.lines).toEqual(["⑥試験電池", "⑦試験基板"]);
  });

  it("leaves the list out when the question does not ask what was added", () => {
    expect(ask(false).flatMap((span) => span.lines)).not.toContain("⑥試験電池");
  });
});

describe("an over-long line", () => {
  it("is cut to the sentences about the question, not padded with the paragraph's other topics", () => {
    const paragraph = makeChunk({
      docId: "plan",
      text: [
        "試験物資について、供給途絶の危険を将来も見据えて分析し、物資の特性に応じて、基金等の枠組みも含め、必要な支援措置を整備することで、安定供給を早急に確保する。",
        "試験基盤の審査制度について、各省における相談窓口の設置を含め円滑な施行に向けた取組を進める。",
        "試験出願の非公開制度について、必要なシステム整備を含め円滑な施行に向けた取組を進める。",
        "試験研究の育成を進める事業を早急に強化し、速やかに大規模とすることを目指して、実用化に向けた強力な支援を行う。",
        "同志国との連携を深め、国際的な枠組みづくりを主導するとともに、情報収集と分析の体制を一層充実させる。",
        "あわせて、人材の確保と育成に取り組み、関係機関の間での情報共有の仕組みを整え、官民の対話を継続的に行う。",
      ].join(""),
    });
    const terms = [
      { term: "試験出願", mass: 3 },
      { term: "非公開", mass: 3 },
      { term: "制度", mass: 1 },
      { term: "施行", mass: 0.5 },
    ];
    const excerpt = bestExcerpt([{ chunk: paragraph, score: 10 }], {
      askedType: "procedure",
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      focus: [],
      terms,
    });
    expect(excerpt?.spans[0]?.lines).toEqual([
      "試験出願の非公開制度について、必要なシステム整備を含め円滑な施行に向けた取組を進める。",
    ]);
  });
});

describe("a place inside an event's name", () => {
  it("dates the question, so the answer need not name the place", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "statement",
        ordinal: 1,
        title: "試験首相会見",
        text: "①エネルギーの安定供給について\n- 国内には、現在、試験燃料については約90日分の備蓄があり、試験ガスも2~3週間分の在庫を保有。",
      }),
      makeChunk({ docId: "statement", ordinal: 0, title: "試験首相会見", text: "政府の措置の概要。" }),
      makeChunk({ docId: "other", text: "ウクライナへの連帯を示す声明が発表された。" }),
    ]);
    const result = await answerer.answer({
      question: "ウクライナ侵略直後の会見で、試験燃料の備蓄と試験ガスの在庫はどれくらいと言っていた？",
    });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("90日分");
  });
});

describe("a value the passage's section gives in its next chunk", () => {
  const chunks = (heading: string) => [
    makeChunk({
      docId: "deck",
      ordinal: 0,
      sectionPath: ["試験事例集について"],
      text: "試験事例集について\n- 試験競争政策に関する研究会(議事非公開)において事例について議論を行い、考え方を取りまとめた。",
    }),
    makeChunk({
      docId: "deck",
      ordinal: 1,
      sectionPath: ["試験事例集について"],
      text: `${heading}\n大橋花子 試験大学教授\n角田太郎 試験財団理事長(座長)\n中山次郎 試験法律事務所弁護士`,
    }),
  ];

  it("is quoted from there when the list's heading names the question's topic", async () => {
    const answerer = await answererFor(chunks("(参考)試験競争政策に関する研究会委員"));
    const result = await answerer.answer({ question: "Who chaired the study group that discussed the test casebook?" });
    expect(result.resolved).toBe(true);
    expect(result.answer).toContain("角田太郎");
  });

  it("is not taken from another body's list", async () => {
    const answerer = await answererFor(chunks("(参考)試験有識者会議の構成員"));
    const result = await answerer.answer({ question: "Who chaired the study group that discussed the test casebook?" });
    expect(result.answer).not.toContain("角田太郎");
  });
});

describe("a label and its value ending a chunk", () => {
  it("are the answer, not a title waiting for the next chunk's section", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "deck",
        ordinal: 0,
        text: "2. 試験推進法の施行\n① 試験供給網\n12物資指定\n④ 試験出願非公開\n24年5月から施行",
      }),
      makeChunk({
        docId: "deck",
        ordinal: 1,
        text: "3. 別の試験計画の策定(23年10月~)\n- 官民連携の指針として有識者会議の枠組みを構築",
      }),
    ]);
    const result = await answerer.answer({ question: "試験出願非公開はいつから施行されていますか？" });
    expect(result.answer).toContain("24年5月から施行");
    expect(result.answer).not.toContain("別の試験計画");
  });
});

describe("a table's row at the top of the next chunk", () => {
  const header = "XG (試験供給国グループ) WA (試験アレンジメント)";
  const rows = "参加国数 48か国 42か国\n参加国の一覧\nアルゼンチン、オーストラリア、オーストリア";

  /**
   * The count's lines when the cited chunk opens the table (under `title`, when given) and the next chunk, inside its
   * section, goes on; the question names `topic`.
   */
  function countAcross(nextText: string, topic: string, title?: string): string[] | undefined {
    const top = makeChunk({
      docId: "deck",
      ordinal: 0,
      sectionPath: ["第3章"],
      text: `${title ? `${title}\n` : ""}${header}\n発足年 (日本の参加) 1978年 (同年) 1996年 (同年)`,
    });
    const next = makeChunk({
      docId: "deck",
      ordinal: 1,
      sectionPath: ["第3章", "参考:試験レジーム概要", "4. 参加国"],
      text: nextText,
    });
    const excerpt = bestExcerpt([{ chunk: top, score: 10 }], {
      askedType: "count",
      isBoilerplate: () => false,
      nextChunk: (chunk) => (chunk === top ? next : undefined),
      focus: [topic],
      terms: [
        { term: topic, mass: 3 },
        { term: "国", mass: 0.5 },
      ],
    });
    return excerpt?.spans.flatMap((span) => span.lines);
  }

  it("gives the asked count when the next chunk's section sits inside the cited one", () => {
    expect(countAcross(rows, "試験アレンジメント")).toContain("参加国数 48か国 42か国");
  });

  it("reads past the header row the next chunk repeats from the cited one, though it does not name the topic", () => {
    expect(countAcross(`${header}\n${rows}`, "試験レジーム", "参考:試験レジーム概要")).toContain(
      "参加国数 48か国 42か国",
    );
  });
});

describe("a table's row read against its header row", () => {
  const deck = (text: string) => makeChunk({ docId: "deck", ordinal: 1, sectionPath: ["第3章"], text });
  const options = {
    askedType: "count" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験アレンジメント"],
    terms: [
      { term: "試験アレンジメント", mass: 3 },
      { term: "参加", mass: 1 },
    ],
  };

  it("carries the asked count when the column the question names is in the header, not in the row", () => {
    const chunk = deck(
      "XG (試験供給国グループ)\u3000YG (別グループ)\u3000WA (試験アレンジメント)\n3. 参加国数\u300048か国\u300042か国\u300035か国",
    );
    const excerpt = bestExcerpt([{ chunk, score: 10 }], options);
    expect(excerpt?.spans.flatMap((span) => span.lines)).toContain("3. 参加国数\u300048か国\u300042か国\u300035か国");
    expect(excerpt?.carries).toBe(true);
  });

  it("does not carry it when no column names the topic", () => {
    const chunk = deck(
      "XG (試験供給国グループ)\u3000YG (別グループ)\u3000ZG (第三グループ)\n3. 参加国数\u300048か国\u300042か国\u300035か国",
    );
    expect(bestExcerpt([{ chunk, score: 10 }], options)?.carries).toBe(false);
  });

  it("confirms a date row of a table whose header is rows above it", () => {
    const chunk = deck(
      [
        "参考:試験レジーム概要",
        "XG (試験供給国グループ)\u3000YG (別グループ)\u3000WA (試験アレンジメント)",
        `1. 対象品目\u3000${"試験品目、".repeat(10)}\u3000武器\u3000汎用品`,
        "2. 発足年 (日本の参加)\u30001978年 (同年)\u30001985年 (同年)\u30001996年 (同年)",
      ].join("\n"),
    );
    const excerpt = bestExcerpt([{ chunk, score: 10 }], { ...options, askedType: "date", event: ["発足"] });
    expect(excerpt?.spans.flatMap((span) => span.lines).join("\n")).toContain("1996年");
    expect(excerpt?.carries).toBe(true);
  });
});

describe("a list under a heading that names the asked noun", () => {
  const principles = makeChunk({
    docId: "deck",
    ordinal: 1,
    sectionPath: ["3. 経営者等が認識すべき原則"],
    text: "3. 経営者等が認識すべき原則\n- ① 自社の事業を把握する\n- ② 対応を投資と捉える\n- ③ 対話を欠かさない",
  });
  /** The chunk of the excerpt picked from another passage ranked first and the principles ranked below it. */
  const picked = (
    other: Chunk,
    principlesScore: number,
    options: Omit<ExcerptOptions, "isBoilerplate" | "nextChunk">,
  ) =>
    bestExcerpt(
      [
        { chunk: other, score: 10 },
        { chunk: principles, score: principlesScore },
      ],
      { ...options, isBoilerplate: () => false, nextChunk: () => undefined },
    )?.spans[0]?.chunk;

  it("wins over a block that shares more of the question's words but gives no such items", () => {
    const usage = makeChunk({
      docId: "deck",
      ordinal: 0,
      text: "(参考) 試験ガイドライン(案)の活用例\n- 本試験ガイドライン(案)は、社内の対話、取引先との対話、業界団体での検討に活用が期待される",
    });
    const chunk = picked(usage, 7.5, {
      askedType: "list",
      focus: ["試験ガイドライン", "原則", "経営層"],
      itemsOf: ["原則"],
      terms: [
        { term: "試験ガイドライン", mass: 2 },
        { term: "経営層", mass: 1 },
        { term: "原則", mass: 2 },
      ],
    });
    expect(chunk).toBe(principles);
  });

  it("counts the items of a count asked of that noun (「原則って何個」), not another numbered list", () => {
    const points = makeChunk({
      docId: "older",
      ordinal: 0,
      text: "関連課題:試験経営\n企業にとって以下の3点が重要。\n① 経営層をトップとした横断的な対応\n② 果敢に経営判断を行う\n③ 試験機関との対話",
    });
    const chunk = picked(points, 9, {
      askedType: "count",
      countsItems: true,
      focus: ["トップ", "原則"],
      itemsOf: ["原則"],
      terms: [
        { term: "トップ", mass: 2 },
        { term: "経営", mass: 1 },
        { term: "原則", mass: 1 },
      ],
    });
    expect(chunk).toBe(principles);
  });
});

describe("a count asked of a slide whose title shares the question's words", () => {
  const options = (text: string) => ({
    askedType: "count" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験報告スキーム", "対象技術"],
    terms: [
      { term: "試験報告スキーム", mass: 2 },
      { term: "対象技術", mass: 2 },
      { term: "報告", mass: 1 },
    ],
    chunk: makeChunk({ docId: "deck", text }),
  });
  const shown = (text: string) => {
    const { chunk, ...rest } = options(text);
    return bestExcerpt([{ chunk, score: 10 }], rest)?.spans.flatMap((span) => span.lines);
  };

  it("is answered by the line under the title that gives the count, without the background lines between", () => {
    const lines = shown(
      [
        "試験報告スキームの対象技術追加",
        "- 技術は、一度移転すれば、管理の難易度が高くなる。",
        "- 移転に際して報告制度を設け、官民が対話する。",
        "- 報告の対象技術として、現在15技術を指定しており、新たに4技術を追加。",
      ].join("\n"),
    );
    expect(lines).toEqual([
      "試験報告スキームの対象技術追加",
      "- 報告の対象技術として、現在15技術を指定しており、新たに4技術を追加。",
    ]);
  });

  it("does not take the count of another topic under a sub-title for the title's", () => {
    const lines = shown(
      ["試験報告スキームの対象技術追加", "(2) その他の制度", "- 別の制度の対象技術として、12技術を指定。"].join("\n"),
    );
    expect(lines).not.toEqual(["試験報告スキームの対象技術追加", "- 別の制度の対象技術として、12技術を指定。"]);
  });
});

describe("a title over items", () => {
  const chunk = makeChunk({
    docId: "rules",
    text: [
      "II 規制試験機器の輸出等を行うに当たって遵守する基準",
      "- ① 組織の代表者を輸出管理の責任者とする。",
      "- ② 組織内の輸出管理体制を定めること。",
      "- ③ 該非確認に係る手続を定めること。",
      "- ④ 輸出管理の監査手続を定め、実施するよう努めること。",
    ].join("\n"),
  });
  // 「規制試験機器を輸出する会社は、遵守基準では輸出管理の責任者を誰に」: the title shares the most of the question.
  const options = {
    askedType: "definition" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    terms: [
      { term: "規制試験機器", mass: 4 },
      { term: "遵守", mass: 2 },
      { term: "基準", mass: 2 },
      { term: "輸出管理", mass: 1 },
      { term: "責任者", mass: 1 },
    ],
  };
  const shown = (focus: string[]) =>
    bestExcerpt([{ chunk, score: 10 }], { ...options, focus })?.spans.flatMap((span) => span.lines) ?? [];

  it("answers from the item that names what the title leaves out, not from the run of items after the title", () => {
    const lines = shown(["規制試験機器", "遵守基準", "輸出管理", "責任者"]);
    expect(lines).toContain("- ① 組織の代表者を輸出管理の責任者とする。");
    expect(lines).not.toContain("- ③ 該非確認に係る手続を定めること。");
  });

  it("keeps the run of items when the title says the whole topic", () => {
    expect(shown(["規制試験機器", "基準"])).toContain("- ③ 該非確認に係る手続を定めること。");
  });
});

describe("a ※ note listing the asked part of a list's item", () => {
  const chunk = makeChunk({
    docId: "deck",
    text: [
      "① 試験供給の強靱化",
      "- 11の試験物資※を指定。",
      "※試験省関係では、甲材、乙材、丙材、丁材の4つ(令和5年10月現在)",
      "- 令和4年度補正予算で約9,500億円を措置。",
    ].join("\n"),
  });
  const options = {
    askedType: "list" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験物資", "試験省"],
    terms: [
      { term: "試験物資", mass: 3 },
      { term: "試験省", mass: 2 },
    ],
  };
  const shown = (onlyPart: boolean) =>
    bestExcerpt([{ chunk, score: 10 }], { ...options, onlyPart })?.spans.flatMap((span) => span.lines) ?? [];

  it("answers with that note and its item, not the list's other items", () => {
    const lines = shown(true);
    expect(lines.join("\n")).toContain("甲材、乙材、丙材、丁材の4つ");
    expect(lines.join("\n")).not.toContain("補正予算");
  });

  it("keeps the whole list when another part of the question may need the rest of it", () => {
    expect(shown(false).join("\n")).toContain("補正予算");
  });
});

describe("a block an earlier part showed", () => {
  const pointing = makeChunk({
    docId: "deck",
    text: "試験管理の運用明確化\n- 居住者への試験提供であっても、下図のように、非居住者から強い影響を受けている状態(特定類型)に該当する場合は対象とする。\n従来\n制度見直し",
  });
  const items = makeChunk({
    docId: "deck",
    ordinal: 1,
    text: "見直し後\n- ① 外国の試験法人と契約を締結した者への提供\n- ② 経済的利益により支配下にある者への提供\n- ③ 外国の指示の下で行動する者への提供",
  });
  const options = {
    isBoilerplate: () => false,
    nextChunk: (chunk: Chunk) => (chunk === pointing ? items : undefined),
    focus: ["特定類型"],
    terms: [
      { term: "特定類型", mass: 3 },
      { term: "試験", mass: 1 },
    ],
    shown: new Set(passageLines(pointing, () => false).map((line) => line.folded)),
  };

  it("is read again for a list part when it points to items (「下図のように」) it did not show", () => {
    const lines = bestExcerpt([{ chunk: pointing, score: 10 }], { ...options, askedType: "list" })?.spans.flatMap(
      (span) => span.lines,
    );
    expect(lines).toContain("- ② 経済的利益により支配下にある者への提供");
  });

  it("is skipped for a part that asks for no list", () => {
    expect(bestExcerpt([{ chunk: pointing, score: 10 }], { ...options, askedType: "definition" })).toBeUndefined();
  });
});

describe("a yes/no question's block", () => {
  const chunk = makeChunk({
    docId: "deck",
    text: [
      "【試験報告制度の対象技術】",
      "- 技術は、一度移転すれば、管理の難易度が高くなる。",
      "- 重要技術の移転に際して、試験法に基づく報告制度を設け、これを端緒として官民が対話する。",
      "- 移転を止めることが目的ではなく、適切な管理を徹底することが目的。",
    ].join("\n"),
  });
  const options = {
    askedType: "yes-no" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験報告制度"],
    terms: [
      { term: "試験", mass: 1 },
      { term: "報告", mass: 2 },
      { term: "制度", mass: 1 },
      { term: "移転", mass: 1 },
    ],
  };

  it("shows the line that says no, though it shares fewer of the question's words", () => {
    const lines = bestExcerpt([{ chunk, score: 10 }], {
      ...options,
      verdict: { asksAbility: false, focus: ["試験報告制度"], predicate: "" },
    })?.spans.flatMap((span) => span.lines);
    expect(lines).toContain("- 移転を止めることが目的ではなく、適切な管理を徹底することが目的。");
    // Without a yes or no to give, the block's best lines stand alone.
    const plain = bestExcerpt([{ chunk, score: 10 }], options)?.spans.flatMap((span) => span.lines);
    expect(plain).not.toContain("- 移転を止めることが目的ではなく、適切な管理を徹底することが目的。");
  });
});

describe("defines", () => {
  const lines = passageLines(
    makeChunk({ docId: "deck", text: "- 試験クリアランスとは、重要情報に触れる者の信頼性を確認するルール。" }),
    () => false,
  );

  it("reads a line that defines the asked topic as the answer to a definition question", () => {
    expect(defines("definition", lines, ["試験クリアランス"], "試験政策の資料")).toBe(true);
    expect(defines("list", lines, ["試験クリアランス"], "試験政策の資料")).toBe(false);
  });

  it("reads a note glossing the term where it stands (「X（注：…）」) as its definition", () => {
    const glossed = passageLines(
      makeChunk({
        docId: "deck",
        text: "- 我が国の試験条件（注：輸出の試験指数を輸入の試験指数で割った指標）は、為替などで変動。",
      }),
      () => false,
    );
    expect(defines("definition", glossed, ["試験条件"], "試験政策の資料")).toBe(true);
    // 「参加できる企業の条件」 asks another topic's 条件: the note glosses the compound, not 条件.
    expect(defines("definition", glossed, ["条件"], "試験政策の資料")).toBe(false);
    const mentioned = passageLines(
      makeChunk({ docId: "deck", text: "(参考) 相手国別に見た、我が国の試験条件の変化" }),
      () => false,
    );
    expect(defines("definition", mentioned, ["試験条件"], "試験政策の資料")).toBe(false);
  });

  it("reads 「これらを総称して「X」と呼ぶ」 as a definition of X", () => {
    const named = passageLines(
      makeChunk({
        docId: "deck",
        text: "（※）例えば、文化保護等、必ずしも自由な試験を貫くことが適切でない分野もある。これらを総称して「非試験的関心事項」と呼ぶ。",
      }),
      () => false,
    );
    expect(defines("definition", named, ["非試験的関心事項"], "試験政策の資料")).toBe(true);
    const listed = passageLines(
      makeChunk({ docId: "deck", text: "- 昨今、①環境、②人権等の「非試験的関心事項」が注目されている。" }),
      () => false,
    );
    expect(defines("definition", listed, ["非試験的関心事項"], "試験政策の資料")).toBe(false);
  });

  it("does not read 「Xとは何かを示し」 as a definition of X", () => {
    const remark = passageLines(
      makeChunk({ docId: "minutes", text: "- 日本として試験安保とは何かを示し、概念の乱用を指摘していく。" }),
      () => false,
    );
    expect(defines("definition", remark, ["試験安保"], "議事要旨")).toBe(false);
  });

  it("does not, for a question tied to a named meeting the block is not from", () => {
    expect(defines("definition", lines, ["第5有識者会議", "試験クリアランス"], "試験政策の資料")).toBe(false);
    expect(defines("definition", lines, ["第5有識者会議", "試験クリアランス"], "第五回有識者会議 議事要旨")).toBe(true);
  });
});

describe("mentions", () => {
  it("finds most of a phrase's words said apart, but a numbered meeting or edition only with its own number", () => {
    expect(mentions("25/5/23 : 第7回試験会議 (計画再改訂)", "第7回試験会議")).toBe(true);
    expect(mentions("25/5/23 : 第7回試験会議 (計画再改訂)", "第8回試験会議")).toBe(false);
    expect(mentions("試験会議の第8回では", "第8回試験会議")).toBe(true);
    expect(mentions("試験制度の技術管理を強化", "試験技術管理制度")).toBe(true);
  });
});

describe("bestExcerpt: a later part's excerpt", () => {
  const base = { isBoilerplate: () => false, nextChunk: () => undefined, focus: [] };
  /** The lines quoted from a one-chunk passage of this text. */
  const quoted = (text: string, options: Pick<ExcerptOptions, "askedType" | "terms" | "laterPart">) =>
    bestExcerpt([{ chunk: makeChunk({ docId: "d", text }), score: 5 }], { ...base, ...options })?.spans[0]?.lines;

  it("adds no line for the words of an earlier part, which the earlier excerpt answers", () => {
    const text =
      "試験窓口の運用\n- 違反が見つかった場合は、速やかに大臣に報告する。\n- 試験責任者には組織の代表者を充てる。";
    const terms: WeightedTerm[] = [
      { term: "違反", mass: 1 },
      { term: "報告", mass: 1 },
      { term: "試験責任者", mass: 0.6, earlierPart: true },
      { term: "代表者", mass: 0.3, earlierPart: true },
    ];
    const lines = (laterPart: boolean) => quoted(text, { askedType: "procedure", terms, laterPart });
    expect(lines(true)).toEqual(["- 違反が見つかった場合は、速やかに大臣に報告する。"]);
    // Asked first, the same words make the line worth adding.
    expect(lines(false)).toContain("- 試験責任者には組織の代表者を充てる。");
  });

  it("answers 「施行日も」 with the line that gives the date, and keeps a further line only when it has a date too", () => {
    const text = "- 試験法を改正(2020年5月8日施行)。\n- 試験法の施行に合わせ、対象業種を告示で指定した。";
    const terms: WeightedTerm[] = [
      { term: "施行", mass: 1 },
      { term: "改正", mass: 1 },
      { term: "対象業種", mass: 0.4 },
    ];
    const lines = (written: string, laterPart: boolean) => quoted(written, { askedType: "date", terms, laterPart });
    expect(lines(text, true)).not.toContain("- 試験法の施行に合わせ、対象業種を告示で指定した。");
    expect(lines(text, false)).toContain("- 試験法の施行に合わせ、対象業種を告示で指定した。");
    const dated = text.replace("施行に合わせ", "施行に合わせ2021年4月から");
    expect(lines(dated, true)).toContain("- 試験法の施行に合わせ2021年4月から、対象業種を告示で指定した。");
  });

  it("quotes a line that gives the date asked without the items it goes on to introduce", () => {
    const text =
      "- 試験法を改正(2020年5月8日施行)。以下が改正の概要：\n- 試験業種を告示で指定。\n- 試験届出の対象を拡大。";
    const terms: WeightedTerm[] = [
      { term: "施行", mass: 1 },
      { term: "改正", mass: 1 },
    ];
    const lines = (askedType: "date" | "definition") => quoted(text, { askedType, terms });
    expect(lines("date")).toEqual(["- 試験法を改正(2020年5月8日施行)。以下が改正の概要："]);
    // Asked what the revision is, the items are the answer.
    expect(lines("definition")).toContain("- 試験業種を告示で指定。");
  });

  it("adds what a numbered title heads on all the question's words: the title alone is no answer", () => {
    const terms: WeightedTerm[] = [
      { term: "試験免除制度", mass: 1 },
      { term: "試験基準", mass: 1, earlierPart: true },
    ];
    const lines = quoted("1. 試験免除制度の導入\n- 事後報告により、免除の試験基準の遵守を担保", {
      askedType: "yes-no",
      terms,
      laterPart: true,
    });
    expect(lines).toContain("- 事後報告により、免除の試験基準の遵守を担保");
  });

  it("does not answer whether with a table of contents: the sentence on the asked chapter says it", () => {
    const contents = makeChunk({
      docId: "contents",
      text: [
        "試験指針(第1版)",
        "1 本指針の目的等",
        "第1章 試験拠点の海外進出に伴う試験流出への対策",
        "0 試験流出事例",
        "1 計画段階において取り組むべき事項",
        "第2章 人を通じた試験流出への対策",
      ].join("\n"),
    });
    const chapter = makeChunk({
      docId: "chapter",
      text: [
        "第2章が想定する試験流出のケース",
        "- 第2章では、役職員による試験情報の持ち出しへの対策を記載している。なお、正社員に限った議論ではなく、派遣従業員、退職者など広く想定している。",
      ].join("\n"),
    });
    const options = (askedType: "yes-no" | "definition") => ({
      askedType,
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      focus: ["試験指針", "人を通じた試験流出", "章", "正社員"],
      terms: [
        { term: "試験指針", mass: 1 },
        { term: "人を通じた試験流出", mass: 1 },
        { term: "第2章", mass: 1 },
        { term: "正社員", mass: 1 },
      ],
    });
    const passages = [
      { chunk: contents, score: 10 },
      { chunk: chapter, score: 9.5 },
    ];
    const lines = (askedType: "yes-no" | "definition") =>
      bestExcerpt(passages, options(askedType))
        ?.spans.flatMap((span) => span.lines)
        .join("\n") ?? "";
    expect(lines("yes-no")).toContain("派遣従業員、退職者");
    // Asked what the guide is, its contents still say it.
    expect(lines("definition")).toContain("第2章 人を通じた試験流出への対策");
  });

  it("answers what a timeline row of the asked month lists, not the background that dates other steps", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "minerals",
        text: [
          "試験鉱物:A国による輸出管理強化",
          "- A国は、2023年8月の試験石への措置を皮切りに、試験鉱物に対する輸出管理を強化。本年4月には、重試験土7種に対する輸出管理措置を実施。",
          "- 国内製造業に引き続き影響を及ぼしている。",
          "A国による輸出管理措置対象の鉱種",
          // Extracted from a slide's table, the rows run together on one line.
          "2023年8月ガリウム、ゲルマニウム2023年12月黒鉛2024年9月アンチモン2025年2月タングステン、テルル、ビスマス2025年4月テルビウム等7種",
        ].join("\n"),
      }),
    ]);
    const result = await answerer.answer({
      question: "A国の試験鉱物の輸出管理で、2025年2月に対象になった鉱種は何でしたか？",
    });
    expect(result.answer).toContain("タングステン、テルル、ビスマス");
    expect(result.answer).not.toContain("皮切りに");
  });

  it("dates a topic by the timeline entry that names it, not by another event that has it in brackets", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "timeline",
        text: [
          "これまでの経緯",
          "- 25/4/15 : 第6回試験会議",
          "- 25/5/23 : 第7回試験会議 (試験プラン再改訂)",
          "- 25/5/30 : 試験プラン再改訂",
          "- 25/11/20 : 第8回試験会議",
        ].join("\n"),
      }),
    ]);
    const result = await answerer.answer({ question: "試験プランの再改訂っていつ公表されました？" });
    expect(result.answer).toContain("25/5/30 : 試験プラン再改訂");
    expect(result.answer).not.toContain("25/5/23");
    const meeting = await answerer.answer({ question: "第7回試験会議はいつ開かれましたか？" });
    expect(meeting.answer).toContain("25/5/23");
  });

  it("answers 「どういう仕組み」 with the line that describes the mechanism (…する仕組み)", () => {
    const plan = makeChunk({
      docId: "plan",
      text: "試験出願の非公開制度について、必要なシステム整備を含め円滑な取組を進める。",
    });
    const law = makeChunk({
      docId: "law",
      text: "機微な発明の試験出願について、流出を防止するため、非公開とする保全指定をして公開を留保する仕組み、外国出願制限等を措置。",
    });
    const lines =
      bestExcerpt(
        [
          { chunk: plan, score: 10 },
          { chunk: law, score: 9.8 },
        ],
        {
          askedType: "definition",
          isBoilerplate: () => false,
          nextChunk: () => undefined,
          focus: ["試験出願", "非公開"],
          question: "試験出願の非公開制度って、ざっくりどういう仕組みなんでしょう?",
          terms: [
            { term: "試験出願", mass: 1 },
            { term: "非公開", mass: 1 },
            { term: "制度", mass: 0.5 },
            { term: "仕組み", mass: 0.5 },
          ],
        },
      )?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines.join("\n")).toContain("公開を留保する仕組み");
  });

  it("reads a month that is the document's own date as naming the meeting, not a timeline entry in it", () => {
    const minutes = makeChunk({
      docId: "minutes",
      kind: "minutes",
      date: "2024-10-01",
      text: [
        "第5回試験会議議事要旨",
        "- <日時>2024年10月1日(火)15:00-17:00",
        "- <場所>試験省本館",
        "",
        "主な意見",
        "- 試験薬については、原材料の多くを特定国に依存している。国産品が出回らない。",
      ].join("\n"),
    });
    const lines =
      bestExcerpt([{ chunk: minutes, score: 10 }], {
        askedType: "definition",
        isBoilerplate: () => false,
        nextChunk: () => undefined,
        focus: ["試験会議", "試験薬"],
        datedBy: [{ year: 2024, month: 10 }],
        terms: [
          { term: "試験会議", mass: 1 },
          { term: "試験薬", mass: 1.5 },
        ],
      })?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines.join("\n")).toContain("原材料の多くを特定国に依存");
    expect(lines.join("\n")).not.toContain("<日時>");
  });

  it("of lines that add the same words, adds the one that otherwise shares most with the question", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "timeline",
        text: [
          "- 試験インテリジェンスの強化を新たに打ち出し(24/10/01 : 第5回試験会議)",
          "- 25/4/15 : 第6回試験会議",
          "- 足下の地政学リスクの高まりを踏まえ、抜本的強化の必要性を議論",
          "- 25/5/23 : 第7回試験会議 (試験プラン再改訂)",
          "- 25/5/30 : 試験プラン再改訂",
          "- 25/11/20 : 第8回試験会議",
        ].join("\n"),
      }),
    ]);
    const result = await answerer.answer({
      question: "試験プランの再改訂っていつ公表されました？その前の試験会議の開催日もあわせて知りたいです。",
    });
    expect(result.answer).toContain("25/5/30 : 試験プラン再改訂");
    expect(result.answer).toContain("25/5/23 : 第7回試験会議");
    expect(result.answer).not.toContain("24/10/01");
    const english = await answerer.answer({
      question: "When was the 試験プラン revised for the second time, and which 試験会議 dealt with that revision?",
    });
    expect(english.answer).toContain("25/5/23");
  });

  it("answers a later part on its own words when it only repeats a word of an earlier part's topic (基準 of 遵守基準)", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "standards",
        ordinal: 0,
        text: [
          "II 試験規制品の輸出等を行うに当たって遵守する基準",
          "- ① 組織の代表者を試験管理の責任者とする。",
          "- ② 試験管理の体制を定めること。",
        ].join("\n"),
      }),
      makeChunk({
        docId: "overview",
        ordinal: 0,
        text: [
          "試験者等遵守基準の概要",
          "試験大臣は、基準に従い指導や助言、違反があった際には勧告・命令を行うことができる(命令に違反した場合のみ罰則の対象)",
        ].join("\n"),
      }),
    ]);
    const result = await answerer.answer({
      question:
        "試験者等遵守基準で、試験規制品を輸出する会社は誰を試験管理の責任者にしないといけない？基準に違反したらすぐ罰則がつくの？",
    });
    expect(result.answer).toContain("組織の代表者");
    expect(result.answer).toContain("命令に違反した場合のみ罰則の対象");
  });

  it("reads 「全体で何物資」 as the count of the earlier part's topic, which its excerpt gives", async () => {
    const answerer = await answererFor([
      makeChunk({
        docId: "supply",
        text: [
          "① 試験強靱化",
          "- 11の特定試験物資※を指定。",
          "※試験省関係では、半導体、蓄電池、クラウドの3つ",
          "- 令和4年度補正予算で約9,500億円を措置。",
        ].join("\n"),
      }),
    ]);
    const result = await answerer.answer({
      question:
        "特定試験物資のうち、試験省が所管しているものを全部挙げてもらえますか。全体で何物資が指定されているかも知りたいです。",
    });
    expect(result.answer).toContain("11の特定試験物資");
    expect(result.resolved).toBe(true);
  });
});

describe("a comparison's parallel items", () => {
  const options = {
    askedType: "comparison" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験自律性", "試験不可欠性"],
    terms: [
      { term: "試験自律性", mass: 3 },
      { term: "試験不可欠性", mass: 3 },
    ],
  };
  const slide = (lead: string) =>
    makeChunk({
      docId: "deck",
      ordinal: 1,
      text: [
        "日本としての試験政策",
        lead,
        "- 日本として「試験自律性」、「試験不可欠性」を強化",
        "- * 試験自律性:国民生活に不可欠な基盤を強靱化し、過度な依存を回避",
        "- * 試験不可欠性:国際社会にとって不可欠な分野を戦略的に拡大",
      ].join("\n"),
    });

  it("start at the first line that names a thing compared, not at the background line above it", () => {
    const chunk = slide("- 大国が産業政策や国境措置を強化し、官民への制約が強まる");
    const lines = bestExcerpt([{ chunk, score: 10 }], options)?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines).toContain("- * 試験自律性:国民生活に不可欠な基盤を強靱化し、過度な依存を回避");
    expect(lines.join("\n")).not.toContain("大国が産業政策");
  });

  it("keep a line above them that says how they differ", () => {
    const chunk = slide("- 両者は目的が異なる");
    const lines = bestExcerpt([{ chunk, score: 10 }], options)?.spans.flatMap((span) => span.lines) ?? [];
    expect(lines).toContain("- 両者は目的が異なる");
  });
});

describe("a remark that opens on the asked topic as its theme", () => {
  const options = {
    askedType: "list" as const,
    asksRemarks: true,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験薬品", "問題"],
    terms: [
      { term: "試験薬品", mass: 3 },
      { term: "問題", mass: 1 },
    ],
  };
  const passing = makeChunk({
    docId: "minutes",
    ordinal: 1,
    text: "- ▶ なぜ半導体で勝った日本が負けたのか、なぜ試験薬品で負けたのか、戦略上の問題の分析が必要。エネルギーの問題も避けられない。",
  });
  const themed = makeChunk({
    docId: "minutes",
    ordinal: 2,
    text: "- ➤ 試験薬品については、原材料の多くを特定国に依存している。国産品が出回らない。",
  });

  it("answers over a remark that names the topic in passing, though that one ranks higher", () => {
    const excerpt = bestExcerpt(
      [
        { chunk: passing, score: 10 },
        { chunk: themed, score: 7 },
      ],
      options,
    );
    expect(excerpt?.spans[0]?.chunk.chunkId).toBe(themed.chunkId);
  });
});

describe("a yes/no question's verdict", () => {
  const question = "新しく試験組織を作らないとダメですか？";
  const options = {
    askedType: "yes-no" as const,
    isBoilerplate: () => false,
    nextChunk: () => undefined,
    focus: ["試験組織"],
    terms: [
      { term: "試験組織", mass: 3 },
      { term: "新しい", mass: 1 },
      { term: "中小", mass: 2 },
    ],
    verdict: verdictAsked(question, ["試験組織"])!,
  };
  const remark = makeChunk({
    docId: "minutes",
    ordinal: 1,
    text: "- ▶ 中小はさらに課題がある。対策として試験組織の活用が考えられる。中小への支援も必要。",
  });
  const guideline = makeChunk({
    docId: "deck",
    ordinal: 2,
    text: "- 資源に限りがある場合、必ずしも新しい試験組織の設立を実行する必要はなく、既存の要員で対応する",
  });

  it("picks the block whose line says no to it over one that shares more of the question's words", () => {
    const excerpt = bestExcerpt(
      [
        { chunk: remark, score: 10 },
        { chunk: guideline, score: 7 },
      ],
      options,
    );
    expect(excerpt?.spans[0]?.chunk.chunkId).toBe(guideline.chunkId);
  });
});

describe("a sum asked as a total", () => {
  it("carries any sum of the topic for 「総額どれくらい」, which names no kind of value", () => {
    const chunk = makeChunk({
      docId: "deck",
      ordinal: 1,
      sectionPath: ["半導体産業支援策"],
      text: "半導体産業支援策\n- 試験法(2022年8月成立)\nー5年間で527億ドル(約7兆円)支援ー生産 + 研究開発促進",
    });
    const options = {
      askedType: "amount" as const,
      isBoilerplate: () => false,
      nextChunk: () => undefined,
      focus: ["試験法", "半導体支援", "総額", "枠"],
      terms: [
        { term: "試験法", mass: 3 },
        { term: "半導体", mass: 1 },
        { term: "支援", mass: 1 },
      ],
    };
    expect(bestExcerpt([{ chunk, score: 10 }], options)?.carries).toBe(true);
    // A named measure (出資額) still has to be the figure's.
    expect(bestExcerpt([{ chunk, score: 10 }], { ...options, focus: ["試験法", "出資額"] })?.carries).toBe(false);
  });
});
