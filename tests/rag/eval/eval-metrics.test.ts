import { describe, expect, it } from "vitest";
import { scoreOutcome, summarize } from "../../../rag/eval/eval-metrics.ts";
import type { EvalQuestion } from "../../../rag/eval/eval-question.ts";
import { metricsTable, runEval } from "../../../rag/eval/run-eval.ts";
import type { AnswerResult } from "../../../rag/types.ts";
import { ScriptedAnswerer } from "../../doubles/scripted-answerer.ts";

const question = (id: string, quote: string): EvalQuestion => ({
  id,
  question: "問い",
  answerable: true,
  evidence: [{ doc: "d", quote }],
  answer_facts: [],
});

function result(fields: Partial<AnswerResult>): AnswerResult {
  return {
    id: "a",
    question: "問い",
    lang: "ja",
    resolved: true,
    answer: "",
    citations: [],
    retrieved: [],
    notes: [],
    topics: [],
    mode: "extractive",
    latencyMs: 0,
    ...fields,
  };
}

describe("evidence in answer", () => {
  it("counts a quote found in the answer text after NFKC and with whitespace removed", () => {
    const outcome = scoreOutcome(
      question("q1", "約9,500億円を措置"),
      result({ answer: "補正予算で 約９，５００億円を\n措置した。[1]" }),
    );
    expect(outcome.evidenceInAnswer).toBe(true);
  });

  it("does not count a quote that is only in a citation, nor an unresolved answer", () => {
    const cited = scoreOutcome(
      question("q1", "約9,500億円を措置"),
      result({
        answer: "補正予算を組んだ。[1]",
        citations: [
          {
            n: 1,
            docId: "d",
            chunkId: "d#1",
            title: "t",
            kind: "guidance",
            sectionPath: [],
            text: "約9,500億円を措置",
          },
        ],
      }),
    );
    expect(cited.citationHit).toBe(true);
    expect(cited.evidenceInAnswer).toBe(false);
    const unresolved = scoreOutcome(
      question("q2", "約9,500億円を措置"),
      result({ resolved: false, answer: "約9,500億円を措置" }),
    );
    expect(unresolved.evidenceInAnswer).toBe(false);
  });

  it("is a share of the answerable questions, printed beside the other metrics", async () => {
    const answerer = new ScriptedAnswerer({ answer: "対象は半導体である。[1]" });
    const report = await runEval({
      questions: [
        question("q1", "半導体"),
        question("q2", "蓄電池"),
        { id: "q3", question: "範囲外", answerable: false, evidence: [], answer_facts: [] },
      ],
      answerer,
    });
    expect(report.metrics.evidenceInAnswer).toBe(0.5);
    expect(summarize(report.outcomes).evidenceInAnswer).toBe(0.5);
    expect(metricsTable([{ name: "run", report }])).toContain("| evidence in answer | 0.500 |");
  });
});
