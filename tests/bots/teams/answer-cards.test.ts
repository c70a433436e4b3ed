import { describe, expect, it } from "vitest";
import { cardBytes } from "../../../bots/teams/adaptive-card.ts";
import { buildAnswerCard } from "../../../bots/teams/answer-cards.ts";
import { convertMarkers, splitText } from "../../../bots/teams/card-text.ts";
import { buildMinistryAnswerCards } from "../../../bots/teams/ministry-answer-cards.ts";
import { buildWelcomeCard } from "../../../bots/teams/welcome-card.ts";
import { CARD_LIMIT_BYTES } from "../../doubles/bot-connector-stand-in.ts";
import { sampleAnswer, sampleCitation } from "../../doubles/recording-ask-service.ts";
import { adaptiveCardProblems } from "./validate-card.ts";

const question = "特定重要物資の安定供給確保のために事業者が取り組むべきことは？";

describe("answer cards", () => {
  it("shows the answer with linked markers, citations with section, page and date, the notes and the source count", () => {
    const card = buildAnswerCard({ answer: sampleAnswer(), question });
    expect(card?.version).toBe("1.5");
    const json = JSON.stringify(card);
    expect(json).toContain("出典 2件に基づく回答");
    expect(json).toContain("サプライチェーンの把握が求められます[［1］](https://www.meti.go.jp/example/1.pdf)");
    expect(json).toContain("［2］ 経済安全保障に関する資料 2");
    expect(json).toContain("第2章 基本的な考え方 › (2) 取組の例・p. 12・2025-05-30");
    expect(json).toContain('"type":"Action.OpenUrl","title":"出典を開く","url":"https://www.meti.go.jp/example/2.pdf"');
    expect(json).toContain("※ 事業者間で価格や数量などの情報を交換する場合は、独占禁止法に留意してください。");
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it("labels only generated answers 「AI生成」; extractive ones are excerpts from the documents (issue 12 item 10)", () => {
    const extractive = JSON.stringify(buildAnswerCard({ answer: sampleAnswer({ mode: "extractive" }), question }));
    expect(extractive).toContain("資料からの抜粋");
    expect(extractive).not.toContain("AI生成");
    const generated = JSON.stringify(buildAnswerCard({ answer: sampleAnswer({ mode: "generated" }), question }));
    expect(generated).toContain("🤖 AI生成");
    const unresolved = JSON.stringify(
      buildAnswerCard({ answer: sampleAnswer({ mode: "extractive", resolved: false, citations: [] }), question }),
    );
    expect(unresolved).not.toContain("AI生成");
    const welcome = JSON.stringify(buildWelcomeCard({ scope: "personal" }));
    expect(welcome).not.toMatch(/回答は AI が資料から生成したものです/);
  });

  it("puts feedback data on Action.Execute buttons (answered privately) and a context field behind 「省庁に確認する」", () => {
    const card = buildAnswerCard({ answer: sampleAnswer(), question });
    const actions = card?.actions ?? [];
    expect(actions[0]).toMatchObject({
      type: "Action.Execute",
      verb: "feedback",
      data: { action: "feedback", kind: "thumbs-up", answerId: "answer-1", question },
    });
    expect(actions[1]).toMatchObject({ type: "Action.Execute", data: { kind: "thumbs-down" } });
    const escalate = actions[2] as {
      type: string;
      card: { body: { type: string; id?: string }[]; actions: { data: unknown }[] };
    };
    expect(escalate.type).toBe("Action.ShowCard");
    expect(escalate.card.body.some((element) => element.type === "Input.Text" && element.id === "userContext")).toBe(
      true,
    );
    expect(escalate.card.actions[0]?.data).toMatchObject({ action: "feedback", kind: "escalated" });
  });

  it("leaves markers without a source URL unlinked and escapes Markdown in document text", () => {
    const citations = [sampleCitation(1, { url: undefined })];
    expect(convertMarkers("*注意* 1_2 [1]", citations)).toBe("\\*注意\\* 1\\_2 ［1］");
  });

  it("caps a long answer at one card under the size limit, pointing to the sources (issue 12 item 11)", () => {
    const long = Array.from(
      { length: 200 },
      (_, index) => `${index + 1}. ${"経済安全保障推進法に基づく取組を継続的に見直す。".repeat(8)}[${(index % 2) + 1}]`,
    ).join("\n");
    const citations = Array.from({ length: 12 }, (_, index) =>
      sampleCitation(index + 1, { title: "長い資料名".repeat(20) }),
    );
    const card = buildAnswerCard({ answer: sampleAnswer({ answer: long, citations }), question });
    expect(cardBytes(card)).toBeLessThan(CARD_LIMIT_BYTES);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card?.actions).toHaveLength(3);
    const json = JSON.stringify(card);
    expect(json).toContain("1. 経済安全保障推進法");
    expect(json).not.toContain("200. ");
    expect(json).toContain("続きは出典をご覧ください");
    expect(json).toContain("［1］ 長い資料名");
  });

  it("links only http and https sources, percent-encoding what would break the link (issue 12 item 11)", () => {
    const citations = [
      sampleCitation(1, { url: "https://www.meti.go.jp/a b/(資料).pdf?x=1&y=[2]" }),
      sampleCitation(2, { url: "javascript:alert(1)" }),
      sampleCitation(3, { url: "file:///etc/passwd" }),
      sampleCitation(4, { url: "http://www.meti.go.jp/old.pdf" }),
    ];
    const text = convertMarkers("A[1] B[2] C[3] D[4]", citations);
    expect(text).toContain("[［1］](https://www.meti.go.jp/a%20b/%28%E8%B3%87%E6%96%99%29.pdf?x=1&y=%5B2%5D)");
    expect(text).toContain("B［2］");
    expect(text).toContain("C［3］");
    expect(text).toContain("[［4］](http://www.meti.go.jp/old.pdf)");
    const card = buildAnswerCard({ answer: sampleAnswer({ answer: "A[1] B[2]", citations }), question });
    const urls = JSON.stringify(card).match(/"url":"[^"]*"/g) ?? [];
    expect(urls).toEqual([
      '"url":"https://www.meti.go.jp/a%20b/%28%E8%B3%87%E6%96%99%29.pdf?x=1&y=%5B2%5D"',
      '"url":"http://www.meti.go.jp/old.pdf"',
    ]);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it("says an unresolved answer was passed to the ministry", () => {
    const card = buildAnswerCard({
      answer: sampleAnswer({
        resolved: false,
        answer: "資料から確かな回答が見つかりませんでした。",
        citations: [],
        notes: [],
      }),
      question,
      reference: "7K2M-QX9D",
    });
    expect(JSON.stringify(card)).toContain("経済産業省の担当者に引き継ぎました（受付番号 7K2M-QX9D）");
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it("builds valid welcome and ministry answer cards", () => {
    for (const scope of ["personal", "groupChat", "channel"] as const)
      expect(adaptiveCardProblems(buildWelcomeCard({ scope }))).toEqual([]);
    const cards = buildMinistryAnswerCards({ answer: "回答です。\n".repeat(3000), question });
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(cardBytes(card)).toBeLessThan(CARD_LIMIT_BYTES);
      expect(JSON.stringify(card)).toContain("経済産業省担当者からの回答");
      expect(adaptiveCardProblems(card)).toEqual([]);
    }
  });

  it("labels the card in English when the question was in English", () => {
    const card = buildAnswerCard({
      answer: sampleAnswer({ lang: "en", mode: "generated", answer: "Map your supply chain [1]." }),
      question: "What should firms do?",
    });
    const json = JSON.stringify(card);
    expect(json).toContain("AI-generated · based on 2 sources");
    expect(json).toContain("👍 Helpful");
    expect(json).not.toContain("役に立った");
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it("the validator does catch schema problems", () => {
    expect(
      adaptiveCardProblems({ type: "AdaptiveCard", version: "1.5", body: [{ type: "Nonsense" }] }).length,
    ).toBeGreaterThan(0);
  });
});

describe("splitText", () => {
  it("keeps lines whole where it can and cuts only over-long lines", () => {
    expect(splitText("あ\nい\nう", 3)).toEqual(["あ\nい", "う"]);
    expect(splitText("abcdefg", 3)).toEqual(["abc", "def", "g"]);
  });
});
