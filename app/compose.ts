import { createDedupeStore } from "../bots/dedupe/create-dedupe-store.ts";
import { createSlackSurface } from "../bots/slack/slack-surface.ts";
import { createTeamsSurface } from "../bots/teams/teams-surface.ts";
import type { ChatSurface } from "../bots/types.ts";
import { createQuestionServices } from "../questions/create-question-services.ts";
import { syncFaqFolder } from "../questions/faq-folder-sync.ts";
import type { AskService, Notifier, QuestionLog } from "../questions/types.ts";
import { screenQuestion } from "../rag/answer/question-screen.ts";
import { createLlmComponents } from "../rag/llm/create-llm-components.ts";
import { liveChunkMap } from "../rag/retrieve/chunk-map.ts";
import type { Answerer } from "../rag/types.ts";
import { InProcessMetrics } from "../server/in-process-metrics.ts";
import { instrumentAskService } from "../server/instrument-ask-service.ts";
import { documentSummaries } from "../server/list-documents.ts";
import type { ListDocuments, ListWebReplies, Metrics, ReadinessCheck } from "../server/types.ts";
import { dedupeWebAnswerStore, type WebAnswerStore } from "../server/web-answers.ts";
import type { Config } from "./config.ts";
import { type Core, openCore } from "./core.ts";
import { secureDataDir } from "./data-dir-permissions.ts";
import { TaiwaError } from "./errors.ts";
import type { Logger } from "./logger.ts";
import { waitForIndex } from "./wait-for-index.ts";

/** Everything a running taiwa holds, built once from the parsed config. */
export interface Taiwa {
  config: Config;
  logger: Logger;
  answerer: Answerer;
  askService: AskService;
  questionLog: QuestionLog;
  notifiers: Notifier[];
  /** Slack, Teams and the console, each present only when its configuration is. Mounted and started by the server. */
  surfaces: ChatSurface[];
  /** Settles when start-up work is done (on an empty data dir: the first index build); /readyz answers 503 until then. */
  ready: Promise<void>;
  /** What /readyz checks besides `ready`: each store answers (question log, vector store). */
  readiness: ReadinessCheck[];
  /** The same Metrics the askService was instrumented with (instrumentAskService), rendered at /metrics. */
  metrics: Metrics;
  /** Ministry answers the web notifier stored for one browser; optional until the web notifier lands. */
  listWebReplies?: ListWebReplies;
  /** The web chat's answers by id, for feedback; a bounded in-process store when absent. */
  webAnswers?: WebAnswerStore;
  /** The loaded index's current documents, for the web chat's landing (empty while it loads). */
  listDocuments?: ListDocuments;
  close(): Promise<void>;
}

/** The composition root's signature: everything built once from the parsed config. */
export type ComposeTaiwa = (options: { config: Config; logger: Logger }) => Promise<Taiwa>;

const FAQ_SYNC_INTERVAL_MS = 60_000;

/**
 * The composition root: builds every part from the parsed config and hands each its dependencies.
 * It returns before the first-run indexing finishes so the server can answer /healthz meanwhile;
 * `ready` settles when the index is loaded (or built from TAIWA_CORPUS_DIR on an empty data dir).
 */
