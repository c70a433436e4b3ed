import { describe, expect, it } from "vitest";
import {
  acronymsOf,
  analyzeQuery,
  countedLetters,
  detectLanguage,
  latinPhrasesOf,
  translateEnglishQuery,
  writtenAcronyms,
} from "../../../rag/retrieve/query-analyzer.ts";
import { searchDeps } from "../../doubles/search-deps.ts";

describe("detectLanguage", () => {
  it("tells Japanese from English, even with English words inside Japanese", () => {
    expect(detectLanguage("CFIUS のような制度はありますか")).toBe("ja");
    expect(detectLanguage("Is the 50% rule in effect?")).toBe("en");
  });

  it("reads a sentence framed in English as English, however long the Japanese name inside it", () => {
    expect(detectLanguage("Who chairs the 経済安全保障と競争政策に関する研究会?")).toBe("en");
    expect(detectLanguage("What is 特定重要物資?")).toBe("en");
    // Latin names in a Japanese sentence are no English frame.
    expect(detectLanguage("CHIPS法とIRAの違いは何ですか")).toBe("ja");
    expect(detectLanguage("EUのCRMAについて教えて")).toBe("ja");
  });
});

describe("translateEnglishQuery", () => {
  it("maps glossary phrases to Japanese, longest first, and keeps unknown words", () => {
    const { japanese, leftover } = translateEnglishQuery(
      "Is the Entity List 50% rule for subsidiaries postponed by Zorblax?",
    );
    expect(japanese).toEqual(expect.arrayContaining(["エンティティリスト", "50%ルール", "子会社", "延期"]));
    expect(leftover).toContain("zorblax");
    expect(leftover).not.toContain("the");
  });

  it("reads a participle after an article or a preposition as part of the noun phrase it describes", () => {
    // The participle stays a phrase; the country's adjective opens the noun it qualifies, as the documents write it
    // (上場 and 日本企業, never 「上場日本企業」).
    expect(translateEnglishQuery("shares in a listed Japanese company").compounds).toEqual(
      expect.arrayContaining(["上場", "日本企業"]),
    );
    expect(translateEnglishQuery("How many Japanese companies were affected?").compounds).toContain("日本企業");
    // An adverb of time names no topic: "the US currently applies" is about the US, not a 米国現在.
    expect(translateEnglishQuery("What tariff does the US currently apply?").compounds).not.toContain("米国現在");
    expect(translateEnglishQuery("for unlisted companies").compounds).toContain("リスト外企業");
    // After its noun, a participle is a verb: "the law revised in 2024" names the law.
    expect(translateEnglishQuery("the guidance revised last year").compounds).toContain("ガイダンス");
  });

  it("reads a word before 'to' after do/does/did as the verb, not part of the topic", () => {
    const { compounds } = translateEnglishQuery("What schemes does the government material propose to set up?");
    expect(compounds).toContain("政府資料");
    expect(compounds.some((compound) => compound.includes("提案"))).toBe(false);
  });

  it("reads an adverb beside the question word as a hedge, an adverb elsewhere as what it says", () => {
    const hedged = translateEnglishQuery("What exactly was said?");
    expect(hedged.compounds).toEqual([]);
    // Still searched: the hedge is only no topic.
    expect(hedged.japanese).toContain("正確");
    expect(translateEnglishQuery("Exactly what was said?").compounds).toEqual([]);
    // "legally" at the end asks about the law the ban rests on.
    expect(
      translateEnglishQuery("how was the ban put in place legally?").compounds.some((phrase) =>
        phrase.includes("法令"),
      ),
    ).toBe(true);
  });

  it("reads 'how does X work' as X and its mechanism, the documents' 仕組み", () => {
    const { japanese, compounds } = translateEnglishQuery("How does the patent non-disclosure system work?");
    expect(japanese).toContain("仕組み");
    expect(compounds).toEqual(["特許出願非公開制度"]);
  });

  it("keeps a term that opens with kana and ends in kanji (みなし輸出) in the topic, and a kana-marked verb's out", () => {
    const deemed = translateEnglishQuery("When did the clarified deemed export rules apply?").compounds;
    expect(deemed.some((compound) => compound.includes("みなし輸出"))).toBe(true);
    const { compounds } = translateEnglishQuery("What share triggers prior notification for a foreign investor?");
    expect(compounds).toContain("事前報告");
    expect(compounds.some((compound) => compound.includes("引き金"))).toBe(false);
  });

  it("keeps the other senses of each usual translation", () => {
    const { japanese, senses } = translateEnglishQuery("What triggers prior notification?");
    expect(japanese).toContain("事前報告");
    expect(senses.事前報告).toContain("事前届出");
  });

  it('reads "meant to" and "intended to" as what a scheme is for (目的), not what a word means', () => {
    const meant = translateEnglishQuery("Is the test scheme meant to stop transfers abroad?").japanese;
    expect(meant).toContain("目的");
    expect(meant).not.toContain("意味");
    expect(translateEnglishQuery("What is the test rule intended to prevent?").japanese).toContain("目的");
  });

  it('reads "its own version of" a foreign body as the documents\' 日本版', () => {
    expect(translateEnglishQuery("Should Japan have its own version of TRB?").japanese).toContain("日本版");
  });

  it("reads a car as the product the documents tax and supply (自動車), not as rolling stock (車両)", () => {
    const { japanese } = translateEnglishQuery("What tariff applies to cars made in Testland?");
    expect(japanese).toContain("自動車");
    expect(japanese).not.toContain("車両");
  });

  it("keeps a country apart from the rate it sets: the US tariff rate is the documents' 税率, not 米国税率", () => {
    const { compounds } = translateEnglishQuery("What US tariff rate applies to cars?");
    expect(compounds).toContain("税率");
    expect(compounds).not.toContain("米国税率");
    expect(translateEnglishQuery("Which Japanese companies were named?").compounds).toContain("日本企業");
    const corporate = translateEnglishQuery("What is Japan's corporate tax rate?").compounds;
    expect(corporate).toContain("日本");
    expect(corporate.some((compound) => compound.startsWith("法人") && compound.endsWith("税率"))).toBe(true);
    const additional = translateEnglishQuery("What additional US tariff rate applies to steel?");
    expect(additional.compounds.some((compound) => compound.includes("米国") && compound.includes("率"))).toBe(false);
    expect(translateEnglishQuery("Which additional tariffs apply to steel?").japanese).toContain("追加関税");
  });

  it("reads the person responsible for a duty as its 責任者, not as any person (人物)", () => {
    const { japanese } = translateEnglishQuery("Who must be named the person responsible for quality control?");
    expect(japanese).toContain("責任者");
    expect(japanese).not.toContain("人物");
  });

  it("reads 'how many' as the question's, and the counter after it as no part of the topic's name", () => {
    const { compounds, japanese } = translateEnglishQuery(
      "How many countries participate in each of the export control regimes?",
    );
    expect(japanese).not.toContain("多国");
    expect(japanese).not.toContain("個々");
    expect(compounds).toContain("参加");
    expect(compounds.some((compound) => compound.includes("国") && compound.includes("参加"))).toBe(false);
    expect(japanese).toContain("諸国");
    // A noun that is the topic itself stays in it: members are what 加盟 is about.
    expect(translateEnglishQuery("How many members does the WTO have?").compounds).toContain("委員");
  });
});

