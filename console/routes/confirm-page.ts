import type { ConsoleUser, QuestionEntry } from "../../questions/types.ts";
import { answerPreview } from "../answer-preview.ts";
import type { ConsoleDeps } from "../console-env.ts";
import { csrfField, html, layout, SURFACE_LABELS } from "../html.ts";
import { isCorrection } from "./detail-sections.ts";

/** The step between typing and sending: exactly what the asker will see, and the buttons that send it. */
export function confirmPage(options: {
  deps: ConsoleDeps;
  entry: QuestionEntry;
  user: ConsoleUser;
  csrf: string;
  answer: string;
  others: string[];
}) {
  const { deps, entry, answer } = options;
  const base = `${deps.basePath}/questions/${entry.id}`;
  const correction = isCorrection(entry);
  const action = correction ? "correct" : "answer";
  const body = html`${
    options.others.length > 0
      ? html`<p class="warn-box" role="alert">${options.others.join("、")} さんもこの質問を開いています。重複して回答しないよう確認してください。</p>`
      : ""
  }
    <p>${correction ? "次の訂正" : "次の回答"}を ${SURFACE_LABELS[entry.surface] ?? entry.surface} の質問者に送ります。送信後の${correction ? "再" : ""}訂正もできますが、質問者には両方が届きます。</p>
    ${answerPreview({ entry, answer, correction, now: deps.now() })}
    <form method="post" action="${base}/${action}" class="confirm">${csrfField(options.csrf)}
      <input type="hidden" name="answer" value="${answer}">
      <button>${correction ? "訂正を送信する" : "送信する"}</button>
      ${entry.status !== "closed" ? html`<button name="after" value="close">${correction ? "訂正を送信して完了" : "送信して完了"}</button>` : ""}
      <button formaction="${base}/edit" class="secondary">戻って修正</button>
    </form>`;
  return layout({
    basePath: deps.basePath,
    title: `${correction ? "訂正" : "回答"}の確認(質問 #${entry.id})`,
    user: options.user,
    csrfToken: options.csrf,
    body,
  });
}
