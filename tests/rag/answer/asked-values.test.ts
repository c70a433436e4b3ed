import { describe, expect, it } from "vitest";
import {
  askedValueKind,
  asksEveryItem,
  carriesValue,
  countsItems,
  enumeratedCount,
  itemCount,
  statedAmounts,
  statedItemCount,
  withoutStated,
} from "../../../rag/answer/asked-values.ts";

describe("statedItemCount and its counters", () => {
  it("reads how many items the asker says there are, with the counter used", () => {
    expect(statedItemCount("重レアアース7種、全部の元素名を挙げて")).toBe(7);
    expect(statedItemCount("15分野を全部教えて")).toBe(15);
    expect(statedItemCount("list all 15 sectors")).toBe(15);
    // A count's noun may stand after several words that qualify it.
    expect(statedItemCount("List all seven medium and heavy rare earth elements put under control.")).toBe(7);
    expect(statedItemCount("What are the three principles?")).toBe(3);
    // Letters counted as a set: "the 3 Ps" is 「3つのP」.
    expect(statedItemCount('What are the "3 Ps" of the plan?')).toBe(3);
    expect(statedItemCount("Which 14 industry associations took part?")).toBe(14);
    expect(statedItemCount("List all seven medium/heavy rare earths")).toBe(7);
    expect(statedItemCount("List all seven medium/heavy rare earth elements that were controlled")).toBe(7);
    expect(statedItemCount("Can you list all 50 critical technologies?")).toBe(50);
    expect(statedItemCount("50物資の内訳を全部教えて")).toBe(50);
    expect(statedItemCount("In 2024 the law changed")).toBeUndefined();
    expect(statedItemCount("Which one of the sectors?")).toBeUndefined();
    expect(statedItemCount("対象の物資を教えて")).toBeUndefined();
  });
});

describe("itemCount", () => {
  it("counts quotes set side by side as the items of an enumeration, and a lone quote as none", () => {
    expect(itemCount(["「試験の向上」「試験の確保」「試験の維持」という方向性の下、施策を実施。"])).toBe(3);
    expect(itemCount(["「試験戦略」を策定し、施策を実施。"])).toBe(0);
  });
});

