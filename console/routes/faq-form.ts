import type { FaqProposal } from "../../questions/faq-proposal.ts";
import type { Citation } from "../../rag/types.ts";
import type { ConsoleDeps } from "../console-env.ts";
import { csrfField, html } from "../html.ts";

const KIND_LABELS = {
  company: "会社名",
  person: "人名",
  email: "メールアドレス",
  phone: "電話番号",
  url: "URL",
} as const;

/** The citation exactly as the bot will show it (title, issuer, date, version, heading and passage). */
export function citationPreview(citation: Citation | undefined) {
  if (!citation) return html`<p>プレビューできる本文がありません。</p>`;
  const meta = [citation.issuer, citation.date, citation.version, citation.sectionPath.join(" › ")].filter(Boolean);
  return html`<figure class="citation citation-preview" aria-label="ボットが表示する出典のプレビュー">
    <figcaption><strong>[1] ${citation.title}</strong> — ${meta.join("・")}</figcaption>
    <blockquote>${citation.text}</blockquote>
  </figure>`;
}

/** The FAQ form (publish or edit): the text, what was redacted, what blocks publication, and the citation preview. */
export function faqForm(options: {
  deps: ConsoleDeps;
  action: string;
  csrf: string;
  question: string;
  answer: string;
  submitLabel: string;
  preview: Citation | undefined;
  placeholders: string[];
  proposal?: Pick<FaqProposal, "redactions" | "groupSize" | "organisations">;
}) {
  const { proposal } = options;
  const found = proposal?.redactions ?? [];
  return html`<p class="warn">公開前に、会社名・個人名・連絡先など質問者や企業を特定できる情報を必ず削除してください。省庁(go.jp)の連絡先はそのまま残ります。</p>
    ${proposal && proposal.groupSize > 1 ? html`<p class="notice">この案は類似の質問グループ(${proposal.groupSize}件、組織・質問者 ${proposal.organisations})から作成しました。見出しはグループの質問を最もよく代表する質問です。</p>` : ""}
    ${proposal ? (found.length > 0 ? html`<p>自動で置き換えた箇所: ${found.map((redaction) => html`<span>${KIND_LABELS[redaction.kind]}「${redaction.found}」</span> `)}</p>` : html`<p>自動で置き換えた箇所はありません。</p>`) : ""}
    ${options.placeholders.length > 0 ? html`<p class="error" role="alert">仮の文字が残っているため公開できません: ${options.placeholders.map((placeholder) => html`<code>${placeholder}</code> `)}。「〇〇社」は「ある企業」のように書き換え、括弧の重なりを直してください。</p>` : ""}
    <form method="post" action="${options.action}" class="panel">${csrfField(options.csrf)}
      <label>質問(FAQの見出し)<textarea name="question" required maxlength="1000">${options.question}</textarea></label>
      <label>回答<textarea name="answer" required maxlength="8000">${options.answer}</textarea></label>
      <label><span><input type="checkbox" name="confirmed" value="yes" required> 会社名・個人名などを削除したことを確認しました</span></label>
      <button name="intent" value="preview" class="secondary" formnovalidate>出典のプレビューを更新</button>
      <button name="intent" value="publish">${options.submitLabel}</button>
    </form>
    <h2>ボットが表示する出典のプレビュー</h2>
    ${citationPreview(options.preview)}`;
}
