// The web chat: sends questions, streams answers when the server can, shows sources and feedback.

import { askQuestion } from "./ask-client.js";
import { feedbackBar } from "./feedback.js";
import { languageOf, localisePage, pageLanguage, t } from "./i18n.js";
import { answerText, citationList, el, errorNotice, notFoundNotice } from "./render.js";
import { watchReplies } from "./replies.js";

const SLOW_AFTER_MS = 3000;

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
      reference: outcome.reference,
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

function renderAnswer({ exchange, answerBox, answer, reference, question, lang, prefix }) {
  const labels = answer.lang === "en" || answer.lang === "ja" ? answer.lang : lang;
  exchange.dataset.state = answer.resolved ? "answered" : "not-found";
  const parts = [el("h3", { className: "visually-hidden" }, t(labels, "taiwa"))];
  if (!answer.resolved) parts.push(notFoundNotice(answer, labels, reference));
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
  parts.push(feedbackBar({ answer, question, lang: labels, alreadyLogged: Boolean(reference) }));
  answerBox.replaceChildren(...parts);
}

watchReplies();
