import { describe, expect, it } from "vitest";
import { signSlackBody, verifySlackSignature } from "../../../bots/slack/slack-signature.ts";

describe("verifySlackSignature", () => {
  // Slack's documented example (api.slack.com/authentication/verifying-requests-from-slack).
  const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5";
  const timestamp = "1531420618";
  const rawBody =
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  const signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  it("accepts Slack's documented example", () => {
    expect(signSlackBody({ signingSecret, rawBody, timestamp })).toBe(signature);
    expect(verifySlackSignature({ signingSecret, rawBody, timestamp, signature, nowSeconds: 1531420618 + 10 })).toEqual(
      { valid: true },
    );
  });

  it("rejects stale, missing and mismatched signatures", () => {
    expect(
      verifySlackSignature({ signingSecret, rawBody, timestamp, signature, nowSeconds: 1531420618 + 301 }),
    ).toEqual({ valid: false, reason: "stale" });
    expect(verifySlackSignature({ signingSecret, rawBody, timestamp: undefined, signature })).toEqual({
      valid: false,
      reason: "missing",
    });
    expect(verifySlackSignature({ signingSecret, rawBody, timestamp, signature: undefined })).toEqual({
      valid: false,
      reason: "missing",
    });
    expect(
      verifySlackSignature({ signingSecret, rawBody: `${rawBody}x`, timestamp, signature, nowSeconds: 1531420618 }),
    ).toEqual({
      valid: false,
      reason: "mismatch",
    });
    expect(
      verifySlackSignature({ signingSecret, rawBody, timestamp, signature: "v0=short", nowSeconds: 1531420618 }),
    ).toEqual({
      valid: false,
      reason: "mismatch",
    });
  });
});
