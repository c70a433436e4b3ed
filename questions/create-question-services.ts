import type { Config } from "../app/config.ts";
import type { Logger } from "../app/logger.ts";
import type { ChatSurface } from "../bots/types.ts";
import { createConsoleSurface } from "../console/console-surface.ts";
import type { QuestionSimilarity } from "../rag/retrieve/question-similarity.ts";
import type { Answerer } from "../rag/types.ts";
import { createAskService, type RunningAskService } from "./ask-service.ts";
import type { DeliveryWorker } from "./delivery-worker.ts";
import { openQuestionLog } from "./open-question-log.ts";
import { createOrganisationDirectory, parseOrganisationMap } from "./organisation-directory.ts";
import { createQuestionGrouper } from "./question-grouper.ts";
import type { AskMetrics, Notifier, OrganisationDirectory, QuestionLog } from "./types.ts";
import { listWebReplies, WebNotifier, type WebReply } from "./web-notifier.ts";

export interface QuestionServices {
  questionLog: QuestionLog;
  askService: RunningAskService;
  organisations: OrganisationDirectory;
  /** Add it to the web chat surface (or to `notifiers` as is): surface "web". */
  webNotifier: WebNotifier;
  /** Mount `consoleSurface.routes` on the server; call start() after listening and stop() on shutdown. */
  consoleSurface: ChatSurface & { readonly deliveryWorker: DeliveryWorker };
  /** The web chat's "answers for me" read, bound to this log (server's ListWebReplies). */
  listWebReplies(request: { askerId: string }): Promise<{ replies: WebReply[] }>;
  /** For /readyz: ok:false (never throws) when the log's database does not answer. */
  readiness: { readonly name: string; check(): Promise<{ ok: boolean; detail?: string }> };
  close(): Promise<void>;
}

/**
 * Everything issue 4 adds, built from the parsed config in one call for the composition root. `notifiers` are the
 * other surfaces' (Slack, Teams); the web notifier is added here.
 */
export async function createQuestionServices(options: {
  config: Config;
  logger: Logger;
  answerer: Answerer;
  notifiers: Notifier[];
  reindexFaq: () => Promise<void>;
  metrics?: AskMetrics;
  /** The corpus index's question similarity (undefined while it loads): groups similar questions. */
  questionSimilarity?: () => QuestionSimilarity | undefined;
}): Promise<QuestionServices> {
  const { config, logger } = options;
  const configured = parseOrganisationMap(config.ORGANISATION_MAP);
  const questionLog = await openQuestionLog(config);
  const organisations = createOrganisationDirectory({ configured, store: questionLog.organisations });
  const askService = createAskService({
    answerer: options.answerer,
    questionLog,
    organisations,
    logger,
    config,
    metrics: options.metrics,
    grouper: createQuestionGrouper({
      questionLog,
      similarity: options.questionSimilarity ?? (() => undefined),
      logger,
    }),
  });
  const webNotifier = new WebNotifier();
  const consoleSurface = createConsoleSurface({
    questionLog,
    notifiers: [...options.notifiers.filter((notifier) => notifier.surface !== "web"), webNotifier],
    config,
    logger,
    reindexFaq: options.reindexFaq,
    organisationDirectory: organisations,
    questionSimilarity: options.questionSimilarity,
  });
  return {
    questionLog,
    askService,
    organisations,
    webNotifier,
    consoleSurface,
    listWebReplies: ({ askerId }) => listWebReplies({ questionLog, askerId }),
    readiness: {
      name: "question-log",
      async check() {
        try {
          await questionLog.list({ limit: 1 });
          return { ok: true };
        } catch (error) {
          return { ok: false, detail: error instanceof Error ? error.message : String(error) };
        }
      },
    },
    async close() {
      askService.stop();
      await askService.flushCounters();
      await consoleSurface.stop?.();
      await questionLog.close();
    },
  };
}
