// DOM builders for the chat. Every piece of user or model text goes in as a text node:
// nothing here parses strings as markup.
import { t } from "./i18n.js";

/** Creates an element; string children become text nodes, attributes are set one by one. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "className") element.className = value;
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Only http(s) links become anchors, so a citation url cannot run script (javascript:, data:). */
function safeUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The answer text with each [n] marker linked to its citation in the list below. */
export function answerText(text, citationIdPrefix) {
  const paragraph = el("p", { className: "answer-text" });
  for (const part of text.split(/(\[\d+\])/)) {
    const marker = /^\[(\d+)\]$/.exec(part);
    if (marker) paragraph.append(el("a", { href: `#${citationIdPrefix}-${marker[1]}`, className: "marker" }, part));
    else if (part) paragraph.append(document.createTextNode(part));
  }
  return paragraph;
}

export function citationList(citations, lang, citationIdPrefix) {
  const list = el("ol", { className: "citations" });
  for (const citation of citations) {
    const url = citation.url ? safeUrl(citation.url) : undefined;
    const title = url
      ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, citation.title)
      : el("span", {}, citation.title);
    const meta = [
      citation.sectionPath?.length ? citation.sectionPath.join(" › ") : undefined,
      citation.page ? t(lang, "page", { page: citation.page }) : undefined,
      citation.date,
      citation.issuer,
    ].filter(Boolean);
    list.append(
      el(
        "li",
        { id: `${citationIdPrefix}-${citation.n}`, className: "citation" },
        el("span", { className: "citation-n" }, `[${citation.n}] `),
        el("cite", { className: "citation-title" }, title),
        meta.length ? el("span", { className: "citation-meta" }, ` — ${meta.join(" · ")}`) : null,
        el(
          "details",
          {},
          el("summary", {}, t(lang, "showPassage")),
          el("blockquote", { className: "passage" }, citation.text),
        ),
      ),
    );
  }
  return list;
}

export function notFoundNotice(answer, lang, questionId) {
  const reasonKey = {
    "legal-judgement": "reasonLegal",
    "out-of-scope": "reasonScope",
    "prompt-injection": "reasonInjection",
  }[answer.reason];
  return el(
    "div",
    { className: "notice not-found", "data-state": "not-found" },
    el("strong", {}, t(lang, "notFoundTitle")),
    el("p", {}, t(lang, reasonKey ?? "notFoundBody")),
    questionId ? el("p", { className: "logged" }, t(lang, "loggedForMinistry")) : null,
  );
}

export function errorNotice(message, lang, onRetry) {
  const retry = el("button", { type: "button", className: "secondary" }, t(lang, "retry"));
  retry.addEventListener("click", onRetry);
  return el(
    "div",
    { className: "notice error", role: "alert", "data-state": "error" },
    el("strong", {}, t(lang, "errorTitle")),
    el("p", {}, message),
    retry,
  );
}

export function replyItem(reply, lang) {
  const date = new Date(reply.answeredAt);
  const dateText = Number.isNaN(date.getTime())
    ? reply.answeredAt
    : date.toLocaleDateString(lang === "en" ? "en-GB" : "ja-JP");
  return el(
    "li",
    { className: "reply" },
    el("p", { className: "reply-question" }, reply.question),
    el("p", { className: "reply-label" }, t(lang, reply.corrected ? "ministryCorrection" : "ministryAnswer")),
    el("p", { className: "reply-answer" }, reply.answer),
    el("p", { className: "reply-date" }, t(lang, "answeredOn", { date: dateText })),
  );
}
