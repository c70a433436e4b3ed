import { beforeAll, describe, expect, it } from "vitest";
import { englishReading, englishSentences } from "../../../rag/answer/english-reading.ts";
import type { JapaneseTokenizer } from "../../../rag/retrieve/japanese-tokenizer.ts";
import { searchDeps } from "../../doubles/search-deps.ts";

let tokenizer: JapaneseTokenizer;
const read = (line: string) => englishReading(line, tokenizer);

beforeAll(async () => {
  ({ tokenizer } = await searchDeps());
});

describe("englishReading", () => {
  it("turns a chain of modifiers around its noun: AのBへのC reads C to B of A", () => {
    expect(read("輸出管理制度の見直し")).toBe("Review of export control system");
    expect(read("重要物資への支援の追加")).toBe("Addition of support to critical products");
    // An action closing a compound acts on the words before it.
    expect(read("営業秘密管理の強化")).toBe("Strengthening of trade secret management");
  });

  it("reads を通じた as 'through' and に伴う as 'accompanying', and a chapter's or an appendix's label before its title", () => {
    expect(read("官民対話を通じた輸出管理")).toBe("Export controls through public-private dialogue");
    expect(read("転職に伴う営業秘密の漏洩")).toBe("Leaking of trade secrets accompanying job change");
    expect(read("第3章 官民対話を通じた輸出管理")).toBe("Chapter 3: Export controls through public-private dialogue");
    expect(read("参考資料 輸出管理チェックリスト")).toBe("Reference material: Export controls checklist");
    expect(read("第0章 はじめに")).toBe("Chapter 0: Introduction");
  });

  it("reads 「との間で」「との間の」 as with, and 「にある」 before a noun as in, or of after a place under something", () => {
    expect(read("海外子会社との間で技術供与の契約を締結")).toBe(
      "Conclude the contract of provision of technology with overseas subsidiaries",
    );
    expect(read("取引先との間の情報共有の強化")).toBe("Strengthening of information sharing with business partner");
    expect(read("海外拠点にある技術の管理")).toBe("Control of technology in overseas bases");
    expect(read("外国企業の支配下にある子会社への支援")).toBe(
      "Support to subsidiaries under control of foreign companies",
    );
    // 人 alone is people, which the vocabulary has no entry for.
    expect(read("第3章 人を通じた試験データの流出への対策")).toBe(
      "Chapter 3: Countermeasure to leakage of test data through people",
    );
    // A contract is concluded: the vocabulary's adjective (contractual) is no object.
    expect(read("取引先と契約を締結")).toBe("Conclude contract with business partner");
  });

  it("reads 「を背景に」 as against the backdrop of, and 「同会議」 as the meeting named before, not 「同程度」", () => {
    expect(read("試験市場の変化を背景に各社が投資を強化")).toBe(
      "Each company strengthens investment against the backdrop of the change of test market",
    );
    expect(read("同会議で試験制度を議論")).toBe("Discuss test system in the meeting");
    // 「同程度」 is the same degree, not the degree named before.
    expect(read("同程度の試験費用")).toBeUndefined();
  });

  it("reads に向けた, を踏まえた, に基づく, に応じた and といった as links between noun phrases", () => {
    expect(read("営業秘密管理の強化に向けた取組")).toBe("Initiative toward strengthening of trade secret management");
    expect(read("官民対話を踏まえた輸出管理の見直し")).toBe(
      "Review of export controls based on public-private dialogue",
    );
    expect(read("外為法に基づく輸出管理")).toBe("Export controls based on Foreign Exchange and Foreign Trade Act");
    expect(read("技術分野に応じた輸出管理")).toBe("Export controls according to technology field");
    expect(read("半導体といった重要物資")).toBe("Critical products such as semiconductors");
  });

  it("reads a line marked with an arrow, a tick or a dash as its words, an arrow kept as what follows", () => {
    expect(read("✓ 営業秘密管理の強化")).toBe("Strengthening of trade secret management");
    expect(read("▶ 営業秘密管理の強化")).toBe("Strengthening of trade secret management");
    expect(read("ー営業秘密管理の強化")).toBe("Strengthening of trade secret management");
    expect(read("→ 営業秘密管理の強化")).toBe("→ Strengthening of trade secret management");
    expect(read("⇒① 営業秘密管理の強化")).toBe("→ (1) Strengthening of trade secret management");
  });

  it("reads 「AをBと捉える」 as one thing regarded as another, and 「Cではなく」 as what it is not regarded as", () => {
    expect(read("② 営業秘密管理を単なるコストではなく、投資と捉える")).toBe(
      "(2) Regard trade secret management as investment, not as mere cost",
    );
    expect(read("営業秘密管理を投資と位置付ける")).toBe("Position trade secret management as investment");
  });

  it("reads an action the line says not to take as 'do not', and 「欠かさない」 as never neglecting it", () => {
    expect(read("営業秘密を開示しない")).toBe("Do not disclose trade secrets");
    expect(read("③ 官民対話を欠かさない")).toBe("(3) Never neglect public-private dialogue");
    // A state with its own subject is denied, not made an instruction to refrain from it.
    expect(read("状況は変わらない")).toBe("Situation does not change");
  });

  it("reads an arrow or a colon inside brackets as the aside's, not as a split of the whole line", () => {
    expect(read("試験株式取得の閾値引下げ(現行10%→1%:会社法上の基準)")).toBe(
      "Reduction of thresholds of test share acquisition (current 10% → 1%: standard in terms of Companies Act)",
    );
  });

  it("reads 「の下で」 as under, and a clause that describes persons (者) or an action done only somewhere", () => {
    expect(read("政府の指示の下で輸出管理を強化")).toBe(
      "Strengthen export controls under the instruction of government",
    );
    expect(read("営業秘密を保有する者への支援")).toBe("Support to persons holding trade secrets");
    expect(read("国内において政府の指示の下で行動する者")).toBe(
      "Persons acting in Japan under instruction of government",
    );
    // With に the preposition depends on the verb: 取り組む takes none (tackle export controls), 依存 takes on.
    expect(read("輸出管理に取り組む企業")).toBe("Company tackling export controls");
  });

  it("reads a meeting's date and hours, and an aside after the line's verb after the sentence", () => {
    expect(read("- <日時>2030年4月2日(火)10:00-12:00")).toBe("Date and time: 2 April 2030 (Tue), 10:00-12:00");
    expect(read("官民対話を開始(~12月26日)")).toBe("Start public-private dialogue (until 26 December)");
    // A tilde around a title is decoration, not a date range.
    expect(read("~営業秘密管理の強化~")?.startsWith("Until")).not.toBe(true);
  });

  it("reads what should be done with no one named to do it as done to its object, what it is about first", () => {
    expect(read("技術管理の強化を図るべき")).toBe("The strengthening of technology control should be sought");
    expect(read("試験制度について、技術管理の強化を図るべき")).toBe(
      "Regarding test system, the strengthening of technology control should be sought",
    );
    expect(read("今後ケースを蓄積すべき")).toBe("Future case should be accumulated");
    expect(read("技術管理の強化についても検討すべき")).toBe(
      "The strengthening of technology control should also be considered",
    );
    // One named to do it does it.
    expect(read("政府は技術管理の強化を図るべき")).toBe(
      "Government should seek the strengthening of technology control",
    );
  });

  it("reads 「Nではなく、…」 as what the rest is said rather than, and a clause with に before a noun by its participle", () => {
    expect(read("いわゆる正社員に限った議論ではなく、役員を想定している")).toBe(
      "Rather than discussion limited to so-called regular employee, assume officer",
    );
    expect(read("自社の技術情報に関わる人物")).toBe("Person involved in the company's own technical information");
    // An adjective's く form before the phrase its verb takes says how (broadly involved in …).
    expect(read("広く自社の技術情報に関わる人物")).toBe(
      "Person broadly involved in the company's own technical information",
    );
    expect(read("正社員(管理職含む)")).toBe("Regular employee (including managers)");
  });

  it("reads the cases a clause names before への or の, a denied passive with no subject, and や with a comma", () => {
    expect(read("試験技術の優位性を失うような場合への対策")).toBe(
      "Countermeasure to cases of losing superiority of test technology",
    );
    expect(read("不正の目的に限られない")).toBe("Not limited to the purpose of fraud");
    expect(read("技術流出への対策や、試験技術の優位性を失う場合への対策")).toBe(
      "Countermeasure to technology leakage and countermeasure to cases of losing superiority of test technology",
    );
    // A condition is still one (「…した場合は、」).
    expect(read("技術を失う場合は、対策を強化する")).not.toMatch(/cases of/u);
  });

  it("reads bare nouns joined by 及び as what the chain after them is of, and one や between two phrases with 及び inside", () => {
    expect(read("半導体及び電池の生産設備・材料の輸出規制")).toBe(
      "Export control of production equipment and material of semiconductors and battery",
    );
    expect(read("半導体の輸出規制や電池及び鉱物の生産設備の輸出規制")).toBe(
      "Export control of semiconductors and export control of production equipment of battery and mineral",
    );
    // Two phrases closed by 等の are examples of the noun after them.
    expect(read("半導体の輸出規制や電池の輸出規制等の新たな措置")).toBe(
      "New measures such as export control of semiconductors and export control of battery",
    );
  });

  it("reads a decimal share with its bound, an adjective a clause ends on with its noun, and a clause before a comma as describing the noun", () => {
    expect(read("株式の0.5%以上を取得")).toBe("Acquire 0.5% or more of shareholding");
    expect(read("外国で生産された特定の試験製品")).toBe("Specific test product produced overseas");
    expect(read("特定の中国産レアアース化合物を含む、外国で生産された特定の試験製品")).toBe(
      "Specific test product produced overseas including specific made in China rare earths compounds",
    );
  });

  it("reads 以外の as other than, 以下の as the following, に対し as to, and 「…する際、」 with no subject as when doing it", () => {
    expect(read("中国以外の国・地域")).toBe("Countries and regions other than China");
    expect(read("製品を輸出する際、許可を取得する")).toBe("When exporting product, acquire licence");
    expect(read("中国国外の組織・個人が中国以外の国・地域に対し、以下の製品を輸出する")).toBe(
      "Organization and individual outside China export the following product to countries and regions other than China",
    );
    // 「これに対して、」 answers the line before; what the verb takes as its object comes before the aim.
    expect(read("これに対して、試験環境の確保に向けて、内外一体の政策に取り組む")).toBe(
      "In response to this, tackle the policy of integrated domestic and international toward the securing of test environment",
    );
  });

  it("reads 「ことができる(ものとする)」 as can or may, a topic the verb only acts on as what is done, and 「「…」との」 as stating", () => {
    expect(read("費用は、研究開発経費として支出することができるものとする")).toBe(
      "Cost may be spent as research and development expenses",
    );
    expect(read("費用を支出することができる")).toBe("Can spend cost");
    expect(read("試験事業では、「費用を支出する。」との規定を設けている")).toBe(
      'Establish provision stating "spend cost" in test business',
    );
  });

  it("reads what was announced, what was agreed, a share at least or at most, and numbered items inside brackets", () => {
    expect(read("試験会合で、全ての加盟国が国防支出2%の目標を達成することが発表された")).toBe(
      "At test meeting, it was announced that all member states achieve the goal of 2% defense spending",
    );
    expect(read("加盟国は国防支出の目標を5%に引き上げることに合意")).toBe(
      "Member state agreed to raise the goal of defense spending to 5%",
    );
    expect(read("中核的国防支出は少なくとも3.5%")).toBe("Core defense spending is at least 3.5%");
    expect(read("目標を5%(①中核、②安保)に引き上げる")).toBe("Raise goal to 5% ((1) core, (2) security)");
    // A page's number (① / 2) is no list.
    expect(read("参照文献 (① / 2)")).toBeUndefined();
  });

  it("reads 「…という姿勢」 as the stance of doing it, 「…するのではなく、」 as rather than doing it, and 「うち…4」 as of which", () => {
    expect(read("技術流出に対して過度に委縮するのではなく、適切な対策を講じるという姿勢が求められる")).toBe(
      "Rather than excessively shrinking back from technology leakage, the stance of implementing appropriate countermeasure is required",
    );
    expect(read("14対象事業(うち経産省関連4)の重要設備の事前審査")).toBe(
      "Prior review of critical equipment of 14 covered businesses (of which 4 METI related)",
    );
    // A clause whose verb takes no object does not describe what it acts on.
    expect(read("政官民が戦略的に取り組む体制の構築")).toBeUndefined();
  });

  it("reads a line of numbered items only as each item read, all or none", () => {
    expect(read("①物品の詳細さ　②リアルタイム性　③対象範囲")).toBe(
      "(1) Detail of goods; (2) Real-time capability; (3) Target scope",
    );
    expect(read("①炭素繊維　⑪ほげほげ")).toBeUndefined();
  });

  it("reads 「…ことを踏まえ、」 as what the rest is done given, and 「…すべく、」 as what it is done for", () => {
    expect(read("技術流出対策に関するニーズが聞かれていることを踏まえ、検討を開始")).toBe(
      "Given that needs on technology leakage countermeasures are heard, start consideration",
    );
    expect(read("これらの内容を網羅すべく、検討を開始")).toBe("To cover the content of these, start consideration");
  });

  it("reads a short label and what it labels apart by one wide space, and two statements apart by an ellipsis", () => {
    expect(read("自動車・自動車部品　追加関税率:25% … 日本、EUについては、MFN税率等を含め15%")).toBe(
      "Automobile and auto parts: additional tariff rate: 25% … regarding Japan and EU, 15% including MFN tariff, etc.",
    );
    // An item's number is no label.
    expect(read("(17の2)　試験製造基材")).toBeUndefined();
  });

  it("reads a person the glossary does not know by the name's reading, and who they are after a wide space", () => {
    expect(read("角南篤　神戸大学教授(座長)")).toBe("Sunami Atsushi, kobe University professor (chair)");
    // A one-character word kuromoji takes for a name (金 of a weekday) is no person.
    expect(read("2月25日(金)に公表された措置") ?? "").not.toMatch(/Kimu/u);
  });

  it("reads a count closing a list, a date 現在, a place's label and floor, and where a list holds before it", () => {
    expect(read("半導体、蓄電池、クラウドの3つ(令和5年10月現在)")).toBe(
      "Semiconductors, batteries and cloud (3 in all) (as of October 2023)",
    );
    expect(read("経産省関係では、半導体、蓄電池、クラウドの3つ")).toBe(
      "METI-related: semiconductors, batteries and cloud (3 in all)",
    );
    expect(read("<場所>経済産業省本館 17 階第 1 特別会議室")).toBe(
      "Location: METI main building 17th floor first special conference room",
    );
  });

  it("reads 「…を用いて」 before the next action as what it is done with (using …), and 製造 as produce", () => {
    expect(read("試験技術を用いて外国で製造された製品")).toBe("Product produced using test technology overseas");
  });

  it("reads a date set off by a comma as the sentence's, and 「極微量であっても」 after what the clause's verb takes", () => {
    expect(read("10月9日、中国産レアアースを含む製品を発表")).toBe(
      "On 9 October, announced product including made in China rare earths",
    );
    expect(read("極微量であっても中国産レアアースを含む製品")).toBe(
      "Product including made in China rare earths even in trace amounts",
    );
  });

  it("reads 「第N章では、」 as where, 記載 as describe, おそれ as risk", () => {
    expect(read("第2章では、技術流出への対策を記載している")).toBe(
      "Describe countermeasure to technology leakage in chapter 2",
    );
    expect(read("本ガイダンスに記載された対策")).toBe("Countermeasure described in this guidance");
    expect(read("日本企業の活動阻害のおそれ")).toBe("Risk of obstruction of activities of Japanese companies");
  });

  it("reads と before a verb's plain form as what something is taken as, not 'and', but a verb's stem as a noun", () => {
    expect(read("投資と捉える")).toBeUndefined();
    expect(read("戦略的対話の枠組みと狙い")).toBe("Framework and aims of strategic dialogue");
  });

  it("reads each sentence of a line of two or more, leaving undefined the ones it cannot read", () => {
    expect(englishSentences("ほげほげが増える。営業秘密管理を強化すべき。", tokenizer)).toEqual([
      { text: "ほげほげが増える", english: undefined },
      { text: "営業秘密管理を強化すべき", english: "Trade secret management should be strengthened" },
    ]);
    expect(englishSentences("営業秘密管理を強化すべき。", tokenizer)).toBeUndefined();
  });

  it("reads a verb made a noun by 化 as the noun (見える化: visualization), with no clause describing the ending", () => {
    expect(read("重要物資の見える化を推進する")).toBe("Promote the visualization of critical products");
  });

  it("reads a clause before two nouns joined by ・ as describing both, and before と only the first", () => {
    expect(read("輸出管理を強化する人材・体制")).toBe("Talent and system strengthening export controls");
    expect(read("政府が公表した指針と日本経済")).toBe("Guideline published by government and Japanese economy");
  });

  it("reads 諸 before a noun as various, the noun as many by the glossary's own plural", () => {
    expect(read("諸外国の輸出管理")).toBe("Export controls of various foreign countries");
  });

  it("reads an action done first, then one done alongside another, as two headlines joined by and", () => {
    expect(read("営業秘密の課題を把握するとともに、専門家の知見を得ながら、輸出管理の要素を整理")).toBe(
      "Understand the issue of trade secrets, and organize the element of export controls, while obtaining the knowledge of expert",
    );
  });

  it("reads 措置 closing a line after its object as what is provided, in the past when the line is dated", () => {
    expect(read("補正予算で約100億円を措置")).toBe("Provide about ¥10 billion in supplementary budget");
    expect(read("令和4年度補正予算で約100億円を措置")).toBe(
      "Provided about ¥10 billion in supplementary budget in fiscal 2022",
    );
    // Elsewhere 措置 is a measure.
    expect(read("輸出禁止措置の導入")).toBe("Introduction of export ban");
  });

  it("reads a list of phrases after what it is for, and 等 closing a chain after the whole chain, said once", () => {
    expect(
      read("輸出管理の強化と営業秘密の保護のため、資金支援、官民対話のための協議会設置、調査研究業務の委託等を措置"),
    ).toBe(
      "Provide financial support, establishment of council for public-private dialogue and outsourcing of research, etc. for the strengthening of export controls and protection of trade secrets",
    );
    expect(read("営業秘密管理の見直し等")).toBe("Review of trade secret management, etc.");
    expect(read("ロシア等への輸出管理の強化等")).toBe("Strengthening of export controls to Russia, etc.");
  });

  it("reads a hand-written name longer than six tokens whole: the Cabinet's Basic Policy by its full title", () => {
    expect(read("経済財政運営と改革の基本方針2030")).toBe(
      "Basic Policy on Economic and Fiscal Management and Reform 2030",
    );
  });

  it("reads an adjective that ends in い before its noun and as what a subject is", () => {
    expect(read("激しい国際競争")).toBe("Intense international competition");
    expect(read("輸出管理が厳しい")).toBe("Export controls are strict");
    expect(read("投資家の関心が高い")).toBe("The interest of investor is high");
  });

  it("reads an action needed with what it is needed for, what goes alongside it, or a second action", () => {
    expect(read("企業が激しい国際競争を生き残る上で、営業秘密の保護に戦略的に取り組むことが必須")).toBe(
      "For companies to survive intense international competition, it is essential to strategically tackle the protection of trade secrets",
    );
    expect(read("輸出管理を強化し、営業秘密を保護することは重要")).toBe(
      "It is important to strengthen export controls, and protect trade secrets",
    );
    expect(read("市場の動きに配慮しつつ、輸出管理の強化を図ることが必要")).toBe(
      "It is necessary to seek the strengthening of export controls, while considering the movement of market",
    );
  });

  it("reads 「…と比較して、」「…に比べ、」 as what the clause is measured against, said first", () => {
    expect(read("欧米企業と比較して、日本企業の輸出管理が厳しい")).toBe(
      "Compared with western companies, the export controls of Japanese companies are strict",
    );
  });

  it("reads an action beside another with its own of-phrase as two phrases, and a thing beside a thing as one chain", () => {
    expect(read("海外展開や海外人材の活用")).toBe("Overseas expansion and use of foreign talent");
    expect(read("半導体や蓄電池の供給")).toBe("Supply of semiconductors and batteries");
  });

  it("reads what may be done with no one named as doing it in the passive, and 原則として as in principle", () => {
    expect(
      read(
        "輸出管理の強化を求めるインフォームを発出する場合もあるが、原則として、対話を通じた信頼関係の下での解決を目指す",
      ),
    ).toBe(
      "The inform requiring strengthening of export controls may be issued, but in principle aim for solution under trust through dialogue",
    );
  });

  it("reads what an aim is not and what it is: 「AすることがNではなく、BすることがN」", () => {
    expect(read("輸出管理を止めることが目的ではなく、営業秘密の保護を徹底することが目的")).toBe(
      "The purpose is not to stop export controls, but to ensure the protection of trade secrets",
    );
  });

  it("leaves a chain unread where と may join its right item to all that comes before it", () => {
    expect(read("コロナ禍からの回復とウクライナ情勢の下での輸出管理")).toBeUndefined();
    // Two of-chains are two phrases all the same, a ・ inside the second joining two of its nouns.
    expect(read("政府全体の体制強化や専門人材の育成・活用")).toBe(
      "Strengthening of whole of government and development and use of specialists",
    );
    expect(read("政府全体の体制強化や専門人材の育成")).toBe(
      "Strengthening of whole of government and development of specialists",
    );
  });

  it("reads a condition with no subject as done to its object, 「…の対象となる」 as subject to, and 「…はない」 as there is no", () => {
    expect(read("退職に伴い営業秘密を開示した場合は外為法の対象となるが、退職そのものを制限する規定はない")).toBe(
      "If trade secrets are disclosed with retirement, it is subject to Foreign Exchange and Foreign Trade Act, but there is no provision restricting retirement itself",
    );
    expect(read("営業秘密の開示は外為法の対象となる")).toBe(
      "The disclosure of trade secrets is subject to Foreign Exchange and Foreign Trade Act",
    );
    expect(read("輸出管理の規定がない")).toBe("There is no provision of export controls");
    // A headline naming what a law covers, on the premise it is given.
    expect(read("適切な輸出管理を行っている前提で、外為法の対象")).toBe(
      "Subject to Foreign Exchange and Foreign Trade Act on the premise of conducting appropriate export controls",
    );
  });

  it("reads 向け inside a longer word the glossary knows by the grammar (for Russia), not as the glossary's compound", () => {
    expect(read("ロシア向け先端的な物品の輸出")).toBe("Export of advanced goods for Russia");
  });

  it("reads a month and a day before what was done on it as a date, and a dated action as done on that date", () => {
    expect(read("輸出管理の見直し(6/7 閣議決定)")).toBe("Review of export controls (cabinet decision on 7 June)");
    expect(read("研究会(3/15開催)")).toBe("Study group (held on 15 March)");
    expect(read("輸出管理指針(令和3年11月18日公表)")).toBe("Export controls guideline (published on 18 November 2021)");
    // A verb of two words stays named.
    expect(read("外為法(2020年12月施行)")).toBe(
      "Foreign Exchange and Foreign Trade Act (enforcement in December 2020)",
    );
    // A slash between numbers before anything else is no date.
    expect(read("輸出管理(3/15)")).toBeUndefined();
  });

  it("reads 取りまとめ closing a clause as compile, and the Fair Trade Commission by its name", () => {
    expect(read("公正取引委員会において輸出管理の考え方を取りまとめ")).toBe(
      "Compile the approach of export controls in Japan Fair Trade Commission",
    );
  });

  it("reads a verb before a link as the action named, and a month of this year or the last as a date", () => {
    expect(read("営業秘密を保護するに当たっての論点")).toBe("Issue in protecting trade secrets");
    expect(read("本年4月に開催された有識者会議")).toBe("Expert meeting held in April this year");
    expect(read("昨年10月に公表された指針")).toBe("Guideline published in October last year");
  });

  it("reads what was stated in quotes after what led to it, a short name the text goes on to use, and 。 inside brackets as no sentence's end", () => {
    expect(
      read("有識者会議(以下「会議」という。)において輸出管理の論点が提起され、「輸出管理の見直しが必要」とされた"),
    ).toBe(
      'The issue of export controls was raised in expert meeting (hereinafter "meeting"), and it was stated that the review of export controls is necessary',
    );
  });

  it("reads など and a comma before the last phrase as examples of it, but not 等及び, which adds one more", () => {
    expect(read("人材育成、技術管理など、様々な対応が求められている")).toBe(
      "Various responses such as human resource development and technology control are required",
    );
    expect(read("人材育成、技術管理及び情報共有等の対応")).toBe(
      "Response of human resource development, technology control and information sharing, etc.",
    );
  });

  it("reads といった after a list as examples of the noun after it, and a verb that takes an object, with none, as done to the noun", () => {
    expect(read("情報交換、連携、再編といった行為")).toBe(
      "Act such as information exchange, cooperation and consolidation",
    );
    expect(read("輸出管理の観点から実施する行為")).toBe("Act conducted from perspective of export controls");
    expect(read("事業者間における情報交換")).toBe("Information exchange between businesses");
  });

  it("reads conducting an action (議論を行い, 周知を行う) as doing it", () => {
    expect(read("研究会において事例について議論を行い、業界団体に周知を行う")).toBe(
      "Discuss examples in study group, and publicize to industry associations",
    );
  });

  it("reads a loanword split by ・ as the glossary's one word, a round as the meeting's, and a verb's stem the reading names as a noun", () => {
    expect(read("ケース・スタディ")).toBe("Case study");
    expect(read("第8回有識者会議")).toBe("8th expert meeting");
    // The glossary's 「第6回経済安全保障」 would give the round to economic security.
    expect(read("第6回経済安全保障に関する有識者会議")).toBeUndefined();
    expect(read("第5回経済安保有識者会議資料")).toBeUndefined();
    expect(read("第8回有識者会議(11/20開催)")).toBe("8th expert meeting (held on 20 November)");
    expect(read("戦略的対話の枠組みと狙い")).toBe("Framework and aims of strategic dialogue");
  });

  it("reads ための after any plain verb as what the noun is for, and early before its noun", () => {
    expect(read("技術を守るための取組")).toBe("Initiative to protect technology");
    expect(read("輸出管理の早期の見直し")).toBe("Early review of export controls");
  });

  it("leaves a て-form straight before another verb unread: it says how that one is done, no second action", () => {
    expect(read("スピード感を持って対応する")).toBeUndefined();
    // て before an auxiliary or a comma is read as before.
    expect(read("輸出管理を強化して、技術流出を防止する")).toBe(
      "Strengthen export controls, and prevent technology leakage",
    );
  });

  it("reads a count before the noun it counts in words, the noun as many", () => {
    expect(read("営業秘密管理の4つの柱")).toBe("Four pillars of trade secret management");
    expect(read("「3つのP」の推進")).toBe('Promotion of "three Ps"');
  });

  it("reads a footnote's mark in brackets as nothing, and an application date still to be set", () => {
    expect(read("有識者研究会での検討(※1)を踏まえ、「輸出管理指針」を策定")).toBe(
      'Formulate "export controls guideline" in light of consideration in expert study group',
    );
    expect(read("米国については15%で合意(適用日未定)")).toBe(
      "Regarding United States, agree on 15% (application date undecided)",
    );
  });

  it("reads an adjective's く form before a verb as how it is done, a time set up as the topic as when, and future before its noun", () => {
    expect(read("現在は特定国に大きく依存")).toBe("Currently significantly depend on specific countries");
    expect(read("通商政策の今後の方向性")).toBe("Future direction of trade policy");
  });

  it("reads what should be done to a noun's, what sets a clause off, and an action the glossary names by its noun only as engaged in", () => {
    expect(read("管理を強化すべき重要技術")).toBe("Critical technologies for which control should be strengthened");
    expect(read("これを端緒として官民が確実に対話する")).toBe(
      "The public and private sectors reliably engage in dialogue triggered by this",
    );
    expect(read("産業界と対話を行う")).toBe("Engage in dialogue with industry");
    // A noun the glossary gives no verb for, made one by し, is no reading.
    expect(read("国際レジームを補完し、輸出管理を強化")).toBeUndefined();
  });

  it("reads 引き続き as continuously and 「…を担当」 as in charge of", () => {
    expect(read("国内製造業に引き続き影響を及ぼしている")).toBe("Continuously exert impact to domestic manufacturing");
    expect(read("商務省が輸出管理・貿易救済措置を担当")).toBe(
      "Department of Commerce is in charge of export controls and trade remedies",
    );
  });

  it("says a word once when the glossary's next phrase opens with it, and makes no adverb of a noun (試験的に)", () => {
    expect(read("新しい資本主義に向けた計画")).toBe("Plan toward new capitalism");
    expect(read("試験的に実施")).toBeUndefined();
  });

  it("reads a provision: its article first, around a date, a review added as done, its condition and what it shall do", () => {
    expect(
      read(
        "第九条政府は、営業秘密管理の施行後五年を目途として、輸出管理の状況について検討を加え、必要があると認めるときは、必要な措置を講ずるものとする",
      ),
    ).toBe(
      "Article 9: Government considers the situation of export controls around 5 years after enforcement of trade secret management, and when it finds it necessary, shall implement necessary measure",
    );
    // Adding a thing is adding it; 「…をするものとする」 is no designation.
    expect(read("輸出管理に新たな品目を加える")).toBe("Add new item to export controls");
    expect(read("必要な措置を講ずるものとする")).toBe("Shall implement necessary measure");
  });

  it("reads a part numbered in roman numerals, with a dot after the numeral or a space alone", () => {
    expect(read("- II. 営業秘密管理の強化")).toBe("(II) Strengthening of trade secret management");
    expect(read("IV 輸出管理制度の見直し")).toBe("(IV) Review of export control system");
  });

  it("reads 化 after a quality as the quality (サプライチェーン強靱化: supply chain resilience), and 方向性 as direction", () => {
    expect(read("① サプライチェーン強靱化")).toBe("(1) Supply chain resilience");
    expect(read("輸出管理の方向性")).toBe("Direction of export controls");
  });

  it("leaves a flow chart's boxes run together unread: twenty characters and more with no particle or mark", () => {
    expect(read("→試験分野等によるスクリーニング試験審査保全指定外国出願制限補償")).toBeUndefined();
    expect(read("→ 試験審査の実施")).toBe("→ Implementation of review of test");
  });

  it("reads 信頼できる as trusted", () => {
    expect(read("信頼できる半導体の調達")).toBe("Procurement of trusted semiconductors");
  });

  it("reads 更なる before an action as a further action named", () => {
    expect(read("営業秘密管理の更なる強化")).toBe("Further strengthening of trade secret management");
  });

  it("reads 「AをBとする」 as one thing designated as another", () => {
    expect(read("① 企業の代表者を営業秘密管理の責任者とする。")).toBe(
      "(1) Designate representative of company as person in charge of trade secret management",
    );
    // A clause with more in it than two noun phrases is left to the grammar (and here, unread).
    expect(read("企業は代表者を責任者とする")).toBeUndefined();
  });

  it("reads a line that ends in an action as a headline, in the past when it is dated", () => {
    expect(read("輸出管理を強化")).toBe("Strengthen export controls");
    expect(read("2024年3月、政府が輸出管理を強化。")).toBe("In March 2024, government strengthened export controls");
    expect(read("企業は情報を共有すべき")).toBe("Company should share information");
    expect(read("サプライチェーンの強靱化が必要である")).toBe("The resilience of supply chains is necessary");
  });

  it("reads what an action is done for (ため, ための), a manner noun with に, and に加え as 'in addition to'", () => {
    expect(read("輸出管理を強化するための官民連携")).toBe("Public-private partnership to strengthen export controls");
    expect(read("不正輸出を未然に防止するため、輸出管理を強化")).toBe(
      "To proactively prevent illegal export, strengthen export controls",
    );
    expect(read("輸出管理に加え、投資審査を強化")).toBe(
      "Strengthen investment screening in addition to export controls",
    );
    // After a plain verb or a past, ため gives a reason, read only when its clause says who or what: the English
    // would need a subject the line does not give.
    expect(read("時間を要するため、輸出管理を強化")).toBeUndefined();
    expect(read("輸出管理を強化したため、投資審査を強化")).toBeUndefined();
    expect(read("輸出管理が強化されたため、企業の対応が求められる。")).toBe(
      "Because export controls were strengthened, the response of company is required",
    );
  });

  it("reads a table row written against its header cell by cell, a Latin name's Japanese gloss left out", () => {
    expect(read("3. 参加国数: ABC (試験グループ) 48か国 / XYZ (別の試験体) 35か国")).toBe(
      "(3) Number of participating countries: ABC 48 countries; XYZ 35 countries",
    );
    // One cell the grammar cannot read, and the row stays unread.
    expect(read("参加国数: ABC (試験グループ) 48か国 / XYZ 試験的な何か")).toBeUndefined();
  });

  it("reads a statement closed by もの as what its topic does, and a case particle with も as 'also'", () => {
    expect(read("本制度は、重要技術の管理を強化するもの。")).toBe(
      "This system strengthens the control of critical technologies",
    );
    expect(read("日本でも対内投資審査を強化")).toBe("Also strengthen investment screening in Japan");
    expect(read("中小企業にも支援を拡充")).toBe("Also expand support to small and medium enterprises");
  });

  it("reads 「…ものではなく、…もの」 as what its topic does not do and does instead, and 「また、」 as 'also'", () => {
    expect(read("本制度は、輸出を禁止するものではなく、管理を強化するもの")).toBe(
      "This system does not prohibit export, but strengthens control",
    );
    // Without a topic there is no one to deny it of.
    expect(read("輸出を禁止するものではなく、管理を強化するもの")).toBeUndefined();
    expect(read("また、輸出管理を強化する")).toBe("Also, strengthen export controls");
  });

  it("never reads a slash between numbers as 'and': a date before what was done on it, or left unread", () => {
    expect(read("試験会議(11/20開催)に先立ち、研究会を開催")).toBe(
      "Hold study group before test meeting (held on 20 November)",
    );
    expect(read("試験会議(11/20)に先立ち、研究会を開催")).toBeUndefined();
  });

  it("keeps an adverb on the action it qualifies (迅速に対応 → Rapidly respond), never dropping it", () => {
    expect(read("迅速に対応")).toBe("Rapidly respond");
    expect(read("積極的に対応する")).toBe("Actively respond");
  });

  it("reads 的 with any adjective the glossary gives (安定的 → stable, 中長期的 → medium- and long-term)", () => {
    expect(read("基幹インフラ役務の安定的な提供を確保")).toBe(
      "Secure the stable provision of critical infrastructure services",
    );
    expect(read("中長期的な業績向上")).toBe("Medium- and long-term performance improvement");
  });

  it("reads a noun's ための as 'for', but not after a coordination whose scope the turned chain would misplace", () => {
    expect(read("経済安全保障のための措置")).toBe("Measure for economic security");
    expect(read("重要技術の管理のための制度")).toBe("System for control of critical technologies");
    expect(read("自律性の向上や優位性の確保のための制度の見直し")).toBeUndefined();
  });

  it("reads the circumstance a clause with 中 sets (as …), a quality noun of an adjective, 同法 and a noun of view", () => {
    expect(read("輸出管理が強化される中、企業の対応が求められる。")).toBe(
      "As export controls are strengthened, the response of company is required",
    );
    // 不可欠性: the glossary gives the adjective; English forms its quality noun regularly.
    expect(read("戦略的不可欠性の確保")).toBe("Securing of strategic indispensability");
    // 同法: the Act the line named before.
    expect(read("同法の見直し")).toBe("Review of the Act");
    // A clause before 観点 names the view: "perspective of securing", not "perspective securing".
    expect(read("供給を確保する観点から、輸出管理を強化")).toMatch(/perspective of securing supply/u);
  });

  it("reads a timeline's row as its date and what it dates, and rows shown one to a line row by row", () => {
    expect(read("2023年12月 黒鉛")).toBe("December 2023: graphite");
    expect(read("2023年12月 黒鉛\n2024年9月 アンチモン")).toBe("December 2023: graphite; September 2024: antimony");
    // A dated sentence is still set in its month.
    expect(read("2024年3月、政府が輸出管理を強化。")).toBe("In March 2024, government strengthened export controls");
    // All rows or none.
    expect(read("2023年12月 黒鉛\n2024年9月 試験鉱ズ")).toBeUndefined();
  });

  it("reads a passive with its subject, an adverb before its verb, and label: value pairs one by one", () => {
    expect(read("輸出管理が強化された")).toBe("Export controls were strengthened");
    expect(read("企業は技術情報を適切に管理すべき")).toBe("Company should appropriately control technical information");
    expect(read("中国:55%、チリ:30%")).toBe("China: 55%; Chile: 30%");
  });

  it("reads a clause that describes a noun after the noun: done to it, or done by it", () => {
    expect(read("政府が公表した指針")).toBe("Guideline published by government");
    expect(read("企業は、政府が公表した指針を活用すべき")).toBe(
      "Company should utilize guideline published by government",
    );
    expect(read("営業秘密を不正に取得する行為")).toBe("Act fraudulently acquiring trade secrets");
  });

  it("puts adverbs and adverbial nouns of time before the verb, and reads と before an action as 'with'", () => {
    expect(read("まず、企業は情報を共有すべき")).toBe("Company should first share information");
    expect(read("今般、新たに4技術を追加")).toBe("Recently newly add 4 technologies");
    expect(read("米国と連携を強化")).toBe("Strengthen cooperation with United States");
    expect(read("半導体と蓄電池を指定")).toBe("Designate semiconductors and batteries");
    expect(read("この制度の見直し")).toBe("Review of this system");
  });

  it("reads とともに between two actions, a pronoun, a note after ※ and a heading in angle brackets", () => {
    expect(read("輸出管理を強化するとともに、官民の連携を推進")).toBe(
      "Strengthen export controls, and promote the cooperation of public-private",
    );
    expect(read("これを踏まえ、対応を強化")).toBe("Strengthen response in light of this");
    expect(read("輸出禁止措置※貨物自動車、ブルドーザー等")).toBe(
      "Export ban (note: cargo automobile and bulldozer, etc.)",
    );
    expect(read("<第5回有識者会議>")).toBe('"5th expert meeting"');
  });

  it("joins two names that name one thing, keeps a list of names apart, and scopes a list by its phrases", () => {
    expect(read("UAE・NZ CEPA 署名")).toBe("Signature of UAE-NZ CEPA");
    expect(read("JBIC・JICAなどとの連携")).toBe("Cooperation with JBIC and JICA, etc.");
    // A bare noun before the comma modifies the same noun as the one after it; phrases on both sides are a list.
    expect(read("人工衛星、ロケットの部品")).toBe("Parts of satellite and rocket");
    expect(read("半導体の支援の強化及び官民の連携の推進")).toBe(
      "Strengthening of support of semiconductors and promotion of cooperation of public-private",
    );
    // A label and a footnote mark.
    expect(read("(参考) 貿易管理のミッション")).toBe("(reference) Mission of trade control");
    expect(read("「半導体協力基本原則」※1を策定")).toBe('Formulate "semiconductor cooperation principles"');
    // A bare ※ right after a word marks a footnote too; one before words of its own is a note.
    expect(read("11の特定重要物資※を指定。")).toBe("Designate 11 specified critical products");
  });

  it("keeps item marks, brackets, figures and Latin names as the line writes them", () => {
    expect(read("③ 輸出管理(半導体・蓄電池)")).toBe("(3) Export controls (semiconductors and batteries)");
    expect(read("5年間で約2.4兆円を支援")).toBe("Support about ¥2.4 trillion in 5 years");
    expect(read("AZEC閣僚会合")).toBe("AZEC ministerial meeting");
    expect(read("2023年8月 ガリウム、ゲルマニウム")).toBe("August 2023: gallium and germanium");
  });

  it("leaves a line unread when one word or construction is beyond it, rather than read it in part", () => {
    // A word no glossary knows.
    expect(read("ほげほげ制度の見直し")).toBeUndefined();
    // A causative changes what the line says; a line cut after a particle says nothing whole.
    expect(read("輸出管理を強化させる")).toBeUndefined();
    // A clause made a noun by こと has a subject of its own, which must not become the sentence's.
    expect(read("中国が輸出管理を強化したことを踏まえ、対応を強化")).toBeUndefined();
    expect(read("中国が輸出管理を強化したから、対応を強化")).toBeUndefined();
    // A clause with more than one particle describing a noun is beyond what the grammar reads safely.
    expect(read("今春を目途に中間報告を取りまとめる予定")).toBeUndefined();
    expect(read("組織内の輸出管理体制を定めること。")).toBe("Stipulate export control system within the organization");
    expect(read("政府が公表した指針の内容で、")).toBeUndefined();
    // A table row is read against its header, not as a phrase.
    expect(read("項番\u3000項目\u3000項番\u3000項目")).toBeUndefined();
    expect(read("基幹インフラ制度への支援の追加、…")).toBeUndefined();
  });
});

