import { describe, expect, it } from "vitest";
import {
  baseForms,
  buildEnglishLexicon,
  englishLexicon,
  numberWordsAsDigits,
  vocabularyEnglish,
} from "../../../rag/retrieve/english-lexicon.ts";
import { translateEnglishQuery } from "../../../rag/retrieve/query-analyzer.ts";

describe("buildEnglishLexicon", () => {
  const lexicon = buildEnglishLexicon(
    { "test scheme": ["試験制度"], security: ["安全保障"] },
    {
      保障: ["security", "guarantee"],
      セキュリティ: ["security"],
      安全: ["safety", "security"],
      試験: ["test", "tests", "testing"],
      試験管理: ["test management", "test"],
      "2024年5月1日": ["2024"],
      米国: ["united states"],
      何: ["what"],
    },
  );

  it("puts the hand-written glossary first, then the term the phrase translates most directly, at most two", () => {
    expect(lexicon.lookup("security")).toEqual(["安全保障", "保障"]);
    expect(lexicon.lookup("test")).toEqual(["試験", "試験管理"]);
    expect(lexicon.lookup("test scheme")).toEqual(["試験制度"]);
    expect(lexicon.longestPhrase).toBe(2);
  });

  it("finds a phrase of content words by its words' base forms, never one with a function word", () => {
    const inflected = buildEnglishLexicon(
      {},
      { 転職: ["changing jobs"], 次第: ["depending on"], 依存: ["depend"], 変化: ["change"], 仕事: ["job"] },
    );
    expect(inflected.lookup("change jobs")).toEqual(["転職"]);
    expect(inflected.lookup("changed job")).toEqual(["転職"]);
    // "depending on" (次第) is not what "depend on" says.
    expect(inflected.lookup("depend on")).toEqual([]);
    expect(inflected.lookup("depend")).toEqual(["依存"]);
  });

  it("looks up no phrase made of words that carry no topic", () => {
    const phrases = buildEnglishLexicon({}, { 応じる: ["according to", "respond"], 基づく: ["based on"] });
    expect(phrases.lookup("according to")).toEqual([]);
    expect(phrases.lookup("based on")).toEqual(["基づく"]);
  });

  it("leaves out a term cut from the text with markup or a run-on English word", () => {
    const cut = buildEnglishLexicon(
      {},
      { 自律open: ["autonomy", "open"], 自律: ["self-rule", "autonomy"], "武器</u": ["weapons"], 武器: ["arms"] },
    );
    expect(cut.lookup("autonomy")).toEqual(["自律"]);
    expect(cut.lookup("open")).toEqual([]);
    expect(cut.lookup("weapons")).toEqual([]);
  });

  it("reads a hyphenated phrase the glossary writes with a space", () => {
    expect(lexicon.lookup("test-scheme")).toEqual(["試験制度"]);
    expect(lexicon.lookup("test-free")).toEqual([]);
  });

  it("never maps a stop word or a figure of one document", () => {
    expect(lexicon.lookup("what")).toEqual([]);
    // What "triggers" a duty is said by the duty's own words; 引き金 is no word of the documents'.
    expect(lexicon.lookup("trigger")).toEqual([]);
    // Filing a notification is said by the notification (届出, 報告); 出願 is a patent's filing.
    expect(translateEnglishQuery("Does a foreign investor need to file prior notification?").japanese).not.toContain(
      "出願",
    );
    expect(translateEnglishQuery("What shareholding triggers prior notification?").japanese).not.toContain("引き金");
    expect(lexicon.lookup("2024")).toEqual([]);
    expect(lexicon.lookup("united states")).toEqual(["米国"]);
  });

  it("translates through phrases, base forms and ordinals, and joins adjacent nouns into compounds", () => {
    const translated = translateEnglishQuery("When did the 2nd test scheme (security tests) start testing?", lexicon);
    expect(translated.japanese).toEqual(["第2", "試験制度", "安全保障", "試験", "試験"]);
    expect(translated.alternates).toEqual(["保障"]);
    // Punctuation ends a compound; a verb form (testing) is searched but never part of one.
    expect(translated.compounds).toEqual(["第2試験制度", "安全保障試験"]);
    expect(translated.leftover).toEqual(["start"]);
  });
});

