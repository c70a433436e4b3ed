// 👍/👎 and 「省庁に確認する」 under each answer, posted to /api/feedback.
import { t } from "./i18n.js";
import { el } from "./render.js";

export function feedbackBar({ answer, lang, alreadyLogged }) {
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
    const sent = await postFeedback({ answer, kind, userContext, lang });
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

async function postFeedback({ answer, kind, userContext, lang }) {
  try {
    const response = await fetch("/api/feedback", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": lang },
      // The server logs its own copy of the answer; the id is all it needs.
      body: JSON.stringify({ answerId: answer.id, kind, userContext }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
