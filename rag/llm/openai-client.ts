import { AzureOpenAI, OpenAI } from "openai";

export interface OpenAiClientOptions {
  apiKey?: string;
  /** Any OpenAI-compatible base URL (OpenAI, Azure `/openai/v1/`, vLLM, Ollama); the SDK's default when absent. */
  baseUrl?: string;
  /** Azure OpenAI's `api-version`: when set, deployments-style URLs are used (`/openai/deployments/{model}/…`). */
  apiVersion?: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/**
 * The one place the openai SDK client is built. Retries are ours (see retry.ts), so the SDK's own are off:
 * two retry layers would multiply the waiting a user sees.
 */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAI {
  // Local servers (Ollama, vLLM) accept any key, but the SDK refuses to start without one.
  const apiKey = options.apiKey ?? "not-needed";
  const common = {
    apiKey,
    timeout: options.timeoutMs,
    maxRetries: 0,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  if (options.apiVersion) {
    const baseURL = azureBaseUrl(options.baseUrl);
    return new AzureOpenAI({ ...common, apiVersion: options.apiVersion, ...(baseURL ? { baseURL } : {}) });
  }
  // Azure's v1 API (https://<resource>.openai.azure.com/openai/v1/) takes the plain client; it reads the key from `api-key`.
  const azureHost = options.baseUrl ? new URL(options.baseUrl).hostname.endsWith(".openai.azure.com") : false;
  return new OpenAI({
    ...common,
    ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
    ...(azureHost ? { defaultHeaders: { "api-key": apiKey } } : {}),
  });
}

/** `https://<resource>.openai.azure.com/` and `…/openai` both mean the resource's `/openai` root. */
function azureBaseUrl(baseUrl: string | undefined): string | undefined {
  if (!baseUrl) return undefined;
  const url = new URL(baseUrl);
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/openai";
  return url.toString().replace(/\/$/, "");
}