describe("askedValueKind", () => {
  it("reads the kind of value from the wording of the asked part", () => {
    expect(askedValueKind("date", "適性評価は一度通ったら何年間有効ですか")).toBe("duration");
    expect(askedValueKind("date", "報告の提出期限はいつですか")).toBe("deadline");
    expect(askedValueKind("date", "制度はいつから始まりましたか")).toBeUndefined();
    // A time horizon is a length of time: 「10年程度」 answers it, a decision's date does not.
    expect(askedValueKind("date", "どのくらいの時間軸で研究開発する想定ですか")).toBe("duration");
    expect(askedValueKind("date", "What time horizon is the R&D meant to have?")).toBe("duration");
    expect(askedValueKind("amount", "補助率はどのくらい？")).toBe("rate");
    expect(askedValueKind("amount", "出資額はいくらでしたか")).toBe("money");
    expect(askedValueKind("definition", "期限とは何ですか")).toBeUndefined();
    expect(askedValueKind("date", "事前届出の審査に何日かかる？")).toBe("duration");
    expect(askedValueKind("date", "移転の何日前までに報告すればいい？")).toBe("duration");
    expect(askedValueKind("date", "申請してから許可が下りるまで平均で何日くらいかかっているんですか？")).toBe(
      "duration",
    );
    // A count of days is a length of time: 15技術 does not answer it.
    expect(askedValueKind("count", "How many days before the transfer must the report be filed?")).toBe("duration");
    expect(askedValueKind("count", "報告は移転の何日前に出す？")).toBe("duration");
    // Hours too: 「2025年5月」 is no length of time for 「何時間以内に報告」.
    expect(askedValueKind("date", "攻撃を受けたら何時間以内に試験省へ報告する？")).toBe("duration");
    expect(carriesValue("date", ["「試験対処法」(2025年5月)において連携を強化"], "duration")).toBe(false);
    expect(carriesValue("date", ["攻撃から72時間以内に報告"], "duration")).toBe(true);
    expect(askedValueKind("count", "How many technologies are designated?")).toBeUndefined();
    expect(askedValueKind("yes-no", "研究会の座長は誰ですか？")).toBe("person");
    expect(askedValueKind("yes-no", "経済産業大臣は誰ですか？")).toBe("person");
    expect(askedValueKind("yes-no", "今の経済産業大臣は誰？")).toBe("incumbent");
    expect(askedValueKind("definition", "Who is the current Minister of Finance?")).toBe("incumbent");
    expect(askedValueKind("definition", "Who is Japan's current Minister of Finance?")).toBe("incumbent");
    expect(askedValueKind("definition", "Who was the head of the agency?")).toBe("person");
    // Who won is a person too: a line about the vote that names no winner does not answer it.
    expect(askedValueKind("definition", "Who won the 2030 Ruritanian election?")).toBe("person");
    expect(askedValueKind("definition", "試験国の選挙では誰が勝ったのですか？")).toBe("person");
    expect(askedValueKind("definition", "Who was the winner of the vote?")).toBe("person");
    expect(askedValueKind("list", "内訳もわかれば教えてほしいです。")).toBe("breakdown");
    expect(askedValueKind("list", "What is the breakdown of the budget?")).toBe("breakdown");
    expect(askedValueKind("yes-no", "そう発言したのはどの委員ですか？名前と所属を知りたい")).toBe("person");
    expect(askedValueKind("yes-no", "ガイドライン案は誰向けの文書ですか？")).toBeUndefined();
    // "which expert meeting" asks for a meeting, which names no person.
    expect(askedValueKind("date", "At which expert meeting was the revision discussed?")).toBeUndefined();
    expect(askedValueKind("yes-no", "Which expert proposed it?")).toBe("person");
    expect(askedValueKind("procedure", "意見はどこに、どの様式で出せばいい？")).toBe("form");
    // Where a target was set is the document that sets it, not a place.
    expect(askedValueKind("definition", "What is the target, and where was it set?")).toBeUndefined();
    expect(askedValueKind("definition", "Where is it stated?")).toBeUndefined();
    expect(askedValueKind("definition", "Where is the 8th meeting held?")).toBe("place");
    expect(askedValueKind("procedure", "意見の提出先はどこ？")).toBe("place");
    expect(askedValueKind("definition", "見直しは法律上どこに根拠があるんですか？")).toBeUndefined();
    // The part of a law that holds a scheme (第5章) is no place either.
    expect(askedValueKind("definition", "試験非公開制度って推進法のどこに入ってて、どういう仕組み？")).toBeUndefined();
    expect(askedValueKind("definition", "その制度は法律のどこに位置付けられていますか？")).toBeUndefined();
    expect(askedValueKind("procedure", "意見はどこに送ればいいですか？")).toBe("place");
    // Where a difficulty lies is a point of the matter, not a place.
    expect(askedValueKind("definition", "企業側はどこで困っているの？")).toBeUndefined();
    expect(askedValueKind("procedure", "説明会はどこで開かれますか？")).toBe("place");
    // どこ with the copula asks which body did it; a place word asked with it is still a place.
    expect(askedValueKind("definition", "考え方を取りまとめたのはどこで、何を公表しましたか？")).toBeUndefined();
    expect(askedValueKind("definition", "考え方を取りまとめたのはどこですか？")).toBeUndefined();
    expect(askedValueKind("definition", "説明会の会場はどこですか？")).toBe("place");
    expect(askedValueKind("definition", "試験会議は、どこの会議室で開催されたんですか？")).toBe("place");
    expect(askedValueKind("date", "パブコメはいつまで？")).toBe("deadline");
    expect(askedValueKind("date", "審査には何日くらいかかるんですか？")).toBe("duration");
    expect(askedValueKind("date", "試験法は令和7年の何月何日に施行されましたか")).toBe("day");
    expect(askedValueKind("date", "正式版は1月の何日に公表されますか")).toBe("day");
    expect(askedValueKind("date", "What is the exact enforcement date (month and day) of the act?")).toBe("day");
    expect(askedValueKind("date", "What is the specific date the rule took effect?")).toBe("day");
  });

  it("reads a question about a case's conclusion or a calculation method as asking for a verdict or a method", () => {
    expect(askedValueKind("yes-no", "事例集の共同調達のケース、公取委は問題なしって結論だったの？")).toBe("verdict");
    expect(askedValueKind("definition", "どういう条件なら問題ないとされてる？")).toBe("verdict");
    expect(askedValueKind("definition", "WTO紛争は最終的にどういう結論になった？")).toBe("verdict");
    // A meeting's summary is no verdict.
    expect(askedValueKind("definition", "第8回有識者会議の結論を教えて")).toBeUndefined();
    expect(askedValueKind("amount", "補償額ってどうやって計算されるの？")).toBe("calculation");
    expect(askedValueKind("amount", "How is the compensation amount calculated?")).toBe("calculation");
  });

  it("takes a reason only from lines that give a cause or a purpose, not from a bare statement of the fact", () => {
    expect(carriesValue("reason", ["試験国は協定に参加している一方、他国は未参加。"])).toBe(false);
    expect(carriesValue("reason", ["25年5月 試験規則撤廃"])).toBe(false);
    expect(carriesValue("reason", ["需要が増えたため、供給が逼迫している。"])).toBe(true);
    expect(carriesValue("reason", ["企業のニーズを踏まえ、改訂に向けた検討を開始。"])).toBe(true);
    expect(carriesValue("reason", ["両立が図られるよう、制度面も含め検討"])).toBe(true);
    expect(carriesValue("reason", ["技術流出を防ぐことを目的とする。"])).toBe(true);
    // What makes a thing important or needed says why it matters (「経済安保上重要な相手」 over its supply shares).
    expect(carriesValue("reason", ["② 経済安保上重要な相手", "- リチウム 中国:55%"])).toBe(true);
  });

  it("reads 件数 as a count of cases, which a count of the things a scheme covers does not give", () => {
    expect(askedValueKind("count", "試験省がインフォームを出した件数はどれくらい？")).toBe("cases");
    // 何件 alone is often said of items: 「何件追加されたか」 of technologies.
    expect(askedValueKind("count", "今回何件追加されたかも教えて")).toBeUndefined();
    expect(carriesValue("count", ["事前報告対象として、現在15技術を指定"], "cases")).toBe(false);
    expect(carriesValue("count", ["昨年度は試験申請が120件あった"], "cases")).toBe(true);
  });

  it("reads 何社, 何か国 and 何人 as counts of those things, which a count of other things does not give", () => {
    expect(askedValueKind("count", "制度の対象事業者は何社ありますか？")).toBe("companies");
    expect(askedValueKind("count", "How many countries take part in the regime?")).toBe("countries");
    expect(askedValueKind("count", "研究会の委員は何人？")).toBe("people");
    expect(askedValueKind("count", "対象技術はいくつ？")).toBeUndefined();
    expect(carriesValue("count", ["- 14対象事業(うち経産省関連4)の重要設備の事前審査"], "companies")).toBe(false);
    expect(carriesValue("count", ["試験法の4つの柱"], "companies")).toBe(false);
    expect(carriesValue("count", ["約300社が回答"], "companies")).toBe(true);
    expect(carriesValue("count", ["認知度(n=3,007)"], "companies")).toBe(true);
    expect(carriesValue("count", ["参加国数 48か国"], "countries")).toBe(true);
    expect(carriesValue("count", ["社会実装を見据えた5年程度"], "companies")).toBe(false);
  });

  it("reads a request for a body's member list as asking people's names, which companies side by side do not give", () => {
    expect(askedValueKind("definition", "第3回の試験会議に出席した委員の名簿を見たいです")).toBe("members");
    expect(askedValueKind("list", "Can I see the list of members of the test panel?")).toBe("members");
    // A meeting's name before another list (有識者会議で、株主名簿) asks for no member's name.
    expect(askedValueKind("definition", "試験会議で、株主名簿の取得について委員はどんな問題を指摘しましたか")).not.toBe(
      "members",
    );
    expect(carriesValue("definition", ["・大島昌彦 (日本商工会議所)"], "members")).toBe(true);
    // Katakana side by side may be fields, not firms: a member list asks for people.
    expect(
      carriesValue("definition", ["重点分野としてコンピューティング、クリーンテック、バイオテックを特定"], "members"),
    ).toBe(false);
  });

  it("reads 「団体ってどこ」 as asking for names of organisations, which a head count does not give", () => {
    expect(askedValueKind("definition", "最初に対話した14の業界団体ってどこ？")).toBe("names");
    expect(askedValueKind("definition", "対象となる機関はどこですか")).toBe("names");
    expect(carriesValue("definition", ["まず14の業界団体と対話を実施。"], "names")).toBe(false);
    expect(carriesValue("definition", ["電子情報技術産業協会と対話"], "names")).toBe(true);
  });

  it("reads 「何年続く」 and 「最長で」 as asking how long, which a start date does not give", () => {
    expect(askedValueKind("date", "試験指定って、最長で何年続くの？")).toBe("duration");
    expect(askedValueKind("date", "その指定は何年続きますか")).toBe("duration");
    expect(carriesValue("date", ["24年5月から施行"], "duration")).toBe(false);
    expect(carriesValue("date", ["指定の期間は1年間とし、延長できる"], "duration")).toBe(true);
  });

  it("reads 「根拠になる法律は何」 and 'which law' as asking a law's name, which a line without one does not give", () => {
    expect(askedValueKind("definition", "試験制度の根拠になる法律は何ですか？")).toBe("law");
    expect(askedValueKind("list", "それぞれどの法律で押さえることになってるの？")).toBe("law");
    expect(askedValueKind("definition", "Which law underpins the test clearance system?")).toBe("law");
    // A date asked beside the name is still a date.
    expect(askedValueKind("date", "根拠法の正式な名前と施行の時期を教えて")).not.toBe("law");
    expect(carriesValue("definition", ["試験情報の管理 (重要試験情報保護活用法【令和7年施行】)"], "law")).toBe(true);
    expect(carriesValue("definition", ["試験制度について、認定基準の明確化を図るべき。"], "law")).toBe(false);
    expect(carriesValue("definition", ["法人の認定を行う"], "law")).toBe(false);
  });

  it("does not read a section heading's number as a count", () => {
    expect(carriesValue("count", ["1 技術流出を防ぐために取り組む事項", "2 技術者の流出への対策"])).toBe(false);
    expect(carriesValue("count", ["対象は15技術"])).toBe(true);
    expect(carriesValue("count", ["合計 15技術"])).toBe(true);
  });

  it("takes a stated verdict or method, not a worry about one or the item's mere mention", () => {
    expect(carriesValue("yes-no", ["共同調達は独占禁止法上問題とならない。"], "verdict")).toBe(true);
    expect(carriesValue("yes-no", ["企業結合規制に抵触するおそれがあるとの漠然とした懸念"], "verdict")).toBe(false);
    expect(carriesValue("yes-no", ["③原材料の安定的な調達のための企業間での連携(情報交換、共同調達)"], "verdict")).toBe(
      false,
    );
    expect(carriesValue("amount", ["保全指定 外国出願制限 補償"], "calculation")).toBe(false);
    expect(carriesValue("amount", ["補償額は、通常生ずべき損失に相当する額として算定する。"], "calculation")).toBe(
      true,
    );
  });

  it("takes only a day of a month for the day asked, not a year or a month", () => {
    expect(carriesValue("date", ["試験法【令和7年施行】"], "day")).toBe(false);
    expect(carriesValue("date", ["- 1月正式版を公表"], "day")).toBe(false);
    expect(carriesValue("date", ["令和七年五月十六日に施行"], "day")).toBe(true);
    expect(carriesValue("date", ["- 25/5/30 : 再改訂"], "day")).toBe(true);
  });

  it("reads the same kinds from English wording", () => {
    expect(askedValueKind("amount", "What is the current corporate tax rate?")).toBe("rate");
    expect(askedValueKind("amount", "What is the total budget amount?")).toBe("money");
    expect(askedValueKind("date", "How long is a clearance valid for?")).toBe("duration");
    expect(askedValueKind("date", "What is the deadline for comments?")).toBe("deadline");
    expect(askedValueKind("date", "When did the rule start?")).toBeUndefined();
    expect(askedValueKind("list", "Which member proposed a Japanese CFIUS?")).toBe("person");
    expect(askedValueKind("definition", "At the 5th meeting, which committee member proposed a Japanese CFIUS?")).toBe(
      "person",
    );
    expect(askedValueKind("list", "Which panel members spoke on export controls?")).toBe("person");
    expect(askedValueKind("procedure", "Where do we submit the report?")).toBe("place");
    // The office an application goes to is a place too; the office that is responsible is not asked as one.
    expect(askedValueKind("definition", "which office do we apply to?")).toBe("place");
    expect(askedValueKind("procedure", "試験認定の申請先はどこですか")).toBe("place");
    expect(askedValueKind("definition", "Which office is responsible for the test scheme?")).toBeUndefined();
    // Where a country ranks is a position in a ranking (世界1位), not a place.
    expect(askedValueKind("definition", "Where does China rank in annual paper output?")).toBeUndefined();
    expect(askedValueKind("definition", "And where does Japan rank?")).toBeUndefined();
    // A relative "where" asks no place.
    expect(
      askedValueKind("list", "What kinds of cooperation were cited as examples where joint action is needed?"),
    ).toBeUndefined();
    expect(askedValueKind("date", "On what exact date did the law take effect?")).toBe("day");
  });
});

