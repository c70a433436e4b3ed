import type { Context, Hono } from "hono";
import { isTaiwaError } from "../../app/errors.ts";
import { previewFaqCitation } from "../../questions/faq-citation-preview.ts";
import { faqPlaceholders } from "../../questions/faq-guards.ts";
import { type FaqProposal, proposeFaq } from "../../questions/faq-proposal.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { csrfField, formatTime, html, layout } from "../html.ts";
import { faqForm } from "./faq-form.ts";
import { groupMembersOf } from "./group-panel.ts";

type Form = { question: string; answer: string; confirmed: boolean; intent: string };

async function readForm(c: Context<ConsoleEnv>): Promise<Form> {
  const body = await c.req.parseBody();
  const text = (name: string) => (typeof body[name] === "string" ? (body[name] as string).trim() : "");
  return {
    question: text("question"),
    answer: text("answer"),
    confirmed: body.confirmed === "yes",
    intent: text("intent"),
  };
}

/** Why the text cannot be published yet, or undefined when it can. */
function refusal(form: Form): string | undefined {
  if (!form.question || !form.answer) return "質問と回答を入力してください。";
  if (faqPlaceholders(`${form.question}\n${form.answer}`).length > 0)
    return "仮の文字(〇〇、(電話番号)、重なった括弧など)が残っているため公開できません。書き換えてから公開してください。";
  if (!form.confirmed) return "固有名詞を削除したことを確認してください。";
  return undefined;
}

