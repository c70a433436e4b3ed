import type { Hono } from "hono";
import { suggestRedactions } from "../../questions/redaction.ts";
import type { ConsoleDeps, ConsoleEnv } from "../console-env.ts";
import { csrfField, formatTime, html, layout } from "../html.ts";

const KIND_LABELS = {
  company: "会社名",
  person: "人名",
  email: "メールアドレス",
  phone: "電話番号",
  url: "URL",
} as const;

export function registerFaqRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get("/questions/:id/faq", async (c) => {
    const entry = await deps.questionLog.get(c.req.param("id"));
    if (!entry?.ministryAnswer) return c.redirect(`${deps.basePath}/questions/${c.req.param("id")}`, 302);
    const question = suggestRedactions(entry.question);
    const answer = suggestRedactions(entry.ministryAnswer);
    const found = [...question.redactions, ...answer.redactions];
    const body = html`<p class="warn">公開前に、会社名・個人名・連絡先など質問者や企業を特定できる情報を必ず削除してください。下の文面は自動で置き換えた候補です。内容を確認して編集してください。</p>
      ${found.length > 0 ? html`<p>自動で置き換えた箇所: ${found.map((redaction) => html`<span>${KIND_LABELS[redaction.kind]}「${redaction.found}」</span> `)}</p>` : html`<p>自動で置き換えた箇所はありません。</p>`}
      <form method="post" action="${deps.basePath}/questions/${entry.id}/faq" class="panel">${csrfField(c.get("session").csrfToken)}
        <label>質問(FAQの見出し)<textarea name="question" required maxlength="1000">${question.text}</textarea></label>
        <label>回答<textarea name="answer" required maxlength="8000">${answer.text}</textarea></label>
        <label><span><input type="checkbox" name="confirmed" value="yes" required> 会社名・個人名などを削除したことを確認しました</span></label>
        <button>FAQとして公開する</button>
      </form>`;
    return c.html(
      layout({
        basePath: deps.basePath,
        title: `質問 #${entry.id} をFAQとして公開`,
        user: c.get("user"),
        csrfToken: c.get("session").csrfToken,
        body,
      }),
    );
  });

  app.post("/questions/:id/faq", async (c) => {
    const form = await c.req.parseBody();
    const text = (name: string) => (typeof form[name] === "string" ? (form[name] as string).trim() : "");
    const id = c.req.param("id");
    if (!text("question") || !text("answer") || form.confirmed !== "yes") {
      const body = html`<p><a href="${deps.basePath}/questions/${id}/faq">公開画面に戻る</a></p>`;
      return c.html(
        layout({
          basePath: deps.basePath,
          title: "FAQを公開できません",
          user: c.get("user"),
          csrfToken: c.get("session").csrfToken,
          error: "質問と回答を入力し、固有名詞を削除したことを確認してください。",
          body,
        }),
        400,
      );
    }
    const { entry, reindexed } = await deps.faq.publish({
      questionId: id,
      question: text("question"),
      answer: text("answer"),
      actor: c.get("user").login,
    });
    return c.redirect(`${deps.basePath}/faq?published=${entry.id}${reindexed ? "" : "&reindex=failed"}`, 303);
  });

  app.get("/faq", async (c) => {
    const entries = await deps.questionLog.faq.list();
    const csrf = c.get("session").csrfToken;
    const notice = c.req.query("published")
      ? `FAQ faq-${c.req.query("published")} を公開しました。`
      : c.req.query("removed")
        ? "FAQの公開を停止しました。"
        : undefined;
    const error =
      c.req.query("reindex") === "failed"
        ? "FAQは保存されましたが、検索索引の更新に失敗しました。管理者に連絡してください。"
        : undefined;
    const body = html`<table><thead><tr><th>ID</th><th>質問</th><th>回答</th><th>公開者</th><th>公開日時</th><th></th></tr></thead><tbody>${entries.map(
      (
        entry,
      ) => html`<tr><td>faq-${entry.id}${entry.questionId ? html`<br><a href="${deps.basePath}/questions/${entry.questionId}">#${entry.questionId}</a>` : ""}</td><td>${entry.question}</td><td>${entry.answer}</td><td>${entry.publishedBy}</td><td>${formatTime(entry.publishedAt)}</td>
        <td><form method="post" action="${deps.basePath}/faq/${entry.id}/unpublish">${csrfField(csrf)}<button class="secondary">公開停止</button></form></td></tr>`,
    )}</tbody></table>${entries.length === 0 ? html`<p>公開中のFAQはありません。</p>` : ""}`;
    return c.html(
      layout({
        basePath: deps.basePath,
        title: "公開中のFAQ",
        user: c.get("user"),
        csrfToken: csrf,
        notice,
        error,
        body,
      }),
    );
  });

  app.post("/faq/:id/unpublish", async (c) => {
    const { reindexed } = await deps.faq.unpublish({ id: c.req.param("id"), actor: c.get("user").login });
    return c.redirect(`${deps.basePath}/faq?removed=1${reindexed ? "" : "&reindex=failed"}`, 303);
  });
}
