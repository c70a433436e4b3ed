import { describe, expect, it } from "vitest";
import type { Excerpt } from "../../../rag/answer/excerpt.ts";
import { type EnglishReader, renderAnswer, renderPartial } from "../../../rag/answer/render-answer.ts";
import type { AskedType } from "../../../rag/types.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

const excerpt = (chunk: ReturnType<typeof makeChunk>, lines: string[]): Excerpt => ({
  passageRank: 0,
  spans: [{ chunk, lines }],
  coverage: 1,
  carries: true,
});

describe("renderAnswer", () => {
  it("shows items a slide ran into one line as one marked item each, every one with its [n]", () => {
    const chunk = makeChunk({ docId: "guidance", title: "試験ガイダンス", text: "" });
    const { answer } = renderAnswer(
      [excerpt(chunk, ["◆ 引き抜きによる転職 ◆ 転職そのものを制限する法令はない"])],
      "ja",
    );
    expect(answer.split("\n").slice(1)).toEqual(["- 引き抜きによる転職[1]", "- 転職そのものを制限する法令はない[1]"]);
  });

  it("puts the yes or no of a yes/no question before the lines that say it", () => {
    const chunk = makeChunk({ docId: "guidance", title: "試験ガイダンス", text: "" });
    const lines = ["本指針は、事業者に義務を課すものではない。"];
    const verdict = { says: "no" as const, line: lines[0]! };
    expect(renderAnswer([excerpt(chunk, lines)], "ja", ["yes-no"], verdict).answer.split("\n")).toEqual([
      "いいえ。ガイダンス[1]には、次のとおりあります。",
      "本指針は、事業者に義務を課すものではない。[1]",
    ]);
    expect(renderAnswer([excerpt(chunk, lines)], "en", ["yes-no"], verdict).answer).toMatch(
      /^No\[1\]\.\n\nAccording to /u,
    );
    // The number is that of the passage whose line says no, not of the first one quoted.
    const other = makeChunk({ docId: "casebook", title: "試験事例集", text: "" });
    const two = renderAnswer([excerpt(chunk, ["指針の背景"]), excerpt(other, lines)], "ja", ["yes-no"], verdict);
    expect(two.answer.split("\n")[0]).toBe("いいえ。資料[2]には次のとおりあります。");
    expect(renderAnswer([excerpt(chunk, lines)], "ja", ["yes-no"]).answer).toBe(
      "ガイダンス[1]には、次のとおりあります。\n本指針は、事業者に義務を課すものではない。[1]",
    );
  });

  it("says a later part's yes or no in English beside its words, unless the first part's already says it", () => {
    const chunk = makeChunk({ docId: "guidance", title: "試験ガイダンス", text: "" });
    const lines = ["試験ガイダンス(2025年5月)", "本指針は、事業者に義務を課すものではない。"];
    const later = { asked: "is it binding on companies", verdict: { says: "no" as const, line: lines[1]! } };
    const dated = renderAnswer([excerpt(chunk, lines)], "en", ["date", "yes-no"], undefined, "", undefined, undefined, [
      later,
    ]);
    expect(dated.answer).toContain("Is it binding on companies? No[1].");
    const asked = renderAnswer([excerpt(chunk, lines)], "en", ["yes-no"], later.verdict, "", undefined, undefined, [
      { ...later, asked: "Do companies have to follow it?" },
    ]);
    expect(asked.answer).not.toContain("Do companies have to follow it?");
    expect(asked.answer).toMatch(/^No\[1\]\./u);
  });

  it("reads a table's rows against the header row of an earlier span, and does not show that header again", () => {
    const header = "甲会議 (試験会議)\u3000乙会議\u3000丙会議";
    const top = makeChunk({
      docId: "deck",
      title: "試験資料",
      text: `表の題\n${header}\n2. 発足年\u30001978年\u30001985年\u30001996年`,
    });
    const next = makeChunk({
      docId: "deck2",
      title: "試験資料",
      text: "3. 参加国数\u300048か国\u300042か国\u300035か国",
    });
    const spans = [
      { chunk: top, lines: [header, "2. 発足年\u30001978年\u30001985年\u30001996年"] },
      { chunk: next, lines: ["3. 参加国数\u300048か国\u300042か国\u300035か国"] },
    ];
    const { answer } = renderAnswer([{ passageRank: 0, spans, coverage: 1, carries: true }], "ja");
    expect(answer.split("\n").slice(1)).toEqual([
      "2. 発足年: 甲会議 (試験会議) 1978年 / 乙会議 1985年 / 丙会議 1996年[1]",
      "3. 参加国数: 甲会議 (試験会議) 48か国 / 乙会議 42か国 / 丙会議 35か国[2]",
    ]);
  });

  it("reads an English answer's figures of a table row each with its column, equal values too", () => {
    const header = "甲会議 (試験会議)\u3000乙会議\u3000丙会議";
    const chunk = makeChunk({
      docId: "deck",
      title: "試験資料",
      text: `${header}\n3. 参加国数\u300048か国\u300042か国\u300042か国`,
    });
    const spans = [{ chunk, lines: ["3. 参加国数\u300048か国\u300042か国\u300042か国"] }];
    const { answer } = renderAnswer([{ passageRank: 0, spans, coverage: 1, carries: true }], "en", ["count"]);
    expect(answer.split("\n")[0]).toBe(
      "Key figures: 甲会議: 48 countries (48か国)[1]; 乙会議: 42 countries (42か国)[1]; 丙会議: 42 countries (42か国)[1].",
    );
  });

  it("introduces a Japanese quote by its source and date, and reads the title it opens with as its place", () => {
    const deck = makeChunk({
      docId: "deck",
      kind: "briefing",
      title: "試験資料",
      issuer: "試験省 試験政策課",
      date: "2024-02",
      sectionPath: ["試験対話(進捗報告)"],
      text: "",
    });
    const minutes = makeChunk({ docId: "minutes", kind: "minutes", issuer: "試験省", date: "2024-10-01", text: "" });
    const { answer } = renderAnswer(
      [
        excerpt(deck, ["試験対話(進捗報告)", "- まず14の団体と対話を実施。"]),
        excerpt(deck, ["【試験の今後】", "- 対話を広げる。"]),
        excerpt(minutes, ["12団体、総額約2兆円", "- 委員から意見があった。"]),
      ],
      "ja",
    );
    expect(answer.split("\n")).toEqual([
      "試験省の資料(2024年2月)の「試験対話(進捗報告)」[1]には、次のとおりあります。",
      "- まず14の団体と対話を実施。[1]",
      "",
      "同じ資料の「試験の今後」[1]には、次のとおりあります。",
      "- 対話を広げる。[1]",
      "",
      // A first line that states something is quoted as it is, not taken for a title.
      "試験省の議事要旨(2024年10月1日)[2]には、次のとおりあります。",
      "【12団体、総額約2兆円】[2]",
      "- 委員から意見があった。[2]",
    ]);
  });

  it("introduces a document once in English and gives one glossary line after the quotes", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const { answer, citations } = renderAnswer(
      [excerpt(chunk, ["25年1月 輸出管理の規則を公表"]), excerpt(chunk, ["25年5月 輸出管理の規則を撤廃"])],
      "en",
      [],
      undefined,
      "When was the rule on export control published and withdrawn?",
    );
    expect(answer.match(/According to/g)).toHaveLength(1);
    expect(answer.match(/^Terms:/gm)).toHaveLength(1);
    expect(answer).toContain("25年1月 輸出管理の規則を公表[1]");
    expect(answer).toContain("25年5月 輸出管理の規則を撤廃[1]");
    expect(citations).toHaveLength(1);
    const other = makeChunk({ docId: "minutes", kind: "minutes", title: "試験議事要旨", date: "2024-10-01", text: "" });
    const two = renderAnswer([excerpt(chunk, ["輸出管理の規則"]), excerpt(other, ["輸出管理の議論"])], "en").answer;
    expect(two.match(/^According to/gm)).toHaveLength(2);
    expect(two).toContain("According to the meeting minutes of 1 October 2024, quoted in Japanese:");
  });

  it("reads the titles a quote opens with as its place: a slide's title and the numbered sub-title under it", () => {
    const deck = makeChunk({ docId: "deck", kind: "briefing", issuer: "試験省", date: "2025-12-12", text: "" });
    const lines = (shown: string[]) => renderAnswer([excerpt(deck, shown)], "ja").answer.split("\n");
    expect(lines(["試験ガイドライン(案)の主な内容④", "(1)自律性確保の取組(一部抜粋)", "- 調達先を多様化する"])).toEqual(
      [
        "試験省の資料(2025年12月12日)の「試験ガイドライン(案)の主な内容④」の「(1)自律性確保の取組(一部抜粋)」[1]には、次のとおりあります。",
        "- 調達先を多様化する[1]",
      ],
    );
    expect(lines(["4. 試験出願の非公開「試験基本方針」(第5章第65条)", "保全指定をして公開を留保する仕組み。"])[0]).toBe(
      "試験省の資料(2025年12月12日)の「4. 試験出願の非公開「試験基本方針」(第5章第65条)」[1]には、次のとおりあります。",
    );
    const english = renderAnswer(
      [excerpt(deck, ["試験ガイドラインの主な内容", "(1)自律性確保", "- 調達先を多様化する"])],
      "en",
    );
    expect(english.answer).toContain(", under 「試験ガイドラインの主な内容」 › 「(1)自律性確保」, quoted in Japanese:");
    // A run of labels (two laws side by side), a table row and a label with its value are quoted, not made a place.
    expect(lines(["試験土地調査法", "試験推進法(令和4年成立)", "- 基幹インフラ"])[1]).toBe("試験土地調査法[1]");
    expect(lines(["③電解銅箔\u3000⑬正負極バインダ", "④試験材料"])[1]).toBe("③電解銅箔\u3000⑬正負極バインダ[1]");
    expect(lines(["根拠法:試験法232条", "鉄鋼・アルミの追加関税率は50%。"])[1]).toBe("根拠法:試験法232条[1]");
    // A box's label under the slide's title is the sub-title, not a line of its own.
    expect(
      lines(["試験対策指針(第1版)", "<第1章が想定する試験のケース>", "- 第1章では、海外拠点を想定している。"]),
    ).toEqual([
      "試験省の資料(2025年12月12日)の「試験対策指針(第1版)」の「第1章が想定する試験のケース」[1]には、次のとおりあります。",
      "- 第1章では、海外拠点を想定している。[1]",
    ]);
  });

  it("reads a numbered heading a quote opens with (「③ 人材流出」) as its place, not a figure (「① 12物資」)", () => {
    const deck = makeChunk({ docId: "deck", kind: "briefing", issuer: "試験省", date: "2024-02", text: "" });
    const heading = renderAnswer([excerpt(deck, ["③ 試験人材流出", "- 転職そのものを制限する法令はない"])], "ja");
    expect(heading.answer.split("\n")).toEqual([
      "試験省の資料(2024年2月)の「③ 試験人材流出」[1]には、次のとおりあります。",
      "- 転職そのものを制限する法令はない[1]",
    ]);
    const figure = renderAnswer([excerpt(deck, ["① 12物資", "- 総額約2.4兆円"])], "ja");
    expect(figure.answer.split("\n")[1]).toBe("① 12物資[1]");
  });

  it("gives a line the reader reads in English first, its Japanese beside it, and says 'quoted in Japanese' only of the rest", () => {
    const chunk = makeChunk({ docId: "deck", kind: "briefing", date: "2024-02", text: "" });
    const read = (line: string) => (line.includes("見直し") ? "Review of the test system" : undefined);
    const all = renderAnswer([excerpt(chunk, ["- 試験制度の見直し"])], "en", [], undefined, "", { read }).answer;
    expect(all.split("\n")).toEqual([
      "According to the briefing material of February 2024:",
      "- Review of the test system (「試験制度の見直し」)[1]",
    ]);
    const some = renderAnswer(
      [excerpt(chunk, ["- 試験制度の見直し", "- 試験の対話を広げる"])],
      "en",
      [],
      undefined,
      "",
      { read },
    ).answer.split("\n");
    expect(some[0]).toBe("According to the briefing material of February 2024, quoted in Japanese:");
    expect(some.slice(1)).toEqual(["- Review of the test system (「試験制度の見直し」)[1]", "- 試験の対話を広げる[1]"]);
    // A Japanese answer is never read.
    expect(
      renderAnswer([excerpt(chunk, ["- 試験制度の見直し"])], "ja", [], undefined, "", { read }).answer,
    ).not.toContain("Review");
  });

  it("gives a remark most of whose sentences read in English first, '…' where one is left out, its Japanese after", () => {
    const chunk = makeChunk({ docId: "deck", kind: "briefing", date: "2024-02", text: "" });
    const sentences = () => [
      { text: "試験が増える", english: undefined },
      {
        text: "米国は試験制度を財務省の下に置いている",
        english: "United States places the test regime under the treasury",
      },
      { text: "日本版の試験制度を検討すべき", english: "Should consider a Japanese test regime" },
    ];
    const line = "- 試験が増える。米国は試験制度を財務省の下に置いている。日本版の試験制度を検討すべき。";
    const answer = renderAnswer([excerpt(chunk, [line])], "en", [], undefined, "What about tests?", {
      read: () => undefined,
      keyWords: () => ["test", "treasury"],
      sentences,
    }).answer.split("\n");
    expect(answer[0]).toBe("According to the briefing material of February 2024:");
    expect(answer[1]).toBe(
      "- … United States places the test regime under the treasury. Should consider a Japanese test regime. (「試験が増える。米国は試験制度を財務省の下に置いている。日本版の試験制度を検討すべき。」)[1]",
    );
    expect(answer.join("\n")).not.toContain("key words");
  });

  it("gives the sentences of a remark that read in English, in quotes, and the key words of the rest", () => {
    const chunk = makeChunk({ docId: "deck", kind: "briefing", date: "2024-02", text: "" });
    const keyWords = (line: string) => (line.includes("輸出管理") ? ["test", "export control"] : ["test"]);
    const sentences = (line: string) =>
      line.includes("。")
        ? [
            { text: "試験の輸出管理はいろいろと増える", english: undefined },
            { text: "試験制度を検討すべき", english: "Should consider a test regime" },
          ]
        : undefined;
    const answer = renderAnswer(
      [excerpt(chunk, ["- 試験の輸出管理はいろいろと増える。試験制度を検討すべき。"])],
      "en",
      [],
      undefined,
      "What about export controls?",
      { read: () => undefined, keyWords, sentences },
    ).answer;
    expect(answer).toContain(
      '[1]\n  (in English, in part: "Should consider a test regime."; key words of the rest: test; export control)',
    );
    // A reading that already ends its sentence ("…, etc.") gets no second full stop.
    const etc = renderAnswer(
      [excerpt(chunk, ["- 試験の輸出管理はいろいろと増える。試験制度等を検討すべき。"])],
      "en",
      [],
      undefined,
      "What about export controls?",
      {
        read: () => undefined,
        keyWords,
        sentences: () => [
          { text: "試験の輸出管理はいろいろと増える", english: undefined },
          { text: "試験制度等を検討すべき", english: "Should consider test regimes, etc." },
        ],
      },
    ).answer;
    expect(etc).toContain('(in English, in part: "Should consider test regimes, etc."; key words');
    // A line of one sentence keeps its key words.
    const one = renderAnswer(
      [excerpt(chunk, ["- 試験の輸出管理を広げる"])],
      "en",
      [],
      undefined,
      "What about export controls?",
      { read: () => undefined, keyWords, sentences },
    ).answer;
    expect(one).toContain("(key words: test; export control)");
  });

  it("follows a Japanese line of an English answer with the English of the terms it names, and then needs no glossary", () => {
    const chunk = makeChunk({ docId: "deck", kind: "briefing", date: "2024-02", text: "" });
    const keyWords = (line: string) => (line.includes("輸出管理") ? ["test", "export control"] : ["test"]);
    const readsReview = (line: string) => (line.includes("見直し") ? "Review of the test system" : undefined);
    const english = (lines: string[], reading: EnglishReader) =>
      renderAnswer([excerpt(chunk, lines)], "en", [], undefined, "What about export controls?", reading).answer;
    const lines = english(["- 試験の輸出管理を広げる", "- 試験を行う"], { read: () => undefined, keyWords }).split(
      "\n",
    );
    expect(lines.slice(1)).toEqual([
      "- 試験の輸出管理を広げる[1]",
      "  (key words: test; export control)",
      "- 試験を行う[1]",
    ]);
    // Without key words the quote keeps its glossary of the asked terms.
    expect(english(["- 試験の輸出管理を広げる"], { read: () => undefined })).toContain(
      "Terms: 輸出管理 = export controls",
    );
    expect(lines.join("\n")).not.toContain("Terms:");
    // Beside a line read in English, a long line left in Japanese gets its key words too, as a short item does.
    const long = "試験の輸出管理を、国内外の試験機関と連携しつつ、段階的かつ計画的に広げていくことが求められる。";
    expect(english([long, "- 試験制度の見直し"], { read: readsReview, keyWords })).toContain(
      `${long}[1]\n  (key words: test; export control)`,
    );
    expect(english(["- 試験の輸出管理を広げる", "- 試験制度の見直し"], { read: readsReview, keyWords })).toContain(
      "- 試験の輸出管理を広げる[1]\n  (key words: test; export control)",
    );
    // A numbered item left in Japanese beside one read in English keeps its key words, however long.
    const numbered = english([`- ① ${long}`, "- ② 試験制度の見直し"], { read: readsReview, keyWords });
    expect(numbered).toContain(`- ① ${long}[1]\n  (key words: test; export control)`);
    // Under a title, the title itself gets none.
    const titled = english(["【試験の輸出管理】", "- 試験の輸出管理を広げる"], { read: () => undefined, keyWords });
    expect(titled.match(/key words/gu)).toHaveLength(1);
    // A partial answer quotes where to look, not an answer to read.
    const partial = renderPartial(
      [excerpt(chunk, ["- 試験の輸出管理を広げる"])],
      [{ part: "When?", askedType: "date", focus: "" }],
      "en",
      ["date"],
      "When are export controls widened?",
      { read: () => undefined, keyWords },
    ).answer;
    expect(partial).toContain("試験の輸出管理を広げる");
    expect(partial).not.toContain("key words");
  });

  it("goes on under the quote before it with a further quote from the same place, with no blank line between", () => {
    const chunk = makeChunk({ docId: "deck", text: "" });
    const other = makeChunk({ docId: "minutes", text: "" });
    const { answer } = renderAnswer(
      [
        excerpt(chunk, ["- 19の試験を特定。"]),
        excerpt(chunk, ["- 計2,500億円を措置。"]),
        excerpt(other, ["委員の意見。"]),
      ],
      "ja",
    );
    expect(answer.split("\n").slice(1)).toEqual([
      "- 19の試験を特定。[1]",
      "- 計2,500億円を措置。[1]",
      "",
      "ガイダンス[2]には、次のとおりあります。",
      "委員の意見。[2]",
    ]);
  });

  it("names the section title an English quote opens with in its frame, not as a Japanese line of its own", () => {
    const chunk = makeChunk({ docId: "deck", kind: "briefing", date: "2024-02", sectionPath: ["試験対話"], text: "" });
    const { answer } = renderAnswer(
      [
        excerpt(chunk, ["試験対話", "- まず14の団体と対話を実施。"]),
        excerpt(chunk, ["【試験の今後】", "- 対話を広げる。"]),
      ],
      "en",
    );
    expect(answer.split("\n")).toEqual([
      "According to the briefing material of February 2024, under 「試験対話」, quoted in Japanese:",
      "- まず14の団体と対話を実施。[1]",
      "",
      "Under 「試験の今後」 in the same document, quoted in Japanese:",
      "- 対話を広げる。[1]",
    ]);
  });

  it("gives the section's title in English too when every title reads whole", () => {
    const chunk = makeChunk({ docId: "deck", kind: "briefing", date: "2024-02", sectionPath: ["試験対話"], text: "" });
    const read = (line: string) => (line === "試験対話" ? "Test dialogue" : undefined);
    const { answer } = renderAnswer(
      [
        excerpt(chunk, ["試験対話", "- まず14の団体と対話を実施。"]),
        excerpt(chunk, ["【試験の今後】", "- 対話を広げる。"]),
      ],
      "en",
      [],
      undefined,
      "What about the test dialogue?",
      { read },
    );
    expect(answer).toContain(
      'According to the briefing material of February 2024, under "Test dialogue" (「試験対話」), quoted in Japanese:',
    );
    // A title the glossaries do not read stays in Japanese alone.
    expect(answer).toContain("Under 「試験の今後」 in the same document, quoted in Japanese:");
  });

  it("leads an English answer with the asked figures read in English and their sources, never a Japanese one", () => {
    const chunk = makeChunk({ docId: "law", title: "試験法", text: "" });
    const other = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const excerpts = [
      excerpt(chunk, ["試験法の成立(2022年5月11日)"]),
      excerpt(other, ["試験計画は2024年2月に改訂し、2030年までに達成"]),
    ];
    const english = renderAnswer(excerpts, "en", ["date"]).answer.split("\n\n");
    // The first excerpt's figures lead; another excerpt's are read after the quotes, since they may answer less.
    expect(english[0]).toBe("Key figures: 11 May 2022 (2022年5月11日)[1].");
    expect(english).toContain("Figures: February 2024 (2024年2月)[2].");
    // A year alone is read too when it leads: it may be the asked value.
    expect(renderAnswer(excerpts.slice(1), "en", ["date"]).answer.split("\n\n")[0]).toBe(
      "Key figures: February 2024 (2024年2月)[1]; 2030 (2030年)[1].",
    );
    expect(english[1]).toMatch(/^According to .*\n試験法の成立\(2022年5月11日\)\[1\]$/u);
    expect(renderAnswer(excerpts, "ja", ["date"]).answer).not.toContain("figures");
    expect(renderAnswer(excerpts, "en", ["definition"]).answer).not.toContain("figures");
  });

  it("reads the asked figures out first even above a quote the reader gives in English, one line or several", () => {
    const chunk = makeChunk({ docId: "law", title: "試験法", text: "" });
    const read = (line: string) =>
      line.startsWith("試験法の成立") ? "Enactment of the test act (11 May 2022)" : undefined;
    const whole = renderAnswer([excerpt(chunk, ["試験法の成立(2022年5月11日)"])], "en", ["date"], undefined, "", {
      read,
    });
    // Paired readers preferred the value asked before the sentence it stands in.
    expect(whole.answer).toMatch(/^Key figures: 11 May 2022/u);
    expect(whole.answer).toContain("Enactment of the test act (11 May 2022) (「試験法の成立(2022年5月11日)」)[1]");
    // A quote with one line still in Japanese keeps the lead.
    const mixed = renderAnswer(
      [excerpt(chunk, ["試験法の成立(2022年5月11日)", "試験法は2024年2月に改正"])],
      "en",
      ["date"],
      undefined,
      "",
      { read },
    );
    expect(mixed.answer).toMatch(/^Key figures: 11 May 2022/u);
    // So does a quote of several lines all read in English: the date asked may be lines down.
    const readAll = (line: string) =>
      read(line) ?? (line.startsWith("試験法は") ? "The test act was amended" : undefined);
    const several = renderAnswer(
      [excerpt(chunk, ["試験法は改正された", "試験法の成立(2022年5月11日)"])],
      "en",
      ["date"],
      undefined,
      "",
      { read: readAll },
    );
    expect(several.answer).toMatch(/^Key figures: 11 May 2022/u);
  });

  it("reads for a 'what' question the sums and counts its words stand beside in the first excerpt, not dates or others", () => {
    const plan = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const other = makeChunk({ docId: "other", title: "試験資料", text: "" });
    const excerpts = [
      excerpt(plan, ["骨太方針2023において「対内直接投資残高を2030年に100兆円とする目標の早期実現」を掲げた。"]),
      excerpt(other, ["対内直接投資残高の目標とは別に、試験事業に3,000億円を措置。"]),
    ];
    const question = "What is the government's target for the inward FDI stock?";
    const english = renderAnswer(excerpts, "en", ["definition"], undefined, question).answer.split("\n\n");
    expect(english[0]).toBe("Key figures: ¥100 trillion (100兆円)[1].");
    expect(english.join("\n")).not.toMatch(/Figures:|2030 \(/u);
    // A sum no word of the question stands beside is not read.
    const unasked = renderAnswer(excerpts, "en", ["definition"], undefined, "What does the plan say?").answer;
    expect(unasked).not.toContain("figures");
    // A list question is answered by the items, not by the count beside its words.
    const goods = makeChunk({ docId: "goods", title: "試験資料", text: "" });
    const listed = renderAnswer(
      [excerpt(goods, ["11の特定重要物資を指定。", "試験省関係では、半導体、蓄電池の2つ"])],
      "en",
      ["list"],
      undefined,
      "Which of the specified critical products fall under the ministry?",
    ).answer;
    expect(listed).not.toContain("Key figures");
    // A sum beside its words still leads.
    const budgeted = renderAnswer(
      [
        excerpt(goods, [
          "11の特定重要物資を指定。",
          "試験省関係では、半導体、蓄電池の2つ",
          "補正予算で約9,500億円を措置。",
        ]),
      ],
      "en",
      ["list"],
      undefined,
      "Which of the specified critical products fall under the ministry, and what supplementary budget was set aside?",
    ).answer;
    expect(budgeted.split("\n")[0]).toBe("Key figures: about ¥950 billion (約9,500億円)[1].");
  });

  it("names what each figure dates when the quote brackets it after a name, in the asker's English where it was asked", () => {
    const chunk = makeChunk({ docId: "law", title: "試験資料", text: "" });
    const lines = ["「試験調査法」(2021年6月)や、「経済安全保障推進法」(2022年5月)等を整備した。"];
    const { answer } = renderAnswer(
      [excerpt(chunk, lines)],
      "en",
      ["date"],
      undefined,
      "When were the Economic Security Promotion Act and the survey act enacted?",
    );
    expect(answer.split("\n\n")[0]).toBe(
      "Key figures: 「試験調査法」 — June 2021 (2021年6月)[1]; Economic Security Promotion Act — May 2022 (2022年5月)[1].",
    );
    // A bracket after a figure converts it: the unit is no name.
    const money = renderAnswer([excerpt(chunk, ["試験支援に527億ドル(約7兆円)を措置。"])], "en", ["amount"]).answer;
    expect(money.split("\n\n")[0]).toBe("Key figures: $52.7 billion (527億ドル)[1]; about ¥7 trillion (約7兆円)[1].");
  });

  it("leads with the named law's bracketed date, not the date of another law a heading line names", () => {
    const chunk = makeChunk({ docId: "law", title: "試験資料", text: "" });
    const lines = ["試験推進法(令和4年成立)", "「不正競争防止法」(2025年5月)において、試験事業者の連携を強化"];
    const question = "When was the Unfair Competition Prevention Act passed?";
    const { answer } = renderAnswer([excerpt(chunk, lines)], "en", ["date"], undefined, question);
    expect(answer.split("\n\n")[0]).toBe("Key figures: Unfair Competition Prevention Act — May 2025 (2025年5月)[1].");
  });

  it("reads a partial answer's figures after its quotes, not as its lead: they may not be the ones asked", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const { answer } = renderPartial(
      [excerpt(chunk, ["試験計画は2024年2月に改訂"])],
      [{ part: "When is the second edition due?", askedType: "date", focus: "" }],
      "en",
      ["date"],
    );
    const blocks = answer.split("\n\n");
    expect(blocks[0]).toMatch(/^The documents say the following\.\nAccording to /u);
    expect(blocks[1]).toBe("Figures: February 2024 (2024年2月)[1].");
    expect(answer).not.toContain("Key figures");
  });

  it("lists near-equal passages among the citations without a line about them", () => {
    const chunk = makeChunk({ docId: "a", text: "" });
    const others = [makeChunk({ docId: "b", text: "" }), makeChunk({ docId: "c", text: "" })];
    const { answer, citations } = renderAnswer(
      [{ ...excerpt(chunk, ["試験制度は審査を行う。"]), alsoSee: others }],
      "ja",
    );
    expect(answer).toBe("ガイダンス[1]には、次のとおりあります。\n試験制度は審査を行う。[1]");
    expect(citations.map((citation) => citation.docId)).toEqual(["a", "b", "c"]);
  });

  it("reads a quoted list's items in English under the quote, with its [n], when the glossaries name them all", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const { answer } = renderAnswer([excerpt(chunk, ["試験関係では、半導体、蓄電池、天然ガスの3つ"])], "en", ["list"]);
    expect(answer.split("\n")).toContain("In English: semiconductors; batteries; natural gas[1].");
    expect(renderAnswer([excerpt(chunk, ["試験関係では、半導体、蓄電池、天然ガスの3つ"])], "ja").answer).not.toMatch(
      /In English/u,
    );
  });

  it("reads in English the figures beside the question's words, not the date of something else on the line", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const line =
      "「対内直接投資残高を2030年に100兆円とする目標の早期実現」を掲げ、「試験プラン」(令和5年4月26日、試験会議決定)に基づき取り組む。";
    const { answer } = renderAnswer(
      [excerpt(chunk, [line])],
      "en",
      ["date"],
      undefined,
      "What is the target for inward FDI stock, and by when?",
    );
    // "What is the target …, and by when?" asks the sum as well as its year.
    expect(answer).toMatch(/^Key figures: 2030 \(2030年\)\[1\]; ¥100 trillion \(100兆円\)\[1\]\./mu);
    expect(answer).not.toMatch(/26 April 2023/u);
    // "What year…" asks only the year.
    const year = renderAnswer(
      [excerpt(chunk, [line])],
      "en",
      ["date"],
      undefined,
      "What year is the target for inward FDI stock set for?",
    );
    expect(year.answer).toMatch(/^Key figures: 2030 \(2030年\)\[1\]/mu);
    expect(year.answer).not.toContain("100 trillion");
  });

  it("glosses in the Terms line the quote's terms that the English question asked about", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const quote = "技術流出対策として輸出管理を強化する。";
    const { answer } = renderAnswer(
      [excerpt(chunk, [quote])],
      "en",
      ["definition"],
      undefined,
      "What about export controls?",
    );
    expect(answer).toMatch(/Terms: 輸出管理 = export controls\./u);
    expect(answer).not.toMatch(/技術流出 =/u);
    expect(renderAnswer([excerpt(chunk, [quote])], "ja", [], undefined, "輸出管理は？").answer).not.toMatch(/Terms/u);
  });
});

