import { slackMinistryMessage } from "../bots/slack/slack-ministry-message.ts";
import { buildMinistryAnswerCards } from "../bots/teams/ministry-answer-cards.ts";
import type { QuestionEntry } from "../questions/types.ts";
import { formatTime, type Html, html, raw, SURFACE_LABELS } from "./html.ts";

/** Slack shows &amp; &lt; &gt; as the characters; the preview must too (and then escape them for HTML again). */
function slackText(mrkdwn: string): string {
  return mrkdwn.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Slack's mrkdwn marks (bold, italic, strike, code) take effect only at word boundaries, as in Slack. */
const MRKDWN_MARKS: [RegExp, string][] = [
  [/`([^`\n]+)`/g, "code"],
  [/\*([^*\n]+)\*/g, "strong"],
  [/_([^_\n]+)_/g, "em"],
  [/~([^~\n]+)~/g, "s"],
];
const BEFORE = /[\s(（「『。、！？]$|^$/;
const AFTER = /^[\s.,!?;:)）」』。、！？]|^$/;

/** Slack's rendering of one mrkdwn text: escaped for HTML first, so only the tags added here are markup. */
function slackMarkup(mrkdwn: string): Html {
  let markup = escapeHtml(slackText(mrkdwn));
  for (const [pattern, tag] of MRKDWN_MARKS) {
    markup = markup.replace(pattern, (match, inner: string, offset: number, whole: string) =>
      BEFORE.test(whole.slice(0, offset)) && AFTER.test(whole.slice(offset + match.length))
        ? `<${tag}>${inner}</${tag}>`
        : match,
    );
  }
  return raw(markup);
}

/** Teams shows backslash-escaped Markdown characters as the characters. */
function teamsText(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]])/g, "$1");
}

function slackPreview(entry: QuestionEntry, answer: string, correction: boolean): Html {
  const { blocks } = slackMinistryMessage({ answer, question: entry.question, correction });
  return html`<div class="preview preview-slack">${blocks.map((block) => {
    if (block.type === "header") return html`<p class="preview-header">${block.text.text}</p>`;
    if (block.type === "section") return html`<p class="preview-text">${slackMarkup(block.text.text)}</p>`;
    return html`<p class="preview-context">${block.elements.map((element) => slackText(element.text))}</p>`;
  })}</div>`;
}

function teamsPreview(entry: QuestionEntry, answer: string, correction: boolean): Html {
  const cards = buildMinistryAnswerCards({ answer, question: entry.question, correction });
  return html`${cards.map(
    (card) =>
      html`<div class="preview preview-teams">${card.body.map((element) => {
        const text = typeof element.text === "string" ? teamsText(element.text) : "";
        const className =
          element.weight === "Bolder" ? "preview-header" : element.isSubtle ? "preview-context" : "preview-text";
        return html`<p class="${className}">${text}</p>`;
      })}</div>`,
  )}`;
}

/** The web chat's reply card (server/web/render.js replyItem): question, label, answer, date. */
function webPreview(entry: QuestionEntry, answer: string, correction: boolean, now: Date): Html {
  return html`<div class="preview preview-web">
    <p class="preview-context">${entry.question}</p>
    <p class="preview-header">${correction ? "省庁の回答(訂正)" : "省庁の回答"}</p>
    <p class="preview-text">${answer}</p>
    <p class="preview-context">回答日: ${formatTime(now).slice(0, 10)}</p>
  </div>`;
}

/** What the asker will see on the surface they asked from, built by the same code that sends it. */
export function answerPreview(options: { entry: QuestionEntry; answer: string; correction: boolean; now: Date }): Html {
  const { entry, answer, correction } = options;
  const surface = SURFACE_LABELS[entry.surface] ?? entry.surface;
  const rendered =
    entry.surface === "slack"
      ? slackPreview(entry, answer, correction)
      : entry.surface === "teams"
        ? teamsPreview(entry, answer, correction)
        : entry.surface === "web"
          ? webPreview(entry, answer, correction, options.now)
          : html`<div class="preview"><p class="preview-text">${answer}</p></div>`;
  return html`<figure class="preview-frame" aria-label="${surface}での表示">
    <figcaption>${surface} で質問者に表示される内容${correction ? "(同じスレッドに訂正として届きます)" : "(質問と同じスレッドに届きます)"}</figcaption>
    ${rendered}
  </figure>`;
}
