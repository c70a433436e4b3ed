// The question box pinned to the bottom: a live n / max counter (the server's own limit, from the
// page), Enter to send, and text that stays in the box whenever it cannot be sent yet, with the reason.
import { t } from "./i18n.js";

export function setupComposer({ lang, onSubmit }) {
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const sendButton = document.getElementById("send");
  const status = document.getElementById("status");
  const counter = document.getElementById("question-count");
  const sendWhy = document.getElementById("send-why");
  const max = Number.parseInt(input.dataset.maxChars ?? "", 10) || 2000;
  let pending = false;

  // Counted as the server counts: code points, after trimming.
  const length = () => [...input.value.trim()].length;
  const updateCounter = () => {
    const n = length();
    counter.textContent = t(lang, "counter", { n, max });
    counter.setAttribute("aria-label", t(lang, "counterLabel", { n, max }));
    const over = n > max;
    counter.classList.toggle("over", over);
    if (over) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  };
  input.addEventListener("input", updateCounter);
  updateCounter();

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
      status.textContent = t(lang, "emptyQuestion");
      input.focus();
      return;
    }
    if (pending) {
      status.textContent = t(lang, "waitingForAnswer");
      return;
    }
    const n = length();
    if (n > max) {
      status.textContent = t(lang, "tooLong", { n, max });
      input.focus();
      return;
    }
    input.value = "";
    updateCounter();
    onSubmit(question);
  });

  return {
    status,
    /** While an answer is pending the send button is disabled, and says why. */
    setPending(value) {
      pending = value;
      // The button stays focusable-by-name for screen readers through its description.
      sendButton.disabled = value;
      sendWhy.textContent = value ? t(lang, "sendWaits") : "";
      if (value) sendButton.title = t(lang, "sendWaits");
      else sendButton.removeAttribute("title");
    },
    /** Puts a question back (e.g. the server refused it) so nothing typed is lost. */
    restore(question) {
      if (input.value.trim() === "") {
        input.value = question;
        updateCounter();
      }
    },
    fill(question) {
      input.value = question;
      updateCounter();
    },
    focus() {
      input.focus();
    },
  };
}
