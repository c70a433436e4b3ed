// Ministry replies for this browser (by its HttpOnly asker cookie), placed under the question they
// answer; a count in the tab title until seen, and a browser notification if the asker allowed it.
import { replyKey } from "./conversation-store.js";
import { languageOf, t } from "./i18n.js";

const REPLIES_EVERY_MS = 60_000;
// A reply counts as seen after it has been on screen this long, not when it merely scrolls past.
const SEEN_AFTER_MS = 800;

export function watchReplies({ conversation, lang, attach, save, announce }) {
  const baseTitle = document.title;
  const timers = new Map();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const id = entry.target.dataset.replyKey;
      clearTimeout(timers.get(id));
      if (!entry.isIntersecting) continue;
      timers.set(
        id,
        setTimeout(() => {
          if (document.visibilityState !== "visible") return;
          if (!conversation.seenReplies.includes(id)) conversation.seenReplies.push(id);
          observer.unobserve(entry.target);
          save();
          updateBadge();
        }, SEEN_AFTER_MS),
      );
    }
  });

  function unseen() {
    return conversation.exchanges.filter(
      (record) => record.reply && !conversation.seenReplies.includes(replyKey(record.reply)),
    );
  }

  function updateBadge() {
    const count = unseen().length;
    document.title = count > 0 ? `(${count}) ${baseTitle}` : baseTitle;
  }

  function observeUnseen() {
    for (const record of unseen()) {
      const reply = document.querySelector(`.reply[data-reply-key="${CSS.escape(replyKey(record.reply))}"]`);
      if (!reply) continue;
      // Observing afresh reports the current state, e.g. a reply already on screen when the tab comes back.
      observer.unobserve(reply);
      observer.observe(reply);
    }
  }

  async function load() {
    let replies;
    try {
      const response = await fetch("/api/my-questions", { headers: { accept: "application/json" } });
      if (!response.ok) return;
      ({ replies } = await response.json());
    } catch {
      return; // The replies are a convenience; the chat works without them.
    }
    const arrived = [];
    for (const reply of [...replies].reverse()) {
      if (conversation.dismissedReplies.includes(reply.reference)) continue;
      let record = conversation.exchanges.find((each) => (each.references ?? []).includes(reply.reference));
      if (record?.reply && replyKey(record.reply) === replyKey(reply)) continue;
      const created = !record;
      if (!record) {
        // Asked before this conversation was kept (or after 「新しい会話」): it joins the conversation.
        record = {
          id: `r-${reply.reference}`,
          question: reply.question,
          lang: languageOf(reply.question),
          references: [reply.reference],
        };
        conversation.exchanges.push(record);
      }
      record.reply = {
        reference: reply.reference,
        answer: reply.answer,
        answeredAt: reply.answeredAt,
        corrected: Boolean(reply.corrected),
      };
      attach(record, created);
      if (!conversation.seenReplies.includes(replyKey(reply))) arrived.push(record);
    }
    if (arrived.length === 0) return;
    save();
    updateBadge();
    observeUnseen();
    announce(t(lang, "replyArrived"));
    notify(arrived, lang);
  }

  setupNotifyButton(lang);
  updateBadge();
  void load();
  setInterval(() => {
    if (document.visibilityState === "visible") void load();
  }, REPLIES_EVERY_MS);
  // Coming back to the tab is when a reply matters most: look at once instead of waiting a minute.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible") return;
    observeUnseen();
    void load();
  });
  window.addEventListener("focus", () => void load());
  return { load, updateBadge, observeUnseen };
}

function notify(arrived, lang) {
  if (!("Notification" in window) || Notification.permission !== "granted") return;
  if (document.visibilityState === "visible" && document.hasFocus()) return;
  for (const record of arrived) {
    const body = record.question.length > 60 ? `${record.question.slice(0, 60)}…` : record.question;
    new Notification(t(lang, "notificationTitle"), { body, tag: `taiwa-${record.reply.reference}` });
  }
}

/** Permission is asked for only when the asker clicks; the button hides once the browser has an answer. */
function setupNotifyButton(lang) {
  const button = document.getElementById("notify");
  if (!("Notification" in window) || Notification.permission !== "default") return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    const permission = await Notification.requestPermission();
    button.hidden = true;
    document.getElementById("status").textContent = t(lang, permission === "granted" ? "notifyOn" : "notifyDenied");
  });
}
