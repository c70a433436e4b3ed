import { describe, expect, it } from "vitest";
import { leadsWithSource, lectureFrame, sourceFrame } from "../../../rag/answer/source-frame.ts";

describe("sourceFrame", () => {
  it("reads the document a question names as its source, in Japanese or English", () => {
    expect(sourceFrame("経済安全保障経営ガイドライン案では、経営者等が認識すべき原則は？")).toBe(
      "経済安全保障経営ガイドライン案",
    );
    expect(sourceFrame("統合イノベーション戦略2020では、特許制度について何が挙がっていた？")).toBe(
      "統合イノベーション戦略2020",
    );
    expect(sourceFrame("試験ガイドライン案で、経営者が認識すべき原則ってどんなの？")).toBe("試験ガイドライン案");
    expect(
      sourceFrame("What principles should executives keep in mind according to the draft management guidelines?"),
    ).toBe("draft management guidelines");
  });

  it("reads a document named after a clause, with では or だと and no comma, but not a law", () => {
    expect(
      sourceFrame("うち中小なので専任部署とか作る余裕ないんですけど、試験ガイドライン案だと新しく組織作らないとダメ？"),
    ).toBe("試験ガイドライン案");
    expect(sourceFrame("専任部署を新設する余裕がないんですが、ガイドライン案ではどう書かれてますか？")).toBe(
      "ガイドライン案",
    );
    // A law is what such a question is about, not where to look.
    expect(sourceFrame("この法律では罰則はありますか？")).toBeUndefined();
  });

  it("reads a document's kind followed by で and the question's own words, without a comma", () => {
    expect(sourceFrame("試験会議の議事要旨で試験薬の依存について何か言ってた人いた？")).toBe("試験会議の議事要旨");
    expect(sourceFrame("試験ガイドライン案で「試験者が認識すべき原則」として挙げられているのは何個？")).toBe(
      "試験ガイドライン案",
    );
    // 「…資料である」 says what something is, not where to look.
    expect(sourceFrame("この資料である程度わかりますか")).toBeUndefined();
  });

  it("does not take the asker's own situation or a topic for a document", () => {
    expect(sourceFrame("うちのような中小企業では、専任部署は必要ですか？")).toBeUndefined();
    expect(sourceFrame("半導体分野では、どんな支援がありますか？")).toBeUndefined();
    expect(sourceFrame("What does the plan say about drones?")).toBeUndefined();
    // A frame is the opening of the question's own sentence, not a sentence before it.
    expect(sourceFrame("試験事例集の研究会について伺います。座長はどなたで、議事は公開？")).toBeUndefined();
    // 「法律で、」 says by what means, not in which document.
    expect(sourceFrame("法律で、転職を止められますか？")).toBeUndefined();
  });
});

describe("leadsWithSource", () => {
  it("reads a source named before the question, with its comma, as every part's", () => {
    expect(
      leadsWithSource("According to the Feb 2024 deck, when was it set up, and what are its three functions?"),
    ).toBe(true);
    expect(leadsWithSource("In METI's December 2025 briefing, how many are there and which are new?")).toBe(true);
    expect(leadsWithSource("2024年2月の資料では、試験制度はいつ始まり、対象は何ですか？")).toBe(true);
    expect(leadsWithSource("試験ガイドライン案によると、原則はいくつで、それぞれ何ですか？")).toBe(true);
  });

  it("leaves a source named inside one part to that part", () => {
    expect(leadsWithSource("試験制度って、2024年2月の資料の時点ではどういう状況で、その後どうなりました？")).toBe(
      false,
    );
    expect(
      leadsWithSource("What is the definition in the 2025 briefing, and how did the minister put it in 2022?"),
    ).toBe(false);
    expect(leadsWithSource("In 2024, how many were designated?")).toBe(false);
  });
});

describe("lectureFrame", () => {
  it("names a lecture the question reads from, not a briefing, a guideline or a law it may ask about", () => {
    expect(lectureFrame("According to the GRIPS lecture, when was the Wassenaar Arrangement established?")).toBe(
      "GRIPS lecture",
    );
    expect(lectureFrame("試験大学の講義では、試験協定はいつ発足しましたか？")).toBe("試験大学の講義");
    expect(lectureFrame("According to the 2024 METI briefing, how many papers does China publish?")).toBeUndefined();
    expect(lectureFrame("試験ガイドライン案では、責任者は誰ですか？")).toBeUndefined();
  });
});
