import type { Config } from "../app/config.ts";
import { isTaiwaError } from "../app/errors.ts";
import { type Logger, questionField } from "../app/logger.ts";
import type { Answerer, AnswerResult } from "../rag/types.ts";
import type { QuestionGrouper } from "./question-grouper.ts";
import { questionReference } from "./question-reference.ts";
import { QuestionSpool } from "./question-spool.ts";
import type {
  AskMetrics,
  AskOutcome,
  AskRequest,
  AskService,
  CountKind,
  FeedbackRequest,
  NewQuestionEntry,
  OrganisationDirectory,
  QuestionEntry,
  QuestionLog,
  Surface,
} from "./types.ts";

export interface AskServiceOptions {
  answerer: Answerer;
  questionLog: QuestionLog;
  organisations: OrganisationDirectory;
  logger: Logger;
  config: Pick<Config, "LOG_QUESTIONS" | "TAIWA_DATA_DIR">;
  metrics?: AskMetrics;
  /** Where entries wait while the log store is down (default `${TAIWA_DATA_DIR}/question-spool.jsonl`). */
  spool?: QuestionSpool;
  /** How often the spool is retried (default 30 s). */
  retryMs?: number;
  /** Groups a newly logged question with open ones that ask the same thing (issue 13). */
  grouper?: QuestionGrouper;
}

export interface RunningAskService extends AskService {
  /** Records spooled entries now; returns how many remain. */
  drainSpool(): Promise<{ recorded: number; remaining: number }>;
  /** Resolves when the counters written so far are stored (tests, shutdown). */
  flushCounters(): Promise<void>;
  /** Stops the retry timer. */
  stop(): void;
}