describe("requests asked for", () => {
  it("reads 「どんな要望」「何を求めている」 as asking for requests, and a line that asks for something as carrying one", () => {
    expect(askedValueKind("list", "産業界からどんな要望が出ていましたか")).toBe("requests");
    expect(askedValueKind("definition", "企業側は国にどういう対応を求めているんでしょうか")).toBe("requests");
    expect(askedValueKind("list", "What requests did industry make?")).toBe("requests");
    expect(askedValueKind("definition", "事業者に求められる対応は何ですか")).toBeUndefined();
    expect(askedValueKind("date", "要望の締切はいつですか")).toBe("deadline");
    expect(carriesValue("list", ["- 企業の取組の指針がほしい。"], "requests")).toBe(true);
    expect(carriesValue("list", ["- 規制対象にして管理すべき。"], "requests")).toBe(true);
    expect(carriesValue("list", ["- まず14の業界団体と対話を実施。", "- 個別企業との対話も実施。"], "requests")).toBe(
      false,
    );
  });
});

describe("carriesValue for a count", () => {
  it("reads a count whose counter noun follows a short qualifier (14対象事業), not a year before a noun", () => {
    expect(carriesValue("count", ["- 14対象事業(うち経産省関連4)の重要設備の事前審査"])).toBe(true);
    expect(carriesValue("count", ["試験制度を2024年度事業として実施"])).toBe(false);
  });

  it("reads a survey's sample (n=3,007) as the count 何社 or 何人 asks for, and no other count", () => {
    const survey = ["試験事業者における認知度 (n=3,007)"];
    expect(carriesValue("count", survey, askedValueKind("count", "何社が回答しましたか"))).toBe(true);
    expect(carriesValue("count", survey, askedValueKind("count", "何人が回答しましたか"))).toBe(true);
    // How many cases a collection holds is not how many answered a survey.
    expect(carriesValue("count", survey, askedValueKind("count", "試験事例集には何件の事例が載っていますか"))).toBe(
      false,
    );
    expect(carriesValue("count", ["試験事業者における認知度"], "companies")).toBe(false);
  });

  it("reads a stock in days or weeks of use (約90日分, 2~3週間分) as the quantity どれくらい asks for", () => {
    expect(carriesValue("count", ["試験燃料は約90日分の備蓄があり、在庫は2~3週間分を保有。"])).toBe(true);
    expect(carriesValue("count", ["試験燃料の備蓄を保有している。"])).toBe(false);
  });

  it("reads a stock in weeks of use as the amount 'how much inventory' asks for, not a bare number", () => {
    expect(carriesValue("amount", ["試験燃料の在庫は2~3週間分を保有。"])).toBe(true);
    expect(carriesValue("amount", ["試験燃料の在庫は3週間を目途に見直す。"])).toBe(false);
  });

  it("reads a sum in dollars written with the sign, before or after the figure, markdown-escaped or not", () => {
    expect(carriesValue("amount", ["試験製品の価格下限110\\$/kgを10年間保証。"], "money")).toBe(true);
    expect(carriesValue("amount", ["試験省による $140Mの最低保証付き"], "money")).toBe(true);
    expect(carriesValue("amount", ["試験製品の価格下限を10年間保証。"], "money")).toBe(false);
    expect(carriesValue("amount", ["価格は$表示とする。"])).toBe(false);
  });

  it("reads a list that numbers its items from 1 as their count, but not 「…の一つ」 or a table's row", () => {
    expect(
      carriesValue("count", ["3. 試験の原則", "- ① 技術を把握する", "- ② 投資と捉える", "- ③ 対話を欠かさない"]),
    ).toBe(true);
    expect(enumeratedCount(["(1) 体制", "- 責任者を置く", "(2) 教育", "(3) 監査"])).toBe(3);
    // Not from 1: the list's count is not said.
    expect(enumeratedCount(["- ② 投資と捉える", "- ③ 対話を欠かさない"])).toBe(0);
    // Two columns of a table on one line number across the lines, not down them.
    expect(enumeratedCount(["①試験材料　⑪試験装置", "②試験繊維　⑫試験膜"])).toBe(0);
    expect(carriesValue("count", ["試験対応を重要な経営事項の一つとして位置付ける"])).toBe(false);
  });

  it("reads a rank (世界第5位) as the count 何位 asks for", () => {
    expect(carriesValue("count", ["試算によれば、2040年の試験国は世界第5位の経済規模"])).toBe(true);
  });
});

