import { beforeAll, describe, expect, it } from "vitest";
import { measuredStem, measureWord, nounClassOf } from "../../../rag/answer/noun-classes.ts";
import { analyzeQuestion, type Morphology, namesAction } from "../../../rag/answer/question-analysis.ts";
import { searchDeps } from "../../doubles/search-deps.ts";

let morphology: Morphology;
beforeAll(async () => {
  morphology = (await searchDeps()).tokenizer;
});
const analyze = (question: string) => analyzeQuestion(question, morphology);

describe("analyzeQuestion: the asked type", () => {
  it.each([
    ["輸出管理制度とは何ですか？", "definition"],
    ["セキュリティ・クリアランスの意味を教えて", "definition"],
    ["サプライチェーン強靱化ってどういうものですか", "definition"],
    ["対象となる物資を一覧で教えてください", "list"],
    ["重点分野をすべて挙げてください", "list"],
    ["どんな支援策がありますか", "list"],
    // An adjective between どんな and its noun still leaves the noun asked for.
    ["どんな新しい支援策を作るとしていますか", "list"],
    ["試験指針の「原則」として何が挙がってますか？", "list"],
    ["技術審査制度とはどういう制度ですか", "definition"],
    ["「試験クリアランス」とはどういう制度のことですか？", "definition"],
    ["支援制度にはどういう制度がありますか", "list"],
    // The things there are, or that are set out, are items; 「どういうものですか」 asks what one thing is.
    ["試験システムに必要な要素としてどんなものが整理されていますか？", "list"],
    ["どういうものが対象になりますか", "list"],
    // What a document sets out (整理) is its items; what is attached as something (として) may be one thing.
    ["試験システムに必要な要素として何が整理されていますか？", "list"],
    ["巻末の参考資料として何が付いていますか？", "definition"],
    ["試験ガイダンスの整理で聞きたいんですが、転職を制限する法律って何ですか？", "definition"],
    ["試験システムってどういうものですか", "definition"],
    // How much of a whole is contained or held is a share, not a count.
    ["試験規制って、中国産の試験材がどれくらい含まれていると対象になるんですか？", "amount"],
    ["試験材は世界の生産のどのくらいを占めていますか", "amount"],
    ["そもそも試験クリアランスってどういう制度ですか？", "definition"],
    ["試験クリアランスってどういう制度があるの？", "list"],
    // A hedge between the topic and the question word (結局, そもそも) leaves what X is asked.
    ["試験クリアランスって結局どういう制度なんですか？", "definition"],
    ["試験出願非公開とはそもそもどういう仕組みですか", "definition"],
    // So do a comma and a clause on how to put it (ざっくり言うと, 一言で言えば).
    ["試験クリアランスって、ざっくり言うとどういう制度なんですか？", "definition"],
    ["試験クリアランスって、どういう制度なんですか？", "definition"],
    ["試験推進法とは、一言で言えばどういう法律ですか", "definition"],
    ["試験クリアランスって、どういう制度があるの？", "list"],
    // kuromoji reads 何と as an adverb (what a…): before a verb it asks what is said, of the noun asked about.
    ["試験プログラムの規模、それぞれ何と書いてありますか？", "definition"],
    ["昨年の資料と今年の資料で書いてある金額が違うのですが、それぞれ何と書いてあります？", "amount"],
    // The values named before it, joined (指定数と予算額), are what is asked: the first figure's type.
    ["試験物資の指定数と予算額、資料によって数字が違う気がするんですが、それぞれ何と書いてありますか？", "count"],
    ["試験物資の予算額は、それぞれの資料で何と書いてありますか？", "amount"],
    // Whether a definition is written there, not what it is.
    ["試験推進法には「試験保障」の定義が書いてあるんですか？", "yes-no"],
    ["試験保障の定義は？", "definition"],
    // kuromoji reads 「ってなに」 as the particle ってな and に: it still asks what.
    ["非試験的関心事項ってなに？", "definition"],
    ["試験関心事項ってなんですか", "definition"],
    ["「特定類型」ってどういうケース？", "list"],
    ["どの技術が対象になっていますか", "list"],
    // Which level and above is a threshold, a value, not which things.
    ["試験部品って、どの性能・仕様以上が対象なんですか？", "amount"],
    ["改訂版はいつ公表されましたか", "date"],
    ["施行時期を教えてください", "date"],
    ["何年から始まった制度ですか", "date"],
    ["いつまでに届け出る必要がありますか", "date"],
    ["何件の相談がありましたか", "count"],
    // 何倍, 何割 ask a ratio, a value of the amount kind, not a count.
    ["2022年の試験国の生産は日本の何倍くらい？", "amount"],
    ["中小企業の何割が対策していますか", "amount"],
    // What the asker heard (と聞きましたが) is the claim asked about; 「聞きたい」 still asks.
    ["試験制度に医療分野が加わると聞きましたが本当ですか？", "yes-no"],
    ["医療分野が加わるのか聞きたいです？", "definition"],
    ["対象事業はいくつありますか", "count"],
    ["何社と対話しましたか", "count"],
    // どこ asks where, or which body or field: never whether.
    ["新しく対象に加える分野ってどこですか？", "definition"],
    ["意見はどこに出せばいいですか", "definition"],
    ["業界団体の数はどれくらいですか", "count"],
    ["補助金の総額はいくらですか", "amount"],
    ["予算はどれくらい措置されましたか", "amount"],
    // A time followed by で or までに is the period a value is counted over, not the value asked.
    ["令和3〜7年度でどのくらい公開する目標ですか", "count"],
    ["2030年までにどのくらい投資する目標ですか", "count"],
    // What may be done with a sum asks whether, not how much; a sum that is just there still asks how much.
    ["情報管理にかかった費用は研究費から出せるのでしょうか", "yes-no"],
    ["試験の費用はかかりますか", "amount"],
    ["Under the K Program, can the cost of information management be charged to the contract?", "yes-no"],
    ["Can you list all 15 sectors?", "list"],
    ["We're joining a K Program project. Can the costs of information management be charged to it?", "yes-no"],
    ["How much does the program cost?", "amount"],
    ["出資比率は何%ですか", "amount"],
    ["手数料の金額を教えて", "amount"],
    ["日本にはどれくらいの相互関税率が適用されていますか", "amount"],
    ["事前報告はどのように行えばよいですか", "procedure"],
    ["認識すべき原則としてどのようなものが挙げられていますか", "list"],
    ["相談の手続きを教えてください", "procedure"],
    ["申請するにはどうすればいいですか", "procedure"],
    // How a term is defined or placed asks what it is, not how to do something.
    ["推進法でいう特定重要技術ってどう定義されてるの？", "definition"],
    ["この制度は法律上どう位置づけられていますか", "definition"],
    ["なぜ特許を非公開にする必要があるのですか", "reason"],
    ["規制を強化した理由は何ですか", "reason"],
    ["どうして官民対話が重視されるのですか", "reason"],
    ["この制度は何のための仕組みですか", "reason"],
    ["何のために事前報告をするのですか", "reason"],
    ["ガイダンスに法的拘束力はありますか", "yes-no"],
    ["この誓約書が有効かどうか教えてください", "yes-no"],
    ["転職を制限する法律はあるのでしょうか", "yes-no"],
    ["輸出管理と投資管理の違いは何ですか", "comparison"],
    ["初版と改訂版ではどう違いますか", "comparison"],
    ["ガイダンスとガイドラインはどちらが新しいですか", "comparison"],
    ["When did the guidance come out?", "date"],
    ["How many industry associations took part?", "count"],
    ["What are the priority areas?", "list"],
    ["Why is the patent system changing?", "reason"],
    ["How do companies file a prior report?", "procedure"],
    // How a scheme works is what it is (「どういう仕組み」), not steps to take; so is how a material explains a term.
    ["How does the screening scheme work in outline?", "definition"],
    ["How does the material explain what a security clearance is?", "definition"],
    // How a paper defines a term, or how a term is defined, is what the term is: no steps.
    ["How does the trade paper define export margins?", "definition"],
    ["How is economic security defined in the strategy?", "definition"],
    ["How does the briefing explain the two concepts of 'open data' and 'closed data'?", "definition"],
    ["How is the screening scheme described in the paper?", "definition"],
    ["How much was the supplementary budget?", "amount"],
    ["What is economic security?", "definition"],
    ["What is the maximum fine for breaching the standards?", "amount"],
    ["Is the guidance binding?", "yes-no"],
    // A reporting frame before the question does not hide its inverted auxiliary.
    ["Our compliance team is asking: does the guidance oblige companies to act, or is it just advice?", "yes-no"],
    // A bare "what is" asks for what its noun names when that is a date, a sum or a count.
    ["What is the effective date for adding the new sector?", "date"],
    ["What is the amount or rate of compensation paid to applicants?", "amount"],
    // A market's size is a sum, in English as in Japanese (市場規模はどれくらい).
    ["What global cloud market size does the chart project for 2025?", "amount"],
    // A shareholding, a stake or a threshold asked with "what" is a figure (1%, 10%).
    ["After the 2020 amendment, what shareholding in a listed company needs prior notification?", "amount"],
    ["What stake does the fund take in the miner?", "amount"],
    // How a date or a sum stands (「施行時期はどうなって」) asks for that value; how a scheme stands, what it is.
    ["試験制度の施行時期はどうなっていますか？", "date"],
    ["試験事業の予算額はどうなっていますか？", "amount"],
    // How a count changed is asked as the count at each time.
    ["試験物資、昨年の資料と今年の資料で指定数はどう変わっています？", "count"],
    ["試験制度はどうなっていますか？", "definition"],
    // なに in kana asks what, as 何 does; it is no yes/no question.
    ["試験クリアランスってなに？", "definition"],
    ["What is the purpose of the guidance?", "reason"],
    // 「わかります？」 asks for the value, not whether the bot knows it; the particle may be dropped.
    ["新設する局の設置日わかります？", "date"],
    // スパン is a length of time, like 期間: 「5年程度のスパン」 answers it, not a count.
    ["試験プログラムはどのくらいのスパンで研究開発を考えてるの？", "date"],
    // Who asks for the one who is, said as the documents say it (a role, a body): not whether, nor a list.
    ["試験管理の責任者は誰にする決まりですか？", "definition"],
    ["研究会の座長はどなたですか", "definition"],
    ["For list-controlled items, who has to be the person responsible for export control?", "definition"],
    ["Who are the members of the study group?", "list"],
    // "which law" asks for one thing; "which sectors" for the items.
    ["Which 2025 law strengthened cooperation when infrastructure operators are attacked?", "definition"],
    ["Which sectors are covered?", "list"],
    ["What principles should company executives keep in mind?", "list"],
    ["What basic principles are company executives expected to keep in mind?", "list"],
    ["What concerns were raised about foreign takeovers?", "definition"],
    // A plural noun before "does" may be answered by one sentence (「…場面を想定」): not a list.
    ["What situations does Chapter 1 cover?", "definition"],
  ])("%s → %s", (question, type) => {
    expect(analyze(question).askedType).toBe(type);
  });
});

