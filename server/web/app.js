// The web chat: sends questions, streams answers when the server can, shows sources and feedback.

import { askQuestion } from "./ask-client.js";
import { languageOf, localisePage, pageLanguage, t } from "./i18n.js";
import { answerText, citationList, el, errorNotice, notFoundNotice, replyItem } from "./render.js";

const SLOW_AFTER_MS = 3000;
const REPLIES_EVERY_MS = 60_000;

localisePage(pageLanguage);
const form = document.getElementById("ask-form");
const input = document.getElementById("question");
const sendButton = document.getElementById("send");
const log = document.getElementById("log");
const status = document.getElementById("status");
let previousQuestion;
let exchangeCount = 0;

input.addEventListener("keydown", (event) => {
  // Enter while an IME is composing (Japanese input) confirms the conversion; it must not send.
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  form.requestSubmit();
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question) {
    status.textContent = t(pageLanguage, "emptyQuestion");
    input.focus();
    return;
  }
  if (sendButton.disabled) return;
  input.value = "";
  void ask(question, previousQuestion);
  previousQuestion = question;
});

async function ask(question, context) {
  const lang = languageOf(question);
  exchangeCount += 1;
  const prefix = `c${exchangeCount}`;
  const answerBox = el(
    "div",
    { className: "answer", "aria-busy": "true" },
    el("p", { className: "pending" }, t(lang, "thinking")),
  );
  const exchange = el(
    "li",
    { className: "exchange", "data-state": "pending" },
    el(
      "div",
      { className: "question" },
      el("h3", { className: "visually-hidden" }, t(lang, "you")),
      el("p", {}, question),
    ),
    answerBox,
  );
  log.append(exchange);
  exchange.scrollIntoView({ block: "end" });
  sendButton.disabled = true;
  status.textContent = t(lang, "thinking");
  const slowTimer = setTimeout(() => {
    status.textContent = t(lang, "stillThinking");
    const pending = answerBox.querySelector(".pending");
    if (pending) pending.textContent = t(lang, "stillThinking");
  }, SLOW_AFTER_MS);

  let partial;
  const outcome = await askQuestion({
    question,
    context,
    lang,
    onPartial(text) {
      if (!partial) {
        partial = el("p", { className: "answer-text streaming" });
        answerBox.replaceChildren(partial);
      }
      partial.append(document.createTextNode(text));
    },
  });
  clearTimeout(slowTimer);
  sendButton.disabled = false;
  answerBox.removeAttribute("aria-busy");

  if (outcome.ok) {
    renderAnswer({
      exchange,
      answerBox,
      answer: outcome.answer,
      questionId: outcome.questionId,
      question,
      lang,
      prefix,
    });
    status.textContent = t(lang, "answered");
  } else {
    exchange.dataset.state = "error";
    const message = outcome.message ?? t(lang, "networkError");
    answerBox.replaceChildren(
      errorNotice(message, lang, () => {
        exchange.remove();
        void ask(question, context);
      }),
    );
    status.textContent = message;
  }
}

function renderAnswer({ exchange, answerBox, answer, questionId, question, lang, prefix }) {
  const labels = answer.lang === "en" || answer.lang === "ja" ? answer.lang : lang;
  exchange.dataset.state = answer.resolved ? "answered" : "not-found";
  const parts = [el("h3", { className: "visually-hidden" }, t(labels, "taiwa"))];
  if (!answer.resolved) parts.push(notFoundNotice(answer, labels, questionId));
  if (answer.answer) parts.push(answerText(answer.answer, prefix));
  if (answer.notes?.length)
    parts.push(
      el(
        "ul",
        { className: "notes" },
        answer.notes.map((note) => el("li", {}, note)),
      ),
    );
  if (answer.citations?.length) {
    parts.push(
      el("h4", { className: "sources-title" }, t(labels, "sources")),
      citationList(answer.citations, labels, prefix),
    );
  }
  parts.push(feedbackBar({ answer, question, lang: labels, alreadyLogged: Boolean(questionId) }));
  answerBox.replaceChildren(...parts);
}

function feedbackBar({ answer, question, lang, alreadyLogged }) {
  const result = el("span", { className: "feedback-result", role: "status" });
  // The emoji is decoration (and missing from some fonts); the words are what buttons are called by.
  const up = el(
    "button",
    { type: "button", className: "icon", "aria-pressed": "false" },
    el("span", { "aria-hidden": "true" }, "👍 "),
    t(lang, "helpful"),
  );
  const down = el(
    "button",
    { type: "button", className: "icon", "aria-pressed": "false" },
    el("span", { "aria-hidden": "true" }, "👎 "),
    t(lang, "notHelpful"),
  );
  const escalate = el("button", { type: "button", className: "secondary" }, t(lang, "askMinistry"));
  const contextId = `context-${answer.id}`;
  const contextInput = el("textarea", { id: contextId, rows: 2, maxlength: 4000 });
  const sendEscalation = el("button", { type: "submit" }, t(lang, "sendToMinistry"));
  const cancel = el("button", { type: "button", className: "secondary" }, t(lang, "cancel"));
  const escalateForm = el(
    "form",
    { className: "escalate", hidden: true },
    el("label", { for: contextId }, t(lang, "contextLabel")),
    contextInput,
    el("div", {}, sendEscalation, " ", cancel),
  );

  async function send(kind, button, userContext) {
    button.disabled = true;
    const sent = await postFeedback({ answer, question, kind, userContext, lang });
    if (sent) {
      button.setAttribute("aria-pressed", "true");
      result.textContent = t(lang, kind === "escalated" ? "sentToMinistry" : "thanks");
      if (kind !== "escalated") (kind === "thumbs-up" ? down : up).disabled = true;
    } else {
      button.disabled = false;
      result.textContent = t(lang, "feedbackFailed");
    }
    return sent;
  }

  up.addEventListener("click", () => void send("thumbs-up", up));
  down.addEventListener("click", () => void send("thumbs-down", down));
  escalate.addEventListener("click", () => {
    escalateForm.hidden = false;
    contextInput.focus();
  });
  cancel.addEventListener("click", () => {
    escalateForm.hidden = true;
    escalate.focus();
  });
  escalateForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await send("escalated", sendEscalation, contextInput.value.trim() || undefined)) {
      escalateForm.hidden = true;
      escalate.disabled = true;
    }
  });
  // An unresolved answer is already in the ministry's log; asking again would only duplicate it.
  if (alreadyLogged) escalate.disabled = true;
  return el("div", { className: "feedback" }, up, " ", down, " ", escalate, " ", result, escalateForm);
}

async function postFeedback({ answer, question, kind, userContext, lang }) {
  try {
    const response = await fetch("/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": lang },
      body: JSON.stringify({
        answerId: answer.id,
        question,
        kind,
        userContext,
        answer: { answer: answer.answer, citations: answer.citations, topics: answer.topics },
      }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function loadReplies() {
  try {
    const response = await fetch("/api/my-questions", { headers: { accept: "application/json" } });
    if (!response.ok) return;
    const { replies } = await response.json();
    const section = document.getElementById("replies");
    const list = document.getElementById("replies-list");
    list.replaceChildren(...replies.map((reply) => replyItem(reply, pageLanguage)));
    section.hidden = replies.length === 0;
  } catch {
    // The returning view is a convenience; the chat works without it.
  }
}

void loadReplies();
setInterval(() => {
  if (document.visibilityState === "visible") void loadReplies();
}, REPLIES_EVERY_MS);