describe("carriesValue for a date", () => {
  it("does not take the year in a law's number (令和四年法律第四十三号) for a date", () => {
    expect(carriesValue("date", ["○試験推進法(令和四年法律第四十三号) 附則"])).toBe(false);
    expect(carriesValue("date", ["政府は、この法律の施行後三年を目途として検討を加える。"])).toBe(true);
    expect(carriesValue("date", ["令和四年五月に成立した。"])).toBe(true);
  });
});

describe("askedValueKind for names and lengths of time", () => {
  it("reads a time counter run straight into what lasts (何年保存) as a length of time, not 何年何月 or 何年に", () => {
    expect(askedValueKind("date", "輸出関連の書類って何年保存しないといけない？")).toBe("duration");
    expect(askedValueKind("date", "許可は何か月有効ですか")).toBe("duration");
    expect(askedValueKind("date", "延期は何年何月何日まで？")).toBe("deadline");
    expect(askedValueKind("date", "制度は何年に始まりましたか")).toBeUndefined();
  });

  it("reads a request for the names of people or organisations, not for a title", () => {
    expect(askedValueKind("definition", "事例集に出てくる会社名を教えてください")).toBe("names");
    expect(askedValueKind("definition", "対象になった個人って、具体的に誰なのか名前の一覧ありますか？")).toBe("names");
    expect(askedValueKind("list", "Can you list the names of the roughly 20 military-related entities added?")).toBe(
      "names",
    );
    expect(askedValueKind("definition", "I need the person's name and affiliation.")).toBe("names");
    expect(askedValueKind("list", "Which associations took part? Please list them by name.")).toBe("names");
    expect(askedValueKind("definition", "この法律って正式には何て名前？")).toBe("law");
    expect(askedValueKind("count", "株主名簿を取得するのは年に何回程度？")).toBeUndefined();
    expect(askedValueKind("definition", "What is the name of the law?")).toBe("law");
    expect(askedValueKind("definition", "Which company was that?")).toBe("names");
    expect(askedValueKind("definition", "Which US companies agreed to pay?")).toBe("names");
    expect(askedValueKind("procedure", "What should companies do in joint research?")).toBeUndefined();
    expect(askedValueKind("definition", "どこの企業が入るのかも知りたいです")).toBe("names");
    // Which associations, named (「どこの団体」「どの業界団体」), is a request for their names; a count line is no answer.
    expect(askedValueKind("definition", "14の業界団体って、どこの団体ですか？")).toBe("names");
    expect(askedValueKind("definition", "どの業界団体が参加しましたか")).toBe("names");
    expect(carriesValue("definition", ["- まず14の業界団体と対話を実施。"], "names")).toBe(false);
    expect(carriesValue("definition", ["- 試験工業会、試験協会と対話を実施。"], "names")).toBe(true);
    // Katakana common nouns side by side (脅威とリスク、ベストプラクティス共有) are no list of company names.
    expect(carriesValue("definition", ["- 政府からの情報提供(脅威とリスク、ベストプラクティス共有等)"], "names")).toBe(
      false,
    );
    expect(carriesValue("definition", ["- インテル、サムスン等が投資を発表。"], "names")).toBe(true);
  });
});

