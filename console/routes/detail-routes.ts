import type { Context, Hono } from "hono";
import { isTaiwaError, TaiwaError } from "../../app/errors.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { answerWithGroup } from "../group-answer.ts";
import { html, layout } from "../html.ts";
import { confirmPage } from "./confirm-page.ts";
import { detailPage } from "./detail-page.ts";
import { ANSWER_LIMIT } from "./detail-sections.ts";
import { groupMembersOf, groupPanel } from "./group-panel.ts";
import { otherViewers, registerPresenceRoute } from "./presence-route.ts";

const DONE_NOTICES: Record<string, string> = {
  assign: "担当者を設定しました。",
  answer: "回答を保存し、質問者への配信を開始しました。",
  "answer-close": "回答を送信し、完了にしました。",
  correct: "訂正を保存し、同じスレッドへの配信を開始しました。",
  "correct-close": "訂正を送信し、完了にしました。",
  note: "内部メモを保存しました(質問者には送られません)。",
  close: "完了にしました。",
  reopen: "再オープンしました。",
  "retry-delivery": "再配信を試みました。",
  "retry-delivery-alternative": "別の経路で再配信を試みました。",
  split: "質問をグループから外しました。",
};

/**
 * Where the page lands after an action below the fold, so the official stays at the part they worked on. Actions on
 * the composer (assign, answer, correct, retry) land at the top, where the composer and the delivery state are.
 */
const ANCHORS: Record<string, string> = {
  note: "notes",
  close: "actions",
  reopen: "actions",
};

const STATUS_FOR_CODE: Record<string, 400 | 404 | 409> = {
  not_found: 404,
  conflict: 409,
  input_empty: 400,
  input_too_long: 400,
};

type Extra = { notice?: string; error?: string; status?: 200 | 400 | 404 | 409; draft?: string };

