import { Writable } from "node:stream";
import type { Config } from "../../app/config.ts";
import { createLogger } from "../../app/logger.ts";
import type { ChatSurface } from "../../bots/types.ts";
import { createHttpApp } from "../../server/create-http-app.ts";
import { InProcessMetrics } from "../../server/in-process-metrics.ts";
import { instrumentAskService } from "../../server/instrument-ask-service.ts";
import type { ListDocuments, ListWebReplies, ReadinessCheck } from "../../server/types.ts";
import { ScriptedAskService } from "../doubles/scripted-ask-service.ts";

export type TestConfig = Pick<
  Config,
  | "MAX_QUESTION_CHARS"
  | "RATE_LIMIT_PER_MINUTE"
  | "TRUST_PROXY_HOPS"
  | "PUBLIC_BASE_URL"
  | "LOG_QUESTIONS"
  | "LOG_LEVEL"
  | "RETENTION_DAYS"
> &
  Partial<Pick<Config, "WEB_FEEDBACK_PER_HOUR">>;

/** Collects pino's JSON lines so tests can assert what was (and was not) logged. */
export function memoryLog(): { stream: Writable; lines: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const text = () => chunks.join("");
  const lines = () =>
    text()
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, lines, text };
}

export function buildTestApp(
  options: {
    config?: Partial<TestConfig>;
    askService?: ScriptedAskService;
    readiness?: ReadinessCheck[];
    ready?: Promise<void>;
    surfaces?: ChatSurface[];
    listWebReplies?: ListWebReplies;
    listDocuments?: ListDocuments;
  } = {},
) {
  const config: TestConfig = {
    MAX_QUESTION_CHARS: 2000,
    RATE_LIMIT_PER_MINUTE: 1000,
    TRUST_PROXY_HOPS: 0,
    PUBLIC_BASE_URL: undefined,
    LOG_QUESTIONS: false,
    LOG_LEVEL: "info",
    ...options.config,
  };
  const log = memoryLog();
  const logger = createLogger(config, log.stream);
  const askService = options.askService ?? new ScriptedAskService();
  const metrics = new InProcessMetrics();
  const app = createHttpApp({
    config,
    logger,
    askService: instrumentAskService({ askService, metrics }),
    surfaces: options.surfaces ?? [],
    readiness: options.readiness ?? [],
    metrics,
    ready: options.ready,
    listWebReplies: options.listWebReplies,
    listDocuments: options.listDocuments,
  });
  return { app, askService, metrics, log, config };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}
