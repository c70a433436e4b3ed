import type { Hono } from "hono";
import type { Notifier, Surface } from "../questions/types.ts";

/** HTTP routes a part of taiwa serves under one base path of the single server. */
export interface MountedRoutes {
  /** e.g. "/console", "/slack", "/api/messages". */
  basePath: string;
  app: Hono;
}

/** A place people ask (Slack, Teams, the web chat) or a page staff use (the console). */
export interface ChatSurface {
  readonly name: Surface | "console";
  /** Routes served by the one HTTP server, if any. */
  readonly routes?: MountedRoutes;
  /** Delivers ministry answers back to this surface's threads. */
  readonly notifier?: Notifier;
  /** Long-lived connections (Socket Mode) start here, after the HTTP server listens. */
  start?(): Promise<void>;
  /** Stop taking new work; finish what is in flight. */
  stop?(): Promise<void>;
  /** One line for the start-up report, e.g. "Slack: HTTP mode at /slack/events". */
  describe(): string;
}
