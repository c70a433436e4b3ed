import { type Config, loadConfig } from "../../app/config.ts";
import { openQuestionLog } from "../../questions/open-question-log.ts";
import type { QuestionLog } from "../../questions/types.ts";
import type { CliIo } from "../types.ts";

/** Opens the configured question log (SQLite in the data dir, or DATABASE_URL) for one command, and closes it. */
export async function withQuestionLog<T>(
  io: CliIo,
  work: (log: QuestionLog, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env);
  const log = await openQuestionLog(config);
  try {
    return await work(log, config);
  } finally {
    await log.close();
  }
}

/** The first line of stdin; on a terminal, read without echo. */
export async function readSecretLine(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  if (stdin.isTTY && typeof stdin.setRawMode === "function") {
    io.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    try {
      return await new Promise<string>((resolve, reject) => {
        let line = "";
        const onData = (chunk: Buffer) => {
          for (const character of chunk.toString("utf8")) {
            if (character === "\r" || character === "\n" || character === "\u0004") {
              stdin.off("data", onData);
              io.stderr.write("\n");
              resolve(line);
              return;
            }
            if (character === "\u0003") {
              stdin.off("data", onData);
              reject(new Error("cancelled"));
              return;
            }
            line = character === "\u007f" ? line.slice(0, -1) : line + character;
          }
        };
        stdin.on("data", onData);
      });
    } finally {
      stdin.setRawMode(false);
      stdin.pause();
    }
  }
  let text = "";
  for await (const chunk of io.stdin) {
    text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}
