import { createHash, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { CookieOptions } from "hono/utils/cookie";
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

/** The peer address from the Node server; behind a proxy this is the proxy, which still limits per source. */
export function clientIp(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "local";
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
