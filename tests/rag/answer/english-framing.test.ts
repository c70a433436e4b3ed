import { describe, expect, it } from "vitest";
import { englishFrame, englishTerms, questionTerms } from "../../../rag/answer/english-framing.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";

describe("englishFrame", () => {
  it("names the body that issued the document as an English reader knows it", () => {
    const lecture = makeChunk({
      docId: "l",
      text: "講義",
      issuer: "政策研究大学院大学 政策研究院",
      kind: "briefing",
      date: "2022-10",
    });
    expect(englishFrame(lecture)).toMatch(/^According to GRIPS's briefing material of October 2022/u);
    const deck = makeChunk({ docId: "d", text: "資料", issuer: "経済産業省", kind: "briefing", date: "2024-02" });
    expect(englishFrame(deck)).toMatch(/^According to METI's briefing material of February 2024/u);
  });
});

describe("questionTerms", () => {
  it("maps the question's longest known phrases to the documents' terms, with the words that asked", () => {
    const terms = questionTerms("What reciprocal tariff does the US apply, and what about export controls?");
    expect(terms.get("相互関税")).toBe("reciprocal tariff");
    expect(terms.get("輸出管理")).toMatch(/^export controls?$/u);
    expect([...terms.values()]).not.toContain("what");
    // A phrase read with its preposition ("target for") labels the term without it.
    expect(questionTerms("What is the target for inward investment?").get("目標")).toBe("target");
    // Labelled as the asker wrote it.
    expect(questionTerms("What is the target for inward FDI stock?").get("対内直接投資残高")).toBe("inward FDI stock");
  });
});

describe("englishTerms", () => {
  it("glosses only the quote's terms the question asked about, in the question's words", () => {
    const glossed =
      englishTerms("技術流出対策を輸出管理とあわせて", questionTerms("What do export controls require?")) ?? "";
    expect(glossed).toMatch(/輸出管理 = export controls/u);
    // 技術流出 is in the quote but the question did not ask about it: a gloss of it tells the reader nothing.
    expect(glossed).not.toMatch(/技術流出/u);
    expect(
      englishTerms("技術流出対策を輸出管理とあわせて", questionTerms("When was the plan revised?")),
    ).toBeUndefined();
  });

  it("writes a term with Latin letters as the quote does, not in the lexicon's lower case", () => {
    const glossed =
      englishTerms("日本についてはMFN税率等を含め15%", questionTerms("What tariff rate applies to Japan?")) ?? "";
    // The gloss keeps the name the term is written with: any tariff rate is not the MFN rate.
    expect(glossed).toMatch(/MFN税率 = MFN tariff rate/u);
    expect(glossed).not.toMatch(/mfn/u);
    // A name the gloss spells out is not added again.
    expect(
      englishTerms("まずはEWS構築に必要な要素を整理", questionTerms("Is an early warning system being built?")) ?? "",
    ).not.toMatch(/EWS early/u);
  });

  it("glosses the whole katakana name a known term is the tail of", () => {
    const glossed =
      englishTerms(
        "WA (ワッセナー・アレンジメント) 42か国",
        questionTerms("How many countries take part in the Wassenaar Arrangement?"),
      ) ?? "";
    expect(glossed).toMatch(/ワッセナー・アレンジメント = Wassenaar Arrangement/u);
    // Katakana that runs straight on is the next table cell, not the same name.
    expect(
      englishTerms("リチウム中国:55% ニッケルインドネシア:28%", questionTerms("Which country supplies nickel?")) ?? "",
    ).toMatch(/ニッケル = nickel/u);
  });

  it("leaves out common two-kanji and inflected words, keeping the field's named terms", () => {
    const glossed =
      englishTerms(
        "この制度の見直しが必要であり、施行を止める",
        questionTerms("Does the system need a review, and will enforcement stop?"),
      ) ?? "";
    expect(glossed).not.toMatch(/制度 =|必要 =|止める =/u);
    expect(glossed).toMatch(/施行 = enforcement/u);
  });

  it("glosses a general term by its own label, not by the proper name the asker gave", () => {
    const glossed =
      englishTerms(
        "参加国数: NSG (原子力供給国グループ) 48か国 — 国際輸出管理レジームの一つ",
        questionTerms("How many members does the Nuclear Suppliers Group have?"),
      ) ?? "";
    expect(glossed).not.toMatch(/= Nuclear Suppliers Group/u);
  });

  it("glosses no word of a name in capitals, and a term by its own label for one word of its name", () => {
    // "CHIPS Act" is a name: its CHIPS asks about no semiconductors.
    expect(
      englishTerms(
        "5年間で527億ドル支援。信頼できる半導体の同志国連携",
        questionTerms("How much does the CHIPS Act provide?"),
      ),
    ).toBeUndefined();
    const entities =
      englishTerms("中国の「信頼できないエンティティ・リスト」規定", questionTerms("Which entities are mentioned?")) ??
      "";
    expect(entities).not.toMatch(/= entities/u);
    // An acronym the vocabulary spells out is the term's own: 経済産業省 = METI.
    expect(englishTerms("経済産業省が公表", questionTerms("When did METI publish it?")) ?? "").toMatch(/= METI/u);
  });

  it("glosses each of the question's words once, by the first term of the quote it stands for", () => {
    const glossed =
      englishTerms("自動車・自動車部品の関税。中大型車両は別枠。", questionTerms("What tariff applies to cars?")) ?? "";
    expect(glossed).toMatch(/自動車 = cars/u);
    expect(glossed).not.toMatch(/車両 = cars/u);
  });

  it("does not gloss a term again that a figure already read in English holds", () => {
    const question = "When is the enforcement of export controls reviewed?";
    expect(englishTerms("施行後三年を目途として輸出管理を見直す", questionTerms(question))).toMatch(
      /施行 = enforcement/u,
    );
    expect(
      englishTerms("施行後三年を目途として輸出管理を見直す", questionTerms(question), ["施行後三年"]) ?? "",
    ).not.toMatch(/施行 = |三年 = /u);
  });

  it("never glosses a Latin term by itself, a month or a country's name", () => {
    const glossed =
      englishTerms(
        "EUと日本は6月に輸出管理会合を開いた",
        questionTerms("Did the EU and Japan meet on export control in June?"),
      ) ?? "";
    expect(glossed).toMatch(/輸出管理 = export control/u);
    expect(glossed).not.toMatch(/eu = |6月 =|日本 =/iu);
  });

  it("glosses a term by its own label where the quote itself writes the asker's word", () => {
    // The lexicon reads "chips" as 半導体: 「半導体 = CHIPS」 beside 「CHIPS」 would point at the wrong word.
    expect(englishTerms("CHIPSで半導体を支援", questionTerms("What do CHIPS provide?"))).toBe(
      "Terms: 半導体 = semiconductors.",
    );
    // Where the quote does not write it, the asker's words are the gloss.
    expect(englishTerms("半導体を支援", questionTerms("What do the chips rules provide?"))).toBe(
      "Terms: 半導体 = chips.",
    );
  });
});