it("ranks a frequent word ahead of a rare compound that lists the phrase first", () => {
  // The vocabulary lists frequent words first.
  const lexicon = buildEnglishLexicon(
    {},
    {
      企業: ["company", "companies"],
      安全: ["safety"],
      保障: ["guarantee"],
      試験: ["test"],
      企業各社: ["companies"],
    },
  );
  expect(lexicon.lookup("companies")).toEqual(["企業", "企業各社"]);
});

describe("baseForms", () => {
  it("offers the base forms of plurals, past tenses and gerunds", () => {
    expect(baseForms("subsidies")).toContain("subsidy");
    expect(baseForms("sanctioned")).toContain("sanction");
    expect(baseForms("licensing")).toContain("license");
    expect(baseForms("process")).toEqual([]);
  });

  it("offers the adjective a quality is named for", () => {
    expect(baseForms("indispensability")).toContain("indispensable");
    expect(baseForms("vulnerability")).toContain("vulnerable");
  });
});

describe("englishLexicon", () => {
  it("knows the documents' vocabulary beyond the hand-written glossary", () => {
    const lexicon = englishLexicon();
    expect(lexicon.lookup("acquisition")).toContain("買収");
    expect(lexicon.lookup("mofcom")).toContain("商務部");
  });

  it("reads 'share' as a shareholding and 'threshold' as 閾値, as investment screening uses them", () => {
    const translated = translateEnglishQuery("What is the share threshold for prior notification?");
    expect(translated.japanese).toEqual(expect.arrayContaining(["株式", "閾値"]));
  });

  it("reads 'briefing' as the document (資料), not a press conference or a report", () => {
    expect(englishLexicon().lookup("briefing")[0]).toBe("資料");
    expect(englishLexicon().lookup("briefing")).not.toContain("報告");
  });

  it("searches nothing for 'according to' or its words: they say where to read", () => {
    const translated = translateEnglishQuery("How many products were designated according to the briefing?");
    expect(translated.japanese).not.toEqual(expect.arrayContaining(["協定"]));
    expect(translated.japanese).not.toEqual(expect.arrayContaining(["応じる"]));
    expect(translated.japanese).toEqual(expect.arrayContaining(["指定"]));
  });

  it("reads 'rate' as the documents' 税率 or 率, not a price or an exchange rate, and 'figure' as a number", () => {
    const lexicon = englishLexicon();
    expect(lexicon.lookup("rate")).toEqual(["税率", "率"]);
    expect(lexicon.lookup("rate")).not.toContain("レート");
    // Other words of the asking, in the sense a question uses them.
    expect(lexicon.lookup("deadline")).toContain("期限");
    expect(lexicon.lookup("figure")).not.toContain("人物");
    expect(lexicon.lookup("examples")).toContain("事例");
  });

  it("reads the particle of a phrasal verb as no word of the topic ('bring up', 'set up' are not アップ)", () => {
    const translated = translateEnglishQuery(
      "Did anyone bring up a Japanese version of CFIUS? Must we set up a new unit?",
    );
    expect(translated.japanese).not.toContain("アップ");
    expect(translated.japanese).toContain("日本版");
  });

  it("searches a month but never makes it part of the topic", () => {
    const translated = translateEnglishQuery("What did the December briefing say about subsidies?");
    expect(translated.japanese).toContain("12月");
    expect(translated.compounds.some((compound) => compound.includes("12月"))).toBe(false);
  });
});

describe("numberWordsAsDigits", () => {
  it("writes counts in digits, as the documents do, but leaves 'one' a word", () => {
    expect(numberWordsAsDigits("the Three principles and twelve goods")).toBe("the 3 principles and 12 goods");
    expect(numberWordsAsDigits("one of the tenets")).toBe("one of the tenets");
  });
});

