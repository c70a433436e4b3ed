import type { OpenAI } from "openai";
import type { Config } from "../../app/config.ts";
import { isTaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import { loadAnswerPrompts } from "../answer/answer-prompt.ts";
import { GeneratedAnswerer, type ScreenQuestion } from "../answer/generated-answerer.ts";
import type { QuestionAnalysis } from "../answer/question-analysis.ts";
import { createEmbedder } from "../embed/create-embedder.ts";
import { createHybridRetriever } from "../retrieve/hybrid-retriever.ts";
import type { Answerer, Chunk, Embedder, Retriever } from "../types.ts";
import { createVectorStore } from "../vector/create-vector-store.ts";
import { type SyncVectorsResult, syncVectors } from "../vector/sync-vectors.ts";
import type { IndexedVectorStore } from "../vector/types.ts";
import { OpenAiChatModel } from "./openai-chat-model.ts";
import { createOpenAiClient } from "./openai-client.ts";
import { DEFAULT_RETRY_POLICY } from "./retry.ts";

export interface LlmComponentsOptions {
  config: Config;
  logger: Logger;
  /** The embedded BM25 retriever. */
  lexicalRetriever: Retriever;
  /** The extractive answerer: the fallback of every generated answer. */
  extractiveAnswerer: Answerer;
  /** The chunk index (chunkId → chunk), or a function returning the current one (liveChunkMap); `ready()` syncs the vectors with it. */
  chunksById: ReadonlyMap<string, Chunk> | (() => ReadonlyMap<string, Chunk>);
  /** Defaults to TAIWA_DATA_DIR. */
  dataDir?: string;
  /** The extractive answerer's pre-checks (prompt injection, legal judgement), run before anything reaches the model. */
  screenQuestion?: ScreenQuestion;
  /** The extractive answerer's question analysis, so generated answers follow the same context rule. */
  analyzeQuestion?: (question: string) => QuestionAnalysis | undefined;
  /** For tests: the fetch the openai SDK uses. */
  fetch?: typeof fetch;
  /** Which dense hits a question may use (the FAQ match rule); see HybridRetrieverOptions.passageGate. */
  passageGate?: (query: string) => (chunk: Chunk) => boolean;
}

export interface LlmComponents {
  /** Hybrid when an embedder is configured, otherwise the lexical retriever given. */
  retriever: Retriever;
  /** Generated when a chat model is configured (and GENERATED_ANSWERS is not false), otherwise the extractive answerer. */
  answerer: Answerer;
  embedder?: Embedder;
  vectorStore?: IndexedVectorStore;
  /**
   * For /readyz (server/types.ts ReadinessCheck, matched structurally): "qdrant" when QDRANT_URL is set.
   * Answers still come (lexical retrieval) while Qdrant is down; list it only if a replica should then leave the pool.
   */
  readiness: { name: string; check(): Promise<{ ok: boolean; detail?: string }> }[];
  /**
   * Opens the vector store and embeds the chunks it lacks; call at start and after each re-ingest.
   * Rejects only on misconfiguration (config_invalid); an unreachable embedder or Qdrant is logged and
   * resolves undefined, leaving retrieval lexical for what is not embedded yet.
   */
  ready(): Promise<SyncVectorsResult | undefined>;
  close(): Promise<void>;
}

/**
 * Builds the optional model-backed parts from the config: undefined when no OPENAI_* / EMBEDDING_MODEL_DIR /
 * QDRANT_* setting asks for them, so the embedded offline setup stays exactly as it is.
 */
export function createLlmComponents(options: LlmComponentsOptions): LlmComponents | undefined {
  const { config, logger } = options;
  const chatConfigured = Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL) && config.GENERATED_ANSWERS;
  if (!chatConfigured && !config.OPENAI_EMBEDDING_MODEL && !config.EMBEDDING_MODEL_DIR && !config.QDRANT_URL)
    return undefined;

  const retry = { ...DEFAULT_RETRY_POLICY, maxRetries: config.OPENAI_MAX_RETRIES };
  let client: OpenAI | undefined;
  const openAiClient = (): OpenAI => {
    client ??= createOpenAiClient({
      timeoutMs: config.OPENAI_TIMEOUT_MS,
      ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
      ...(config.OPENAI_BASE_URL ? { baseUrl: config.OPENAI_BASE_URL } : {}),
      ...(config.OPENAI_API_VERSION ? { apiVersion: config.OPENAI_API_VERSION } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    return client;
  };

  const embedder = createEmbedder({ config, client: openAiClient, retry, logger });
  const vectorStore = embedder
    ? createVectorStore({ config, logger, embedder, ...(options.dataDir ? { dataDir: options.dataDir } : {}) })
    : undefined;
  const retriever =
    embedder && vectorStore
      ? createHybridRetriever({
          lexical: options.lexicalRetriever,
          embedder,
          vectorStore,
          chunksById: options.chunksById,
          weights: { lexical: config.HYBRID_LEXICAL_WEIGHT, dense: config.HYBRID_DENSE_WEIGHT },
          passageGate: options.passageGate,
          logger,
        })
      : options.lexicalRetriever;

  const answerer = chatConfigured
    ? new GeneratedAnswerer({
        retriever,
        chatModel: new OpenAiChatModel({
          client: openAiClient(),
          model: config.OPENAI_CHAT_MODEL,
          timeoutMs: config.OPENAI_TIMEOUT_MS,
          retry,
          jsonMode: config.OPENAI_JSON_MODE,
          logger,
        }),
        fallback: options.extractiveAnswerer,
        logger,
        prompts: loadAnswerPrompts({ version: config.ANSWER_PROMPT_VERSION }),
        ...(options.screenQuestion ? { screenQuestion: options.screenQuestion } : {}),
        ...(options.analyzeQuestion ? { analyzeQuestion: options.analyzeQuestion } : {}),
      })
    : options.extractiveAnswerer;

  const sync = async (): Promise<SyncVectorsResult | undefined> => {
    if (!embedder || !vectorStore) return undefined;
    try {
      await vectorStore.open();
      const chunksById = typeof options.chunksById === "function" ? options.chunksById() : options.chunksById;
      return await syncVectors({ chunks: chunksById.values(), embedder, vectorStore, logger });
    } catch (error) {
      // A misconfiguration must stop start-up; an outage must not: retrieval stays lexical until the next ready().
      if (isTaiwaError(error) && error.code === "config_invalid") throw error;
      const code = isTaiwaError(error) ? error.code : "internal";
      logger.error({ code, err: error }, "vector sync failed; dense retrieval is degraded until the next sync");
      return undefined;
    }
  };
  let syncing: Promise<unknown> = Promise.resolve();

  logger.info(
    {
      answers: chatConfigured ? `generated (${config.OPENAI_CHAT_MODEL})` : "extractive",
      embedder: embedder?.modelId ?? "none",
      vectorStore: config.QDRANT_URL ? "qdrant" : embedder ? "embedded" : "none",
    },
    "model-backed components configured",
  );
  return {
    retriever,
    answerer,
    ...(embedder ? { embedder } : {}),
    ...(vectorStore ? { vectorStore } : {}),
    readiness: config.QDRANT_URL && vectorStore ? [{ name: "qdrant", check: () => checkStore(vectorStore) }] : [],
    ready() {
      // Syncs run one at a time (start-up and a re-ingest may overlap); each sees the chunks current when it starts.
      const next = syncing.then(() => sync());
      syncing = next.catch(() => undefined);
      return next;
    },
    async close() {
      await vectorStore?.close();
    },
  };
}

async function checkStore(vectorStore: IndexedVectorStore): Promise<{ ok: boolean; detail?: string }> {
  try {
    return { ok: true, detail: `${await vectorStore.count()} vectors` };
  } catch (error) {
    return { ok: false, detail: isTaiwaError(error) ? error.code : "internal" };
  }
}