describe("what changed", () => {
  it('reads 「どこが変わりましたか」 and "what changed" as asking the change, answered only by a line that says one', () => {
    expect(askedValueKind("definition", "正式版では案からどこが変わりましたか？")).toBe("change");
    expect(askedValueKind("definition", "What changed from the draft?")).toBe("change");
    expect(askedValueKind("definition", "正式版はどんな内容ですか？")).toBeUndefined();
    const schedule = ["- 11月26日任意のパブリックコメントを開始(~12月26日)", "- 1月正式版を公表"];
    expect(carriesValue("definition", schedule, "change")).toBe(false);
    expect(carriesValue("definition", ["- 正式版では中小企業向けの記載を追加。"], "change")).toBe(true);
  });
});

describe("carriesValue with a kind", () => {
  it("does not take a point in time for a length of time", () => {
    expect(carriesValue("date", ["2024年5月から施行"], "duration")).toBe(false);
    expect(carriesValue("date", ["有効期間は10年とする"], "duration")).toBe(true);
    expect(carriesValue("date", ["令和6年に施行"], "duration")).toBe(false);
    expect(carriesValue("date", ["移転の30日前までに報告する"], "duration")).toBe(true);
    // A span from one date to another says how long it runs.
    expect(carriesValue("date", ["11月26日 意見募集を開始(~12月26日)"], "duration")).toBe(true);
  });

  it("wants a date something must happen by for a deadline", () => {
    expect(carriesValue("date", ["第1版を2025年5月に公表"], "deadline")).toBe(false);
    expect(carriesValue("date", ["意見募集は2025年12月26日まで"], "deadline")).toBe(true);
    // 「いつまでに」 a target is to be met is answered by the year the target names.
    expect(carriesValue("date", ["投資残高を2030年に100兆円とする目標"], "deadline")).toBe(true);
  });

  it("wants a name for who holds a role, a place for where, a form for which form", () => {
    expect(carriesValue("yes-no", ["研究会で議論を行った。"], "person")).toBe(false);
    expect(carriesValue("yes-no", ["(座長：試験太郎大学教授)"], "person")).toBe(true);
    expect(carriesValue("yes-no", ["・試験次郎 (試験大学教授)"], "person")).toBe(false);
    expect(carriesValue("procedure", ["パブリックコメントを開始"], "place")).toBe(false);
    expect(carriesValue("procedure", ["提出先は試験課の窓口"], "place")).toBe(true);
    expect(carriesValue("procedure", ["意見を募集する"], "form")).toBe(false);
    expect(carriesValue("procedure", ["別紙様式により提出"], "form")).toBe(true);
    expect(carriesValue("date", ["パブリックコメントを開始(～12月26日)"], "deadline")).toBe(true);
  });

  it("wants a breakdown's figures side by side, or a figure to each of its parts' lines", () => {
    expect(carriesValue("list", ["試験関税率:50%"], "breakdown")).toBe(false);
    expect(carriesValue("list", ["試験関税率:50%(A関税25%+B関税25%)"], "breakdown")).toBe(true);
    expect(carriesValue("list", ["・試験部品 1兆円", "・試験材料 3000億円"], "breakdown")).toBe(true);
    // Items without figures list the parts, not how much each is.
    expect(carriesValue("list", ["・試験部品", "・試験材料"], "breakdown")).toBe(false);
  });

  it("reads a title after an office's name as the office, and one held before as no one in office now", () => {
    // 経済産業大臣 and 日中韓経済貿易大臣会合 name an office or a meeting, not who holds it.
    expect(carriesValue("definition", ["経済産業大臣の許可制となる"], "person")).toBe(false);
    expect(carriesValue("definition", ["日中韓経済貿易大臣会合を活用"], "person")).toBe(false);
    expect(carriesValue("definition", ["試験太郎大臣が出席"], "person")).toBe(true);
    expect(carriesValue("definition", ["試験前大臣と会談"], "person")).toBe(true);
    expect(carriesValue("definition", ["試験前大臣と会談"], "incumbent")).toBe(false);
    expect(carriesValue("definition", ["試験太郎大臣が出席"], "incumbent")).toBe(true);
  });

  it("wants a person's or an organisation's own name for names, not a head count or a kind of company", () => {
    expect(carriesValue("definition", ["- ・試験太郎 (試験商工会議所)"], "names")).toBe(true);
    expect(carriesValue("definition", ["試験次郎 試験大学大学院 教授"], "names")).toBe(true);
    expect(carriesValue("definition", ["Example Metals社に国防総省が出資"], "names")).toBe(true);
    expect(carriesValue("definition", ["・ 試験三郎 (試験化学株式会社)"], "names")).toBe(true);
    expect(carriesValue("definition", ["国有企業を含む約20の軍事関連団体を制裁対象に追加"], "names")).toBe(false);
    expect(carriesValue("definition", ["合同会社やLPといった形で匿名的に流入"], "names")).toBe(false);
    expect(carriesValue("definition", ["日本と現地企業が共創型でビジネスを興す"], "names")).toBe(false);
    expect(carriesValue("definition", ["輸出再開と引き換えに、ABCとXYZが収益の一部を納付"], "names")).toBe(true);
    expect(carriesValue("definition", ["テストール、サンプラ、XYハイニクスの拠点向け"], "names")).toBe(true);
    expect(carriesValue("definition", ["シェア9割の業界で3位の企業が買われようとしている"], "names")).toBe(false);
  });

  it("tells a rate from a sum of money", () => {
    expect(carriesValue("amount", ["予算は1兆円"], "rate")).toBe(false);
    expect(carriesValue("amount", ["補助率は50%"], "rate")).toBe(true);
    expect(carriesValue("amount", ["総株式の15%相当"], "money")).toBe(false);
    expect(carriesValue("amount", ["株式4億ドル相当分を購入"], "money")).toBe(true);
  });

  it("keeps accepting any value of the type when no kind is asked", () => {
    expect(carriesValue("date", ["2024年5月から施行"])).toBe(true);
    expect(carriesValue("amount", ["総株式の15%相当"])).toBe(true);
  });
});

