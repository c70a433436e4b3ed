import type { Context, Hono } from "hono";
import { isTaiwaError, TaiwaError } from "../../app/errors.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { answerWithGroup } from "../group-answer.ts";
import { html, layout } from "../html.ts";
import { detailPage } from "./detail-page.ts";
import { groupMembersOf, groupPanel } from "./group-panel.ts";

const DONE_NOTICES: Record<string, string> = {
  assign: "担当者を設定しました。",
  answer: "回答を保存し、質問者への配信を開始しました。",
  close: "完了にしました。",
  reopen: "再オープンしました。",
  "retry-delivery": "再配信を試みました。",
  split: "質問をグループから外しました。",
};

const STATUS_FOR_CODE: Record<string, 400 | 404 | 409> = {
  not_found: 404,
  conflict: 409,
  input_empty: 400,
  input_too_long: 400,
};

async function render(
  c: Context<ConsoleEnv>,
  deps: ConsoleDeps,
  id: string,
  extra: { notice?: string; error?: string; status?: 200 | 400 | 404 | 409 } = {},
) {
  const entry = await deps.questionLog.get(id);
  if (!entry) {
    return c.html(
      layout({
        basePath: deps.basePath,
        title: "見つかりません",
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        error: `質問 ${id} は見つかりません。`,
        body: html`<p><a href="${deps.basePath}/">一覧に戻る</a></p>`,
      }),
      404,
    );
  }
  const [users, { events }, members] = await Promise.all([
    deps.questionLog.accounts.listUsers(),
    deps.questionLog.listAudit({ questionId: id }),
    groupMembersOf(deps, entry),
  ]);
  const csrf = c.get("session").csrfToken;
  return c.html(
    detailPage({
      deps,
      entry,
      user: c.get("user"),
      users,
      events,
      csrf,
      group: groupPanel({ deps, entry, members, csrf }),
      ...extra,
    }),
    extra.status ?? 200,
  );
}

async function formField(c: Context<ConsoleEnv>, name: string): Promise<string> {
  const body = await c.req.parseBody();
  return typeof body[name] === "string" ? (body[name] as string) : "";
}

export function registerDetailRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/questions/:id", async (c) => {
    const id = c.req.param("id");
    if (await deps.questionLog.get(id)) {
      await deps.questionLog.addAudit({ at: deps.now(), actor: c.get("user").login, action: "view", questionId: id });
    }
    const done = c.req.query("done");
    return render(c, deps, id, { notice: done ? DONE_NOTICES[done] : undefined });
  });

  const actions: Record<string, (c: Context<ConsoleEnv>, id: string) => Promise<void>> = {
    assign: async (c, id) => {
      const assignee = (await formField(c, "assignee")).trim() || c.get("user").login;
      const target = await deps.questionLog.accounts.getUser(assignee);
      if (!target || target.disabled)
        throw new TaiwaError("input_empty", `担当者 ${assignee} は有効なユーザーではありません。`);
      await deps.questionLog.assign({ id, actor: c.get("user").login, assignee, at: deps.now() });
    },
    answer: async (c, id) => {
      const answer = (await formField(c, "answer")).trim();
      if (!answer) throw new TaiwaError("input_empty", "回答を入力してください。");
      if (answer.length > 8000) throw new TaiwaError("input_too_long", "回答は8000文字以内にしてください。");
      await answerWithGroup(deps, { id, actor: c.get("user").login, answer });
    },
    close: async (c, id) => {
      await deps.questionLog.closeQuestion({ id, actor: c.get("user").login, at: deps.now() });
    },
    reopen: async (c, id) => {
      await deps.questionLog.reopen({ id, actor: c.get("user").login, at: deps.now() });
    },
    "retry-delivery": async (c, id) => {
      if (!(await deps.questionLog.retryDelivery({ id, at: deps.now() }))) {
        throw new TaiwaError("conflict", "この質問には再配信する回答がありません。");
      }
      await deps.questionLog.addAudit({
        at: deps.now(),
        actor: c.get("user").login,
        action: "retry-delivery",
        questionId: id,
      });
      await deps.worker.runOnce({ ids: [id] });
    },
  };

  for (const [name, action] of Object.entries(actions)) {
    app.post(`/questions/:id/${name}`, async (c) => {
      const id = c.req.param("id");
      try {
        await action(c, id);
      } catch (error) {
        if (isTaiwaError(error) && STATUS_FOR_CODE[error.code]) {
          return render(c, deps, id, { error: error.message, status: STATUS_FOR_CODE[error.code] });
        }
        throw error;
      }
      return c.redirect(`${deps.basePath}/questions/${id}?done=${name}`, 303);
    });
  }
}
