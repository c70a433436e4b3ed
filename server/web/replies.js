// The asker's returning view: ministry answers delivered to this browser (by its HttpOnly cookie).
import { pageLanguage } from "./i18n.js";
import { replyItem } from "./render.js";

const REPLIES_EVERY_MS = 60_000;

export function watchReplies() {
  void loadReplies();
  setInterval(() => {
    if (document.visibilityState === "visible") void loadReplies();
  }, REPLIES_EVERY_MS);
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