describe("englishReading of linked clauses", () => {
  it("reads も after the subject of a quality as 'also', and an action said to be needed as 'it is … to'", () => {
    expect(read("業界団体との対話も重要")).toBe("Dialogue with industry associations is also important");
    expect(read("営業秘密管理を強化することが重要")).toBe("It is important to strengthen trade secret management");
    expect(read("輸出管理を見直すことも必要である")).toBe("It is also necessary to review export controls");
    // も standing in for を cannot be told from the subject of an action: left unread.
    expect(read("輸出管理も強化する")).toBeUndefined();
  });

  it("reads a sentence's opening link word first, and ためには as what the rest is done for", () => {
    expect(read("このため、営業秘密管理を強化する")).toBe("For this reason, strengthen trade secret management");
    expect(read("例えば、業界団体と対話を実施")).toBe("For example, engage in dialogue with industry associations");
    // なお runs on into its clause ("note that"), with no comma.
    expect(read("なお、技術管理の強化が重要である")).toBe(
      "Note that the strengthening of technology control is important",
    );
    expect(read("営業秘密を保護するためには、官民対話が重要")).toBe(
      "To protect trade secrets, public-private dialogue is important",
    );
  });

  it("reads ながら and つつ as an action done alongside, a topic before them the subject of both", () => {
    expect(read("業界団体と連携しつつ、輸出管理を強化する")).toBe(
      "Strengthen export controls, while collaborating with industry associations",
    );
    expect(read("政府は業界団体と連携しながら、輸出管理を強化する")).toBe(
      "Government strengthens export controls, while collaborating with industry associations",
    );
    // An action that describes a noun (連携した対応) is no partner's 'with'.
    expect(read("共有と連携した対応")).toBeUndefined();
  });

  it("reads については as what the clause is about, said first, and leaves items numbered inside a sentence unread", () => {
    expect(read("重要技術については、輸出管理を強化する")).toBe(
      "Regarding critical technologies, strengthen export controls",
    );
    expect(read("①営業秘密の保護、②輸出管理の強化を実施")).toBeUndefined();
    expect(read("輸出管理の概要② / 2")).toBeUndefined();
  });

  it("reads 「…が、」 after a clause as 'but', and まずは as 'first'", () => {
    expect(read("転職は自由であるが、営業秘密の漏洩は違法")).toBe(
      "Job change is free, but the leaking of trade secrets is illegal",
    );
    expect(read("まずは営業秘密管理を強化")).toBe("First strengthen trade secret management");
  });

  it("writes an Act's name with capitals, makes what is considered the object, and puts 'the' before a noun an of-phrase makes particular", () => {
    expect(read("同法の見直しについて検討する")).toBe("Consider the review of the Act");
    expect(read("独占禁止法の運用を見直す")).toBe("Review the operation of Antimonopoly Act");
    // A headline item keeps the headline style.
    expect(read("独占禁止法の運用の見直し")).toBe("Review of operation of Antimonopoly Act");
  });

  it("reads a flow chart's boxes set apart each in English, all or none", () => {
    expect(read("→輸出管理 投資審査 営業秘密管理 技術流出 補償")).toBe(
      "→ Export controls / investment screening / trade secret management / technology leakage / compensation",
    );
    // Spaces between words that are no such boxes are a table's row, read against its header.
    expect(read("輸出管理 投資審査 営業秘密管理 技術流出")).toBeUndefined();
  });

  it("reads a member's suggestion (ではないか) as a question and a wish (たい) as what we would like to do", () => {
    expect(read("営業秘密管理の強化が必要ではないか")).toBe(
      "Isn't the strengthening of trade secret management necessary?",
    );
    expect(read("輸出管理を見直すことが必要ではないか")).toBe("Isn't it necessary to review export controls?");
    expect(read("官民対話を進めていきたい")).toBe("We would like to advance public-private dialogue");
    // A request of others is no wish of the speaker's own action.
    expect(read("輸出管理の指針を示していただきたい")).toBeUndefined();
  });

  it("reads こと before a particle as the action named (…ing), and a subject with the noun it is", () => {
    expect(read("輸出管理を強化することにより、技術流出を防止する")).toBe(
      "Prevent technology leakage by strengthening export controls",
    );
    expect(read("対象は15技術")).toBe("Target is 15 technologies");
    expect(read("軍事転用可能な技術は、外為法の対象")).toBe(
      "Militarily usable technology is subject to Foreign Exchange and Foreign Trade Act",
    );
    // The last of several actions named as a subject would need all of them: said as what is important to do.
    expect(read("輸出管理を強化し、営業秘密を保護することは重要")).toBe(
      "It is important to strengthen export controls, and protect trade secrets",
    );
    // An adjective after が describes the noun after it; coordination inside a subject's chain is not turned around.
    expect(read("海外依存度が高い原材料の調達")).toBeUndefined();
    expect(read("米国の輸出管理や日本の投資審査が課題")).toBeUndefined();
  });

  it("agrees the verb with a subject of two things, and writes a place's name in capitals", () => {
    expect(read("米国と英国は輸出管理を強化")).toBe("United States and United Kingdom strengthen export controls");
    expect(read("輸出管理と投資審査が重要")).toBe("Export controls and investment screening are important");
    // Two things inside the of-phrase leave the head singular.
    expect(read("日本と中国の貿易が輸出管理を強化")).toBe("The trade of Japan and China strengthens export controls");
  });

  it("reads a time clause (際に, ときは, 際の) as when, with its own subject, and 第N次 / 第N に as ordinals", () => {
    expect(read("企業が技術を移転するときは、事前報告を行う")).toMatch(/^When company \w+ technology, conduct prior /u);
    expect(read("事業者がサイバー攻撃を受けた際の官民連携等を強化")).toBe(
      "Strengthen public-private partnership, etc., for when business operator receives cyberattack",
    );
    // Without its own subject the time clause would need one the line does not give.
    expect(read("サイバー攻撃を受けた際の官民連携を強化")).toBeUndefined();
    expect(read("第2次補正予算を編成")).toBe("Form second supplementary budget");
    // A round closing the line is read no further than its words, and never breaks the reading.
    expect(() => read("補正予算は第2次")).not.toThrow();
    expect(read("第4に、輸出管理を強化する。")).toBe("Fourth, strengthen export controls");
  });

  it("reads を目的とした and を対象とする as links, 先端的 as advanced, and a slide's red text as red", () => {
    expect(read("技術の獲得を目的とした投資を審査")).toBe("Screen investment aimed at acquisition of technology");
    expect(read("中小企業を対象とする支援を強化")).toBe("Strengthen support covering small and medium enterprises");
    expect(read("先端的な技術")).toBe("Advanced technology");
    expect(read("※ 赤字部分は令和3年11月18日改正部分")).toMatch(/^Parts in red /u);
  });

  it("reads a heading that is only its phrase (に向けて, について) with its preposition, and 徹底 as ensure", () => {
    expect(read("技術流出対策ガイドンス第2版の策定に向けて")).toBe(
      "Toward formulation of technology leakage countermeasures guidance second edition",
    );
    expect(read("1. 当面の経済財政運営について")).toBe("(1) On economic and fiscal management for the time being");
    expect(read("「『経済安全保障戦略策定』」に向けて")).toBe('Toward "economic security strategy formulation"');
    // A coordination inside the chain would be turned around with the wrong scope.
    expect(read("国際情勢の変化と社会課題の解決に向けて")).toBeUndefined();
    expect(read("官民対話を通じて、技術管理を徹底")).toBe("Ensure technology control through public-private dialogue");
    expect(read("適切な技術管理の徹底")).toBe("Ensuring of appropriate technology control");
  });

  it("reads 「…のため、」 as what the rest is for, and an adjective of need with its complement after its noun", () => {
    expect(read("サプライチェーン強靱化のため、重要物資の調達を支援")).toBe(
      "Support the procurement of critical products for supply chain resilience",
    );
    expect(read("供給に不可欠な役務")).toBe("Services essential for supply");
    expect(read("分離精製に必要な設備・材料")).toMatch(/^Equipment and material necessary for /u);
    // に before another adjective is the verb's: 「組織に十分な権限を与える」 gives the organization authority.
    expect(read("組織に十分な権限を与える")).not.toMatch(/sufficient for/u);
    expect(read("両国の協力を強化")).toBe("Strengthen the cooperation of both countries");
  });

  it("reads a timeline row whose spaces only set off its colon and its aside, and still leaves a table's row", () => {
    expect(read("25/5/23 : 第7回有識者会議 (アクションプラン再改訂)")).toBe(
      "23 May 2025: 7th expert meeting (action plan second revision)",
    );
    expect(read("[施行日] (1) 2025年11月8日 (2) 2025年10月9日(公布当日)")).toBeUndefined();
  });

  it("reads a denied action (ない, ず) as denied, with its subject or as a relative, never as the action done", () => {
    expect(read("義務的な開示制度が整備されていない")).toBe("Required disclosure system is not put in place");
    expect(read("クリアランスを取得していない取引先")).toBe("Business partner not acquiring clearance");
    expect(read("企業は技術を保有していない")).toBe("Company does not hold technology");
    // An instruction without a subject stays one.
    expect(read("対話を欠かさない")).toBe("Never neglect dialogue");
    expect(read("国内証券会社の多くが非居住者の株式口座管理に対応しておらず、管理上の不都合が発生。")).toBe(
      "Many of domestic securities companies do not respond to non-resident stock account management, and administrative inconvenience occurs",
    );
    // A denied passive before 場合 is the condition the rest holds on, no clause describing 場合.
    expect(read("営業秘密の懸念が払拭されない場合に、輸出管理を強化する")).toBe(
      "If the concern of trade secrets is not dispelled, strengthen export controls",
    );
    // A denial the grammar cannot place is no reading at all.
    expect(read("懸念が払拭されない輸出管理を強化するため")).toBeUndefined();
  });

  it("reads 考えられる as what can be considered", () => {
    expect(read("既存組織の活用が考えられる")).toBe("The use of existing organization can be considered");
  });

  it("fronts また as 'Also,' and gives に the preposition its verb takes (depend on, participate in)", () => {
    expect(read("また、輸出管理を強化する。")).toBe("Also, strengthen export controls");
    expect(read("DFCがコンソーシアムに参加")).toBe("DFC participates in consortium");
  });

  it("reads 依存 as depend on … for …, 全ての as all, and まずは wherever it stands", () => {
    expect(read("医薬品については、抗菌薬の原材料の多くを特定国に依存している")).toBe(
      "Regarding pharmaceuticals, depend on specific countries for many of raw materials of antibiotics",
    );
    expect(read("重要鉱物に依存しない代替技術の開発が重要である")).toBe(
      "The development of alternative technology not depending on critical minerals is important",
    );
    expect(read("全ての加盟国が輸出管理を強化")).toBe("All member states strengthen export controls");
    expect(read("課題を把握しながら、まずは要素を整理")).toMatch(/^First organize /u);
  });

  it("reads 「…する場合は、」 as the condition (if), with its own subject", () => {
    expect(read("企業が技術を移転する場合は、事前報告を行う")).toBe(
      "If company transfers technology, conduct prior notification",
    );
  });

  it("reads 「AのみならずB」 between two nouns as not only A but also B", () => {
    expect(read("民生利用のみならず公的利用に係るニーズ")).toBe("Needs on not only civilian use but also public use");
    // After a verb it joins clauses, which the grammar does not read.
    expect(read("日本の不可欠性を確保するのみならず、先行者になることが重要")).toBeUndefined();
  });

  it("reads a definition (AとはB) as one: something that does B, means doing B, or means B", () => {
    expect(read("セキュリティ・クリアランスとは、厳格な管理ルールを定めるもの")).toBe(
      "Security clearance is something that stipulates strict management rules",
    );
    expect(read("経済安全保障とは、国家の安全を経済面から確保すること")).toBe(
      "Economic security means securing the safety of state from economic aspect",
    );
    expect(read("みなし輸出とは、居住者への技術提供を管理する制度")).toBe(
      "Deemed exports means system controlling technology transfer to resident",
    );
    // A body that ends in a verb says what is done, not what the term is.
    expect(read("みなし輸出とは、居住者への技術提供を管理する")).toBeUndefined();
  });

  it("reads two of-chains joined by と or や as two phrases, unless the second links otherwise", () => {
    expect(read("市場の失敗の是正と普遍的価値の擁護")).toBe(
      "Correction of failure of market and defense of universal value",
    );
    // 「…の利用や調達に関する調査」: に関する governs both.
    expect(read("半導体の利用や調達に関する調査")).toBe("Investigation on use and procurement of semiconductors");
    // Two things inside a chain may both be of what comes before, or the second only of what follows (「事業者の
    // 認定基準や個人の適性評価」): left unread.
    expect(read("ドローンの機体と重要構成部品の量産体制の構築")).toBeUndefined();
    expect(read("事業者の認定基準や個人の適性評価の明確化")).toBeUndefined();
    // A second noun of the same kind as the first (認定基準, 審査基準) ends the second item: what follows is of both.
    expect(read("企業の認定基準や個人の適性評価の審査基準の明確化")).toBe(
      "Clarification of certification criteria of company and review criteria of individual security clearance",
    );
    // ・ joins two nouns inside one phrase.
    expect(read("国際社会の脅威・リスクへの対応")).not.toMatch(/^Threat/u);
  });

  it("reads とともに after a verb as 'and', 中で as 'as', and 上で as the aim, but not after a past", () => {
    expect(read("新たなスキームを新設するとともに、更なる課題を把握する")).toBe(
      "Establish new scheme, and understand further issue",
    );
    expect(read("地政学リスクが高まる中で、サプライチェーンの強靱化が重要")).toBe(
      "As geopolitical risk rises, the resilience of supply chains is important",
    );
    expect(read("組織体制を構築する上で、対話を実施")).toBe("To build organizational structure, engage in dialogue");
    // 「…を経た上で」 is what comes first, not an aim.
    expect(read("審議を経た上で、ビジョンを決定する")).toBeUndefined();
  });

  it("says 'also' once after 「また、」, and reads 「…とは」 as a definition only after a noun phrase", () => {
    expect(read("また、協議会にも積極的に協力する。")).toMatch(/^Also, actively cooperate /u);
    expect(read("日本は多くの主要貿易相手国とはEPA締結済み")).toBeUndefined();
  });

  it("reads ドローン, which the tokenizer cuts, as drone, and the Cabinet's yearly policy by its name", () => {
    expect(read("国産ドローンの量産体制の構築を進める")).toMatch(/drone/u);
    expect(read("骨太の方針において目標を掲げ")).toBe("Set forth goal in Honebuto Policy");
  });

  it("reads a topic with a clause of its own subject and noun or quality as 'for …, … is …'", () => {
    expect(read("医薬品は、原材料の調達が重要")).toBe(
      "For pharmaceuticals, the procurement of raw materials is important",
    );
    // With an action the topic and the subject cannot be told apart.
    expect(read("日本は企業が技術を保護する")).toBeUndefined();
  });

  it("reads an Act's number (Act No. 43 of 2022), the Foreign Exchange Act's full title once, and drops a gloss that says the name again", () => {
    expect(read("経済安全保障推進法(令和四年法律第四十三号) 附則")).toBe(
      "Economic Security Promotion Act (Act No. 43 of 2022) supplementary provisions",
    );
    expect(read("※2 外国為替及び外国貿易法(昭和24年法律第228号)。")).toBe(
      "(2) Foreign Exchange and Foreign Trade Act (Act No. 228 of 1949)",
    );
    expect(read("外国為替及び外国貿易法(外為法)に基づく規制を実施")).toBe(
      "Conduct regulation based on Foreign Exchange and Foreign Trade Act",
    );
  });

  it("says the source first (によると, according to) and counts many of things in the plural", () => {
    expect(read("調査によると、企業の多くが対策を強化")).toBe(
      "According to investigation, many of companies strengthen countermeasure",
    );
  });

  it("reads a headline naming a thing with what it is for, で with agree as on, and leaves an unconverted era year", () => {
    expect(read("マウンテンパスでのレアアース分離機能の拡張のため、1.5億ドルの低金利融資")).toBe(
      "Low-interest loan of $150 million for the expansion of rare earth separation capacity in Mountain Pass",
    );
    // で after a quality joins two qualities.
    expect(read("強靱で持続可能なサプライチェーン")).toBeUndefined();
    expect(read("韓国については15%で合意")).toBe("Regarding South Korea, agree on 15%");
    expect(read("令和3、4年度補正予算で計2,500億円")).toBeUndefined();
  });

  it("reads 「うち20億ドルは…」 as a share of the sum before it", () => {
    expect(read("うち20億ドルは国防備蓄強化に充てられる")).toBe(
      "Of which $2 billion is allocated to national defense stockpile",
    );
  });
});
