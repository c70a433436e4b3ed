import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack rejects replays older than five minutes; so do we. */
const MAX_AGE_SECONDS = 5 * 60;

export type SignatureVerdict = { valid: true } | { valid: false; reason: "missing" | "stale" | "mismatch" };

/**
 * Checks Slack's v0 request signature over the raw body:
 * `v0=` + hex(HMAC-SHA256(signingSecret, "v0:" + timestamp + ":" + body)).
 */
export function verifySlackSignature(request: {
  signingSecret: string;
  rawBody: string;
  timestamp: string | undefined;
  signature: string | undefined;
  nowSeconds?: number;
}): SignatureVerdict {
  const { signingSecret, rawBody, timestamp, signature } = request;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return { valid: false, reason: "missing" };
  const now = request.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > MAX_AGE_SECONDS) return { valid: false, reason: "stale" };
  const expected = signSlackBody({ signingSecret, rawBody, timestamp });
  const expectedBytes = Buffer.from(expected, "utf8");
  const givenBytes = Buffer.from(signature, "utf8");
  if (expectedBytes.length !== givenBytes.length) return { valid: false, reason: "mismatch" };
  return timingSafeEqual(expectedBytes, givenBytes) ? { valid: true } : { valid: false, reason: "mismatch" };
}

/** The `X-Slack-Signature` value Slack would send for this body and timestamp. */
export function signSlackBody(request: { signingSecret: string; rawBody: string; timestamp: string }): string {
  const digest = createHmac("sha256", request.signingSecret)
    .update(`v0:${request.timestamp}:${request.rawBody}`)
    .digest("hex");
  return `v0=${digest}`;
}