export function registerFaqRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const page = (
    c: Context<ConsoleEnv>,
    options: {
      title: string;
      action: string;
      form: Pick<Form, "question" | "answer">;
      submitLabel: string;
      version?: number;
      proposal?: FaqProposal;
      error?: string;
    },
    status: 200 | 400 | 409 = 200,
  ) =>
    c.html(
      layout({
        basePath: deps.basePath,
        title: options.title,
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        error: options.error,
        body: faqForm({
          deps,
          action: options.action,
          csrf: c.get("session").csrfToken,
          question: options.form.question,
          answer: options.form.answer,
          submitLabel: options.submitLabel,
          preview: previewFaqCitation({ ...options.form, at: deps.now(), version: options.version }),
          placeholders: faqPlaceholders(`${options.form.question}\n${options.form.answer}`),
          proposal: options.proposal,
        }),
      }),
      status,
    );

  app.get("/questions/:id/faq", async (c) => {
    const entry = await deps.questionLog.get(c.req.param("id"));
    if (!entry?.ministryAnswer) return c.redirect(`${deps.basePath}/questions/${c.req.param("id")}`, 302);
    const proposal = proposeFaq({
      entry,
      members: await groupMembersOf(deps, entry),
      similarity: deps.questionSimilarity?.(),
    });
    const action = `${deps.basePath}/questions/${entry.id}/faq`;
    return page(c, {
      title: `質問 #${entry.id} をFAQとして公開`,
      action,
      form: proposal,
      submitLabel: "FAQとして公開する",
      proposal,
    });
  });

  app.post("/questions/:id/faq", async (c) => {
    const id = c.req.param("id");
    const form = await readForm(c);
    const action = `${deps.basePath}/questions/${id}/faq`;
    const title = `質問 #${id} をFAQとして公開`;
    const error = form.intent === "preview" ? undefined : refusal(form);
    if (form.intent === "preview" || error)
      return page(c, { title, action, form, submitLabel: "FAQとして公開する", error }, error ? 400 : 200);
    const { entry, reindexed } = await deps.faq.publish({ questionId: id, ...form, actor: c.get("user").login });
    return c.redirect(`${deps.basePath}/faq?published=${entry.id}${reindexed ? "" : "&reindex=failed"}`, 303);
  });

  app.get("/faq/:id/edit", async (c) => {
    const faq = await deps.questionLog.faq.get(c.req.param("id"));
    if (!faq || faq.withdrawnAt) return c.redirect(`${deps.basePath}/faq`, 302);
    const action = `${deps.basePath}/faq/${faq.id}/edit`;
    return page(c, {
      title: `FAQ faq-${faq.id} を編集(第${faq.version + 1}版として公開)`,
      action,
      form: faq,
      submitLabel: "新しい版として公開する",
      version: faq.version + 1,
    });
  });

  app.post("/faq/:id/edit", async (c) => {
    const id = c.req.param("id");
    const form = await readForm(c);
    const current = await deps.questionLog.faq.get(id);
    const version = (current?.version ?? 1) + 1;
    const options = {
      title: `FAQ faq-${id} を編集(第${version}版として公開)`,
      action: `${deps.basePath}/faq/${id}/edit`,
      form,
      submitLabel: "新しい版として公開する",
      version,
    };
    const error = form.intent === "preview" ? undefined : refusal(form);
    if (form.intent === "preview" || error) return page(c, { ...options, error }, error ? 400 : 200);
    try {
      const { entry, reindexed } = await deps.faq.revise({ id, ...form, actor: c.get("user").login });
      return c.redirect(`${deps.basePath}/faq?revised=${entry.id}${reindexed ? "" : "&reindex=failed"}`, 303);
    } catch (caught) {
      if (!isTaiwaError(caught) || (caught.code !== "conflict" && caught.code !== "not_found")) throw caught;
      return page(c, { ...options, error: caught.message }, 409);
    }
  });

  app.get("/faq", async (c) => {
    const entries = await deps.questionLog.faq.list();
    const notice = c.req.query("published")
      ? `FAQ faq-${c.req.query("published")} を公開しました。`
      : c.req.query("revised")
        ? `FAQ faq-${c.req.query("revised")} を新しい版として公開し、前の版を取り下げました。`
        : c.req.query("removed")
          ? "FAQの公開を停止しました。"
          : undefined;
    const error =
      c.req.query("reindex") === "failed"
        ? "FAQは保存されましたが、検索索引の更新に失敗しました。管理者に連絡してください。"
        : undefined;
    const body = html`<table><thead><tr><th>ID</th><th>質問</th><th>回答</th><th>版</th><th>公開者</th><th>公開日時(JST)</th><th></th></tr></thead><tbody>${entries.map(
      (
        entry,
      ) => html`<tr><td>faq-${entry.id}${entry.questionId ? html`<br><a href="${deps.basePath}/questions/${entry.questionId}">#${entry.questionId}</a>` : ""}</td><td>${entry.question}</td><td>${entry.answer}</td><td>第${entry.version}版</td><td>${entry.publishedBy}</td><td>${formatTime(entry.publishedAt)}</td>
        <td><a href="${deps.basePath}/faq/${entry.id}/edit">編集</a> <a href="${deps.basePath}/faq/${entry.id}/unpublish">公開停止…</a></td></tr>`,
    )}</tbody></table>${entries.length === 0 ? html`<p>公開中のFAQはありません。</p>` : ""}`;
    return c.html(
      layout({
        basePath: deps.basePath,
        title: "公開中のFAQ",
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        notice,
        error,
        body,
      }),
    );
  });

  // 公開停止 is confirmed on a page of its own: the bot stops citing the entry at once.
  app.get("/faq/:id/unpublish", async (c) => {
    const faq = await deps.questionLog.faq.get(c.req.param("id"));
    if (!faq || faq.withdrawnAt) return c.redirect(`${deps.basePath}/faq`, 302);
    const body = html`<p class="warn">公開を停止すると、ボットはこのFAQを出典として使わなくなります。元に戻すには、もう一度公開する必要があります。</p>
      <dl class="meta"><dt>質問</dt><dd>${faq.question}</dd><dt>回答</dt><dd>${faq.answer}</dd><dt>公開日時(JST)</dt><dd>${formatTime(faq.publishedAt)}</dd></dl>
      <form method="post" action="${deps.basePath}/faq/${faq.id}/unpublish">${csrfField(c.get("session").csrfToken)}<input type="hidden" name="confirm" value="yes">
        <button>公開を停止する</button> <a href="${deps.basePath}/faq">やめる</a></form>`;
    return c.html(
      layout({
        basePath: deps.basePath,
        title: `FAQ faq-${faq.id} の公開停止`,
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        body,
      }),
    );
  });

  app.post("/faq/:id/unpublish", async (c) => {
    const body = await c.req.parseBody();
    if (body.confirm !== "yes") return c.redirect(`${deps.basePath}/faq/${c.req.param("id")}/unpublish`, 303);
    const { reindexed } = await deps.faq.unpublish({ id: c.req.param("id"), actor: c.get("user").login });
    return c.redirect(`${deps.basePath}/faq?removed=1${reindexed ? "" : "&reindex=failed"}`, 303);
  });
}