describe("analyzeQuestion: a wh-clause then a yes/no clause", () => {
  it("splits 「座長はどなたで、議事は公開されていましたか」 into who and whether, each with its own topic", () => {
    const { parts } = analyze("試験研究会の座長はどなたで、議事は公開されていましたか。");
    expect(parts.map((part) => part.askedType)).toEqual(["definition", "yes-no"]);
    expect(parts[1]!.ownFocus).toEqual(["議事"]);
    // A clause without a topic of its own goes on from the first.
    expect(analyze("座長はどなたで、何回開かれましたか").parts).toHaveLength(2);
    expect(analyze("座長はどなたで、公開されていましたか").parts).toHaveLength(1);
  });
});

describe("analyzeQuestion: two wh-clauses joined by the copula で", () => {
  it("splits 「金利は何%で返済期間は何年」 into a rate and a period, each with its own topic", () => {
    const { parts } = analyze("試験融資ですが、金利は何%で返済期間は何年なんでしょう？");
    expect(parts.map((part) => part.askedType)).toEqual(["amount", "date"]);
    expect(parts[1]!.ownFocus).toEqual(["返済期間"]);
    expect(analyze("試験会議の座長は誰で委員は何人ですか").parts.map((part) => part.askedType)).toEqual([
      "definition",
      "count",
    ]);
  });

  it("keeps one part when で only marks a place or the second clause has no topic of its own", () => {
    expect(analyze("試験研究会はどこで開催されましたか").parts).toHaveLength(1);
  });

  it("reads 「実績も」 after a target as the same topic's figures achieved, not a topic of its own", () => {
    const { parts } = analyze("試験翻訳はどのくらい出す目標ですか？実績も分かれば。");
    expect(parts).toHaveLength(2);
    expect(parts[1]!.elliptical).toBe(true);
    expect(parts[1]!.focus).toContain("試験翻訳");
  });

  it("does not read the asker's own task to tell others (説明しないといけなくて, 説明したいので) as a second question", () => {
    expect(analyze("試験制度はどう定義されていますか？社内研修で説明しないといけなくて。").parts).toHaveLength(1);
    expect(analyze("試験指針の原則は何ですか？役員会で説明したいので。").parts).toHaveLength(1);
    // A request to tell is still asked, and so is what the asker wants to know.
    expect(analyze("試験制度とは何ですか？原則も説明してください。").parts).toHaveLength(2);
    expect(analyze("試験制度とは何ですか？背景も知りたいので。").parts).toHaveLength(2);
    // 「…もお願いします」 asks for it: kuromoji reads お願い as a noun.
    expect(analyze("試験規制の対象は何ですか？施行日もお願いします。").parts.map((part) => part.askedType)).toEqual([
      "list",
      "date",
    ]);
    // Why the asker asks (「何を用意すべきか社内で整理したくて。」) is no second question, though it holds 何.
    expect(
      analyze("試験要領の応募資格はどうなってます？申請準備で何を用意すべきか社内で整理したくて。").parts,
    ).toHaveLength(1);
    expect(analyze("試験要領の応募資格はどうなってます？何が要るのか確認したくて。").parts).toHaveLength(2);
    expect(analyze("試験研究会の座長は誰で何回開かれましたか").parts).toHaveLength(1);
  });
});

