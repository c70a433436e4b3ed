import { type Logger, pino, stdSerializers } from "pino";
import type { Config } from "./config.ts";
import { type SecretSettings, secretScrubber } from "./secret-scrubber.ts";

export type { Logger };

/** Parts of an HTTP client's error that hold request headers (Authorization) and sockets: never useful in a log. */
const NOISY_ERROR_FIELDS = new Set(["config", "request", "response", "headers", "agent", "socket"]);

/**
 * JSON logs. Question text is confidential: call sites pass it only through `questionField`,
 * which drops it unless LOG_QUESTIONS=true. Credentials never reach the log: errors lose their HTTP
 * request parts, and every line is scrubbed of the configured secrets and of anything shaped like a token.
 */
export function createLogger(
  config: Pick<Config, "LOG_LEVEL"> & SecretSettings,
  destination?: NodeJS.WritableStream,
): Logger {
  const scrub = secretScrubber(config);
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { app: "taiwa" },
      redact: { paths: ["question", "*.question", "text"], remove: true },
      serializers: { err: serializeError },
      hooks: { streamWrite: scrub },
    },
    destination ?? process.stdout,
  );
}

/** pino's error serializer, minus the request/response objects an HTTP client hangs on its errors (at any depth). */
function serializeError(error: unknown): unknown {
  return strip(stdSerializers.err(error as Error), 0);
}

function strip(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => strip(item, depth + 1));
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!NOISY_ERROR_FIELDS.has(key)) kept[key] = strip(field, depth + 1);
  }
  return kept;
}

/** The question as a log field, or nothing unless the operator opted in. */
export function questionField(
  config: Pick<Config, "LOG_QUESTIONS">,
  question: string,
): { questionText?: string; questionChars: number } {
  return config.LOG_QUESTIONS
    ? { questionText: question, questionChars: question.length }
    : { questionChars: question.length };
}