describe("acronyms", () => {
  it("finds the acronyms the documents write in capitals, not the letters of a web address", () => {
    const written = writtenAcronyms([
      "- CHIPS法(2022年8月大統領署名・成立)",
      "https://www.meti.go.jp/METI/",
      "AIとEUの動向",
    ]);
    expect([...written]).toEqual(["chips"]);
  });

  it("keeps a typed acronym only when the documents write it too, and never a two-letter country", () => {
    const documents = (word: string) => ["chips", "lng"].includes(word);
    expect([...acronymsOf("Does the US CHIPS Act or METI cover LNG?", documents)]).toEqual(["chips", "lng"]);
  });

  it("reads quoted Latin phrases and runs of capitalised words of two words or more as names", () => {
    expect(latinPhrasesOf('What happened to the US "AI Diffusion Rule"? Is it still in force?')).toEqual([
      "AI Diffusion Rule",
    ]);
    expect(latinPhrasesOf("What is the 'Run Faster' strategy, and is Japan's plan on it?")).toEqual(["Run Faster"]);
    expect(latinPhrasesOf("Is METI building an Early Warning System?")).toEqual(["Early Warning System"]);
    // One capital word, a one-letter word and a possessive are no name of two words.
    expect(latinPhrasesOf("Under the K Program, what does METI fund?")).toEqual([]);
  });

  it("searches a typed acronym as written, its translation only as another sense, and starts a compound with it", () => {
    const plain = translateEnglishQuery("how much does the us chips act provide");
    expect(plain.japanese).toContain("チップ");
    const typed = translateEnglishQuery("how much does the us chips act provide", undefined, new Set(["chips"]));
    expect(typed.japanese).not.toContain("チップ");
    expect(typed.alternates).toContain("チップ");
    expect(typed.acronyms).toEqual(["chips"]);
    expect(typed.compounds).toContain("chips法");
    expect(typed.compounds).toContain("米国");
  });

  it("keeps a question's verb after its subject (applies, underpins) out of the topic compound", () => {
    const { compounds } = translateEnglishQuery("what reciprocal tariff rate applies to japan");
    expect(compounds.some((compound) => compound.includes("該当") || compound.includes("適用"))).toBe(false);
  });

  it("reads 'first' as when, not 第1, unless a meeting or an edition follows", () => {
    expect(translateEnglishQuery("when was economic security first set out").japanese).not.toContain("第1");
    expect(translateEnglishQuery("when was the first meeting held").japanese).toContain("第1");
  });

  it("reads the word after 'does it' as the verb, and 'as needed for' as needed, not as whenever needed", () => {
    const { compounds, japanese } = translateEnglishQuery("what elements does it list as needed for it");
    expect(compounds).not.toContain("リスト");
    expect(japanese).toContain("必要");
    expect(japanese).not.toContain("随時");
    // What someone said names the remarks asked for: searched as the topic.
    expect(translateEnglishQuery("what did they suggest for japan").compounds).toContain("示唆");
  });

  it("reads 'entities' as the bodies a rule covers, and only 'entity list' as the list", () => {
    const { japanese, alternates } = translateEnglishQuery("which entities specifically will be added");
    const entities = [...japanese, ...alternates].join();
    expect(entities).not.toMatch(/エンティティ|主体リスト/u);
    expect(translateEnglishQuery("what is the entity list").japanese.join()).toMatch(/エンティティ/u);
  });

  it("reads 'the end of' as a point in time, not the エンド of a low-end product", () => {
    expect(translateEnglishQuery("what will the rate be at the end of 2026").japanese).not.toContain("エンド");
    expect(translateEnglishQuery("which low-end sensors are commodities").japanese.join()).toContain("エンド");
  });

  it("searches a chapter, an article or a case named in English by the documents' label", () => {
    const { japanese } = translateEnglishQuery("what does chapter 1 cover, and article 4 and case 5?");
    expect(japanese).toEqual(expect.arrayContaining(["第1章", "第4条", "事例5"]));
  });

  it("searches a month of a year, and a day, as the documents write them, as a phrase of its own", () => {
    const added = translateEnglishQuery("which minerals were added in february 2025");
    expect(added.japanese).toContain("2025年2月");
    expect(added.compounds).toContain("2025年2月");
    expect(translateEnglishQuery("what was announced on 9 october 2025").japanese).toContain("2025年10月9日");
    expect(translateEnglishQuery("what was announced on oct. 9, 2025").japanese).toContain("2025年10月9日");
    // A date that names the document read is no topic.
    expect(translateEnglishQuery("according to the february 2024 meti briefing").japanese).not.toContain("2024年2月");
  });

  it("searches a fiscal year typed in English as the documents write it, in its era (令和3年度)", () => {
    const { leftover } = translateEnglishQuery("how many were published in FY2021, fiscal 2022 and fiscal year 2015?");
    expect(leftover).toEqual(expect.arrayContaining(["令和3年度", "令和4年度", "平成27年度"]));
    // A year alone is no fiscal year.
    expect(translateEnglishQuery("what happened in 2021").leftover).not.toContain("令和3年度");
  });

  it("reads a year right after a name as its edition (骨太方針2025), and a year after a preposition as a time", () => {
    expect(translateEnglishQuery("what does honebuto 2025 say").compounds).toContain("骨太方針2025");
    expect(translateEnglishQuery("when was the basic policy (honebuto) 2025 adopted").compounds).toContain(
      "骨太方針2025",
    );
    expect(translateEnglishQuery("what did the government decide in 2025").compounds.join()).not.toContain("2025");
  });

  it("reads a policy 'adopted by the cabinet' as the documents' 閣議決定", () => {
    expect(translateEnglishQuery("when was the basic policy adopted by the cabinet").japanese).toContain("閣議決定");
  });

  it("reads 'binding' as what rules do (義務), not as joining (結合)", () => {
    const { japanese } = translateEnglishQuery("is the guidance legally binding on companies");
    expect(japanese).toContain("義務");
    expect(japanese).not.toContain("結合");
  });

  it("reads a target set for something as 目標 and an investment stock as a balance (残高)", () => {
    const { japanese } = translateEnglishQuery(
      "what is the government's target for the stock of inward direct investment",
    );
    expect(japanese).toEqual(expect.arrayContaining(["目標", "残高"]));
    expect(japanese).not.toContain("株式");
    expect(translateEnglishQuery("what is the investment stock").japanese).toContain("投資残高");
  });

  it("reads the last word after do/does/did as the verb, outside the noun compound", () => {
    const { compounds, japanese } = translateEnglishQuery("how much does the us chips act provide");
    expect(japanese).toContain("提供");
    expect(compounds.some((compound) => compound.includes("提供"))).toBe(false);
  });
});

