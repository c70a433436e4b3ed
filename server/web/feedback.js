// Under an answer: 👍/👎 (only when taiwa really answered) and 「省庁に確認する」 with 補足, posted to
// /api/feedback. What was sent is kept on the exchange record so a reload shows it as sent.
import { t } from "./i18n.js";
import { el } from "./render.js";

let reasonCount = 0;

/** A disabled button says why, to the pointer (title) and to screen readers (aria-describedby). */
export function disableWithReason(button, reason) {
  reasonCount += 1;
  const id = `why-${reasonCount}`;
  button.disabled = true;
  button.title = reason;
  const note = el("span", { id, className: "visually-hidden" }, reason);
  button.after(note);
  button.setAttribute("aria-describedby", id);
}

export function feedbackBar({ record, lang, onChange }) {
  const { answer } = record;
  const result = el("span", { className: "feedback-result", role: "status" });
  const bar = el("div", { className: "feedback" });
  const logged = (record.references ?? []).length > 0;
  // A non-answer already waiting for the ministry needs only the 補足, not a second request.
  const escalate = el(
    "button",
    { type: "button", className: "secondary", "aria-expanded": "false" },
    t(lang, logged ? "addContext" : "askMinistry"),
  );
  const contextId = `context-${record.id}`;
  const contextInput = el("textarea", { id: contextId, rows: 2, maxlength: 4000 });
  const sendEscalation = el("button", { type: "submit" }, t(lang, "sendToMinistry"));
  const cancel = el("button", { type: "button", className: "secondary" }, t(lang, "cancel"));
  const escalateForm = el(
    "form",
    { className: "escalate", hidden: true },
    el("label", { for: contextId }, t(lang, logged ? "contextLabelRequired" : "contextLabel")),
    contextInput,
    el("div", {}, sendEscalation, " ", cancel),
  );

  if (answer.resolved) {
    const up = voteButton("👍 ", t(lang, "helpful"));
    const down = voteButton("👎 ", t(lang, "notHelpful"));
    bar.append(up, down);
    const vote = async (kind, button, other) => {
      button.disabled = true;
      if (await postFeedback({ record, kind, lang })) {
        record.feedback = kind;
        onChange();
        markVoted(button, other, lang);
        result.textContent = t(lang, "thanks");
      } else {
        button.disabled = false;
        result.textContent = t(lang, "feedbackFailed");
      }
    };
    up.addEventListener("click", () => void vote("thumbs-up", up, down));
    down.addEventListener("click", () => void vote("thumbs-down", down, up));
    if (record.feedback === "thumbs-up") markVoted(up, down, lang);
    if (record.feedback === "thumbs-down") markVoted(down, up, lang);
  }
  bar.append(escalate, result, escalateForm);
  if (record.escalated) disableWithReason(escalate, t(lang, "alreadySent"));

  escalate.addEventListener("click", () => {
    escalateForm.hidden = false;
    escalate.setAttribute("aria-expanded", "true");
    contextInput.focus();
  });
  cancel.addEventListener("click", () => {
    escalateForm.hidden = true;
    escalate.setAttribute("aria-expanded", "false");
    escalate.focus();
  });
  escalateForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const userContext = contextInput.value.trim() || undefined;
    if (logged && !userContext) {
      result.textContent = t(lang, "emptyContext");
      contextInput.focus();
      return;
    }
    sendEscalation.disabled = true;
    const sent = await postFeedback({ record, kind: "escalated", userContext, lang });
    sendEscalation.disabled = false;
    if (!sent) {
      result.textContent = t(lang, "feedbackFailed");
      return;
    }
    record.escalated = true;
    if (sent.reference) record.references = [...new Set([...(record.references ?? []), sent.reference])];
    onChange();
    escalateForm.hidden = true;
    escalate.setAttribute("aria-expanded", "false");
    disableWithReason(escalate, t(lang, "alreadySent"));
    result.textContent = t(lang, logged ? "contextSent" : "sentToMinistry");
    if (sent.reference && !bar.parentElement?.querySelector(".awaiting")) {
      bar.before(el("p", { className: "awaiting" }, t(lang, "awaitingMinistry", { reference: sent.reference })));
    }
  });
  return bar;
}

function voteButton(emoji, label) {
  // The emoji is decoration (and missing from some fonts); the words are what buttons are called by.
  return el(
    "button",
    { type: "button", className: "icon", "aria-pressed": "false" },
    el("span", { "aria-hidden": "true" }, emoji),
    label,
  );
}

function markVoted(button, other, lang) {
  button.setAttribute("aria-pressed", "true");
  for (const each of [button, other]) {
    if (!each.hasAttribute("aria-describedby")) disableWithReason(each, t(lang, "alreadySent"));
  }
}

/** `{ reference? }` when sent, false when not. */
async function postFeedback({ record, kind, userContext, lang }) {
  const { answer } = record;
  try {
    const response = await fetch("/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": lang },
      // The server logs its own copy of the answer; the id is all it needs.
      body: JSON.stringify({ answerId: answer.id, kind, userContext }),
    });
    if (!response.ok) return false;
    const body = await response.json().catch(() => ({}));
    return { reference: typeof body.reference === "string" ? body.reference : undefined };
  } catch {
    return false;
  }
}
