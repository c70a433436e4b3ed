import type { Context, Hono } from "hono";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { csrfField, formatTime, html, layout } from "../html.ts";
import { requireAdmin } from "../security.ts";

const TITLE_LIMIT = 60;
const BODY_LIMIT = 4000;

async function field(c: Context<ConsoleEnv>, name: string): Promise<string> {
  const body = await c.req.parseBody();
  // Browsers submit line breaks as CRLF; templates are stored with LF.
  return typeof body[name] === "string" ? (body[name] as string).replace(/\r\n?/g, "\n").trim() : "";
}

async function templatesPage(
  c: Context<ConsoleEnv>,
  deps: ConsoleDeps,
  extra: { notice?: string; error?: string } = {},
  status: 200 | 400 = 200,
) {
  const templates = await deps.questionLog.templates.list();
  const csrf = c.get("session").csrfToken;
  const base = `${deps.basePath}/admin/templates`;
  const editor = (template?: { id: string; title: string; body: string }) =>
    html`<form method="post" action="${base}" class="panel">${csrfField(csrf)}
      ${template ? html`<input type="hidden" name="id" value="${template.id}">` : ""}
      <label>見出し<input name="title" required maxlength="${TITLE_LIMIT}" value="${template?.title ?? ""}"></label>
      <label>本文<textarea name="body" required maxlength="${BODY_LIMIT}" rows="5">${template?.body ?? ""}</textarea></label>
      <div class="composer-actions"><button>${template ? "保存" : "追加"}</button>
      ${template ? html`<button formaction="${base}/${template.id}/delete" class="secondary" formnovalidate>削除</button>` : ""}</div>
    </form>`;
  const body = html`<p>質問詳細の「返信テンプレート」に出る文例です。担当者は挿入してから、質問に合わせて書き換えます。</p>
    ${templates.map(
      (template) =>
        html`<h2>${template.title}</h2><p class="note-meta">最終更新 ${formatTime(template.updatedAt)} ${template.updatedBy}</p>${editor(template)}`,
    )}
    <h2>テンプレートを追加</h2>${editor()}`;
  return c.html(
    layout({
      basePath: deps.basePath,
      title: "返信テンプレート",
      user: c.get("user"),
      csrfToken: csrf,
      body,
      ...extra,
    }),
    status,
  );
}

/** Reply templates: every official uses them, only admins edit them. */
export function registerTemplateRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const base = "/admin/templates";
  // Registered after the other admin pages' "/admin/*" guard; this one makes the rule local and explicit.
  app.use(`${base}/*`, requireAdmin(deps));
  app.get(base, (c) => templatesPage(c, deps, { notice: c.req.query("saved") ? "保存しました。" : undefined }));
  app.post(base, async (c) => {
    const title = await field(c, "title");
    const body = await field(c, "body");
    if (!title || !body || title.length > TITLE_LIMIT || body.length > BODY_LIMIT) {
      return templatesPage(
        c,
        deps,
        { error: `見出し(${TITLE_LIMIT}文字以内)と本文(${BODY_LIMIT}文字以内)を入力してください。` },
        400,
      );
    }
    const id = (await field(c, "id")) || undefined;
    const at = deps.now();
    await deps.questionLog.templates.save({ id, title, body, by: c.get("user").login, at });
    await deps.questionLog.addAudit({ at, actor: c.get("user").login, action: "template-save", detail: title });
    return c.redirect(`${deps.basePath}${base}?saved=1`, 303);
  });
  app.post(`${base}/:id/delete`, async (c) => {
    const removed = await deps.questionLog.templates.remove(c.req.param("id"));
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: c.get("user").login,
      action: "template-delete",
      detail: c.req.param("id"),
    });
    return removed
      ? c.redirect(`${deps.basePath}${base}?saved=1`, 303)
      : templatesPage(c, deps, { error: "そのテンプレートはありません。" }, 400);
  });
}
