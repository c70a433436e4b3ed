import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Taiwa } from "../app/compose.ts";
import type { Config } from "../app/config.ts";
import { TaiwaError } from "../app/errors.ts";
import type { Logger } from "../app/logger.ts";
import { createHttpApp } from "./create-http-app.ts";
import { type TrackedConnections, trackConnections } from "./graceful-close.ts";
import { startupReport } from "./startup-report.ts";

export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 (the real port when PORT=0). */
  url: string;
  /** Stops accepting, lets questions in flight finish, stops surfaces, closes stores. Safe to call twice. */
  close(): Promise<void>;
}

type ServerConfig = Pick<
  Config,
  | "PORT"
  | "HOST"
  | "SHUTDOWN_TIMEOUT_MS"
  | "MAX_QUESTION_CHARS"
  | "RATE_LIMIT_PER_MINUTE"
  | "TRUST_PROXY_HOPS"
  | "PUBLIC_BASE_URL"
  | "LOG_QUESTIONS"
>;

/**
 * Listens at once (so /healthz answers while the first index builds), reports what is switched on,
 * then starts the surfaces' long-lived connections.
 */
export async function startServer(options: {
  taiwa: Taiwa;
  config: ServerConfig;
  logger: Logger;
}): Promise<RunningServer> {
  const { taiwa, config, logger } = options;
  const app = createHttpApp({
    config,
    logger,
    askService: taiwa.askService,
    surfaces: taiwa.surfaces,
    readiness: taiwa.readiness,
    metrics: taiwa.metrics,
    ready: taiwa.ready,
    listWebReplies: taiwa.listWebReplies,
    ...(taiwa.webAnswers ? { webAnswers: taiwa.webAnswers } : {}),
    listDocuments: taiwa.listDocuments,
  });
  const server = await listen({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
  const connections = trackConnections(server);
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  logger.info({ url, lines: startupReport({ url, surfaces: taiwa.surfaces }) }, "taiwa listening");
  taiwa.ready.then(
    () => logger.info({ url }, "taiwa ready: answering questions"),
    (error: unknown) => logger.error({ err: error }, "taiwa start-up failed: /readyz stays 503"),
  );
  for (const surface of taiwa.surfaces) {
    // A surface that cannot connect (e.g. Slack Socket Mode offline) must not take the web chat down with it.
    surface
      .start?.()
      .catch((error: unknown) => logger.error({ err: error, surface: surface.name }, "surface failed to start"));
  }

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= shutdown({ connections, taiwa, logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
    return closing;
  };
  return { url, close };
}

function listen(options: {
  fetch: Parameters<typeof serve>[0]["fetch"];
  port: number;
  hostname: string;
}): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve(options) as Server;
    server.once("listening", () => resolve(server));
    server.once("error", (error: NodeJS.ErrnoException) => {
      const fix =
        error.code === "EADDRINUSE"
          ? `port ${options.port} on ${options.hostname} is already in use: stop the other process or set PORT to a free port`
          : `cannot listen on ${options.hostname}:${options.port} (${error.code ?? error.message}): check HOST and PORT`;
      reject(new TaiwaError("config_invalid", `taiwa cannot start: ${fix}.`, { cause: error }));
    });
  });
}

async function shutdown(options: {
  connections: TrackedConnections;
  taiwa: Taiwa;
  logger: Logger;
  timeoutMs: number;
}): Promise<void> {
  const { connections, taiwa, logger } = options;
  await connections.stopAccepting();
  logger.info("shutting down: no new connections, finishing questions in flight");
  const surfacesStopped = Promise.all(
    options.taiwa.surfaces.map((surface) =>
      surface
        .stop?.()
        .catch((error: unknown) => logger.error({ err: error, surface: surface.name }, "surface failed to stop")),
    ),
  );
  if ((await connections.drain(options.timeoutMs)) === "timeout") {
    logger.warn({ timeoutMs: options.timeoutMs }, "shutdown timeout: closed the connections still open");
  }
  await surfacesStopped;
  await taiwa.close();
  logger.info("shut down cleanly");
}
