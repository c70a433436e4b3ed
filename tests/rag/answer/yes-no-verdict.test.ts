import { describe, expect, it } from "vitest";
import type { WeightedTerm } from "../../../rag/answer/excerpt.ts";
import { verdictAsked, verdictIn } from "../../../rag/answer/yes-no-verdict.ts";

const terms = (...words: string[]): WeightedTerm[] => words.map((term) => ({ term, mass: 1 }));
/** The verdict a question without topic phrases gets from the lines. */
const verdictOf = (question: string, lines: string[], words: WeightedTerm[]) => {
  const asked = verdictAsked(question);
  return asked && verdictIn(lines, words, asked);
};
const says = (question: string, lines: string[], words: WeightedTerm[]) => verdictOf(question, lines, words)?.says;

describe("verdictAsked and verdictIn", () => {
  it("says no when a clause about the question's words ends denying it, and names the line", () => {
    const lines = ["指針の背景", "- 本指針は、事業者に義務を課すものではなく、手引きを示すもの。"];
    expect(verdictOf("この指針は事業者に対策を義務付けるものですか？", lines, terms("指針", "事業者", "義務"))).toEqual(
      {
        says: "no",
        line: lines[1],
        // The denial says the words the question says of its topic (義務).
        deniesPredicate: true,
      },
    );
    // 「何か」 before more words is "anything": the question still asks yes or no. 「…とは何か？」 asks what.
    expect(says("この指針は、事業者に何か対策を義務付けるものですか？", lines, terms("指針", "事業者", "義務"))).toBe(
      "no",
    );
    expect(verdictAsked("本指針とは何か？")).toBeUndefined();
    expect(verdictAsked("本指針で何が義務付けられていますか？")).toBeUndefined();
    // Whether things are on a list is answered by its items, not by a denial beside them: the no stands in its block,
    // but denies no predicate.
    const membership = verdictOf(
      "試験部材って、試験スキームで事前報告の対象に入っていますか？",
      ["- 事前報告の対象ではなく、適切な管理の徹底が目的。"],
      terms("試験部材", "試験スキーム", "事前", "報告", "対象"),
    );
    expect(membership?.says).toBe("no");
    expect(membership?.deniesPredicate).toBe(false);
    // An English question has no Japanese predicate to deny: its no stands, but denies no predicate.
    expect(
      verdictOf("Does the handbook restrict training?", ["研修そのものを制限する規則はない"], terms("研修", "規則"))
        ?.deniesPredicate,
    ).toBe(false);
    expect(
      says("Does the handbook restrict training?", ["研修そのものを制限する規則はない"], terms("研修", "規則")),
    ).toBe("no");
    expect(says("試験の定義は法律にありますか？", ["定義を要するものではないと考えております。"], terms("定義"))).toBe(
      "no",
    );
  });

  it("reads an adjective the question and the denial inflect differently (新しく作る, 新しい組織) as the same word", () => {
    const lines = ["- 人員に限りがある場合、必ずしも新しい組織の設立を実行する必要はなく、既存の組織で対応する"];
    const verdict = verdictOf(
      "試験指針に沿うには、司令塔部署を新しく作らないといけないんでしょうか？",
      lines,
      terms("試験", "指針", "沿う", "司令塔", "部署", "新しい", "作"),
    );
    expect(verdict).toEqual({ says: "no", line: lines[0], deniesPredicate: true });
  });

  it("says yes to a 「できますか」 question only when a clause about it grants it", () => {
    const lines = ["見学会では、「必要な交通費は参加費として支出することができるものとする。」としている。"];
    expect(says("見学会の交通費は参加費として計上できますか？", lines, terms("交通費", "参加費"))).toBe("yes");
    expect(says("We joined the tour. Can travel costs be paid from the fee?", lines, terms("交通費"))).toBe("yes");
    // A clause before it (where, under which scheme) does not stop "can" asking.
    expect(says("On the tour, can travel costs be paid from the fee?", lines, terms("交通費"))).toBe("yes");
    // The same line does not answer a question that asks no 「できますか」.
    expect(says("見学会の交通費は参加費に含まれますか？", lines, terms("交通費", "参加費"))).toBeUndefined();
  });

  it("says yes to 「…は対象に入っていますか」 when the quoted list's short items name the asked things", () => {
    const asked = "試験用の正負極バインダやセパレータ製造装置は、報告の対象に入っていますか？";
    const focus = ["正負極バインダ", "セパレータ製造装置"];
    const lines = ["報告の対象技術", "⑬正負極バインダ", "⑮セパレータ製造装置"];
    expect(verdictIn(lines, [], verdictAsked(asked, focus)!)).toEqual({ says: "yes", line: "⑬正負極バインダ" });
    // A statement under a bullet is no item naming the thing: it may say anything of it.
    const statement = ["- セパレータ製造装置の技術を移転する際は、報告制度を設けて管理を強化する。"];
    expect(verdictIn(statement, [], verdictAsked(asked, focus)!)).toBeUndefined();
    // An item that names something else, or a question that does not ask whether things are in, gets none.
    expect(verdictIn(["⑭炭素繊維"], [], verdictAsked(asked, focus)!)).toBeUndefined();
    const when = verdictAsked("正負極バインダは報告の対象として公表済みですか？", focus)!;
    expect(verdictIn(lines, [], when)).toBeUndefined();
  });

  it("gives no verdict when the denial is about something else than the question's words", () => {
    const asked = "この制度は移転を止めるためのものですか？";
    expect(says(asked, ["予想できないような懸念がある。"], terms("制度", "移転"))).toBeUndefined();
    // The clause names the question's word, but its denial only qualifies a noun further on.
    expect(says(asked, ["移転後に想定できないような転用が起きる。"], terms("移転"))).toBeUndefined();
  });

  it("gives no verdict from a denial of something else than what the question says of its topic", () => {
    const lines = ["- 試験技術の移転を止めることが目的ではなく、適切な管理を徹底することが目的。"];
    const words = terms("試験技術", "移転", "対象", "リスト", "制度");
    // 「対象リストに入っていますか」 is what is asked of the topic: the line denies a purpose, not that.
    expect(says("試験顕微鏡の試験技術は対象リストに入っていますか？", lines, words)).toBeUndefined();
    // Asked whether the scheme is there to stop transfers, the same line says no.
    expect(says("この制度って、結局は試験技術の移転を止めるための制度なんですか？", lines, words)).toBe("no");
  });

  it("gives no verdict from a denial that shares only a piece of the question's topic phrase", () => {
    const question = "試験流出対策指針って、従わないと罰則があるものなんですか？";
    const asked = verdictAsked(question, ["試験流出対策指針", "罰則"])!;
    const words = terms("試験", "流出", "対策", "指針", "罰則");
    expect(
      verdictIn(["- 懸念される試験流出に対して過度に委縮するのではなく、対策を講じる"], words, asked),
    ).toBeUndefined();
    // The topic phrase said whole, or a word of the question outside it, makes the clause about the question.
    expect(verdictIn(["- 試験流出対策指針は、罰則を伴うものではない"], words, asked)?.says).toBe("no");
  });

  it("reads 「必要ではないか」, 「しなければならない」 and 「ない場合もある」 as no denial", () => {
    const asked = "研修の見直しは決まりましたか？";
    const words = terms("研修", "見直し");
    expect(says(asked, ["研修の見直しが必要ではないか。"], words)).toBeUndefined();
    expect(says(asked, ["研修の見直しをしなければならない。"], words)).toBeUndefined();
    expect(says(asked, ["研修の見直しの認識がない場合もある"], words)).toBeUndefined();
  });

  it("gives no verdict to a question that asks for a thing, asks what was said, or is itself negated", () => {
    const lines = ["研修そのものを制限する規則はない"];
    const words = terms("研修", "規則");
    expect(says("研修を制限する規則はどこにありますか？", lines, words)).toBeUndefined();
    expect(says("研修規則を定めた委員会の座長はどなたですか？", lines, words)).toBeUndefined();
    expect(says("Which rule restricts training?", lines, words)).toBeUndefined();
    expect(says("研修を制限する規則の話は会議で出てた？", lines, words)).toBeUndefined();
    // 「なんて言ってました？」 asks what was said (なんて is 何と), and 「〜って話もあった」 recalls a remark.
    expect(says("研修規則について、委員はなんて言ってました？", lines, words)).toBeUndefined();
    expect(says("研修を制限する規則がネックって話もあった気がする？", lines, words)).toBeUndefined();
    // A problem raised, a proposal or a comment is a remark too: 「…できない」 inside it is what was raised, not a no.
    expect(says("研修規則について、会議で何か問題提起はありましたか？", lines, words)).toBeUndefined();
    expect(says("研修規則の緩和について何か提案はありましたか？", lines, words)).toBeUndefined();
    expect(says("研修規則にコメントはありましたか？", lines, words)).toBeUndefined();
    expect(says("Did anyone suggest a rule on training?", lines, words)).toBeUndefined();
    expect(says("Did anyone question whether the training rule had worked?", lines, words)).toBeUndefined();
    expect(says("研修を制限する規則はないのですか？", lines, words)).toBeUndefined();
  });

  it("reads negation only in the clause that asks, and 「〜ないとダメ」 as must, not as a negated question", () => {
    const lines = ["- 資源に限りがある場合、必ずしも新しい組織の設立を実行する必要はなく、既存組織で対応する"];
    const words = terms("組織", "新しい");
    expect(says("余裕はないんですけど、新しく組織を作らないとダメですか？", lines, words)).toBe("no");
    expect(says("新しい組織って、作らないといけない決まりなんですか？", lines, words)).toBe("no");
    expect(says("新しい組織は作らなければならないのですか？", lines, words)).toBe("no");
    // 「部署なんて」 is "such as a department", not なんて (what).
    expect(says("専任の部署なんて無理なんですが、新しく組織を作らないとダメですか？", lines, words)).toBe("no");
    expect(says("新しく組織を作らなくてもいいのではないですか？", lines, words)).toBeUndefined();
  });

  it("reads 「なんですか」 as a yes/no ending, not as 「なんで」 (why)", () => {
    expect(
      says("研修を止めるための規則なんですか？", ["研修を止めることが目的ではなく、質の確保が目的。"], terms("研修")),
    ).toBe("no");
  });
});
