import { loadConfig } from "../../app/config.ts";
import { openCore } from "../../app/core.ts";
import { TaiwaError } from "../../app/errors.ts";
import { createLogger } from "../../app/logger.ts";
import { screenQuestion } from "../../rag/answer/question-screen.ts";
import { readEvalQuestions } from "../../rag/eval/eval-question.ts";
import { retrievalOnlyAnswerer } from "../../rag/eval/retrieval-only-answerer.ts";
import { type EvalReport, metricsTable, runEval } from "../../rag/eval/run-eval.ts";
import { createLlmComponents } from "../../rag/llm/create-llm-components.ts";
import { liveChunkMap } from "../../rag/retrieve/chunk-map.ts";
import { LexicalRetriever } from "../../rag/retrieve/lexical-retriever.ts";
import { dataDirFrom, parseCommandArgs } from "../options.ts";
import type { CliCommand } from "../types.ts";

const usage = "npm run -s taiwa -- eval --questions FILE.jsonl [--json] [--verbose] [--data-dir DIR]";

function verdicts(report: EvalReport): string {
  return report.outcomes
    .map((outcome) => {
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
      const inAnswer = question.answerable && outcome.evidenceInAnswer ? "\tin-answer" : "";
      const line = `${question.id}\t${verdict}\tevidence-rank=${outcome.evidenceRank}${inAnswer}\t${result.reason ?? ""}\n`;
      // The answer text itself, indented: the metrics cannot say whether it reads well.
      return `${line}${result.answer.replace(/^/gmu, "    ")}\n`;
    })
    .join("");
}

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
    const dataDir = dataDirFrom(values, io.env);
    const config = loadConfig({ ...io.env, TAIWA_DATA_DIR: dataDir });
    const core = await openCore({ dataDir });
    if (core.corpus.size === 0) {
      throw new TaiwaError(
        "index_missing",
        "検索インデックスが空です。先に `npm run -s taiwa -- ingest <フォルダ>` を実行してください。(The index is empty: run ingest first.)",
      );
    }
    const runs: { name: string; report: EvalReport }[] = [
      { name: "lexical + extractive", report: await runEval({ questions, answerer: core.answerer }) },
    ];

    // With an embedder or a model configured, the same questions run through them too, side by side.
    const llm = createLlmComponents({
      config,
      logger: createLogger({ LOG_LEVEL: "silent" }),
      lexicalRetriever: new LexicalRetriever(() => core.corpus.index),
      extractiveAnswerer: core.answerer,
      chunksById: liveChunkMap(() => core.corpus.index.chunks),
      screenQuestion,
      analyzeQuestion: (question) => core.answerer.analyze(question),
    });
    if (llm) {
      await llm.ready();
      if (llm.embedder)
        runs.push({
          name: "hybrid (retrieval only)",
          report: await runEval({ questions, answerer: retrievalOnlyAnswerer(llm.retriever) }),
        });
      if (llm.answerer !== core.answerer)
        runs.push({ name: "generated", report: await runEval({ questions, answerer: llm.answerer }) });
      await llm.close();
    }
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ runs: runs.map((run) => ({ name: run.name, metrics: run.report.metrics, latency: run.report.latency })) })}\n`,
      );
      return 0;
    }
    io.stdout.write(`${metricsTable(runs)}\n`);
    if (!llm?.embedder) {
      io.stdout.write(
        "hybrid: 埋め込みモデルが未設定のため比較していません (not compared: set OPENAI_EMBEDDING_MODEL or EMBEDDING_MODEL_DIR; see docs/llm.md)\n",
      );
    }
    if (values.verbose) for (const run of runs) io.stdout.write(`\n# ${run.name}\n${verdicts(run.report)}`);
    return 0;
  },
};
