// The conversation kept in this browser's localStorage, so a reload (or coming back tomorrow) shows
// the questions, answers and the ministry's replies under them. Nothing leaves the browser from here.

const KEY = "taiwa.conversation.v1";
const MAX_EXCHANGES = 50;

/** One version of a ministry reply: a corrected answer (new text or answered again) counts as new. */
export function replyKey(reply) {
  let hash = 0;
  for (const char of reply.answer ?? "") hash = (Math.imul(hash, 31) + char.codePointAt(0)) | 0;
  return `${reply.reference}@${reply.answeredAt}#${(hash >>> 0).toString(36)}`;
}

function empty() {
  return { exchanges: [], seenReplies: [], dismissedReplies: [] };
}

export function loadConversation() {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (!stored || !Array.isArray(stored.exchanges)) return empty();
    return { ...empty(), ...stored };
  } catch {
    return empty();
  }
}

/** Saves what can be shown again: finished exchanges only, without the retrieval ranks. */
export function saveConversation(conversation) {
  const exchanges = conversation.exchanges
    .filter((exchange) => exchange.answer || exchange.reply)
    .slice(-MAX_EXCHANGES)
    .map(({ answer, ...rest }) => (answer ? { ...rest, answer: { ...answer, retrieved: [] } } : rest));
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...conversation, exchanges }));
  } catch {
    // Private browsing or a full quota: the chat still works, it just will not survive a reload.
  }
}

/** 「新しい会話」: forgets the exchanges; replies already delivered stay dismissed so they do not return. */
export function clearConversation(conversation) {
  const delivered = conversation.exchanges.flatMap((exchange) => (exchange.reply ? [exchange.reply.reference] : []));
  conversation.dismissedReplies = [...new Set([...conversation.dismissedReplies, ...delivered])];
  conversation.exchanges = [];
  saveConversation(conversation);
}
