// DOM builders for the chat. Every piece of user or model text goes in as a text node:
// nothing here parses strings as markup.
import { replyKey } from "./conversation-store.js";
import { t } from "./i18n.js";

/** Creates an element; string children become text nodes, attributes are set one by one. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "className") element.className = value;
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Only http(s) links become anchors, so a citation url cannot run script (javascript:, data:). */
export function safeUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The answer text with each [n] marker linked to its citation, named 「出典n:title」 for screen readers. */
export function answerText(text, citationIdPrefix, citations = [], lang = "ja") {
  const paragraph = el("p", { className: "answer-text" });
  const titles = new Map(citations.map((citation) => [String(citation.n), citation.title]));
  for (const part of text.split(/(\[\d+\])/)) {
    const marker = /^\[(\d+)\]$/.exec(part);
    if (marker) {
      const title = titles.get(marker[1]);
      const label = title ? t(lang, "sourceName", { n: marker[1], title }) : undefined;
      paragraph.append(
        el("a", { href: `#${citationIdPrefix}-${marker[1]}`, className: "marker", "aria-label": label }, part),
      );
    } else if (part) paragraph.append(document.createTextNode(part));
  }
  return paragraph;
}

// Where a refused legal judgement sends the asker: the desks the refusal itself names.
const CONSULTATION_DESKS = {
  ja: [
    ["経済産業省 安全保障貿易管理（輸出管理・技術流出）", "https://www.meti.go.jp/policy/anpo/"],
    ["経済産業省 経済安全保障政策", "https://www.meti.go.jp/policy/economy/economic_security/"],
    ["公正取引委員会（独占禁止法の事前相談）", "https://www.jftc.go.jp/"],
  ],
  en: [
    ["METI: security export control (export control, technology leakage)", "https://www.meti.go.jp/policy/anpo/"],
    ["METI: economic security policy", "https://www.meti.go.jp/policy/economy/economic_security/"],
    ["Japan Fair Trade Commission (antitrust consultations)", "https://www.jftc.go.jp/"],
  ],
};

const REFUSALS = {
  "legal-judgement": { title: "legalTitle", body: "legalBody", kind: "legal" },
  "out-of-scope": { title: "scopeTitle", body: "reasonScope", kind: "scope" },
  "prompt-injection": { title: "injectionTitle", body: "reasonInjection", kind: "refused" },
};

/**
 * The card for an answer taiwa did not give: one heading and one statement of why (the answerer's
 * own wording when it has one), and for a legal judgement the desks to ask instead.
 */
export function nonAnswerCard(answer, lang) {
  const refusal = REFUSALS[answer.reason];
  const kind = refusal?.kind ?? "not-found";
  const heading = t(lang, refusal?.title ?? "notFoundTitle");
  const body = answer.answer?.trim() || t(lang, refusal?.body ?? "notFoundBody");
  const desks =
    kind === "legal"
      ? el(
          "nav",
          { className: "desks", "aria-label": t(lang, "consultTitle") },
          el("h4", {}, t(lang, "consultTitle")),
          el(
            "ul",
            {},
            CONSULTATION_DESKS[lang === "en" ? "en" : "ja"].map(([name, url]) =>
              el("li", {}, el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, name)),
            ),
          ),
        )
      : null;
  return el(
    "div",
    { className: `notice not-found ${kind}`, "data-kind": kind },
    el("h4", { className: "notice-title" }, heading),
    el("p", {}, body),
    desks,
  );
}

/** 「資料に記載がない点」: parts of a partial answer the documents do not cover. */
export function missingNote(missing, lang) {
  if (!Array.isArray(missing) || missing.length === 0) return null;
  return el(
    "div",
    { className: "missing" },
    el("h4", {}, t(lang, "missingTitle")),
    el(
      "ul",
      {},
      missing.map((item) => el("li", {}, typeof item === "string" ? item : String(item?.part ?? item?.text ?? ""))),
    ),
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

const FOLD_AFTER_CHARS = 280;
const FOLD_AFTER_LINES = 6;

/** The asker's question; a long one is folded behind 「続きを表示」. */
export function questionBubble(question, lang) {
  const text = el("p", { className: "question-text" }, question);
  const long = question.length > FOLD_AFTER_CHARS || question.split("\n").length > FOLD_AFTER_LINES;
  if (!long)
    return el("div", { className: "question" }, el("h3", { className: "visually-hidden" }, t(lang, "you")), text);
  text.classList.add("folded");
  const toggle = el(
    "button",
    { type: "button", className: "link fold", "aria-expanded": "false" },
    t(lang, "showMore"),
  );
  toggle.addEventListener("click", () => {
    const folded = text.classList.toggle("folded");
    toggle.setAttribute("aria-expanded", String(!folded));
    toggle.textContent = t(lang, folded ? "showMore" : "showLess");
  });
  return el("div", { className: "question" }, el("h3", { className: "visually-hidden" }, t(lang, "you")), text, toggle);
}

export function replyBlock(reply, lang) {
  const date = new Date(reply.answeredAt);
  const dateText = Number.isNaN(date.getTime())
    ? reply.answeredAt
    : date.toLocaleDateString(lang === "en" ? "en-GB" : "ja-JP", { timeZone: "Asia/Tokyo" });
  return el(
    "div",
    { className: "reply", "data-reference": reply.reference, "data-reply-key": replyKey(reply) },
    el("h4", { className: "reply-label" }, t(lang, reply.corrected ? "ministryCorrection" : "ministryAnswer")),
    el("p", { className: "reply-answer" }, reply.answer),
    el(
      "p",
      { className: "reply-date" },
      reply.reference
        ? t(lang, "answeredOnWithReference", { date: dateText, reference: reply.reference })
        : t(lang, "answeredOn", { date: dateText }),
    ),
  );
}
