import type { Context, Hono } from "hono";
import { isTaiwaError } from "../../app/errors.ts";
import { hashPassword, passwordProblem } from "../../questions/passwords.ts";
import type { ConsoleRole } from "../../questions/types.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { csrfField, formatTime, html, layout } from "../html.ts";
import { requireAdmin } from "../security.ts";

const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{2,64}$/;

async function field(c: Context<ConsoleEnv>, name: string): Promise<string> {
  const body = await c.req.parseBody();
  return typeof body[name] === "string" ? (body[name] as string).trim() : "";
}

async function usersPage(
  c: Context<ConsoleEnv>,
  deps: ConsoleDeps,
  extra: { notice?: string; error?: string } = {},
  status: 200 | 400 | 409 = 200,
) {
  const users = await deps.questionLog.accounts.listUsers();
  const csrf = c.get("session").csrfToken;
  const base = `${deps.basePath}/admin/users`;
  const body = html`<table><thead><tr><th>ログインID</th><th>権限</th><th>状態</th><th>作成日時</th><th></th></tr></thead><tbody>${users.map(
    (
      user,
    ) => html`<tr><td>${user.login}</td><td>${user.role === "admin" ? "管理者" : "担当者"}</td><td>${user.disabled ? "無効" : "有効"}</td><td>${formatTime(user.createdAt)}</td>
      <td>${user.login === c.get("user").login ? "" : html`<form method="post" action="${base}/${encodeURIComponent(user.login)}/${user.disabled ? "enable" : "disable"}" class="inline">${csrfField(csrf)}<button class="secondary">${user.disabled ? "有効にする" : "無効にする"}</button></form>`}</td></tr>`,
  )}</tbody></table>
    <h2>ユーザーを追加</h2>
    <form method="post" action="${base}" class="filters">${csrfField(csrf)}
      <label>ログインID<input name="login" required pattern="[A-Za-z0-9._@\\-]{2,64}"></label>
      <label>権限<select name="role"><option value="contact">担当者</option><option value="admin">管理者</option></select></label>
      <label>初期パスワード(12文字以上)<input name="password" type="password" required minlength="12" autocomplete="new-password"></label>
      <button>追加</button>
    </form>`;
  return c.html(
    layout({ basePath: deps.basePath, title: "ユーザー管理", user: c.get("user"), csrfToken: csrf, body, ...extra }),
    status,
  );
}

async function organisationsPage(
  c: Context<ConsoleEnv>,
  deps: ConsoleDeps,
  extra: { notice?: string; error?: string } = {},
  status: 200 | 400 = 200,
) {
  const stored = await deps.questionLog.organisations.list();
  const storedIds = new Set(stored.map((row) => row.workspaceId));
  const configured = Object.entries(deps.configuredOrganisations).filter(([id]) => !storedIds.has(id));
  const csrf = c.get("session").csrfToken;
  const base = `${deps.basePath}/admin/organisations`;
  const body = html`<p>Slack のチーム ID(T…)または Teams のテナント ID を組織名に対応付けます。ここでの設定は設定ファイル(ORGANISATION_MAP)より優先されます。</p>
    <table><thead><tr><th>ワークスペース / テナント ID</th><th>組織名</th><th>設定元</th><th></th></tr></thead><tbody>
    ${stored.map((row) => html`<tr><td>${row.workspaceId}</td><td>${row.name}</td><td>コンソール</td><td><form method="post" action="${base}/delete" class="inline">${csrfField(csrf)}<input type="hidden" name="workspaceId" value="${row.workspaceId}"><button class="secondary">削除</button></form></td></tr>`)}
    ${configured.map(([id, name]) => html`<tr><td>${id}</td><td>${name}</td><td>設定ファイル</td><td></td></tr>`)}
    </tbody></table>
    <h2>追加・変更</h2>
    <form method="post" action="${base}" class="filters">${csrfField(csrf)}
      <label>ワークスペース / テナント ID<input name="workspaceId" required maxlength="100"></label>
      <label>組織名<input name="name" required maxlength="200"></label>
      <button>保存</button>
    </form>`;
  return c.html(
    layout({ basePath: deps.basePath, title: "組織マッピング", user: c.get("user"), csrfToken: csrf, body, ...extra }),
    status,
  );
}

export function registerAdminRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.use("/admin/*", requireAdmin(deps));

  app.get("/admin/users", (c) => usersPage(c, deps));

  app.post("/admin/users", async (c) => {
    const login = await field(c, "login");
    const role = (await field(c, "role")) as ConsoleRole;
    // Never trimmed, as at login and in `user add`: the password is exactly what was typed.
    const body = await c.req.parseBody();
    const password = typeof body.password === "string" ? body.password : "";
    const problem = !LOGIN_PATTERN.test(login)
      ? "ログインIDは英数字と . _ @ - の2〜64文字にしてください。"
      : role !== "contact" && role !== "admin"
        ? "権限を選んでください。"
        : passwordProblem(password);
    if (problem) return usersPage(c, deps, { error: problem }, 400);
    try {
      await deps.questionLog.accounts.createUser({ login, role, passwordHash: await hashPassword(password) });
    } catch (error) {
      if (isTaiwaError(error) && error.code === "conflict") return usersPage(c, deps, { error: error.message }, 409);
      throw error;
    }
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: c.get("user").login,
      action: "user-add",
      detail: `${login} (${role})`,
    });
    return usersPage(c, deps, { notice: `ユーザー ${login} を追加しました。` });
  });

  for (const [action, disabled] of [
    ["disable", true],
    ["enable", false],
  ] as const) {
    app.post(`/admin/users/:login/${action}`, async (c) => {
      const login = c.req.param("login");
      if (login === c.get("user").login)
        return usersPage(c, deps, { error: "自分自身のアカウントは変更できません。" }, 400);
      try {
        await deps.questionLog.accounts.updateUser({ login, disabled });
      } catch (error) {
        if (isTaiwaError(error) && error.code === "not_found") return usersPage(c, deps, { error: error.message }, 400);
        throw error;
      }
      await deps.questionLog.addAudit({
        at: deps.now(),
        actor: c.get("user").login,
        action: `user-${action}`,
        detail: login,
      });
      return usersPage(c, deps, { notice: `ユーザー ${login} を${disabled ? "無効" : "有効"}にしました。` });
    });
  }

  app.get("/admin/organisations", (c) => organisationsPage(c, deps));

  app.post("/admin/organisations", async (c) => {
    const workspaceId = await field(c, "workspaceId");
    const name = await field(c, "name");
    if (!workspaceId || !name || workspaceId.length > 100 || name.length > 200) {
      return organisationsPage(c, deps, { error: "IDと組織名を入力してください。" }, 400);
    }
    await deps.questionLog.organisations.set({ workspaceId, name });
    deps.onOrganisationsChanged();
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: c.get("user").login,
      action: "organisation-set",
      detail: `${workspaceId} → ${name}`,
    });
    return organisationsPage(c, deps, { notice: `${workspaceId} を「${name}」に対応付けました。` });
  });

  app.post("/admin/organisations/delete", async (c) => {
    const workspaceId = await field(c, "workspaceId");
    await deps.questionLog.organisations.remove(workspaceId);
    deps.onOrganisationsChanged();
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: c.get("user").login,
      action: "organisation-remove",
      detail: workspaceId,
    });
    return organisationsPage(c, deps, { notice: `${workspaceId} の対応付けを削除しました。` });
  });
}
