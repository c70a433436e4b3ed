import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { hashingVector } from "./hashing-embedder.ts";
import { OpenApiValidator } from "./openapi-validator.ts";
import { sharedPath } from "./shared-path.ts";

/** What the stand-in does with the next request to an endpoint; unscripted requests get a plain success. */
export type OpenAiScript =
  | { kind: "reply"; content: string }
  | { kind: "status"; status: number; headers?: Record<string, string>; message?: string }
  | { kind: "slow"; delayMs: number; content: string }
  /** Streams `content` in pieces, then drops the connection without finish_reason or [DONE]. */
  | { kind: "truncated"; content: string }
  | { kind: "garbage-embeddings" };

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

/**
 * A local stand-in for the OpenAI API on 127.0.0.1: `/chat/completions` (JSON or SSE) and `/embeddings`,
 * under any prefix (so Azure's `/openai/deployments/{name}/…` works too). Request bodies are validated against
 * the official OpenAPI document and rejected with OpenAI's 400 error shape; responses follow scripts.
 */
export class OpenAiStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly #chatScripts: OpenAiScript[] = [];
  readonly #embeddingScripts: OpenAiScript[] = [];
  readonly #validator = new OpenApiValidator(sharedPath("api-specs/openai-openapi.json"));
  readonly #server = createServer((request, response) => void this.#handle(request, response));
  /** Reply used when no chat script is queued. */
  defaultChatContent = JSON.stringify({ resolved: true, answer: "回答です[1]。", citations: [1] });
  url = "";

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  scriptChat(...scripts: OpenAiScript[]): void {
    this.#chatScripts.push(...scripts);
  }

  scriptEmbeddings(...scripts: OpenAiScript[]): void {
    this.#embeddingScripts.push(...scripts);
  }

  /** Drops scripts a test queued but did not use, so that they cannot answer the next test's requests. */
  clearScripts(): void {
    this.#chatScripts.length = 0;
    this.#embeddingScripts.length = 0;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const text = await readBody(request);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return sendError(response, 400, "We could not parse the JSON body of your request.");
    }
    this.requests.push({ path: url.pathname, query: url.searchParams, headers: request.headers, body });
    const isChat = url.pathname.endsWith("/chat/completions");
    const isEmbeddings = url.pathname.endsWith("/embeddings");
    if (request.method !== "POST" || (!isChat && !isEmbeddings))
      return sendError(response, 404, `Invalid URL (${request.method} ${url.pathname})`);
    const problems = this.#validator.validate(isChat ? "CreateChatCompletionRequest" : "CreateEmbeddingRequest", body);
    if (problems.length > 0) return sendError(response, 400, `Invalid request: ${problems.join("; ")}`);
    const script = (isChat ? this.#chatScripts : this.#embeddingScripts).shift();
    if (script?.kind === "status")
      return sendError(response, script.status, script.message ?? "scripted failure", script.headers);
    if (script?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, script.delayMs));
    if (isEmbeddings) return sendEmbeddings(response, body, script?.kind === "garbage-embeddings");
    const content = script && "content" in script ? script.content : this.defaultChatContent;
    if (body.stream === true) return streamChat(response, String(body.model), content, script?.kind === "truncated");
    sendJson(response, 200, {
      id: "chatcmpl-standin",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        { index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
  }
}

function sendEmbeddings(response: ServerResponse, body: Record<string, unknown>, garbage: boolean): void {
  const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
  const dimensions = typeof body.dimensions === "number" ? body.dimensions : 256;
  const data = inputs.map((input, index) => ({
    object: "embedding",
    index,
    embedding: garbage ? [0.5] : hashingVector(input, dimensions),
  }));
  // Real servers may return items out of order; reversing proves the client sorts by index.
  sendJson(response, 200, {
    object: "list",
    data: data.reverse(),
    model: body.model,
    usage: { prompt_tokens: 1, total_tokens: 1 },
  });
}

function streamChat(response: ServerResponse, model: string, content: string, truncated: boolean): void {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const pieces = content.match(/[\s\S]{1,7}/g) ?? [];
  const chunk = (delta: object, finishReason: string | null) =>
    `data: ${JSON.stringify({ id: "chatcmpl-standin", object: "chat.completion.chunk", created: 0, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] })}\n\n`;
  response.write(chunk({ role: "assistant", content: "" }, null));
  const sent = truncated ? pieces.slice(0, Math.ceil(pieces.length / 2)) : pieces;
  for (const piece of sent) response.write(chunk({ content: piece }, null));
  if (truncated) {
    // Let the pieces reach the client first, as a proxy cutting a long stream would.
    setTimeout(() => response.socket?.destroy(), 50);
    return;
  }
  response.write(chunk({}, "stop"));
  response.end("data: [DONE]\n\n");
}

function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const type = status === 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error";
  sendJson(response, status, { error: { message, type, param: null, code: null } }, headers);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}