describe("countedLetters", () => {
  it("reads letters counted as a set, in English or Japanese, as the documents write them (3つのP)", () => {
    expect(countedLetters('What are the "3 Ps" of the plan?')).toEqual(["3つのP"]);
    expect(countedLetters("the 4 C's")).toEqual(["4つのC"]);
    expect(countedLetters("計画の3つのpって何？")).toEqual(["3つのP"]);
    // A number before a word is no letter counted.
    expect(countedLetters("3 Programs and 12 Items")).toEqual([]);
  });

  it("searches an English question's counted letters as the documents write them", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    expect(analyzeQuery('What are the "3 Ps" of the plan?', tokenizer, synonyms).searchText).toContain("3つのP");
  });
});

describe("analyzeQuery", () => {
  it("weighs the words only a question's scene-setting statements have below its own, unless it has no topic of its own", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const weight = (question: string, term: string) =>
      analyzeQuery(question, tokenizer, synonyms).words.find((word) => word.term === term)?.weight;
    const scene = "うちは従業員100人の会社で、専門部署を作る余裕はないです。";
    expect(weight(`${scene}試験指針では新組織の設置が必要ですか？`, "余裕")).toBe(0.6);
    expect(weight(`${scene}試験指針では新組織の設置が必要ですか？`, "組織")).toBe(1);
    expect(weight("試験事業の買収リスクについて発言があったと記憶しています。どういう内容でしたか", "買収")).toBe(1);
  });

  it("searches a Western fiscal year (2021年度) in its era's words too (令和3年度)", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const terms = analyzeQuery("2021年度に試験訳文は何本公開されましたか", tokenizer, synonyms).words.map(
      (word) => word.term,
    );
    expect(terms).toEqual(expect.arrayContaining(["令", "和", "3"]));
  });

  it("weighs a noun that names the kind of value asked (時期, 概要) below the topic's words", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const weight = (question: string, term: string) =>
      analyzeQuery(question, tokenizer, synonyms).words.find((word) => word.term === term)?.weight;
    const question = "試験制度の根拠になる法律の名前と、成立・施行の時期を教えてください。";
    expect(weight(question, "時期")).toBe(0.5);
    expect(weight(question, "施行")).toBe(1);
    // The nouns of a sum stay: the line that gives one often says 規模 itself.
    expect(weight("試験出資はどれくらいの規模？", "規模")).toBe(1);
  });

  it("weighs the words of the phrase a Japanese question says it is about (…について) above its other words", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const weight = (question: string, term: string) =>
      analyzeQuery(question, tokenizer, synonyms).words.find((word) => word.term === term)?.weight;
    const question = "試験薬の調達網について、委員会ではどんな課題が指摘されましたか";
    expect(weight(question, "調達")).toBe(1.5);
    expect(weight(question, "課題")).toBe(1);
    expect(weight("試験薬の調達網に関して、どんな課題がありますか", "調達")).toBe(1.5);
    // Only the phrase: the clause before its particle (委員会では) is not what it is about.
    expect(weight("委員会では試験薬の調達網について何が指摘されましたか", "委員")).toBe(1);
    // Latin words keep their own weights (a name the documents write in capitals, or an ordinary word).
    expect(weight("Test Faster戦略について、どんな意見がありましたか", "faster")).toBe(1);
    // Without 「について」 no phrase weighs more.
    expect(weight("試験薬の調達網で、どんな課題がありますか", "調達")).toBe(1);
  });

  it("weighs the words only a bracketed aside after a name has (「（…の法律）」) below the name's own", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const weight = (question: string, term: string) =>
      analyzeQuery(question, tokenizer, synonyms).words.find((word) => word.term === term)?.weight;
    const question = "試験保護法（試験認証の法律）はいつできましたか？";
    expect(weight(question, "認証")).toBe(0.3);
    expect(weight(question, "保護")).toBe(1);
    expect(weight("試験認証の試験保護法はいつできましたか？", "認証")).toBe(1);
  });

  it("weighs an acronym the documents write in capitals (CHIPS法) above the common words beside it", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const written = (word: string) => word === "chips";
    const words = analyzeQuery("アメリカのCHIPS法の支援の規模は？", tokenizer, synonyms, written).words;
    expect(words.find((word) => word.term === "chips")?.weight).toBe(1.5);
    expect(words.find((word) => word.term === "支援")?.weight).toBe(1);
    // One the documents never write is no name of theirs.
    const unknown = analyzeQuery("アメリカのCHIPS法の支援の規模は？", tokenizer, synonyms, () => false).words;
    expect(unknown.find((word) => word.term === "chips")?.weight).toBe(1);
  });

  it("searches a Japanese name typed into an English question as Japanese text, by its bigrams", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const query = analyzeQuery(
      "Our compliance team is asking: does the METI 試験流出対策ガイダンス legally oblige companies to take particular measures?",
      tokenizer,
      synonyms,
    );
    expect(query.lang).toBe("en");
    expect(query.searchText).toContain("試験流出対策ガイダンス");
    expect(query.bigrams.map((bigram) => bigram.term)).toContain("流出");
    expect(query.words.map((word) => word.term)).not.toContain("試験流出対策ガイダンス");
  });

  it("searches a typed acronym the documents write at full weight", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const weight = (documentWords?: (word: string) => boolean) =>
      analyzeQuery("How much does the US CHIPS Act provide?", tokenizer, synonyms, documentWords).words.find(
        (word) => word.term === "chips",
      )?.weight;
    expect(weight((word) => word === "chips")).toBe(1);
    expect(weight()).toBeUndefined();
  });

  it("adds synonyms at a lower weight than the words typed", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const query = analyzeQuery("独禁法の事例", tokenizer, synonyms);
    const weight = (term: string) => query.words.find((word) => word.term === term)?.weight;
    expect(weight("独禁法")).toBe(1);
    expect(weight("独占")).toBe(0.5);
  });

  it("searches the label a document puts before the asked value (<日時>, <場所>) at the synonym weight, apart from the question's own words", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const labelWeight = (question: string, term: string) =>
      analyzeQuery(question, tokenizer, synonyms).labels.words.find((word) => word.term === term)?.weight;
    const ownWeight = (question: string, term: string) =>
      analyzeQuery(question, tokenizer, synonyms).words.find((word) => word.term === term)?.weight;
    expect(labelWeight("第5回の会議はいつ、どこで開かれましたか", "日時")).toBe(0.5);
    expect(labelWeight("第5回の会議はいつ、どこで開かれましたか", "場所")).toBe(0.5);
    expect(labelWeight("Where was the 5th meeting held?", "場所")).toBe(0.5);
    expect(labelWeight("第5回の会議の議題は何ですか", "日時")).toBeUndefined();
    // Not the question's words: the answer need not hold them, and similar questions are not alike for sharing them.
    expect(ownWeight("第5回の会議はいつ、どこで開かれましたか", "日時")).toBeUndefined();
    // A question that says 日時 itself asks for it in its own words.
    expect(ownWeight("第5回の会議の日時を教えて", "日時")).toBe(1);
    expect(labelWeight("第5回の会議の日時を教えて", "日時")).toBeUndefined();
    // A request is written 「…してほしい」: a question asking for requests searches that wording, not its own words.
    expect(labelWeight("官民対話で産業界からどんな要望が出ましたか", "ほしい")).toBe(0.5);
    expect(labelWeight("What requests did industry make?", "ほしい")).toBe(0.5);
    expect(ownWeight("官民対話で産業界からどんな要望が出ましたか", "ほしい")).toBeUndefined();
    expect(labelWeight("The demand-side support: what does it cover?", "ほしい")).toBeUndefined();
  });

  it("searches English questions with Japanese terms", async () => {
    const { tokenizer, synonyms } = await searchDeps();
    const query = analyzeQuery("What does the technology leakage guidance say?", tokenizer, synonyms);
    expect(query.lang).toBe("en");
    expect(query.searchText).toContain("技術流出");
    expect(query.bigrams.map((bigram) => bigram.term)).toContain("流出");
  });
});