describe("analyzeQuestion: focus and parts", () => {
  it("finds the focus without question words, the asker or generic nouns", () => {
    const analysis = analyze("うちの会社では、技術流出対策ガイダンスの第2版はいつ公表される予定なのか知りたいです");
    expect(analysis.focus).toEqual(expect.arrayContaining(["技術流出対策ガイダンス", "第2版"]));
    expect(analysis.focus).not.toContain("うち");
    expect(analysis.focus.some((phrase) => phrase.includes("いつ"))).toBe(false);
  });

  it("keeps a number with a thousands separator whole in the focus", () => {
    expect(analyze("約9,500億円のうち、試験物資向けはいくら？").focus).toContain("約9,500億円");
  });

  it("keeps a bracketed term whole though kuromoji reads a verb in it, and reads 「教えるだけ」 as no request", () => {
    const analysis = analyze(
      "社員に技術を教えるだけでも「みなし輸出」になると聞きました。どういうケースが対象ですか？",
    );
    expect(analysis.focus).toContain("みなし輸出");
    expect(analysis.parts.map((part) => part.text)).toEqual(["どういうケースが対象ですか?"]);
  });

  it("leaves a quantifier (全部) out of the phrase it modifies", () => {
    const { focus } = analyze("試験法は一気に全部施行されたんですか？");
    expect(focus).toContain("施行");
    expect(focus).not.toContain("全部施行");
  });

  it("reads the counter after 何 as part of the question word: 月 of 何年何月 would match any date", () => {
    const { focus } = analyze("試験制度への医療分野の追加は、何年何月から施行されますか？何件ありますか");
    expect(focus).toEqual(expect.arrayContaining(["試験", "医療分野", "追加"]));
    expect(focus.filter((phrase) => ["年", "月", "件"].includes(phrase))).toEqual([]);
    // A noun of its own after 何 is still the topic: 「何の技術」 asks about 技術.
    expect(analyze("何技術が指定されていますか").focus).toContain("技術");
  });

  it.each([
    ["制度の概要を教えて。また、施行はいつですか？", ["definition", "date"]],
    ["対象技術は何ですか？あと罰則も教えて", ["definition", "definition"]],
    ["補助金の総額はいくら？それと申請の手順は？", ["amount", "procedure"]],
    ["概要と、いつから始まったのかも教えてください", ["definition", "date"]],
    ["試験会社に出資した件、出資額と支援の中身を教えてください", ["amount", "definition"]],
    ["施行日と対象事業の数を知りたい", ["date", "count"]],
    ["試験制度の目的と概要は？", ["reason", "definition"]],
    ["半導体と蓄電池の予算を教えて", ["amount"]],
    ["補助金の公募スケジュールと補助率を教えて", ["date", "amount"]],
    ["How many sectors are covered, and when did the scheme start?", ["count", "date"]],
    ["When was the rule announced and when was it withdrawn?", ["date", "date"]],
    ["What are the research and development priorities?", ["list"]],
    // "when changing jobs" is a conjunction before a gerund, not a date question.
    ["Which law covers an engineer who takes trade secrets when changing jobs?", ["definition"]],
    // After a question, a remark left open on けど asks to confirm it.
    ["試験国の順位は世界何位？甲国に抜かれるって話もあった気がするけど", ["count", "definition"]],
    // A sentence ending on も, or on 「もあわせて」, leaves its request unsaid and asks for that too.
    ["試験制度ってどういう仕組み？昨年2月時点の検討状況もあわせて。", ["definition", "definition"]],
    ["試験法はいつ成立した？4つの柱も。", ["date", "list"]],
    ["試験法の概要を教えて。弊社も対象です。", ["definition"]],
    // A later topic and a question mark alone (「試験技術のほうは？」) asks the same again.
    ["試験物資の支援総額はいくら？試験技術のほうは？", ["amount", "amount"]],
  ])("splits %s into its asked parts", (question, types) => {
    expect(analyze(question).parts.map((part) => part.askedType)).toEqual(types);
  });

  it("keeps the opening bracket of a part that starts with a quoted name (あと「3つのP」は)", () => {
    const [, second] = analyze("試験計画の初版はいつ出ましたか？あと「3つのP」がそれぞれ何を指すのかも教えて。").parts;
    expect(second?.text.startsWith("「")).toBe(true);
    const [only] = analyze("「試験推進に向けて」の資料で、新しい枠組みは何ですか？").parts;
    expect(only?.text.startsWith("「")).toBe(true);
  });

  it("reads a part without a topic of its own as about the question's topic", () => {
    const [, second] = analyze("基幹インフラ制度の対象事業は何ですか？あと、いつから動いてます？").parts;
    expect(second?.elliptical).toBe(true);
    expect(second?.focus).toEqual(expect.arrayContaining(["基幹インフラ"]));
  });

  it("keeps a prefix that turns the noun to its opposite (非, 未, 不, 無) in the focus", () => {
    expect(analyze("非貿易的関心事項ってなに？").focus).toEqual(["非貿易的関心事項"]);
    expect(analyze("未締結の国はどこですか").focus).toContain("未締結");
  });

  it("leaves out how the asker frames the question (結局, 扱い): no topic", () => {
    const { focus } = analyze("232条の試験関税って、日本から入るものには結局何%かかる扱いなんでしょうか？");
    expect(focus).toContain("日本");
    expect(focus).not.toContain("結局");
    expect(focus).not.toContain("扱い");
  });

  it("reads a part asking only the total (「合計でいくら」) as about the question's topic", () => {
    const [, second] = analyze(
      "試験育成事業では重要技術はいくつ対象ですか。また、合計でいくら配分されていますか",
    ).parts;
    expect(second?.askedType).toBe("amount");
    expect(second?.elliptical).toBe(true);
    expect(second?.focus).toEqual(expect.arrayContaining(["重要技術"]));
  });

  it("reads a part that names a numbered meeting or edition (第8回試験会議) as about that one, not the question's topic", () => {
    const [, second] = analyze(
      "試験計画の改訂版が公表されたのは何日？第8回試験会議の開催日もあわせて知りたいです。",
    ).parts;
    expect(second?.elliptical).toBe(false);
    expect(second?.focus).not.toContain("試験計画");
    // The number alone (「第8回は？」) names no topic: the question's is asked again.
    const [, bare] = analyze("第7回試験会議はいつ開催された？第8回は？").parts;
    expect(bare?.elliptical).toBe(true);
  });

  it("asks a date of 「施行された年月を教えて」: the year and month are a date", () => {
    expect(nounClassOf("年月")).toBe("date");
    expect(analyze("試験法が施行された年月を教えてください。").askedType).toBe("date");
  });

  it("keeps what an elliptical part adds of its own (正式版), and no topic in 予定 or 意見", () => {
    const [, second] = analyze("試験指針案のパブコメって締切いつ？正式版はいつごろ出る予定なのかも教えて").parts;
    expect(second?.elliptical).toBe(true);
    expect(second?.ownFocus).toContain("正式版");
    expect(nounClassOf("予定")).toBe("generic");
    expect(nounClassOf("意見")).toBe("generic");
    expect(nounClassOf("締切")).toBe("date");
    // A compound headed by 規模 or 金利 names a sum or a rate of its own (市場規模, 貸出金利).
    expect(nounClassOf("市場規模")).toBe("amount");
    expect(nounClassOf("貸出金利")).toBe("amount");
    expect(measuredStem("市場規模")).toBe("市場");
  });

  it("reads an adjective's stem said as an adverb (正確には) as how the asker asks, not a topic", () => {
    expect(analyze("試験法の施行日って、正確には何年何月何日でした？").focus).toEqual(["試験法", "施行日"]);
    // As the head of a noun phrase it is a topic as before.
    expect(analyze("試験データの正確性はどう確保されますか？").focus).toContain("試験データ");
  });

  it("reads か after a verb as the question's particle and hearsay そう as no topic, though kuromoji reads nouns there", () => {
    expect(analyze("試験投資がどう扱われるかもお願いします。").focus).toEqual(["試験投資"]);
    expect(analyze("試験法上どのような扱いになっているかご教示ください。").focus).not.toContain("かご教示");
    expect(analyze("試験ガイドラインには司令塔を置くと書いてあるそうですが、本当ですか？").focus).not.toContain("そう");
    expect(analyze("試験書類って何年保存しなきゃいけないんでしたっけ?").focus).toEqual(["試験書類"]);
  });

  it("keeps the generic noun a suffix is made of inside a name (ものづくり補助金), not before a suffix ending it", () => {
    expect(analyze("ものづくり補助金の締切はいつですか？").focus).toContain("ものづくり補助金");
    expect(analyze("試験法の見直しって法律上いつやるの？").focus).toEqual(["試験法", "見直し"]);
  });

  it("keeps a katakana word whole where kuromoji reads its first sound as a prefix (ドローン, not ローン)", () => {
    expect(analyze("ドローンって海外製がどのくらいあるの？").focus).toEqual(expect.arrayContaining(["ドローン"]));
    expect(analyze("ドローンって海外製がどのくらいあるの？").focus).not.toContain("ローン");
  });

  it("keeps a name the domain dictionary knows whole, generic parts and all (意見募集, not 募集)", () => {
    expect(analyze("試験指針案への意見募集はいつまで？").focus).toContain("意見募集");
  });

  it("reads 「…と聞きました。」 as the asker's background and 「どのような観点」 like 「どんな観点」", () => {
    const { parts } = analyze(
      "補助金に試験要件を入れていく方向だと聞きました。募集要領の記載例では、審査でどのような観点が確認されるのでしょうか。",
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ askedType: "list", askedNoun: "観点" });
    expect(analyze("試験制度はどのように申請すればいいですか？").parts[0]?.askedType).toBe("procedure");
    // 点 alone is a generic noun, but 「どういう点」 asks for points, which a line announcing 観点 lists.
    expect(analyze("審査では具体的にどういう点をチェックされるの？").parts[0]?.askedNoun).toBe("点");
  });

  it("reads a part whose only noun is the one asked for (「どういう主体を」) as about the question's topic", () => {
    const [part] = analyze(
      "試験制度に医療分野を加える方向だと聞きました。具体的にはどういう主体を追加するのですか。",
    ).parts;
    expect(part?.elliptical).toBe(true);
    expect(part?.focus).toEqual(expect.arrayContaining(["医療分野"]));
  });

  it("does not take a background sentence that ends on けど, before any question, for a part", () => {
    const { parts } = analyze("うちは部品メーカーなんですけど。試験制度の対象は何ですか？");
    expect(parts.map((part) => part.text)).toEqual(["試験制度の対象は何ですか?"]);
  });
});

