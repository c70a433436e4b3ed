import { openCore } from "../../app/core.ts";
import { TaiwaError } from "../../app/errors.ts";
import { readEvalQuestions } from "../../rag/eval/eval-question.ts";
import { metricsTable, runEval } from "../../rag/eval/run-eval.ts";
import { dataDirFrom, parseCommandArgs } from "../options.ts";
import type { CliCommand } from "../types.ts";

const usage = "npm run -s taiwa -- eval --questions FILE.jsonl [--json] [--verbose] [--data-dir DIR]";

export const evalCommand: CliCommand = {
  name: "eval",
  summary: "評価用の質問セットで精度を測る (evaluate on a question set)",
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      { questions: { type: "string" }, json: { type: "boolean" }, verbose: { type: "boolean" } },
      usage,
    );
    if (typeof values.questions !== "string")
      throw new TaiwaError("input_malformed", `--questions を指定してください。使い方: ${usage}`);
    const questions = await readEvalQuestions(values.questions);
    const core = await openCore({ dataDir: dataDirFrom(values, io.env) });
    if (core.corpus.size === 0) {
      throw new TaiwaError(
        "index_missing",
        "検索インデックスが空です。先に `npm run -s taiwa -- ingest <フォルダ>` を実行してください。(The index is empty: run ingest first.)",
      );
    }
    const report = await runEval({ questions, answerer: core.answerer });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ metrics: report.metrics, latency: report.latency })}\n`);
      return 0;
    }
    io.stdout.write(`${metricsTable([{ name: "lexical (embedded)", report }])}\n`);
    if (values.verbose) {
      for (const outcome of report.outcomes) {
        const { question, result } = outcome;
        const verdict = question.answerable
          ? result.resolved
            ? outcome.citationHit
              ? "ok"
              : "cited-wrong"
            : "abstained"
          : result.resolved
            ? "answered-unanswerable"
            : "ok";
        io.stdout.write(`${question.id}\t${verdict}\tevidence-rank=${outcome.evidenceRank}\t${result.reason ?? ""}\n`);
      }
    }
    return 0;
  },
};