describe("statedItemCount", () => {
  it("reads how many items a list question says there are", () => {
    expect(statedItemCount("基幹インフラの15分野を全部挙げて")).toBe(15);
    expect(statedItemCount("新しく加わった４つの技術はどれ")).toBe(4);
    expect(statedItemCount("2024年に改訂された重点分野は")).toBeUndefined();
    expect(statedItemCount("2つの制度の違いは")).toBeUndefined();
    expect(statedItemCount("Can you list all 15 sectors designated under the system?")).toBe(15);
    expect(statedItemCount("最初に対話した14の業界団体を全部")).toBe(14);
    expect(statedItemCount("G7の調整プラットフォームは何をする？")).toBeUndefined();
  });
});

describe("asksEveryItem", () => {
  it("reads a request for the whole list, by word or by a stated count", () => {
    expect(asksEveryItem("対象分野を全部挙げて")).toBe(true);
    expect(asksEveryItem("一覧で教えてください")).toBe(true);
    expect(asksEveryItem("List all the sectors")).toBe(true);
    expect(asksEveryItem("4つの技術はどれ？")).toBe(true);
    expect(asksEveryItem("委員からどんな意見が出ましたか")).toBe(false);
    expect(asksEveryItem("What did members say about clearance?")).toBe(false);
  });
});