describe("analyzeQuestion: judgements on the asker's own case", () => {
  it.each([
    "当社の製品を中国に輸出すると外為法違反になりますか",
    "うちの会社は届出が必要ですか？",
    "弊社のこの取引は独禁法上問題ないでしょうか",
    "我が社が共同調達をしても許されますか",
    "私たちの技術提供は事前報告の対象に該当しますか",
    "当社の件、OK？",
    "Is it legal for our company to share this data with a competitor?",
    "Do we need a license to export this to China?",
    "競合と情報交換しようと思ってます。うちのケースならカルテルにはならないですよね？",
    "Please confirm we do not need a Chinese export license in our case.",
    "A former employee took our drawings to a rival. Can we sue him for it?",
    "If we share prices with a competitor, are we liable under the antimonopoly act?",
    "We plan to ship drones to China next month. Is that legal?",
    "We want to hire a rival's engineer. Would our company be breaking any law if we hire him?",
    "当社の社員に技術資料を見せても、みなし輸出には当たらないと判断してよいですか？",
    "退職する技術者に誓約書を書かせたいんだけど、拒否されたら退職金を減らしても違法にならない？",
    "元社員が図面を持ち出したので訴えたいのですが、勝てますか？",
    "弊社は装置メーカーですが、中国の顧客に保守サービスを提供するのは規制対象ですか？",
    "Our firm wants to jointly procure rare earths with two competitors; is that an antitrust problem?",
    "来月、中国の取引先に設計図面を送るつもりですが、外為法違反になりますか？",
    "外国籍の社員に機微技術を見せる予定ですが、許可は必要ですか？",
    "海外子会社への技術移転を検討中です。事前報告の対象になりますか？",
    "競合2社とレアアースを共同調達しようと考えています。独禁法上問題ありますか？",
    "競合2社とレアアースを共同調達しようと思ってます。独禁法上問題ありますか？",
    "We're planning to send drawings to our Chinese subsidiary next month. Does that break FEFTA?",
    "I'm thinking of hiring an engineer from a competitor. Could I get in trouble?",
    "Should my firm report this deal to METI?",
    "Our subsidiary is owned by a listed company. Does that mean our suppliers have to stop shipping to us?",
    "競合3社で在庫量を毎月共有する計画です。独禁法違反にならないと言えますか？",
    "退職する技術者に誓約書を書かせたいのですが、この内容で法的に有効ですか？",
    "試験資格を取れなかった当社の社員を異動させたいのですが、本人が拒否しています。この配置転換は労働法上有効でしょうか？",
    "We want to move an engineer who failed the test screening to another team, but he refuses. Is the transfer valid under labour law?",
    "当社は試験部品を作る中小企業です。試験支援事業に当社が採択されるかどうか、見込みを教えてください。",
    "従業員30人ほどの部品メーカーなんですが、うちでも試験制度の適合事業者として認定してもらえますか？",
    "We're a listed test-parts maker and a foreign fund just bought 5%. Given the guidance, should we go private?",
    "Our firm makes test sensors for one overseas buyer. Should we move production home?",
    "An overseas investor has bid for all our shares. Will the government block the deal?",
    "We intend to hand our test-chip recipes to a partner abroad. Will METI let this through?",
    "従業員50人の試験部品メーカーです。取引先から勧められていて、うちも試験認証を取るべきか悩んでいます。取るべきですか？",
    "同業2社と試験部品の在庫を共有しようという話が出ています。独禁法上OKかどうか判定してください。",
    "We are a small test-parts vendor. Will we be certified as an eligible business under the test scheme? Yes or no.",
    "Is our company subject to prior notification under the test act?",
    "Would my firm count as a designated test operator?",
    "Are we eligible for the test-plant subsidy?",
  ])("%s", (question) => {
    expect(analyze(question).ownCase).toBe(true);
  });

  it.each([
    "国の研究開発プロジェクトに応募する予定です。技術管理をしていないと採択されないって本当？",
    "うちの業界団体も対話に呼ばれますか",
    "当社として何から始めればよいですか",
    "許可申請の方法を教えて",
    "輸出が外為法違反になるのはどんな場合ですか",
    "What does the law require companies to report?",
    "うちは輸出管理部だけで対応しているが、それで足りるか",
    "Who can sue over a trade secret leak under the unfair competition law?",
    "Our compliance team is asking: does the METI guidance legally oblige companies to take measures, or is it just guidance?",
    "経費として計上できると規定されているのでしょうか。資料の該当箇所を知りたいです。",
    "法令違反が見つかった場合にやるべきことも確認したいです。",
    "当社は、リスト規制品を輸出する場合の責任者は誰にすべきですか？",
    "医療分野は基幹インフラ制度の対象に追加される予定ですか？",
    "共同調達は独禁法違反になりますか？",
    "政府は新たな制度を設ける計画ですか？",
    "うちの会社にも関係するセキュリティ・クリアランスの法的な根拠は何ですか？",
    "Does the US require a licence for exports to China that are illegal under its rules?",
    "当社が試験制度の適合事業者として認定を受けるには何が必要ですか？",
    "当社にとって有効な試験対策は何ですか？",
    "Which of our test measures are valid under the guidance?",
    "We want to understand the test rules. Is joint buying legal under antitrust law?",
    "試験制度では、どんな事業者が適合事業者として認定されますか？",
    "We make test sensors. What should we do first under the guidance?",
    "Should companies appoint an officer for economic security, according to the guidelines?",
    "Should we appoint an officer for economic security?",
    "Will the government block foreign acquisitions of test-chip makers?",
    "We are an association. Can the government stop the transfer of test technology?",
    "当社も試験担当の役員を置くべきですか？",
    "当社は中小企業です。ガイダンスでは企業は試験担当役員を置くべきとされていますか？",
    "Which companies are eligible for certification under the test scheme?",
    "We run an association. Which businesses are designated as test operators?",
    "Are companies subject to prior notification when they buy test-chip makers?",
    "Is our guidance covered in the test act's review?",
  ])("is not: %s", (question) => {
    expect(analyze(question).ownCase).toBe(false);
  });
});

