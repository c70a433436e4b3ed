import { randomBytes } from "node:crypto";
import type { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../../questions/passwords.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { csrfField, html, layout } from "../html.ts";
import {
  clientIp,
  cookieOptions,
  hashToken,
  LOGIN_CSRF_COOKIE,
  requireSession,
  SESSION_COOKIE,
  safeNext,
  sameToken,
} from "../security.ts";

/** The shape `user add` accepts: anything else cannot be an account, and is neither looked up, logged nor echoed. */
const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{2,64}$/;

function loginPage(
  deps: ConsoleDeps,
  options: { csrf: string; next: string; error?: string; notice?: string; login?: string },
) {
  return layout({
    basePath: deps.basePath,
    title: "ログイン",
    error: options.error,
    notice: options.notice,
    body: html`<form method="post" action="${deps.basePath}/login" class="login">
      ${csrfField(options.csrf)}
      <input type="hidden" name="next" value="${options.next}">
      <label>ログインID<input name="login" autocomplete="username" required value="${options.login ?? ""}"></label>
      <label>パスワード<input name="password" type="password" autocomplete="current-password" required></label>
      <button>ログイン</button>
    </form>
    <p>アカウントをお持ちでない方、パスワードを忘れた方は、このコンソールの管理者にお問い合わせください。</p>`,
  });
}

export function registerLoginRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  // Login CSRF: a double-submit token (cookie + hidden field), since there is no session yet.
  app.get("/login", (c) => {
    const csrf = randomBytes(24).toString("base64url");
    setCookie(c, LOGIN_CSRF_COOKIE, csrf, cookieOptions(deps, 3600));
    const notice = c.req.query("expired")
      ? "セッションの有効期限が切れました。もう一度ログインしてください。"
      : undefined;
    return c.html(loginPage(deps, { csrf, next: safeNext(deps, c.req.query("next")), notice }));
  });

  app.post("/login", async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
    const typed = field("login").trim();
    const plausible = LOGIN_PATTERN.test(typed);
    const login = plausible ? typed : "";
    const next = safeNext(deps, field("next"));
    const cookieToken = getCookie(c, LOGIN_CSRF_COOKIE);
    if (!sameToken(field("_csrf"), cookieToken)) {
      // A fresh token, so the form shown with the error works on the next try.
      const fresh = randomBytes(24).toString("base64url");
      setCookie(c, LOGIN_CSRF_COOKIE, fresh, cookieOptions(deps, 3600));
      return c.html(
        loginPage(deps, {
          csrf: fresh,
          next,
          error: "フォームの確認用トークンが一致しませんでした。もう一度ログインしてください。",
        }),
        403,
      );
    }
    const ip = clientIp(c, deps);
    const waitMs = deps.limiter.retryAfterMs({ ip, login });
    if (waitMs > 0) {
      c.header("Retry-After", String(Math.ceil(waitMs / 1000)));
      const minutes = Math.ceil(waitMs / 60_000);
      return c.html(
        loginPage(deps, {
          csrf: cookieToken ?? "",
          next,
          login,
          error: `ログインの失敗が続いたため、一時的にロックしています。約${minutes}分後にもう一度お試しください。`,
        }),
        429,
      );
    }
    const user = plausible ? await deps.questionLog.accounts.getUser(login) : undefined;
    // Verified even for unknown logins, so the response time does not reveal which logins exist.
    const valid = await verifyPassword(field("password"), user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !valid || user.disabled) {
      deps.limiter.recordFailure({ ip, login });
      deps.logger.info(plausible ? { login, ip } : { loginChars: typed.length, ip }, "console login failed");
      return c.html(
        loginPage(deps, {
          csrf: cookieToken ?? "",
          next,
          login,
          error: "ログインIDまたはパスワードが正しくありません。",
        }),
        401,
      );
    }
    deps.limiter.recordSuccess({ ip, login });
    const token = randomBytes(32).toString("base64url");
    const now = deps.now();
    const minutes = deps.config.CONSOLE_SESSION_MINUTES;
    await deps.questionLog.accounts.createSession({
      tokenHash: hashToken(token),
      login: user.login,
      csrfToken: randomBytes(24).toString("base64url"),
      createdAt: now,
      expiresAt: new Date(now.getTime() + minutes * 60_000),
    });
    await deps.questionLog.accounts.deleteExpiredSessions(now);
    await deps.questionLog.addAudit({ at: now, actor: user.login, action: "login" });
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: deps.basePath });
    setCookie(c, SESSION_COOKIE, token, cookieOptions(deps, minutes * 60));
    return c.redirect(next, 303);
  });

  app.post("/logout", requireSession(deps), async (c) => {
    await deps.questionLog.accounts.deleteSession(c.get("session").tokenHash);
    deleteCookie(c, SESSION_COOKIE, { path: deps.basePath });
    return c.redirect(`${deps.basePath}/login`, 303);
  });
}