/** The one service every surface calls: answers, and logs what the ministry must see, without ever losing it. */
export function createAskService(options: AskServiceOptions): RunningAskService {
  const { answerer, questionLog, organisations, logger, config, metrics } = options;
  const spool = options.spool ?? new QuestionSpool({ dataDir: config.TAIWA_DATA_DIR });

  const counting = new Set<Promise<void>>();

  /** Statistics are best effort and off the asker's path: a slow or failing store must not delay or fail an answer. */
  function count(kind: CountKind, surface: Surface, topic?: string): void {
    metrics?.increment(kind, { surface });
    const write = questionLog
      .countEvent({ kind, surface, topic })
      .catch((error: unknown) => {
        logger.warn({ err: error, kind }, "question log counter not recorded");
      })
      .finally(() => counting.delete(write));
    counting.add(write);
  }

  /** Grouping is a convenience for the ministry: a failure leaves the question alone, never unlogged. */
  async function group(entry: QuestionEntry): Promise<void> {
    await options.grouper?.groupNew(entry).catch((error: unknown) => {
      logger.warn({ err: error, questionId: entry.id }, "question not grouped");
    });
  }

  async function log(
    entry: NewQuestionEntry,
  ): Promise<{ questionId?: string; reference: string; logged: "recorded" | "queued" }> {
    try {
      const { entry: saved, created } = await questionLog.record(entry);
      if (created) await group(saved);
      // A repeated event returns the entry first recorded: its key, so its reference.
      return { questionId: saved.id, reference: questionReference(saved.eventKey), logged: "recorded" };
    } catch (error) {
      await spool.append(entry);
      metrics?.increment("spooled", { surface: entry.surface });
      logger.warn(
        { err: error, eventKey: entry.eventKey, reason: entry.reason, ...questionField(config, entry.question) },
        "question log unavailable: entry spooled for retry",
      );
      return { reference: questionReference(entry.eventKey), logged: "queued" };
    }
  }

  /** The ministry's own map (config and console) wins over what the surface guessed. */
  async function organisationOf(request: { workspaceId?: string; organisation?: string }): Promise<string | undefined> {
    return (await organisations.lookup(request.workspaceId)) ?? request.organisation;
  }

  /** The answer failed (index, model or store down): the question still reaches the ministry's log. */
  async function keepFailedQuestion(request: AskRequest, error: unknown): Promise<void> {
    count("unresolved", request.surface);
    const logged = await log({
      eventKey: request.eventKey,
      surface: request.surface,
      workspaceId: request.workspaceId,
      // The store may be the thing that is down: the surface's guess will do.
      organisation: await organisationOf(request).catch(() => request.organisation),
      asker: request.asker,
      question: request.question,
      botAnswer: "",
      citations: [],
      reason: "failed",
      delivery: request.delivery,
    });
    logger.error(
      {
        err: error,
        eventKey: request.eventKey,
        questionId: logged.questionId,
        logged: logged.logged,
        ...questionField(config, request.question),
      },
      "answer failed: question kept for the ministry",
    );
  }

  async function drainSpool(): Promise<{ recorded: number; remaining: number }> {
    const result = await spool.drain(questionLog, { onCreated: group });
    if (result.recorded > 0) {
      metrics?.increment("spool-drained");
      logger.info(result, "spooled question log entries recorded");
    }
    return result;
  }

  const timer = setInterval(() => {
    drainSpool().catch((error: unknown) => logger.warn({ err: error }, "question spool drain failed"));
  }, options.retryMs ?? 30_000);
  timer.unref();
  // Entries spooled before a restart are recorded as soon as the store answers.
  drainSpool().catch((error: unknown) => logger.warn({ err: error }, "question spool drain failed"));

  return {
    drainSpool,
    flushCounters: async () => {
      await Promise.all([...counting]);
    },
    stop: () => clearInterval(timer),

    async ask(request: AskRequest): Promise<AskOutcome> {
      let answer: AnswerResult;
      try {
        answer = await answerer.answer({
          question: request.question,
          context: request.context,
          filter: request.filter,
          signal: request.signal,
          onPartial: request.onPartial,
        });
      } catch (error) {
        // Bad input is the asker's to fix, and an index still being built (the asker is told to ask again shortly) is
        // no question for the ministry; anything else is ours, and the question must not be lost.
        const askerTold = isTaiwaError(error) && (error.code.startsWith("input_") || error.code === "index_missing");
        if (!askerTold) await keepFailedQuestion(request, error);
        throw error;
      }
      const topic = answer.topics[0];
      count("ask", request.surface, topic);
      count(answer.resolved ? "resolved" : "unresolved", request.surface, topic);
      if (answer.resolved) return { answer };
      const logged = await log({
        eventKey: request.eventKey,
        surface: request.surface,
        workspaceId: request.workspaceId,
        organisation: await organisationOf(request),
        asker: request.asker,
        question: request.question,
        botAnswer: answer.answer,
        citations: answer.citations,
        // A partial answer said what the documents hold; the ministry sees which parts they do not.
        reason: answer.reason === "partial" ? "partial" : "unresolved",
        topic,
        delivery: request.delivery,
      });
      logger.info(
        {
          eventKey: request.eventKey,
          questionId: logged.questionId,
          logged: logged.logged,
          // Asked types only: the parts' wording is question text.
          ...(answer.missing ? { missing: answer.missing.map((part) => part.askedType) } : {}),
          ...questionField(config, request.question),
        },
        answer.reason === "partial" ? "partially answered question logged" : "unresolved question logged",
      );
      return { answer, ...logged };
    },

    async feedback(
      request: FeedbackRequest,
    ): Promise<{ questionId?: string; reference?: string; logged?: "recorded" | "queued" }> {
      const topic = request.answer.topics?.[0];
      count(request.kind, request.surface, topic);
      if (request.kind === "thumbs-up") return {};
      return log({
        eventKey: request.eventKey,
        surface: request.surface,
        workspaceId: request.workspaceId,
        organisation: await organisationOf(request),
        asker: request.asker,
        question: request.question,
        botAnswer: request.answer.answer,
        citations: request.answer.citations,
        reason: request.kind,
        userContext: request.userContext?.trim() || undefined,
        topic,
        delivery: request.delivery,
      });
    },
  };
}
