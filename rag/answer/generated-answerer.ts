import { randomUUID } from "node:crypto";
import { type ErrorCode, isTaiwaError, TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import type {
  AbstainReason,
  Answerer,
  AnswerRequest,
  AnswerResult,
  ChatModel,
  Language,
  Passage,
  Retriever,
} from "../types.ts";
import { type AnswerPrompts, loadAnswerPrompts, renderUserPrompt } from "./answer-prompt.ts";
import { usesContext } from "./follow-up.ts";
import { parseGeneratedOutput, partialAnswer } from "./generated-output.ts";
import { toAnswerResult } from "./generated-result.ts";
import type { QuestionAnalysis } from "./question-analysis.ts";
import { missingText } from "./render-answer.ts";

/**
 * The extractive answerer's pre-checks (rag/answer/question-screen.ts `screenQuestion`): a reason means
 * "do not send this to the model"; the fallback then answers (abstains) exactly as it would without a model.
 */
export type ScreenQuestion = (question: string) => AbstainReason | undefined;

export interface GeneratedAnswererOptions {
  /** Hybrid (or lexical) retriever whose passages become the numbered sources. */
  retriever: Retriever;
  chatModel: ChatModel;
  /** The extractive answerer: the answer whenever the model cannot give a checked one. */
  fallback: Answerer;
  logger: Logger;
  screenQuestion?: ScreenQuestion;
  prompts?: AnswerPrompts;
  /** Sources given to the model. */
  sourceLimit?: number;
  maxSourceChars?: number;
  /** The extractive answerer's question analysis: the thread's context is read only for a follow-up. */
  analyzeQuestion?: (question: string) => QuestionAnalysis | undefined;
}

/** Extractive abstentions that are policy, not missing evidence: the model must not get a second try at them. */
const POLICY_REASONS = new Set<AbstainReason>(["prompt-injection", "legal-judgement", "out-of-scope"]);
/** The extractive check found the question's subject absent from the documents: the model does not get to guess. */
const DECLINED = new Set<AbstainReason>([...POLICY_REASONS, "no-evidence"]);

const NOTES = {
  unreachable: {
    ja: "生成モデルに接続できなかったため、抜粋による回答を表示しています。",
    en: "The answer model could not be reached, so this answer shows excerpts from the sources.",
  },
  unchecked: {
    ja: "生成された回答の出典を確認できなかったため、抜粋による回答を表示しています。",
    en: "The generated answer could not be checked against its sources, so this answer shows excerpts instead.",
  },
} as const;

/**
 * Answerer writing fluent answers with a chat model from numbered sources, checked before anyone sees them.
 * The extractive answer is computed alongside (it is local and fast) and is returned instead, with a note,
 * whenever the model is down, slow, rate-limited or its output fails the checks; its policy abstentions
 * (prompt injection, legal judgement) stand as they are, so a model never changes that behaviour.
 * `onPartial` receives the answer text (never the JSON around it) in pieces to append, as the web chat does;
 * the final result replaces them and may differ (the extractive answer when the checks fail).
 */
export class GeneratedAnswerer implements Answerer {
  readonly #options: GeneratedAnswererOptions;
  readonly #prompts: AnswerPrompts;

  constructor(options: GeneratedAnswererOptions) {
    this.#options = options;
    this.#prompts = options.prompts ?? loadAnswerPrompts();
  }

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    const started = performance.now();
    const id = request.id ?? randomUUID();
    // The extractive pass runs silently: only the text finally shown may stream.
    const base: AnswerRequest = { ...request, id, onPartial: undefined };
    const screened = this.#options.screenQuestion?.(request.question);
    if (screened) {
      this.#options.logger.info({ answerId: id, reason: screened }, "question screened out before the model");
      return this.#options.fallback.answer(base);
    }
    const limit = this.#options.sourceLimit ?? 6;
    // Same rule as the extractive answerer: a question that stands alone is read without the thread.
    const analysis = this.#options.analyzeQuestion?.(request.question);
    const context = !analysis || usesContext(analysis, request.context) ? request.context : undefined;
    const query = context ? `${context}\n${request.question}` : request.question;
    const [extractive, retrieval] = await Promise.all([
      this.#options.fallback.answer(base),
      this.#options.retriever
        .retrieve({
          query,
          limit,
          ...(request.filter ? { filter: request.filter } : {}),
          ...(request.signal ? { signal: request.signal } : {}),
        })
        .catch((error: unknown) => {
          this.#options.logger.warn(
            { answerId: id, code: isTaiwaError(error) ? error.code : "internal", err: error },
            "retrieval for the generated answer failed",
          );
          return { passages: [] };
        }),
    ]);
    const declined = extractive.reason && (analysis ? DECLINED : POLICY_REASONS).has(extractive.reason);
    if (declined || retrieval.passages.length === 0) return extractive;
    try {
      const generated = await this.#generate({ ...request, context }, id, extractive, retrieval.passages, started);
      return withPartialContract(generated, extractive);
    } catch (error) {
      const code: ErrorCode = isTaiwaError(error) ? error.code : "internal";
      this.#options.logger.warn(
        { answerId: id, code, err: error, model: this.#options.chatModel.modelId },
        "generated answer failed; returning the extractive answer",
      );
      const note = code === "model_bad_output" ? NOTES.unchecked : NOTES.unreachable;
      return {
        ...extractive,
        notes: [...extractive.notes, note[extractive.lang]],
        latencyMs: Math.round(performance.now() - started),
      };
    }
  }

  async #generate(
    request: AnswerRequest,
    id: string,
    extractive: AnswerResult,
    passages: Passage[],
    started: number,
  ): Promise<AnswerResult> {
    // The extractive pass validated and normalised the question and detected its language: reuse both.
    const lang: Language = extractive.lang;
    const user = renderUserPrompt({
      prompts: this.#prompts,
      question: extractive.question,
      ...(request.context ? { context: request.context } : {}),
      passages,
      lang,
      maxSourceChars: this.#options.maxSourceChars ?? 1200,
    });
    let buffer = "";
    let shown = "";
    const onPartial = request.onPartial;
    const onToken = onPartial
      ? (token: string) => {
          buffer += token;
          const text = partialAnswer(buffer);
          // Decoding only grows (an unfinished escape waits for its next token), so the new part is a suffix.
          if (text !== undefined && text.length > shown.length) {
            const piece = text.slice(shown.length);
            shown = text;
            onPartial(piece);
          }
        }
      : undefined;
    const { text } = await this.#options.chatModel.complete({
      system: this.#prompts.system,
      user,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(onToken ? { onToken } : {}),
    });
    const output = parseGeneratedOutput(text, passages.length);
    if (!output.ok)
      throw new TaiwaError("model_bad_output", `the model's answer was rejected (${output.problem}: ${output.detail})`);
    return toAnswerResult({
      id,
      question: extractive.question,
      lang,
      output,
      passages,
      latencyMs: Math.round(performance.now() - started),
    });
  }
}

/**
 * The extractive check decides what the documents leave unanswered: when it found the answer partial,
 * the generated answer is partial too (not resolved, the same missing parts, named at its end).
 */
function withPartialContract(generated: AnswerResult, extractive: AnswerResult): AnswerResult {
  if (extractive.reason !== "partial" || !extractive.missing) return generated;
  return {
    ...generated,
    resolved: false,
    reason: "partial",
    missing: extractive.missing,
    answer: `${generated.answer}\n\n${missingText(extractive.missing, generated.lang)}`,
  };
}