export const composeTaiwa: ComposeTaiwa = async ({ config, logger }) => {
  // Before anything opens a file in it: questions, names and password hashes are for the service account only.
  await secureDataDir({ dataDir: config.TAIWA_DATA_DIR, logger });
  const corePromise = openCore({
    dataDir: config.TAIWA_DATA_DIR,
    corpusDir: config.TAIWA_CORPUS_DIR,
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    logger,
  });
  let loaded: Core | undefined;
  let loadError: unknown;
  // A failure here is reported through `ready` (and /readyz), not as an unhandled rejection.
  corePromise.then(
    (core) => {
      loaded = core;
    },
    (error: unknown) => {
      loadError = error;
    },
  );
  // The first run builds the index after start: until it is built, questions wait for it (bounded) rather than being
  // answered "not in the documents" and logged for the ministry.
  const indexReady = corePromise.then((core) => core.ensureIndexed());
  indexReady.catch(() => undefined);
  const extractiveAnswerer: Answerer = { answer: async (request) => (await corePromise).answerer.answer(request) };
  // Generated answers and dense retrieval, when an OpenAI-compatible endpoint, a local model or Qdrant is configured.
  const llm = createLlmComponents({
    config,
    logger,
    lexicalRetriever: { retrieve: async (request) => ({ passages: (await corePromise).corpus.index.search(request) }) },
    extractiveAnswerer,
    chunksById: liveChunkMap(() => loaded?.corpus.index.chunks ?? []),
    screenQuestion,
    analyzeQuestion: (question) => loaded?.answerer.analyze(question),
    passageGate: (query) => loaded?.corpus.index.faqGate(query) ?? (() => true),
  });
  const answerer: Answerer = waitForIndex({ answerer: llm?.answerer ?? extractiveAnswerer, indexReady });

  // Surfaces need the AskService and the AskService's console needs the surfaces' notifiers: the
  // surfaces get a reference that is bound once the service exists, before any request can arrive.
  let bound: AskService | undefined;
  const askServiceRef: AskService = {
    ask: (request) => requireBound(bound).ask(request),
    feedback: (request) => requireBound(bound).feedback(request),
  };
  const surfaces: ChatSurface[] = [];
  // Without an app id the Teams bot runs in (loudly reported) development mode, which production refuses.
  const teamsOn = Boolean(config.MICROSOFT_APP_ID) || config.NODE_ENV !== "production";
  // One store claims Slack's event ids and Teams' activity ids (redeliveries answered once on any replica) and
  // keeps the web chat's answers (feedback refers to them by id), shared by replicas.
  const dedupeStore = createDedupeStore({ config });
  if (config.SLACK_BOT_TOKEN) {
    surfaces.push(createSlackSurface({ config, logger, askService: askServiceRef, dedupeStore }));
  }
  if (teamsOn) surfaces.push(createTeamsSurface({ config, logger, askService: askServiceRef, dedupeStore }));
  const chatNotifiers = surfaces.flatMap((surface) => (surface.notifier ? [surface.notifier] : []));

  const questions = await createQuestionServices({
    config,
    logger,
    answerer,
    notifiers: chatNotifiers,
    reindexFaq: async () => {
      await (await corePromise).reindexFaq();
      await llm?.ready();
    },
    questionSimilarity: () => loaded?.corpus.index.questionSimilarity(),
  });
  const metrics = new InProcessMetrics();
  bound = instrumentAskService({ askService: questions.askService, metrics });
  surfaces.push(questions.consoleSurface);

  // Replicas share the question log, not their data dirs: each brings its FAQ folder in line with the
  // published entries at start and then every minute, and re-indexes when something changed.
  const syncFaq = async () => {
    const { changed } = await syncFaqFolder({ faq: questions.questionLog.faq, dataDir: config.TAIWA_DATA_DIR });
    if (changed) {
      await (await corePromise).reindexFaq();
      await llm?.ready();
    }
  };
  const ready = indexReady.then(async () => {
    await syncFaq();
    await llm?.ready();
  });
  const faqTimer = setInterval(() => {
    syncFaq().catch((error: unknown) => logger.warn({ err: error }, "FAQ sync failed; retrying in a minute"));
  }, FAQ_SYNC_INTERVAL_MS);
  faqTimer.unref();
  ready.catch((error: unknown) => logger.error({ err: error }, "the search index could not be loaded or built"));
  const indexReadiness = {
    name: "corpus",
    async check() {
      if (loadError) return { ok: false, detail: loadError instanceof Error ? loadError.message : String(loadError) };
      if (!loaded) return { ok: false, detail: "the index is still loading" };
      return loaded.corpus.size > 0 ? { ok: true } : { ok: false, detail: "the index is empty: run ingest" };
    },
  };

  return {
    config,
    logger,
    answerer,
    askService: bound,
    questionLog: questions.questionLog,
    notifiers: [...chatNotifiers, questions.webNotifier],
    surfaces,
    ready,
    readiness: [indexReadiness, questions.readiness, ...(llm?.readiness ?? [])],
    metrics,
    listWebReplies: questions.listWebReplies,
    webAnswers: dedupeWebAnswerStore(dedupeStore),
    listDocuments: async () => ({ documents: documentSummaries(loaded?.corpus.index.chunks ?? []) }),
    async close() {
      clearInterval(faqTimer);
      await questions.close();
      await dedupeStore.close();
      await llm?.close();
    },
  };
};

function requireBound(service: AskService | undefined): AskService {
  if (!service) throw new TaiwaError("internal", "the ask service is not ready yet");
  return service;
}
