import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCore } from "../../app/core.ts";
import { readEvalQuestions } from "../../rag/eval/eval-question.ts";
import { runEval } from "../../rag/eval/run-eval.ts";
import { hasShared, sharedDir, sharedSkipReason } from "../shared-dir.ts";

const repoRoot = join(import.meta.dirname, "..", "..");

describe.skipIf(!hasShared)(`shared corpus end to end${hasShared ? "" : ` (skipped: ${sharedSkipReason})`}`, () => {
  it("ingests the five documents and meets the issue's floors on the dev set", async () => {
    const core = await openCore({ dataDir: await mkdtemp(join(tmpdir(), "taiwa-e2e-")) });
    const report = await core.ingest({
      paths: [join(sharedDir, "corpus")],
      manifestPath: join(repoRoot, "corpus", "shared-corpus.manifest.json"),
    });
    expect(report.files).toBe(5);
    expect(report.skipped).toEqual([]);

    const { metrics, outcomes } = await runEval({
      questions: await readEvalQuestions(join(sharedDir, "eval", "dev.jsonl")),
      answerer: core.answerer,
    });
    expect(metrics.recallAt5).toBeGreaterThanOrEqual(0.85);
    // One excerpt per asked part (no sentences stitched from three passages) cites fewer passages:
    // see README "How answers stay grounded" for the before/after figures.
    expect(metrics.citationHit).toBeGreaterThanOrEqual(0.7);
    expect(metrics.evidenceInAnswer).toBeGreaterThanOrEqual(0.5);
    expect(metrics.answered).toBeGreaterThanOrEqual(0.85);
    expect(metrics.abstained).toBeGreaterThanOrEqual(0.9);

    // An excerpt that answers two parts of a question is shown once, not once per part.
    for (const { result } of outcomes) {
      const lines = result.answer.split("\n").filter((line) => line.trim() !== "");
      expect(lines.length, result.answer).toBe(new Set(lines).size);
    }

    // Citations carry the manifest's metadata, so users see which document and version they come from.
    const cited = outcomes.flatMap((outcome) => outcome.result.citations);
    expect(cited.length).toBeGreaterThan(0);
    for (const citation of cited) {
      expect(citation.title.length).toBeGreaterThan(0);
      expect(citation.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  it("names who chairs a body by the line that names the chair, and keeps the line another asked point needs", async () => {
    const core = await openCore({ dataDir: await mkdtemp(join(tmpdir(), "taiwa-e2e-")) });
    await core.ingest({
      paths: [join(sharedDir, "corpus")],
      manifestPath: join(repoRoot, "corpus", "shared-corpus.manifest.json"),
    });
    const who = await core.answerer.answer({
      question:
        "Who chairs the study group on economic security and competition policy that discussed the antitrust case examples?",
    });
    expect(who.resolved).toBe(true);
    expect(who.answer).toContain("角南篤");
    // Why the casebook was made is not who chairs the group.
    expect(who.answer).not.toContain("本年4月に開催");
    const open = await core.answerer.answer({
      question:
        "Who chaired the study group on economic security and competition policy that discussed the antitrust casebook cases, and were its meetings open to the public?",
    });
    expect(open.answer).toContain("角南篤");
    expect(open.answer).toContain("議事非公開");
  });

  it("keeps the frozen blind sets above their regression guards", async () => {
    const core = await openCore({ dataDir: await mkdtemp(join(tmpdir(), "taiwa-e2e-")) });
    await core.ingest({
      paths: [join(sharedDir, "corpus")],
      manifestPath: join(repoRoot, "corpus", "shared-corpus.manifest.json"),
    });
    // Written by helpers that saw neither the code nor the dev set (README "Evaluation"). These guards sit
    // below today's figures to catch a regression; they are not issue 10's floors, which are not all met.
    for (const set of [
      "blind",
      "blind2",
      "blind3",
      "blind4",
      "blind5",
      "blind6",
      "blind7",
      "blind8",
      "blind9",
      "blind10",
      "blind11",
      "blind12",
      "blind13",
      "blind14",
      "blind15",
      "blind16",
      "blind17",
      "blind18",
      "blind19",
      "blind20",
      "blind21",
      "blind22",
      "blind23",
      "blind24",
      "blind25",
      "blind26",
      "blind27",
      "blind28",
      "blind29",
      "blind30",
      "blind31",
      "blind32",
      "blind33",
      "blind34",
      "blind35",
      "blind36",
      "blind37",
      "blind38",
      "blind39",
      "blind40",
      "blind41",
      "blind42",
      "blind43",
      "blind44",
      "blind45",
      "blind46",
      "blind47",
      "blind48",
      "blind49",
      "blind50",
      "blind51",
      "blind52",
      "blind53",
      "blind54",
      "blind55",
      "blind56",
      "blind57",
      "blind58",
      "blind59",
      "blind60",
      "blind61",
      "blind62",
      "blind63",
      "blind64",
      "blind65",
      "blind66",
      "blind67",
      "blind68",
      "blind69",
      "blind70",
      "blind71",
      "blind72",
      "blind73",
      "blind74",
      "blind75",
      "blind76",
    ]) {
      const { metrics } = await runEval({
        questions: await readEvalQuestions(join(repoRoot, "tests", "eval", `${set}.jsonl`)),
        answerer: core.answerer,
      });
      // blind18, blind20, blind21, blind24, blind28 to blind31, blind33, blind38, blind40 and blind41 cite the expected
      // passage less often than the rest (0.725 to 0.78), blind20, blind24, blind33 and blind46 answer fewer (0.806,
      // 0.861, 0.80, 0.825), and blind31, blind38 and blind45 retrieve it in the top five for 0.875,
      // 0.85 and 0.875; their guards sit below those figures until the code does better.
      const weak = [
        "blind18",
        "blind20",
        "blind21",
        "blind24",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind33",
        "blind38",
        "blind40",
        "blind41",
        "blind45",
        "blind46",
      ].includes(set);
      // blind47 reads lowest of all (0.825 / 0.65 / 0.525 / 0.80): its guard sits below that until the code does better.
      const weakest = set === "blind47";
      expect(metrics.recallAt5, set).toBeGreaterThanOrEqual(weakest ? 0.8 : weak ? 0.85 : 0.9);
      expect(metrics.citationHit, set).toBeGreaterThanOrEqual(weakest ? 0.62 : weak ? 0.66 : 0.75);
      expect(metrics.evidenceInAnswer, set).toBeGreaterThanOrEqual(weakest ? 0.5 : weak ? 0.55 : 0.6);
      expect(metrics.answered, set).toBeGreaterThanOrEqual(weakest ? 0.78 : weak ? 0.8 : 0.84);
      // blind27 declines 0.70 of the questions the documents do not answer: its near misses slip through more often.
      expect(metrics.abstained, set).toBeGreaterThanOrEqual(set === "blind27" ? 0.65 : 0.72);
    }
    // Seventy-six sets, about 4,700 questions: some 45 s on an idle two-core machine, twice that on a busy one.
  }, 240_000);
});