function notFound(c: Context<ConsoleEnv>, deps: ConsoleDeps, id: string) {
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

async function render(c: Context<ConsoleEnv>, deps: ConsoleDeps, id: string, extra: Extra = {}) {
  const entry = await deps.questionLog.get(id);
  if (!entry) return notFound(c, deps, id);
  const showViews = c.req.query("views") === "1";
  const [users, { events }, { notes }, { versions }, templates] = await Promise.all([
    deps.questionLog.accounts.listUsers(),
    deps.questionLog.listAudit({ questionId: id, excludeActions: showViews ? [] : ["view"] }),
    deps.questionLog.listNotes({ questionId: id }),
    deps.questionLog.listAnswerVersions({ questionId: id }),
    deps.questionLog.templates.list(),
  ]);
  const data = { deps, entry, user: c.get("user"), users, events, notes, versions, templates };
  const csrf = c.get("session").csrfToken;
  const members = await groupMembersOf(deps, data.entry);
  const group = groupPanel({ deps, entry: data.entry, members, csrf });
  return c.html(detailPage({ ...data, csrf, showViews, group, ...extra }), extra.status ?? 200);
}

async function formField(c: Context<ConsoleEnv>, name: string): Promise<string> {
  const body = await c.req.parseBody();
  // Browsers submit line breaks as CRLF; the answer is stored and delivered with LF.
  return typeof body[name] === "string" ? (body[name] as string).replace(/\r\n?/g, "\n") : "";
}

async function answerText(c: Context<ConsoleEnv>): Promise<string> {
  const answer = (await formField(c, "answer")).trim();
  if (!answer) throw new TaiwaError("input_empty", "回答を入力してください。");
  if (answer.length > ANSWER_LIMIT)
    throw new TaiwaError("input_too_long", `回答は${ANSWER_LIMIT}文字以内にしてください。`);
  return answer;
}

export function registerDetailRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  registerPresenceRoute(app, deps);

  app.get("/questions/:id", async (c) => {
    const id = c.req.param("id");
    if (await deps.questionLog.get(id)) {
      const at = deps.now();
      await deps.questionLog.addAudit({ at, actor: c.get("user").login, action: "view", questionId: id });
      await deps.questionLog.touchPresence({ questionId: id, login: c.get("user").login, at });
    }
    const done = c.req.query("done");
    return render(c, deps, id, { notice: done ? DONE_NOTICES[done] : undefined });
  });

  // Preview and confirmation: nothing is sent until the official presses a button on this page.
  app.post("/questions/:id/confirm", async (c) => {
    const id = c.req.param("id");
    const entry = await deps.questionLog.get(id);
    if (!entry) return notFound(c, deps, id);
    let answer: string;
    try {
      answer = await answerText(c);
    } catch (error) {
      if (!isTaiwaError(error)) throw error;
      return render(c, deps, id, { error: error.message, status: 400, draft: await formField(c, "answer") });
    }
    const others = await otherViewers(deps, id, c.get("user").login);
    return c.html(confirmPage({ deps, entry, user: c.get("user"), csrf: c.get("session").csrfToken, answer, others }));
  });

  app.post("/questions/:id/edit", async (c) =>
    render(c, deps, c.req.param("id"), { draft: await formField(c, "answer") }),
  );

  app.post("/questions/:id/template", async (c) => {
    const typed = await formField(c, "answer");
    const template = await deps.questionLog.templates.get(await formField(c, "template"));
    if (!template)
      return render(c, deps, c.req.param("id"), { draft: typed, error: "テンプレートを選んでください。", status: 400 });
    const draft = typed.trim() ? `${typed.trimEnd()}\n\n${template.body}` : template.body;
    return render(c, deps, c.req.param("id"), { draft });
  });

  const send = (method: "answer" | "correct") => async (c: Context<ConsoleEnv>, id: string) => {
    const answer = await answerText(c);
    const actor = c.get("user").login;
    // A first answer goes to every open question of the group (answerWithGroup delivers them all); a correction to this one.
    if (method === "answer") await answerWithGroup(deps, { id, actor, answer });
    else await deps.questionLog.correct({ id, actor, answer, at: deps.now() });
    if ((await formField(c, "after")) === "close") await deps.questionLog.closeQuestion({ id, actor, at: deps.now() });
    // Delivered at once; the worker retries with backoff if the chat service fails now.
    if (method === "correct") await deps.worker.runOnce({ ids: [id] });
  };

  /** A re-queued delivery is audited as the official who asked for it, then tried at once. */
  const deliverAgain = async (c: Context<ConsoleEnv>, id: string, action: string, detail?: string) => {
    await deps.questionLog.addAudit({
      at: deps.now(),
      actor: c.get("user").login,
      action,
      questionId: id,
      ...(detail !== undefined ? { detail } : {}),
    });
    await deps.worker.runOnce({ ids: [id] });
  };
  const actions: Record<string, (c: Context<ConsoleEnv>, id: string) => Promise<void>> = {
    assign: async (c, id) => {
      const assignee = (await formField(c, "assignee")).trim() || c.get("user").login;
      const target = await deps.questionLog.accounts.getUser(assignee);
      if (!target || target.disabled)
        throw new TaiwaError("input_empty", `担当者 ${assignee} は有効なユーザーではありません。`);
      await deps.questionLog.assign({ id, actor: c.get("user").login, assignee, at: deps.now() });
    },
    answer: send("answer"),
    correct: send("correct"),
    note: async (c, id) => {
      const note = (await formField(c, "note")).trim();
      if (!note) throw new TaiwaError("input_empty", "メモを入力してください。");
      if (note.length > 4000) throw new TaiwaError("input_too_long", "メモは4000文字以内にしてください。");
      if (!(await deps.questionLog.get(id))) throw new TaiwaError("not_found", `質問 ${id} は見つかりません。`);
      const at = deps.now();
      await deps.questionLog.addNote({ questionId: id, author: c.get("user").login, body: note, at });
      await deps.questionLog.addAudit({ at, actor: c.get("user").login, action: "note", questionId: id });
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
      await deliverAgain(c, id, "retry-delivery");
    },
    "retry-delivery-alternative": async (c, id) => {
      const entry = await deps.questionLog.get(id);
      const route = entry ? deps.worker.alternativeRoute(entry) : undefined;
      if (!route || !(await deps.questionLog.retryDelivery({ id, at: deps.now(), delivery: route.delivery }))) {
        throw new TaiwaError("conflict", "この質問には別の経路で再配信できる回答がありません。");
      }
      await deliverAgain(c, id, "retry-delivery-alternative", route.label);
    },
  };

  for (const [name, action] of Object.entries(actions)) {
    app.post(`/questions/:id/${name}`, async (c) => {
      const id = c.req.param("id");
      try {
        await action(c, id);
      } catch (error) {
        if (isTaiwaError(error) && STATUS_FOR_CODE[error.code]) {
          // A refused answer (someone answered first) keeps what the official typed in the composer.
          const draft = name === "answer" || name === "correct" ? await formField(c, "answer") : undefined;
          return render(c, deps, id, { error: error.message, status: STATUS_FOR_CODE[error.code], draft });
        }
        throw error;
      }
      const done = (await formField(c, "after")) === "close" ? `${name}-close` : name;
      const anchor = ANCHORS[name] ? `#${ANCHORS[name]}` : "";
      return c.redirect(`${deps.basePath}/questions/${id}?done=${done}${anchor}`, 303);
    });
  }
}