describe("the hand-written glossary", () => {
  it("names the patent non-disclosure system as most documents do (特許出願非公開)", () => {
    expect(translateEnglishQuery("how does the patent non-disclosure system work").japanese[0]).toBe("特許出願非公開");
  });

  it("names a law's pillars 柱 and a deemed export みなし輸出, as the documents do", () => {
    expect(translateEnglishQuery("What are the 4 pillars of the act?").japanese).toContain("柱");
    expect(translateEnglishQuery("What are the 4 pillars of the act?").japanese).not.toContain("支柱");
    expect(translateEnglishQuery("When did the deemed export rules change?").japanese).toContain("みなし輸出");
  });

  it("names the second revision 再改訂, as the documents do, not 第2改訂", () => {
    const { japanese } = translateEnglishQuery("When was the second revision of the action plan published?");
    expect(japanese).toContain("再改訂");
    // Asked with the verb, it is the same revision.
    expect(translateEnglishQuery("When was the action plan revised for the second time?").japanese).toContain("再改訂");
    expect(japanese).not.toContain("第2");
  });

  it("reads being penalized or punished as the documents' penalty (罰則)", () => {
    const asked = "If an exporter misses the standards, are they penalized right away?";
    expect(translateEnglishQuery(asked).japanese).toContain("罰則");
    expect(translateEnglishQuery("Would the company be punished?").japanese).toContain("罰則");
  });

  it("reads a cost charged to a budget as spent from it (支出, 計上), not a charge in court", () => {
    const { japanese, alternates } = translateEnglishQuery("Can the cost be charged to the research budget?");
    expect(japanese).toContain("支出");
    expect(alternates).toContain("計上");
    expect([...japanese, ...alternates]).not.toContain("起訴");
  });

  it("reads 'on the table' as being considered (検討) and a provision that 'calls for' something as requiring it", () => {
    const { japanese, alternates } = translateEnglishQuery(
      "Why is a review of the act on the table? Which provision calls for it?",
    );
    expect(japanese).toContain("検討");
    expect(japanese).toContain("求める");
    // The documents' own 俎上 is at most a further sense, never the word searched first.
    expect(japanese).not.toContain("俎上");
    expect([...japanese, ...alternates]).not.toContain("呼ぶ");
  });

  it("reads what people are to recognise as 認識 (認識すべき原則), before a granting 認める", () => {
    expect(translateEnglishQuery("What principles should executives recognize?").japanese).toContain("認識");
    expect(translateEnglishQuery("What principles should executives recognise?").japanese).toContain("認識");
  });

  it("reads a policy's promotion structure and command centre as the documents' 推進体制 and 司令塔", () => {
    const { japanese } = translateEnglishQuery(
      "Under the Basic Policy (Honebuto), which body is the command center of the promotion structure?",
    );
    expect(japanese).toEqual(expect.arrayContaining(["基本方針", "骨太方針", "司令塔", "推進体制"]));
    expect(translateEnglishQuery("the promotion of economic security").japanese).toContain("推進");
  });

  it("names trade policy's non-trade concerns as the documents do (非貿易的関心事項), and attention drawn as 関心", () => {
    const { japanese } = translateEnglishQuery("Which non-trade concerns are drawing attention in trade policy?");
    expect(japanese).toEqual(expect.arrayContaining(["非貿易的関心事項", "関心"]));
    expect(japanese).not.toContain("喚起");
  });

  it("reads the listed products in full: a flexible endoscope, a retardation film", () => {
    expect(vocabularyEnglish("軟性内視鏡")).toBe("flexible endoscope");
    expect(vocabularyEnglish("位相差フィルム")).toBe("retardation film");
    expect(englishLexicon().lookup("endoscope")).toContain("内視鏡");
  });

  it("names the economic-security laws as the documents do (サイバー対処能力強化法), under each English name for them", () => {
    for (const name of ["Cyber Response Capability Enhancement Act", "active cyber defense law"])
      expect(translateEnglishQuery(`When was the ${name} enacted?`).japanese).toContain("サイバー対処能力強化法");
    const names = {
      "Important Land Use Survey Act": "重要土地等調査法",
      "Act on the Protection and Utilization of Important Economic Security Information": "重要経済安保情報保護活用法",
      "Unfair Competition Prevention Act": "不正競争防止法",
    };
    for (const [name, japanese] of Object.entries(names))
      expect(translateEnglishQuery(`When was the ${name} enacted?`).japanese).toContain(japanese);
  });

  it("reads the minister in charge as the documents' 担当大臣, and a competent minister as 主務大臣", () => {
    expect(englishLexicon().lookup("minister in charge")[0]).toBe("担当大臣");
    expect(englishLexicon().lookup("competent minister")[0]).toBe("主務大臣");
  });
});