describe("analyzeQuestion: follow-ups", () => {
  it.each([
    "それはいつからですか",
    "その期限は？",
    "では罰則は？",
    "これについて詳しく",
    "What about its deadline?",
    "And how many?",
  ])("%s needs the thread's earlier question", (question) => {
    expect(analyze(question).standsAlone).toBe(false);
  });

  it.each([
    "技術流出対策ガイダンスはいつ公表されましたか",
    "特定重要物資には何がありますか",
    "What is the economic security promotion act?",
    "重要な技術を移す仕組みがあると聞きました。これは移転を止める制度ですか",
  ])("%s stands alone", (question) => {
    expect(analyze(question).standsAlone).toBe(true);
  });

  it("reads 「こういう状況って」 after a sentence that describes it as about that sentence's topic", () => {
    const analysis = analyze(
      "法務部が試験法を理由に情報交換を止めてきます。こういう状況って国は問題視してるんですか？",
    );
    expect(analysis.parts.at(-1)?.refersBack).toBe(true);
    expect(analysis.standsAlone).toBe(true);
  });
});

describe("analyzeQuestion: indefinite counts", () => {
  it("reads 何人か in a statement as 'several', and 何個か in a question as a count", () => {
    const parts = analyze(
      "研究所で外国籍の研究者を何人か受け入れています。居住者でも対象になるのはどんな類型ですか",
    ).parts;
    expect(parts.map((part) => part.askedType)).not.toContain("count");
    expect(analyze("重視する切り口って何個かあったよね。").askedType).toBe("count");
    expect(analyze("対象の技術は何件ですか").askedType).toBe("count");
  });
});

describe("analyzeQuestion: 何 at the end of a question", () => {
  it("does not take a half-width 「?」 after 何 for a counter, and reads 何 after a stated count as asking for the items", () => {
    expect(analyze("セキュリティ・クリアランス制度の根拠法って何?").askedType).toBe("definition");
    expect(analyze("検討会が示した原則って3つあるらしいけど、何?").askedType).toBe("list");
    expect(analyze("検討会が示した原則って3つあるらしいけど、何？").askedType).toBe("list");
    // A counter after 何 still asks how many.
    expect(analyze("対象の技術は何件?").askedType).toBe("count");
  });
});

describe("analyzeQuestion: generic nouns in the focus", () => {
  it("drops a generic noun at the edge of a phrase, not inside a name", () => {
    expect(analyze("重要試験情報保護活用法はいつ施行されましたか").focus).toContain("重要試験情報保護活用法");
    expect(analyze("試験計画の内容を教えて").focus).toEqual(["試験計画"]);
  });
});

describe("analyzeQuestion: Japanese typed into an English question", () => {
  it("keeps the Japanese name in the focus", () => {
    expect(
      analyze(
        "Our compliance team is asking: does the METI 試験流出対策ガイダンス legally oblige companies to take particular measures?",
      ).focus,
    ).toContain("試験流出対策ガイダンス");
  });

  it("takes a Japanese term in brackets for the English words before it, which are not glossed as well", () => {
    const { focus } = analyze("When was the second revision (再改訂) of the action plan published?");
    expect(focus).toContain("再改訂");
    expect(focus).not.toContain("第2改訂");
  });
});

describe("analyzeQuestion: a prefix that says which one", () => {
  it("keeps 再 of 再改訂 in the focus: the first 改訂 is not the one asked", () => {
    expect(analyze("試験計画の再改訂はいつ公表されましたか？").focus).toEqual(["試験計画", "再改訂"]);
    // An honorific prefix says nothing of which one.
    expect(analyze("ご質問の試験制度はいつ始まりましたか？").focus).not.toContain("ご質問");
  });
});

describe("analyzeQuestion: a counted noun asked for", () => {
  it("reads 「4つの柱も教えて」 as asking for the items, about the question's topic", () => {
    const [, second] = analyze("試験推進法はいつ成立しましたか？4つの柱も教えてください。").parts;
    expect(second?.askedType).toBe("list");
    expect(second?.askedNoun).toBe("柱");
    expect(second?.focus).toContain("試験推進法");
    expect(analyze("試験推進法の3つの原則を教えて").askedType).toBe("list");
  });
});

describe("analyzeQuestion: English clauses", () => {
  it("splits on a question mark and a leading 'Also', not on an 'also' inside a question", () => {
    expect(
      analyze("How many associations took part? Did it also talk with companies?").parts.map((p) => p.text),
    ).toEqual(["How many associations took part?", "Did it also talk with companies?"]);
    expect(analyze("When did it start? Also, who chairs it?").parts).toHaveLength(2);
  });

  it("reads 'what elements did it identify' as asking for the items a document sets out", () => {
    expect(analyze("What elements did the test plan identify as necessary for the system?").askedType).toBe("list");
    expect(analyze("What concerns were raised about the test plan?").askedType).not.toBe("list");
  });

  it("reads two fiscal years asked each for itself as joined topics, and a range of years as none", () => {
    const { parts } = analyze(
      "How many test translations does the plan aim to publish between FY2021 and FY2025, and how many were published in FY2021 and FY2022?",
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]?.joined).toBeUndefined();
    expect(parts[1]?.joined).toEqual(["令和3年度", "令和4年度"]);
  });

  it("splits off ', and up to what …' as a part asking a rate, but not ', and by when' or a dash that restates", () => {
    const share = analyze("What did the test body conclude about joint buying, and up to what combined market share?");
    expect(share.parts.map((part) => part.askedType)).toEqual(["definition", "amount"]);
    expect(analyze("What is the target for the test stock, and by when?").parts).toHaveLength(1);
    expect(analyze("Who put the test plan together — which ministry served as the secretariat?").parts).toHaveLength(1);
  });

  it("reads 'what about X?' after a question as the same question asked of X", () => {
    const parts = analyze("What test tariff rate applies to Japan right now, and what about Japanese cars?").parts;
    expect(parts.map((part) => part.askedType)).toEqual(["amount", "amount"]);
    expect(analyze("When did the test scheme start? How about the test review?").parts[1]?.askedType).toBe("date");
  });

  it("reads 「Xはどうですか？」 after a question as the same question asked of X", () => {
    const parts = analyze("試験関税率は何%ですか？試験部品はどうですか？").parts;
    expect(parts.map((part) => part.askedType)).toEqual(["amount", "amount"]);
    expect(analyze("試験制度はいつ始まりましたか？試験審査のほうはどうでしょうか").parts[1]?.askedType).toBe("date");
    // Alone, or with more after どう, it asks how.
    expect(analyze("試験部品の管理はどうすればよいですか？").parts[0]?.askedType).toBe("procedure");
  });

  it("reads 「いつからでしょう。」 as a part though kuromoji splits いつ after は", () => {
    const parts = analyze("試験規制の対象は何ですか？施行はいつからでしょう。").parts;
    expect(parts).toHaveLength(2);
    expect(parts[1]?.askedType).toBe("date");
  });

  it("splits off a yes/no question joined on with 'and' as a part of its own type", () => {
    const joined = analyze("When was the first test guidance published, and is it binding on companies?");
    expect(joined.parts.map((part) => part.askedType)).toEqual(["date", "yes-no"]);
    expect(analyze("When did the test scheme start and does it cover services?").parts).toHaveLength(2);
    // "and" inside the thing asked about joins nouns, not questions.
    expect(analyze("Is the test plan binding on companies and associations?").parts).toHaveLength(1);
  });

  it("reads plural rates and shares as asking amounts, and 'what three …s' as asking the items", () => {
    const shares = analyze("Which countries hold the test minerals, and what are the percentages?");
    expect(shares.parts.map((part) => part.askedType)).toEqual(["list", "amount"]);
    expect(analyze("What are the tariff rates on test goods?").askedType).toBe("amount");
    expect(analyze("Under the test strategy, what three directions frame the measures?").askedType).toBe("list");
  });

  it("reads a statement after the question as why the asker asks, and a request after it as a part", () => {
    expect(analyze("Which minerals were added in 2025? Need the list for a supplier memo.").parts).toHaveLength(1);
    expect(analyze("What are the test routes? Need a list for our compliance training.").parts).toHaveLength(1);
    expect(analyze("When did the test scheme start? We are filing next month.").parts).toHaveLength(1);
    expect(analyze("When did the test scheme start? Please give the end date.").parts).toHaveLength(2);
    expect(analyze("Who proposed the test body? I need the person's name and affiliation.").parts).toHaveLength(2);
    expect(analyze("Why do firms hesitate? I need to summarize the concerns for our board.").parts).toHaveLength(1);
    expect(analyze("What is the test program? Tell me its budget.").parts.map((p) => p.askedType)).toEqual([
      "definition",
      "amount",
    ]);
  });
});

