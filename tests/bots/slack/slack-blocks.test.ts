import { describe, expect, it } from "vitest";
import { ACTION_IDS, renderAnswerBlocks } from "../../../bots/slack/slack-blocks.ts";
import { languageOf } from "../../../bots/slack/slack-messages.ts";
import { blockProblem } from "../../doubles/slack-block-rules.ts";
import { slackSampleAnswer } from "../../doubles/slow-ask-service.ts";

describe("renderAnswerBlocks", () => {
  it("renders a huge answer within 50 blocks that Slack accepts, ending with the buttons", () => {
    const answer = slackSampleAnswer({ answer: "長い文です。".repeat(40_000) });
    const { blocks, text } = renderAnswerBlocks({ answer, logged: false, answerKey: "k1" });
    expect(blocks.length).toBe(50);
    expect(blockProblem(blocks)).toBeUndefined();
    expect(blocks.at(-1)?.type).toBe("actions");
    expect(JSON.stringify(blocks)).toContain("以降は省略しました");
    expect(text.length).toBeLessThanOrEqual(3_900);
  });

  it("escapes mrkdwn in the answer and citation titles, but keeps the link", () => {
    const answer = slackSampleAnswer({ answer: "A <b> & C[1]" });
    answer.citations[0]!.title = "<題名> & 副題";
    const { blocks } = renderAnswerBlocks({ answer, logged: false });
    const json = JSON.stringify(blocks);
    expect(json).toContain("A &lt;b&gt; &amp; C（出典1）");
    expect(json).toContain("&lt;題名&gt; &amp; 副題");
    expect(json).toContain("<https://example.go.jp/guide.pdf|リンク>");
  });

  it("percent-encodes < > | in source URLs instead of deleting them, and links only http(s) (issue 12 item 11)", () => {
    const answer = slackSampleAnswer();
    answer.citations[0]!.url = "https://example.go.jp/a<b>|c.pdf?x=1&y=2";
    const json = JSON.stringify(renderAnswerBlocks({ answer, logged: false }).blocks);
    expect(json).toContain("<https://example.go.jp/a%3Cb%3E%7Cc.pdf?x=1&amp;y=2|リンク>");
    answer.citations[0]!.url = "javascript:alert(1)";
    const unsafe = renderAnswerBlocks({ answer, logged: false });
    expect(JSON.stringify(unsafe.blocks)).not.toContain("<javascript:");
    expect(unsafe.text).not.toContain("javascript:");
  });

  it("cuts the fallback text before escaping, so it never ends in a broken entity (issue 12 item 11)", () => {
    for (const filler of ["&", "a&", "ab&", "<", "a>"]) {
      const answer = slackSampleAnswer({ answer: filler.repeat(4_000), citations: [], notes: [] });
      const { text } = renderAnswerBlocks({ answer, logged: false });
      expect(text.length).toBeLessThanOrEqual(3_900);
      expect(text.endsWith("…")).toBe(true);
      // Every & starts a whole entity.
      expect(text.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
    }
  });

  it("adds 「チャンネルに共有」 only to shareable answers, and the logged notice to unresolved ones", () => {
    const shared = renderAnswerBlocks({ answer: slackSampleAnswer(), logged: false, answerKey: "k", shareable: true });
    const actions = shared.blocks.find((block) => block.type === "actions") as { elements: { action_id: string }[] };
    expect(actions.elements.map((element) => element.action_id)).toContain(ACTION_IDS.share);
    const unresolved = renderAnswerBlocks({ answer: slackSampleAnswer({ resolved: false, answer: "" }), logged: true });
    expect(blockProblem(unresolved.blocks)).toBeUndefined();
    expect(JSON.stringify(unresolved.blocks)).toContain("この質問は省庁の担当者に引き継ぎました");
    expect(unresolved.blocks.some((block) => block.type === "actions")).toBe(false);
  });

  it("speaks English to an English answer", () => {
    const answer = slackSampleAnswer({ lang: "en", resolved: false, answer: "No evidence was found[1]." });
    const json = JSON.stringify(renderAnswerBlocks({ answer, logged: true, answerKey: "k" }).blocks);
    expect(json).toContain("No evidence was found (source 1).");
    expect(json).toContain("This question was logged for the ministry");
    expect(json).toContain("Ask the ministry");
    expect(json).toContain("Source 1:");
  });
});

describe("languageOf", () => {
  it("answers English only to text without Japanese script", () => {
    expect(languageOf("What are specified critical products?")).toBe("en");
    expect(languageOf("特定重要物資とは")).toBe("ja");
    expect(languageOf("SBOMとは")).toBe("ja");
    expect(languageOf("")).toBe("ja");
  });
});
