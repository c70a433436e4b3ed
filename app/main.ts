import { existsSync } from "node:fs";
import { type RunningServer, startServer } from "../server/start-server.ts";
import { type ComposeTaiwa, composeTaiwa } from "./compose.ts";
import { type Config, loadConfig } from "./config.ts";
import { isTaiwaError } from "./errors.ts";
import { createLogger, type Logger } from "./logger.ts";
import { secretScrubber } from "./secret-scrubber.ts";
import { startupFailureMessage } from "./startup-failure.ts";

/**
 * `npm start`: parse the config once, build everything, serve. Refuses bad config with one line per
 * variable and its fix; SIGTERM/SIGINT finish the questions in flight, close the stores, exit 0.
 */
export async function main(options: {
  env: Record<string, string | undefined>;
  compose?: ComposeTaiwa;
  /** Where the JSON log goes (default stdout) and where the one-line start-up error goes (default stderr). */
  logDestination?: NodeJS.WritableStream;
  errorOutput?: NodeJS.WritableStream;
}): Promise<{ exitCode: number } | { running: RunningServer; logger: Logger }> {
  const errorOutput = options.errorOutput ?? process.stderr;
  let config: Config;
  try {
    config = loadConfig(options.env);
  } catch (error) {
    errorOutput.write(`${isTaiwaError(error) ? error.message : String(error)}\n`);
    return { exitCode: 1 };
  }
  const logger = createLogger(config, options.logDestination);
  const scrub = secretScrubber(config);
  try {
    const compose = options.compose ?? composeTaiwa;
    const taiwa = await compose({ config, logger });
    return { running: await startServer({ taiwa, config, logger }), logger };
  } catch (error) {
    // One line, like the config errors: what failed and what to do. No stack: it helps no operator here.
    const message = startupFailureMessage(error, config);
    logger.fatal({ code: isTaiwaError(error) ? error.code : "internal", reason: scrub(message) }, "taiwa cannot start");
    errorOutput.write(scrub(`${message}\n`));
    return { exitCode: 1 };
  }
}

/**
 * A signal relayed twice (the terminal or a process-group kill reaches node, and npm/tsx pass the same
 * signal on a few milliseconds later) is one request to stop, not a second, impatient one.
 */
const RELAYED_SIGNAL_MS = 1_000;

export interface SignalOptions {
  exit?: (code: number) => void;
  now?: () => number;
}

/** The handler for SIGTERM/SIGINT: graceful close, then exit 0; a second signal, a second later or more, exits at once. */
export function signalHandler(
  server: Pick<RunningServer, "close">,
  logger: Pick<Logger, "info" | "error">,
  { exit = (code) => process.exit(code), now = Date.now }: SignalOptions = {},
): (signal: NodeJS.Signals) => void {
  let stoppingSince: number | undefined;
  return (signal) => {
    if (stoppingSince !== undefined) {
      if (now() - stoppingSince < RELAYED_SIGNAL_MS) return;
      // A second Ctrl-C means "now": questions still in flight are abandoned.
      logger.info({ signal }, "second signal: exiting at once");
      exit(1);
      return;
    }
    stoppingSince = now();
    logger.info({ signal }, "signal received");
    server.close().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        exit(1);
      },
    );
  };
}

/**
 * SIGTERM/SIGINT: graceful close, then exit 0; a second signal exits at once. The signals `holding` held while taiwa
 * started are released only once these handlers are in place (no moment without one), and the first of them stops
 * taiwa now, as if it came just now.
 */
export function exitOnSignals(
  server: RunningServer,
  logger: Pick<Logger, "info" | "error">,
  holding?: { release(): NodeJS.Signals[] },
): void {
  const stop = signalHandler(server, logger);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  const held = holding?.release() ?? [];
  if (held[0] !== undefined) stop(held[0]);
}

/**
 * From the start of the process until its handlers are in place, SIGTERM/SIGINT would kill it outright (Node's
 * default), resetting the connections the server has just accepted; a supervisor may send one the moment taiwa
 * says it listens. Holding them keeps that window closed: `release` stops holding and returns what came.
 */
export function holdSignals(): { release(): NodeJS.Signals[] } {
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => held.push(signal);
  process.on("SIGTERM", hold);
  process.on("SIGINT", hold);
  return {
    release() {
      process.off("SIGTERM", hold);
      process.off("SIGINT", hold);
      return held;
    },
  };
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}`;
if (isEntryPoint) {
  const signals = holdSignals();
  // A .env beside package.json fills in what the real environment does not set (it never overrides).
  if (existsSync(".env")) process.loadEnvFile(".env");
  const outcome = await main({ env: process.env });
  if ("exitCode" in outcome) process.exit(outcome.exitCode);
  else exitOnSignals(outcome.running, outcome.logger, signals);
}
