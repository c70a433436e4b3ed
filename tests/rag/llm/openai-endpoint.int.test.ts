import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../app/config.ts";
import { GeneratedAnswerer } from "../../../rag/answer/generated-answerer.ts";
import { createEmbedder } from "../../../rag/embed/create-embedder.ts";
import { OpenAiChatModel } from "../../../rag/llm/openai-chat-model.ts";
import { createOpenAiClient } from "../../../rag/llm/openai-client.ts";
import { DEFAULT_RETRY_POLICY } from "../../../rag/llm/retry.ts";
import { FakeExtractiveAnswerer } from "../../doubles/fake-extractive-answerer.ts";
import { FakeRetriever } from "../../doubles/fake-retriever.ts";
import { makeChunk } from "../../doubles/make-chunk.ts";
import { memoryLogger } from "../../doubles/memory-logger.ts";

/**
 * Opt-in: the chat model (and the embedder, when OPENAI_EMBEDDING_MODEL is set) against a real
 * OpenAI-compatible endpoint, configured exactly as taiwa would be:
 *   OPENAI_BASE_URL=http://127.0.0.1:11434/v1 OPENAI_CHAT_MODEL=qwen2.5:7b-instruct npm run test:int -- tests/rag/llm
 * Skips with a message when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set.
 */
const config = loadConfig(process.env);
const configured = Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);

describe.skipIf(!configured)(
  `OpenAI-compatible endpoint${configured ? "" : " (skipped: set OPENAI_API_KEY or OPENAI_BASE_URL)"}`,
  () => {
    const client = createOpenAiClient({
      timeoutMs: config.OPENAI_TIMEOUT_MS,
      ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
      ...(config.OPENAI_BASE_URL ? { baseUrl: config.OPENAI_BASE_URL } : {}),
      ...(config.OPENAI_API_VERSION ? { apiVersion: config.OPENAI_API_VERSION } : {}),
    });

    it("writes a checked, cited answer from numbered sources", async () => {
      const chatModel = new OpenAiChatModel({
        client,
        model: config.OPENAI_CHAT_MODEL,
        timeoutMs: config.OPENAI_TIMEOUT_MS,
        jsonMode: config.OPENAI_JSON_MODE,
      });
      const sources = [
        makeChunk({
          docId: "plan",
          text: "テスト計画では、重点技術分野としてコンピューティング、クリーンテック、バイオテックの三つを特定した。",
        }),
      ];
      const answerer = new GeneratedAnswerer({
        retriever: new FakeRetriever(sources),
        chatModel,
        fallback: new FakeExtractiveAnswerer(),
        logger: memoryLogger().logger,
      });
      const partials: string[] = [];
      const result = await answerer.answer({
        question: "テスト計画の重点技術分野は何ですか？",
        onPartial: (text) => partials.push(text),
      });
      expect(result.mode).toBe("generated");
      expect(result.citations.map((citation) => citation.docId)).toEqual(["plan"]);
      expect(partials.join("")).toBe(result.answer);
    });

    it.skipIf(!config.OPENAI_EMBEDDING_MODEL)("embeds texts with the configured model and size", async () => {
      const embedder = createEmbedder({
        config,
        client: () => client,
        retry: DEFAULT_RETRY_POLICY,
        logger: memoryLogger().logger,
      });
      const { vectors } = (await embedder?.embed({ texts: ["経済安全保障", "export control"] })) ?? { vectors: [] };
      expect(vectors).toHaveLength(2);
      expect(vectors[0]).toHaveLength(embedder?.dimensions ?? -1);
    });
  },
);
