import { type Logger, pino } from "pino";
import type { Config } from "./config.ts";

export type { Logger };

/**
 * JSON logs. Question text is confidential: call sites pass it only through `questionField`,
 * which drops it unless LOG_QUESTIONS=true.
 */
export function createLogger(config: Pick<Config, "LOG_LEVEL">, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { app: "taiwa" },
      redact: { paths: ["question", "*.question", "text"], remove: true },
    },
    destination ?? process.stdout,
  );
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