describe("renderAnswer in English, around quotes given in English", () => {
  const chunk = makeChunk({ docId: "plan", kind: "briefing", date: "2025-12", title: "試験計画", text: "" });
  const english: Record<string, string> = {
    今後の試験予定: "Future test schedule",
    "11月26日に輸出管理の意見募集を開始": "Start public comment on export controls on 26 November",
    試験の輸出管理を強化: "Strengthen export controls of tests",
    "2026年4月1日に輸出管理を見直し": "Review export controls on 1 April 2026",
  };
  const reading: EnglishReader = { read: (line) => english[line.replace(/^- /u, "")] };
  const question = "When does the public comment on export controls start?";

  it("glosses no term of a title read as the quote's place, nor of a line shown in English without its slide mark", () => {
    const { answer } = renderAnswer(
      [excerpt(chunk, ["<今後の試験予定>", "- ▶ 11月26日に輸出管理の意見募集を開始"])],
      "en",
      ["date"],
      undefined,
      question,
      reading,
    );
    expect(answer).toContain('under "Future test schedule"');
    expect(answer).toContain("Start public comment on export controls on 26 November");
    expect(answer).not.toContain("Terms:");
    // A line left in Japanese still gets its glossary.
    const unread = renderAnswer(
      [excerpt(chunk, ["<今後の試験予定>", "- 11月26日に輸出管理の意見募集を開始する方向で調整"])],
      "en",
      ["date"],
      undefined,
      question,
      reading,
    );
    expect(unread.answer).toMatch(/^Terms: .*輸出管理 = export controls/mu);
  });

  it("lists after the quotes no figure of a later line given in English, and still one of a line left in Japanese", () => {
    const other = makeChunk({ docId: "law", title: "試験法", text: "" });
    const render = (later: string) =>
      renderAnswer(
        [excerpt(chunk, ["- 11月26日に輸出管理の意見募集を開始"]), excerpt(other, [later])],
        "en",
        ["date"],
        undefined,
        question,
        reading,
      ).answer;
    expect(render("2026年4月1日に輸出管理を見直し")).not.toContain("Figures:");
    expect(render("2026年4月1日に輸出管理を抜本的に見直す方針")).toContain("Figures: 1 April 2026 (2026年4月1日)[2].");
  });
});