describe("analyzeQuestion: what a list question's items are", () => {
  it("reads the noun after どんな/どの as what is listed, unless it names no topic", () => {
    expect(analyze("産業界からはどんな声が出ていましたか").parts[0]?.askedNoun).toBe("声");
    expect(analyze("どの技術分野を重点にしましたか").parts[0]?.askedNoun).toBe("技術分野");
    expect(analyze("それは具体的にどういうことですか？").parts[0]?.askedNoun).toBeUndefined();
    expect(analyze("特定重要物資は何ですか").parts[0]?.askedNoun).toBeUndefined();
    // Before a generic もの, what is listed is the noun the question lists under.
    expect(analyze("認識すべき原則としてどのようなものが挙げられていますか").parts[0]?.askedNoun).toBe("原則");
    // With 何, what is listed is the noun before として, whether the listing verb comes before 何 or after it.
    expect(analyze("認識すべき原則として挙げられているのは何ですか").parts[0]).toMatchObject({
      askedType: "list",
      askedNoun: "原則",
    });
    expect(analyze("課題として何が挙がっていますか").parts[0]).toMatchObject({ askedType: "list", askedNoun: "課題" });
    // So is the topic right before 何 (「原則って何が」「原則は何が」) that a listing verb lists.
    expect(analyze("試験指針で押さえるべき原則って何が挙がっていますか？").parts[0]).toMatchObject({
      askedType: "list",
      askedNoun: "原則",
    });
    expect(analyze("試験指針の原則は何が挙げられていますか").parts[0]?.askedNoun).toBe("原則");
    expect(analyze("試験指針の原則は何ですか").parts[0]?.askedNoun).toBeUndefined();
    // 「原則って何個」「原則はいくつ」 count the items of the topic before them.
    expect(analyze("試験指針で押さえるべき原則って何個ですか？").parts[0]).toMatchObject({
      askedType: "count",
      askedNoun: "原則",
    });
    expect(analyze("試験指針の原則はいくつありますか").parts[0]?.askedNoun).toBe("原則");
  });

  it("reads the noun after 'what are the (three)' in English, in the documents' Japanese", () => {
    expect(analyze("What are the three principles that executives should recognize?").parts[0]?.askedNoun).toBe("原則");
    expect(analyze("What is the deadline?").parts[0]?.askedNoun).toBeUndefined();
    // A sentence that says there are principles, then "What are they?".
    expect(
      analyze("The draft guideline sets out principles that executives should keep in mind. What are they?").parts[0]
        ?.askedNoun,
    ).toBe("原則");
  });

  it("reads 「…すべき原則は何」 as asking for the norms one should keep, not for one thing's name", () => {
    expect(analyze("試験指針で、経営者が認識すべき原則は何ですか？").parts[0]).toMatchObject({
      askedType: "list",
      askedNoun: "原則",
    });
    // 「強化した法律は何」 asks for one law's name.
    expect(analyze("官民連携を強化した法律は何ですか？").parts[0]?.askedType).toBe("definition");
    // A topic and a question mark alone (「…原則は？」) ask the same, not whether.
    expect(analyze("試験指針で、経営者が認識すべき原則は？").parts[0]).toMatchObject({
      askedType: "list",
      askedNoun: "原則",
    });
    expect(analyze("試験指針の位置付けって？").parts[0]?.askedType).toBe("definition");
    expect(analyze("試験指針は義務なの？").parts[0]?.askedType).toBe("yes-no");
  });

  it("does not take an act the asker dates (「10月9日に発表した規制」) for the event whose date is asked", () => {
    expect(
      analyze("中国が2025年10月9日に発表した試験規制って、いつから施行される予定だった？").parts[0]?.events,
    ).toEqual(["施行"]);
    expect(analyze("2025年10月に公表された試験指針はいつ施行？").parts[0]?.events).toEqual(["施行"]);
    // Undated, the act is asked too.
    expect(analyze("試験規制はいつ発表され、いつ施行された？").parts.flatMap((part) => part.events ?? [])).toEqual([
      "発表",
      "施行",
    ]);
  });

  it("reads the event an English date question asks about, so another event's date does not answer it", () => {
    expect(analyze("When were the measures due to take effect?").parts[0]?.events).toEqual(["施行"]);
    expect(analyze("When was it announced?").parts[0]?.events).toEqual(["発表"]);
    expect(analyze("Does the Act say when the government should review it?").parts[0]?.events).toEqual(["見直し"]);
    expect(analyze("What's the exact release date of the final version?").parts[0]?.events).toEqual(["発表"]);
  });

  it("reads the act a date noun names (施行日, 成立時期) as the event asked, and a part cut at 「施行日と、」 as a date", () => {
    const [, date, whether] = analyze("試験規制の対象は何？施行日と、その後延期になったかどうかも知りたい。").parts;
    expect(date).toMatchObject({ askedType: "date", events: ["施行"] });
    expect(whether?.askedType).toBe("yes-no");
    expect(analyze("試験法の成立時期を教えて").parts[0]?.events).toEqual(["成立"]);
    // A start is dated by 「4月1日から受け付けます」, which names no act.
    expect(analyze("補助金の申請開始時期を教えてください").parts[0]?.events).toBeUndefined();
    // Two nouns joined by と before the request are one thing asked, not a part cut at と.
    expect(analyze("施行日と罰則を教えて").parts[0]?.askedType).toBe("definition");
  });

  it("reads a bill put to the Diet (「いつ国会に出す予定」) as its submission", () => {
    expect(analyze("試験法の改正案って、いつ国会に出す予定なんでしょう？").parts[0]?.events).toEqual(["提出"]);
    expect(analyze("試験法は国会でいつ審議された？").parts[0]?.events).not.toEqual(["提出"]);
  });

  it("reads when a law came into being (「いつできた法律」) as its enactment, and an event asked of as the topic (「施行はいつ」)", () => {
    const [made, inForce] = analyze("試験法って、いつできた法律で、施行はいつ？").parts;
    expect(made?.events).toEqual(["成立"]);
    expect(inForce?.events).toEqual(["施行"]);
    expect(analyze("試験制度はいつできましたか？").parts[0]?.events).toEqual(["成立"]);
    expect(analyze("試験法はいつできて、いつ施行されたんですか？").parts.map((part) => part.events)).toEqual([
      ["成立"],
      ["施行"],
    ]);
    // What can be done under a law is no enactment.
    expect(analyze("試験法に基づく申請はいつできますか？").parts[0]?.events).toBeUndefined();
  });

  it("reads a law's review asked of as the topic (「見直しって、いつ頃やる」) as the event whose date is asked", () => {
    const [part] = analyze("試験法の見直しって、法律上はいつ頃やることになっているんですか？").parts;
    expect(part).toMatchObject({ askedType: "date", events: ["見直し"] });
    // A named act is the event, not the topic beside it.
    expect(analyze("試験法の見直しは、いつ施行されますか？").parts[0]?.events).toEqual(["施行"]);
  });

  it('reads a part that points back to what the question named ("those provisions") as having no topic of its own', () => {
    const parts = analyze("What does the test export rule cover, and when do those provisions take effect?").parts;
    expect(parts).toHaveLength(2);
    expect(parts[1]?.elliptical).toBe(true);
    expect(parts[1]?.events).toEqual(["施行"]);
    // A part that names a topic of its own besides the pointer keeps it.
    const own = analyze(
      "What does the test export rule cover, and when do those provisions apply to rare earth magnets?",
    ).parts;
    expect(own[1]?.elliptical).toBe(false);
    expect(analyze("When was the law enacted?").parts[0]?.events).toBeUndefined();
    expect(analyze("What does the rule cover?").parts[0]?.events).toBeUndefined();
  });

  it("reads a question about what the members said as about the topic of the statement before it", () => {
    const analysis = analyze("有識者会議でCFIUSの話が出たと聞きました。委員からはどんな意見があったんですか？");
    expect(analysis.parts).toHaveLength(1);
    expect(analysis.parts[0]).toMatchObject({ elliptical: true });
    expect(analysis.parts[0]?.focus).toContain("cfius");
  });

  it("reads the asked noun after 'what (kinds of) X should …' and after the verb 'lists', which is no part of the topic", () => {
    expect(analyze("What principles should company executives keep in mind?").parts[0]?.askedNoun).toBe("原則");
    const listed = analyze("The draft guideline lists principles that executives should keep in mind. What are they?");
    expect(listed.parts[0]?.askedNoun).toBe("原則");
    expect(listed.focus.some((phrase) => phrase.includes("リスト"))).toBe(false);
    expect(analyze("What does the guideline require?").parts[0]?.askedNoun).toBeUndefined();
  });
});

