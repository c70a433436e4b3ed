import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "../../app/logger.ts";
import { verifySlackSignature } from "./slack-signature.ts";

/** Slack gives up (and retries) after 3 s without an HTTP 200; answer well before that. */
const ACK_DEADLINE_MS = 2_500;
/** Slack's payloads are a few kilobytes; anything far larger is not from Slack and is refused unread. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Bolt's Receiver on a Hono route: verifies Slack's signature over the raw body, answers the URL
 * check, hands each payload to Bolt, and returns the HTTP response as soon as the listener acks
 * (Bolt's processBeforeResponse: false). Listener work after the ack carries on in the background.
 */
export class HonoSlackReceiver implements Receiver {
  readonly routes: Hono;
  private bolt: App | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly signingSecret: string;
  private readonly logger: Logger;

  constructor(options: { signingSecret: string; logger: Logger }) {
    this.signingSecret = options.signingSecret;
    this.logger = options.logger;
    this.routes = new Hono();
    const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: "payload_too_large" }, 413) });
    this.routes.post("/events", limit, async (c) => {
      const rawBody = await c.req.text();
      const verdict = verifySlackSignature({
        signingSecret: this.signingSecret,
        rawBody,
        timestamp: c.req.header("x-slack-request-timestamp"),
        signature: c.req.header("x-slack-signature"),
      });
      if (!verdict.valid) {
        this.logger.warn({ reason: verdict.reason }, "slack request rejected: bad signature");
        return c.json({ error: "invalid_signature" }, 401);
      }
      const body = parseSlackBody(rawBody, c.req.header("content-type") ?? "");
      if (body === undefined) return c.json({ error: "malformed_body" }, 400);
      // Slack's periodic certificate check (slash commands) expects a bare 200.
      if (body.ssl_check === "1") return c.body(null, 200);
      if (body.type === "url_verification" && typeof body.challenge === "string") {
        return c.json({ challenge: body.challenge });
      }
      const retryHeader = c.req.header("x-slack-retry-num");
      const response = await this.dispatch({
        body,
        retryNum: retryHeader === undefined ? undefined : Number(retryHeader),
        retryReason: c.req.header("x-slack-retry-reason"),
      });
      if (response === undefined || response === "") return c.body(null, 200);
      if (typeof response === "string") return c.text(response, 200);
      return c.json(response as Record<string, unknown>, 200);
    });
  }

  init(app: App): void {
    this.bolt = app;
  }

  async start(): Promise<void> {}

  /** Waits for answers already under way; the HTTP server itself belongs to the composition root. */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Resolves with the ack's response body, or undefined when the deadline passes first. */
  private dispatch(request: {
    body: Record<string, unknown>;
    retryNum?: number;
    retryReason?: string;
  }): Promise<unknown> {
    const bolt = this.bolt;
    if (!bolt) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let acked = false;
      const timer = setTimeout(() => {
        if (acked) return;
        acked = true;
        this.logger.warn("slack listener did not ack in time; acknowledging anyway");
        resolve(undefined);
      }, ACK_DEADLINE_MS);
      const event: ReceiverEvent = {
        body: request.body,
        retryNum: request.retryNum,
        retryReason: request.retryReason,
        ack: async (response?: unknown) => {
          if (acked) return;
          acked = true;
          clearTimeout(timer);
          resolve(response);
        },
      };
      const work = bolt
        .processEvent(event)
        .catch((error: unknown) => {
          this.logger.error({ err: error }, "slack listener failed");
        })
        .finally(() => {
          this.inFlight.delete(work);
          if (!acked) {
            acked = true;
            clearTimeout(timer);
            resolve(undefined);
          }
        });
      this.inFlight.add(work);
    });
  }
}

/** Events arrive as JSON; slash commands as form fields; interactivity as a form field `payload` holding JSON. */
export function parseSlackBody(rawBody: string, contentType: string): Record<string, unknown> | undefined {
  try {
    if (contentType.includes("application/x-www-form-urlencoded")) {
      const form = new URLSearchParams(rawBody);
      const payload = form.get("payload");
      if (payload !== null) return asRecord(JSON.parse(payload));
      return Object.fromEntries(form.entries());
    }
    return asRecord(JSON.parse(rawBody));
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
