import type { OpenAI } from "openai";
import { TaiwaError } from "../../app/errors.ts";
import type { Logger } from "../../app/logger.ts";
import type { ChatModel } from "../types.ts";
import { toOpenAiFailure } from "./openai-errors.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withRetry } from "./retry.ts";

export interface OpenAiChatModelOptions {
  client: OpenAI;
  /** Model name, or the deployment name on Azure OpenAI with OPENAI_API_VERSION. */
  model: string;
  timeoutMs: number;
  retry?: RetryPolicy;
  /** Ask for `response_format: json_object`; turn off for servers that reject it. */
  jsonMode?: boolean;
  logger?: Logger;
}

/**
 * ChatModel over `/chat/completions` of any OpenAI-compatible server. Plain SDK calls: LangChain's chat
 * models would add a message-class layer and their own retry/stream plumbing without buying us anything
 * for a single system + user turn, and would put vendor types on our seam.
 */
export class OpenAiChatModel implements ChatModel {
  readonly modelId: string;
  readonly #options: OpenAiChatModelOptions;

  constructor(options: OpenAiChatModelOptions) {
    this.modelId = options.model;
    this.#options = options;
  }

  async complete(request: Parameters<ChatModel["complete"]>[0]): Promise<{ text: string }> {
    const { client, model, timeoutMs, jsonMode = true, logger } = this.#options;
    let streamed = false;
    return withRetry({
      policy: this.#options.retry ?? DEFAULT_RETRY_POLICY,
      ...(request.signal ? { signal: request.signal } : {}),
      toFailure: (error) => {
        const failure = toOpenAiFailure(error, "chat", model);
        // Tokens already shown to the user cannot be taken back: a retry would repeat them.
        return streamed
          ? { error: new TaiwaError(failure.error.code, failure.error.message, { cause: failure.error.cause }) }
          : failure;
      },
      onRetry: ({ error, attemptNumber, delayMs }) =>
        logger?.warn(
          { code: error.code, attemptNumber, delayMs: Math.round(delayMs), model },
          "chat model call failed; retrying",
        ),
      attempt: async () => {
        const body = {
          model,
          messages: [
            { role: "system" as const, content: request.system },
            { role: "user" as const, content: request.user },
          ],
          temperature: 0,
          ...(jsonMode ? { response_format: { type: "json_object" as const } } : {}),
        };
        // The SDK's timeout stops at the response headers; a stalled body or stream needs our own watchdog.
        const watchdog = new IdleWatchdog(timeoutMs, request.signal);
        const requestOptions = { timeout: timeoutMs, maxRetries: 0, signal: watchdog.signal };
        try {
          if (!request.onToken) {
            const completion = await client.chat.completions.create(body, requestOptions);
            return { text: completion.choices[0]?.message?.content ?? "" };
          }
          return await this.#stream(
            client.chat.completions.create({ ...body, stream: true }, requestOptions),
            watchdog,
            (delta) => {
              streamed = true;
              request.onToken?.(delta);
            },
          );
        } finally {
          watchdog.stop();
        }
      },
    });
  }

  async #stream(
    pending: Promise<
      AsyncIterable<{ choices: { delta?: { content?: string | null }; finish_reason?: string | null }[] }>
    >,
    watchdog: IdleWatchdog,
    onDelta: (delta: string) => void,
  ): Promise<{ text: string }> {
    const stream = await pending;
    let text = "";
    let finished = false;
    for await (const chunk of stream) {
      watchdog.reset();
      const choice = chunk.choices[0];
      const delta = choice?.delta?.content ?? "";
      if (choice?.finish_reason) finished = true;
      if (delta === "") continue;
      text += delta;
      onDelta(delta);
    }
    // The SDK ends an aborted stream quietly, so the watchdog is asked whether it fired.
    if (!finished && watchdog.signal.aborted)
      throw new TaiwaError("model_timeout", "the chat model's stream stalled beyond OPENAI_TIMEOUT_MS");
    // A stream that ends without a finish_reason was cut off (proxy timeout, crashed server).
    if (!finished)
      throw new TaiwaError("model_bad_output", "the chat model's stream ended before the answer was complete");
    return { text };
  }
}

/** Aborts when nothing arrived for `timeoutMs` (reset on each streamed chunk) or when the caller aborts. */
class IdleWatchdog {
  readonly #controller = new AbortController();
  readonly #timeoutMs: number;
  #timer: NodeJS.Timeout | undefined;
  readonly signal: AbortSignal;

  constructor(timeoutMs: number, parent?: AbortSignal) {
    this.#timeoutMs = timeoutMs;
    this.signal = parent ? AbortSignal.any([parent, this.#controller.signal]) : this.#controller.signal;
    this.reset();
  }

  reset(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#controller.abort(new Error("idle timeout")), this.#timeoutMs);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}
