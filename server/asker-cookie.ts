import { createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { HttpEnv } from "./http-env.ts";

export const ASKER_COOKIE = "taiwa_asker";
const COOKIE_VALUE = /^[A-Za-z0-9_-]{24,64}$/;
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * This browser's pseudonymous asker id. The cookie holds a random secret (HttpOnly, so page scripts
 * cannot read it); the question log stores only its hash, so a copy of the database cannot be used
 * to read another browser's replies.
 */
export function askerIdFor(c: Context<HttpEnv>, options: { secure: boolean }): string {
  let secret = getCookie(c, ASKER_COOKIE);
  if (!secret || !COOKIE_VALUE.test(secret)) {
    secret = randomBytes(24).toString("base64url");
    setCookie(c, ASKER_COOKIE, secret, {
      httpOnly: true,
      sameSite: "Lax",
      secure: options.secure,
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
    });
  }
  return `web-${createHash("sha256").update(secret).digest("base64url").slice(0, 32)}`;
}
