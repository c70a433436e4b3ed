import type { Context, Hono, MiddlewareHandler } from "hono";
import { isTaiwaError } from "../app/errors.ts";
import type { ConsoleDeps, ConsoleEnv } from "./console-env.ts";
import { html, layout } from "./html.ts";

/** Question and FAQ ids are positive integers; anything else cannot exist (and PostgreSQL would reject it with 500). */
const ID_PATTERN = /^[1-9][0-9]{0,14}$/;
/** A page number the list can serve; a huge one would overflow the store's OFFSET. */
const PAGE_PATTERN = /^[1-9][0-9]{0,5}$/;

function problemPage(c: Context<ConsoleEnv>, deps: ConsoleDeps, status: 400 | 404 | 409, message: string) {
  const user = c.get("user");
  return c.html(
    layout({
      basePath: deps.basePath,
      title: status === 404 ? "見つかりません" : "操作できません",
      ...(user ? { user, csrfToken: c.get("session").csrfToken } : {}),
      error: message,
      body: html`<p><a href="${deps.basePath}/">質問一覧へ</a></p>`,
    }),
    status,
  );
}

/**
 * Crafted ids and page numbers get 404/400 before any route or store sees them. Registered after the session check,
 * so a signed-out visitor learns nothing more than the login page.
 */
export function registerRequestGuards(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const idGuard: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
    const id = c.req.param("id");
    if (id !== undefined && !ID_PATTERN.test(id))
      return problemPage(c, deps, 404, "指定された番号のページはありません。");
    await next();
  };
  for (const path of ["/questions/:id", "/questions/:id/*", "/faq/:id/*"]) app.use(path, idGuard);
  app.use("*", async (c, next) => {
    const page = c.req.query("page");
    if (page !== undefined && !PAGE_PATTERN.test(page)) {
      return problemPage(c, deps, 400, "ページ番号が正しくありません。一覧の「前へ」「次へ」で移動してください。");
    }
    await next();
  });
}

const STATUS_FOR_CODE: Partial<Record<string, 400 | 404 | 409>> = {
  not_found: 404,
  conflict: 409,
  input_empty: 400,
  input_too_long: 400,
  input_malformed: 400,
  input_binary: 400,
};

/** A TaiwaError a route did not handle, shown with its own (Japanese) message and status; undefined for the rest. */
export function knownErrorResponse(
  c: Context<ConsoleEnv>,
  deps: ConsoleDeps,
  error: unknown,
): Response | Promise<Response> | undefined {
  if (!isTaiwaError(error)) return undefined;
  const status = STATUS_FOR_CODE[error.code];
  return status ? problemPage(c, deps, status, error.message) : undefined;
}
