import { createHash, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import type { CookieOptions } from "hono/utils/cookie";
import { clientIp as clientAddress } from "../server/client-ip.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { html, layout } from "./html.ts";

export const SESSION_COOKIE = "taiwa_console";
export const LOGIN_CSRF_COOKIE = "taiwa_console_login";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sameToken(left: string | undefined, right: string | undefined): boolean {
  if (!left || !right) return false;
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieOptions(deps: ConsoleDeps, maxAgeSeconds?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: "Strict",
    secure: deps.config.PUBLIC_BASE_URL?.startsWith("https:") ?? false,
    path: deps.basePath,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** The client's address: the socket, or behind TRUST_PROXY_HOPS proxies the entry they appended (as for the web chat). */
export function clientIp(c: Context, deps: Pick<ConsoleDeps, "config">): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return clientAddress({
    socketAddress: incoming?.socket?.remoteAddress,
    forwardedFor: c.req.header("x-forwarded-for"),
    trustedHops: deps.config.TRUST_PROXY_HOPS ?? 0,
  });
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Only the presence frame (who else has a question open) may be framed, and only by the console itself.
    const frameable = new URL(c.req.url).pathname.endsWith("/presence");
    c.header(
      "Content-Security-Policy",
      `default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors ${frameable ? "'self'" : "'none'"}; base-uri 'none'`,
    );
    c.header("X-Content-Type-Options", "nosniff");
    c.header("X-Frame-Options", frameable ? "SAMEORIGIN" : "DENY");
    c.header("Referrer-Policy", "same-origin");
    c.header("Cache-Control", "no-store");
  };
}

/**
 * Room for the largest form (an 8,000-character answer or FAQ, URL-encoded: up to 9 bytes a character) and no more.
 * Checked from Content-Length before anything is read; a body streamed without one is cut off at the limit.
 */
export const CONSOLE_BODY_LIMIT_BYTES = 128 * 1024;

export function consoleBodyLimit(deps: Pick<ConsoleDeps, "basePath">): MiddlewareHandler {
  return bodyLimit({
    maxSize: CONSOLE_BODY_LIMIT_BYTES,
    onError: (c) => {
      // The unread rest of the body would hold the connection: close it after this answer.
      c.header("Connection", "close");
      return c.html(
        layout({
          basePath: deps.basePath,
          title: "送信内容が大きすぎます",
          error: "送信内容が大きすぎます。回答やFAQは8000文字以内にして、もう一度送信してください。",
          body: html`<p><a href="${deps.basePath}/">コンソールに戻る</a></p>`,
        }),
        413,
      );
    },
  });
}

function deny(c: Context, deps: ConsoleDeps, status: 401 | 403, message: string) {
  return c.html(
    layout({
      basePath: deps.basePath,
      title: status === 401 ? "ログインが必要です" : "操作できません",
      error: message,
      body: html`<p><a href="${deps.basePath}/">コンソールに戻る</a></p>`,
    }),
    status,
  );
}

/**
 * Every page but login: a valid, unexpired session of an enabled account. GET without one redirects to the login
 * page; POST without one is 401, and POST with a missing or wrong CSRF token is 403.
 */
export function requireSession(deps: ConsoleDeps): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await deps.questionLog.accounts.getSession(hashToken(token)) : undefined;
    const now = deps.now();
    const user =
      session && session.expiresAt > now ? await deps.questionLog.accounts.getUser(session.login) : undefined;
    if (!session || !user || user.disabled) {
      if (session) await deps.questionLog.accounts.deleteSession(session.tokenHash);
      if (c.req.method === "GET" || c.req.method === "HEAD") {
        const next = new URL(c.req.url).pathname + new URL(c.req.url).search;
        return c.redirect(`${deps.basePath}/login?next=${encodeURIComponent(next)}${session ? "&expired=1" : ""}`, 302);
      }
      return deny(c, deps, 401, "ログインしていないか、セッションの有効期限が切れました。ログインし直してください。");
    }
    if (c.req.method === "POST") {
      const body = await c.req.parseBody();
      const sent = typeof body._csrf === "string" ? body._csrf : undefined;
      if (!sameToken(sent, session.csrfToken)) {
        return deny(
          c,
          deps,
          403,
          "フォームの確認用トークンが一致しません。ページを再読み込みしてからやり直してください。",
        );
      }
    }
    c.set("session", session);
    c.set("user", { login: user.login, role: user.role, disabled: user.disabled, createdAt: user.createdAt });
    await next();
  };
}

export function requireAdmin(deps: ConsoleDeps): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    if (c.get("user").role !== "admin") return deny(c, deps, 403, "このページは管理者だけが使えます。");
    await next();
  };
}

/** Only same-console paths: a crafted `next` must not send the user elsewhere. */
export function safeNext(deps: ConsoleDeps, next: string | undefined): string {
  if (next?.startsWith(`${deps.basePath}/`) && !next.startsWith("//") && !/[\\\r\n]/.test(next)) return next;
  return `${deps.basePath}/`;
}