describe("analyzeQuestion: the subject of a claim a yes/no question asks to confirm", () => {
  it("reads the が-noun of a heard claim, with the nouns it is of", () => {
    expect(analyze("試験制度に医療分野が加わるという話、本当ですか？").parts[0]?.subject).toEqual(["医療分野"]);
    expect(analyze("試験管理の体制が採択の条件になるって本当ですか？").parts[0]?.subject).toEqual(["体制", "試験管理"]);
  });

  it("reads a claim said before the question (も, 方向だと聞きました) for a part with no topic of its own", () => {
    const analysis = analyze(
      "試験制度に医療分野も加わる方向だと聞きました。本当ですか？具体的にどこが対象になりそうですか？",
    );
    expect(analysis.parts.map((part) => part.subject)).toEqual([["医療分野"], ["医療分野"]]);
    // Whatever the asked type: the claim is what the question is about.
    expect(
      analyze("試験制度に医療分野が加わるという話がありますが、どこが検討されていますか？").parts[0]?.subject,
    ).toEqual(["医療分野"]);
  });

  it("reads no body that acts as the subject: its documents seldom name it", () => {
    expect(
      analyze("途絶を察知する仕組みを経産省が作ろうとしてると聞きました。どういう要素が必要ですか？").parts[0]?.subject,
    ).toBeUndefined();
  });

  it("reads no subject in the asker's own situation or in a clause that names a topic", () => {
    // An adjective's subject (人手がない) is the asker's situation, and 「といけない」 is no hearsay.
    expect(
      analyze("うちのように人手がない会社でも新しく組織を作らないといけないのでしょうか。").parts[0]?.subject,
    ).toBeUndefined();
    // 「…が買われそうになったときの問題って」: the verb runs into a noun, so って marks the question's topic.
    expect(
      analyze("下位の会社が外資に買われそうになったときの独禁法の問題って、会議で話に出てました？").parts[0]?.subject,
    ).toBeUndefined();
  });
});

describe("analyzeQuestion: what an asked act is done to", () => {
  it("reads the noun before the の of an act that is the topic of a date, count or amount question", () => {
    expect(analyze("試験制度への医療分野の追加は、何年何月から施行されますか？").parts[0]?.actedOn).toEqual([
      "医療分野",
    ]);
    // Only the noun right before the act's の: 試験制度 says whose 医療分野 it is, and its own date is not the addition's.
    expect(analyze("試験制度の医療分野の追加は、何年何月から施行されますか？").parts[0]?.actedOn).toEqual(["医療分野"]);
    // A clause made the topic by の: what happens in it happens to its subject.
    expect(analyze("試験制度に医療分野が追加されるのは、何年何月から施行ですか？").parts[0]?.actedOn).toEqual([
      "医療分野",
    ]);
    expect(analyze("医療分野が試験制度に加わるのはいつですか？").parts[0]?.actedOn).toEqual(["医療分野"]);
    // The question word dates the noun after its の: the agreement's date, not any date of the topic.
    expect(analyze("試験関税が15%になったのは、何年何月何日の日米合意によるものですか？").parts[0]?.actedOn).toEqual([
      "日米合意",
    ]);
    // 「いつの」 asks which occasion, named in more ways than the asker's words: not read so.
    expect(analyze("試験制度はいつの閣議決定で決まりましたか？").parts[0]?.actedOn).toBeUndefined();
    // The topic itself, not an act: nothing more to check than its focus.
    expect(analyze("試験推進法はいつ成立しましたか").parts[0]?.actedOn).toBeUndefined();
    // Not a date, count or amount.
    expect(analyze("試験制度への医療分野の追加は、どういう内容ですか？").parts[0]?.actedOn).toBeUndefined();
  });
});

describe("analyzeQuestion: a source named by date", () => {
  it("does not take the date of the document asked about for the question's topic", () => {
    const { focus } = analyze("特定重要物資の数、2024年2月の資料と2025年12月の資料でそれぞれいくつ？");
    expect(focus).toContain("特定重要物資");
    expect(focus.some((phrase) => /2024|2025/u.test(phrase))).toBe(false);
    expect(nounClassOf("それぞれ")).toBe("generic");
    expect(nounClassOf("数字")).toBe("generic");
  });
});

describe("measuredStem", () => {
  it("reads what a measured compound is of", () => {
    expect(measuredStem("指定数")).toBe("指定");
    expect(measuredStem("公開本数")).toBe("公開");
    expect(measuredStem("出資額")).toBe("出資");
    expect(measuredStem("法人税率")).toBe("法人税");
    expect(measuredStem("数")).toBeUndefined();
    expect(measuredStem("特定重要物資")).toBeUndefined();
    expect(measuredStem("支援総額")).toBe("支援");
  });
});

describe("measureWord", () => {
  it("reads the measure a compound ends in when it is a word of its own", () => {
    expect(measureWord("支援総額")).toBe("総額");
    expect(measureWord("補助割合")).toBe("割合");
    expect(measureWord("出資額")).toBeUndefined();
    expect(measureWord("総額")).toBeUndefined();
  });
});

describe("analyzeQuestion: two asked nouns before a request verb", () => {
  it("reads 「正式名称と設置日わかります？」 as asking for the date, with the particle dropped", () => {
    const parts = analyze("新設する局の正式名称と設置日わかります？").parts;
    expect(parts.map((part) => part.askedType)).toContain("date");
  });
});

describe("analyzeQuestion: a rough figure is no topic", () => {
  it("reads 目安 and 目途 as measuring what is asked, not as what the question is about", () => {
    expect(nounClassOf("目安")).toBe("extent");
    expect(nounClassOf("目途")).toBe("extent");
    expect(analyze("試験法の見直しは施行後何年が目安？").askedType).toBe("date");
  });
});

describe("analyzeQuestion: English focus", () => {
  it("reads adjacent known words as one compound, as a Japanese question would name its topic", () => {
    expect(analyze("What does the technology leakage guidance say about joint research?").focus).toEqual(
      expect.arrayContaining(["共同研究"]),
    );
    expect(analyze("What does the technology leakage guidance say?").focus.join(" ")).toContain("技術流出");
  });

  it("keeps a name the lexicon cannot translate as part of the focus, so the documents must name it too", () => {
    expect(analyze("What did the Zorblax Council decide on export controls?").focus).toContain("zorblax");
    expect(analyze("Zorblax aside, what are export controls?").focus).not.toContain("zorblax");
  });
});