describe("statedAmounts and withoutStated", () => {
  it("reads the sums and rates a question gives, and takes only those out of a line", () => {
    const stated = statedAmounts("令和4年度補正で措置された約9,500億円のうち、試験物資向けはいくら？関税15%の場合は？");
    expect(stated).toEqual(["9500億円", "15%"]);
    expect(withoutStated("補正予算で約9,500億円を措置。うち試験物資に3,000億円", stated)).toBe(
      "補正予算で約を措置。うち試験物資に3,000億円",
    );
    expect(carriesValue("amount", [withoutStated("補正予算で約9,500億円を措置。", stated)])).toBe(false);
  });

  it("reads the counts and shares a question gives too (9割, 287団体): they are the asker's, not the part asked", () => {
    const stated = statedAmounts("試験機は海外製が国内シェア9割とのことですが、そのうち287団体の中で何割が試験製？");
    expect(stated).toEqual(["9割", "287団体"]);
    expect(carriesValue("count", [withoutStated("- 試験機は、海外製が国内シェア9割。", stated)])).toBe(false);
    expect(carriesValue("count", [withoutStated("- 試験製は3割。", stated)])).toBe(true);
  });
});

describe("statedAmounts in English, and a stated sum's conversion", () => {
  it("keys an English sum as the documents write it (¥950 billion → 9500億円, $150 million → 1.5億ドル)", () => {
    expect(statedAmounts("Of the roughly ¥950 billion set aside, how much went to batteries?")).toEqual(["9500億円"]);
    expect(statedAmounts("What rate applies to the USD 150 million loan?")).toEqual(["1.5億ドル"]);
    expect(statedAmounts("With $52.7 billion and over 5 trillion yen in total")).toEqual(["527億ドル", "5兆円"]);
    // Finance shorthand: $7.5bn, USD 150m.
    expect(statedAmounts("Of the $7.5bn, $2bn goes to stockpiles; the USD 150m loan")).toEqual([
      "75億ドル",
      "20億ドル",
      "1.5億ドル",
    ]);
    const stated = statedAmounts("Of the roughly ¥950 billion set aside, how much went to batteries?");
    expect(carriesValue("amount", [withoutStated("- 補正予算で約9,500億円を措置。", stated)])).toBe(false);
  });

  it("takes the converted sum in brackets out with the stated one, but not a sum of its own", () => {
    const stated = statedAmounts("試験法の527億ドルって、そのうち研究開発向けはいくら？");
    expect(withoutStated("- 5年間で527億ドル(約7兆円)支援", stated)).toBe("- 5年間で支援");
    expect(carriesValue("amount", [withoutStated("- 5年間で527億ドル(約7兆円)支援", stated)])).toBe(false);
    expect(carriesValue("amount", [withoutStated("- 527億ドルのうち研究開発に110億ドル(約1.5兆円)", stated)])).toBe(
      true,
    );
  });
});

describe("countsItems", () => {
  it("reads a count with no counter of its own, which a numbered list answers, but not 何団体 or 何社", () => {
    expect(countsItems("原則は何個ありますか")).toBe(true);
    expect(countsItems("How many principles are there?")).toBe(true);
    expect(countsItems("そのうち航空機メーカーは何団体ですか？")).toBe(false);
  });
});