describe("renderPartial", () => {
  it("says a quoted value could not be tied to the topic, a cited one could not be confirmed, and a lacking one is not in the documents", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const gap = (unconfirmed?: "quoted" | "cited") =>
      renderPartial(
        [excerpt(chunk, ["試験計画を2024年5月に公表"])],
        [{ part: "試験審査はいつ?", askedType: "date", focus: "試験審査", ...(unconfirmed ? { unconfirmed } : {}) }],
        "ja",
      ).answer;
    expect(gap("quoted")).toContain(
      "引用した箇所には時期・日付の記載がありますが、ご質問の「試験審査」についてのものかは確認できませんでした。",
    );
    expect(gap("cited")).toContain("ご質問の「試験審査」の時期・日付は、引用した箇所からは確認できませんでした。");
    expect(gap()).toContain("ご質問の「試験審査」の時期・日付については、資料に記載がありません。");
  });

  it("names a topic that is itself the missing point once (「様式」, not 「様式」の様式)", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const gap = (part: string, askedType: AskedType, focus: string) =>
      renderPartial([excerpt(chunk, ["試験計画を2024年5月に公表"])], [{ part, askedType, focus }], "ja").answer;
    expect(gap("様式も知りたい", "procedure", "様式")).toContain(
      "ご質問の「様式」については、資料に記載がありません。",
    );
    // A topic that ends in a word of the asked kind (率, 期間) names the point too: no 「…補助率」の割合・率.
    expect(gap("試験社の補助率は?", "amount", "試験社の補助率")).toContain(
      "ご質問の「試験社の補助率」については、資料に記載がありません。",
    );
    // An amount's name does not say how it is calculated: that label stays.
    expect(gap("補償額はどうやって計算される?", "procedure", "補償額")).toContain(
      "ご質問の「補償額」の算定方法については、資料に記載がありません。",
    );
  });

  it("names the part of a several-part English question by its first words, and pastes back no one-part question", () => {
    const chunk = makeChunk({ docId: "plan", title: "試験計画", text: "" });
    const answer = (part: string, named = true) =>
      renderPartial(
        [excerpt(chunk, ["試験計画を2024年5月に公表"])],
        [{ part, named, askedType: "date", focus: "" }],
        "en",
      ).answer;
    expect(answer("When did it start?")).toContain(
      'On "When did it start?": the documents do not state the date or period.',
    );
    expect(answer("Who chairs it?", false)).toContain("\nThe documents do not state the person.\n");
    const long = answer(
      "According to the February 2024 briefing deck, when did the national test review scheme begin operating in practice?",
    );
    expect(long).toContain('On "According to the February 2024 briefing deck, when …": the documents');
  });
});