describe("analyzeQuestion: when and where", () => {
  it("reads 「いつ、どこで」 as two parts, a date and then the place, the second keeping the predicate", () => {
    for (const question of ["第5回の試験会議って、いつ、どこで開かれたんですか？", "試験会議はいつどこで開かれた？"]) {
      const parts = analyze(question).parts;
      expect(parts, question).toHaveLength(2);
      expect(parts[0]!.askedType, question).toBe("date");
      expect(parts[1]!.text, question).toMatch(/^どこで開かれ/);
    }
  });

  it("reads いつ asked twice of two events (いつ成立していつ施行) as two date parts, each with its own event", () => {
    const parts = analyze("試験保護法って、いつ成立していつ施行でしたっけ？").parts;
    expect(parts.map((part) => part.askedType)).toEqual(["date", "date"]);
    expect(parts.map((part) => part.events)).toEqual([["成立"], ["施行"]]);
    expect(parts[1]!.text).toMatch(/^いつ施行/);
    // One date asked in two words is one part.
    expect(analyze("試験保護法はいつ、いつまでに施行される？").parts).toHaveLength(1);
  });

  it("keeps one part when one question word sits inside the other's clause", () => {
    expect(analyze("いつ施行された法律がどこで議論されたか教えて").parts).toHaveLength(1);
  });

  it("reads two clauses joined by て and a comma, each asking its own kind of value, as two parts", () => {
    const parts = analyze("試験審査制度っていつから動いてて、何分野が対象？").parts;
    expect(parts.map((part) => part.askedType)).toEqual(["date", "count"]);
    expect(parts[1]!.text).toMatch(/^何分野/);
    const [when, how] = analyze("試験制度って、いつから施行されてて、どういう仕組みなの？").parts;
    expect(when!.askedType).toBe("date");
    expect(how!.text).toMatch(/^どういう仕組み/);
  });

  it("reads two clauses asking the same kind of value of two topics of their own (成立は…、施行は…) as two parts", () => {
    const parts = analyze("試験法って成立はいつで、施行は何年でしたっけ？").parts;
    expect(parts.map((part) => part.askedType)).toEqual(["date", "date"]);
    expect(parts[1]!.text).toMatch(/^施行は何年/);
  });

  it("reads two date clauses of two events of the topic the first names (いつ成立して、いつ施行) as two parts", () => {
    for (const question of [
      "試験法はいつ成立して、いつ施行なんでしたっけ",
      "試験保護法って、いつ成立して、いつから施行されるんでしたっけ？",
    ]) {
      const parts = analyze(question).parts;
      expect(
        parts.map((part) => part.askedType),
        question,
      ).toEqual(["date", "date"]);
      expect(
        parts.map((part) => part.events),
        question,
      ).toEqual([["成立"], ["施行"]]);
    }
    // Of a topic an earlier sentence asks for, the dates are read together, as that sentence's answer's.
    expect(analyze("試験制度の根拠法って何？いつ成立して、いつ施行？").parts.map((part) => part.askedType)).toEqual([
      "definition",
      "date",
    ]);
    // One event asked twice is one part.
    expect(analyze("試験法はいつ施行されて、いつから施行なんでしたっけ").parts).toHaveLength(1);
  });

  it("reads 'the exact … date' and 'month and day' in English as asking a date", () => {
    expect(analyze("What is the exact enforcement date (month and day) of the test act?").parts[0]!.askedType).toBe(
      "date",
    );
  });

  it("reads the events whose date is asked from the verbal nouns the part says are done", () => {
    expect(analyze("試験法の改正法案はいつ国会に提出される予定ですか？").parts[0]!.events).toEqual(["提出"]);
    expect(analyze("試験制度の根拠法って何？いつ成立して、いつ施行？").parts[1]!.events).toEqual(["成立", "施行"]);
    expect(analyze("いつから施行？").parts[0]!.events).toEqual(["施行"]);
    // A plan (想定) or a topic noun (撤廃は) is no event.
    expect(analyze("どのくらいの期間で研究開発を進める想定ですか？").parts[0]!.events).toBeUndefined();
    expect(analyze("関税の撤廃はいつからでしたっけ？").parts[0]!.events).toBeUndefined();
    // A meeting's date is of its holding, which a schedule line (25/5/23 : 第7回会議) does not say.
    expect(analyze("第7回の会議はいつ開催されましたか？").parts[0]!.events).toBeUndefined();
  });

  it("keeps one part when the two clauses ask the same kind of value or only one asks", () => {
    expect(analyze("どの分野が対象で、どの企業が参加してる？").parts).toHaveLength(1);
    expect(analyze("試験制度は見直されて、いつから施行？").parts).toHaveLength(1);
  });
});

describe("namesAction", () => {
  it("names an act by a verb's stem used as a noun, not a thing, a compound or a verbal noun that names a topic", () => {
    for (const phrase of ["見直し", "取り組み", "引き上げ"]) expect(namesAction(phrase, morphology)).toBe(true);
    for (const phrase of ["医療分野", "基幹インフラ", "試験推進法", "運用明確化", "輸出", "試験"])
      expect(namesAction(phrase, morphology)).toBe(false);
  });
});

describe("analyzeQuestion: Latin names the documents write", () => {
  // Passages writing a text: the rule's Latin name twice, and 経済安全保障 everywhere.
  const texts = [
    "25年5月 AI Diffusion Rule撤廃",
    "AI Diffusion Rule公表",
    "Run Faster 戦略",
    ...Array(6).fill("経済安全保障"),
  ];
  const passagesWriting = (text: string, upTo: number) =>
    Math.min(
      upTo,
      texts.filter((written) =>
        written.toLowerCase().replace(/\s+/gu, "").includes(text.toLowerCase().replace(/\s+/gu, "")),
      ).length,
    );

  it("keeps a rare Latin name whose gloss the documents never write as the asker typed it", () => {
    const analysis = analyzeQuestion(
      'What happened to the "AI Diffusion Rule"?',
      morphology,
      undefined,
      passagesWriting,
    );
    expect(analysis.focus).toContain("aidiffusionrule");
    expect(
      analyzeQuestion("What is the 'Run Faster' strategy?", morphology, undefined, passagesWriting).focus,
    ).toContain("runfaster");
  });

  it("glosses a phrase the documents write in Japanese, and ignores one they never write", () => {
    const defined = analyzeQuestion("Does the act define 'economic security'?", morphology, undefined, passagesWriting);
    expect(defined.focus).not.toContain("economicsecurity");
    expect(defined.focus).toContain("経済安全保障");
    expect(analyzeQuestion("What is the 'Blue Sky Rule'?", morphology, undefined, passagesWriting).focus).not.toContain(
      "blueskyrule",
    );
    // Without the documents to ask, no Latin phrase is a name.
    expect(analyzeQuestion('What happened to the "AI Diffusion Rule"?', morphology).focus).not.toContain(
      "aidiffusionrule",
    );
  });
});

describe("analyzeQuestion: an English pronoun for an earlier part's topic", () => {
  it("reads the earlier topic into a later part that points back with it, its own words kept apart", () => {
    const [first, second] = analyze(
      "What is the export control scheme for semiconductors, and what did a member of the expert meeting say about it?",
    ).parts;
    expect(first?.focus).toEqual(["輸出管理スキーム", "半導体"]);
    expect(second?.focus).toEqual(expect.arrayContaining(["委員", "有識者会議", "輸出管理スキーム", "半導体"]));
    expect(second?.ownFocus).toEqual(["委員", "有識者会議"]);
  });

  it("does not read it into a part whose 'that' starts a clause, nor into the first part", () => {
    const [first, second] = analyze(
      "Which minerals did China restrict, and which companies said that this mattered?",
    ).parts;
    expect(first?.focus).toEqual(["鉱物", "中国"]);
    expect(second?.focus).toEqual(["企業"]);
  });
});
