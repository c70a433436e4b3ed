// The web chat: a conversation kept in this browser, answers streamed when the server can, the
// ministry's replies under the questions they answer, and a composer pinned to the bottom.
import { askQuestion } from "./ask-client.js";
import { setupComposer } from "./composer.js";
import { clearConversation, loadConversation, saveConversation } from "./conversation-store.js";
import { exchangeElement, showAnswer, showReply } from "./exchange.js";
import { languageOf, localisePage, pageLanguage, t } from "./i18n.js";
import { setupLanding } from "./landing.js";
import { errorNotice } from "./render.js";
import { watchReplies } from "./replies.js";

const SLOW_AFTER_MS = 3000;

localisePage(pageLanguage);
const log = document.getElementById("log");
const conversation = loadConversation();
const save = () => saveConversation(conversation);
const composer = setupComposer({ lang: pageLanguage, onSubmit: (question) => void ask(question) });
const landing = setupLanding({
  lang: pageLanguage,
  onExample(question) {
    composer.fill(question);
    document.getElementById("ask-form").requestSubmit();
  },
});
const { status } = composer;
let sequence = 0;

function scrollToStart(element) {
  const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
  element.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
}

function render(record) {
  const item = exchangeElement(record);
  log.append(item);
  if (record.answer) showAnswer(item, record, save);
  if (record.reply) showReply(item, record);
  return item;
}

async function ask(question) {
  const lang = languageOf(question);
  // The previous question in this conversation is context for a follow-up such as 「それはいつから？」.
  const context = conversation.exchanges.findLast((each) => each.answer)?.question;
  sequence += 1;
  const record = { id: `c${Date.now().toString(36)}${sequence}`, question, lang, references: [] };
  conversation.exchanges.push(record);
  const item = render(record);
  landing.show(false);
  item.scrollIntoView({ block: "end" });
  composer.setPending(true);
  status.textContent = t(lang, "thinking");
  const answerBox = item.querySelector(".answer");
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
        partial = document.createElement("p");
        partial.className = "answer-text streaming";
        answerBox.replaceChildren(partial);
      }
      partial.append(document.createTextNode(text));
    },
  });
  clearTimeout(slowTimer);
  composer.setPending(false);
  answerBox.removeAttribute("aria-busy");

  if (outcome.ok) {
    record.answer = outcome.answer;
    if (outcome.reference) record.references = [outcome.reference];
    showAnswer(item, record, save);
    save();
    const refused = ["legal-judgement", "out-of-scope", "prompt-injection"].includes(outcome.answer.reason);
    status.textContent = t(lang, outcome.answer.resolved ? "answered" : refused ? "statusRefused" : "statusNotFound");
    scrollToStart(answerBox);
    return;
  }
  // Gone already if 「新しい会話」 was pressed while it was pending.
  const index = conversation.exchanges.indexOf(record);
  if (index >= 0) conversation.exchanges.splice(index, 1);
  item.dataset.state = "error";
  const message = outcome.message ?? t(lang, "networkError");
  // A question the server refused as input (too long, unreadable) goes back in the box to be fixed.
  if (outcome.code?.startsWith("input_")) composer.restore(question);
  answerBox.replaceChildren(
    errorNotice(message, lang, () => {
      item.remove();
      void ask(question);
    }),
  );
  status.textContent = message;
}

for (const record of conversation.exchanges) render(record);
landing.show(conversation.exchanges.length === 0);
if (conversation.exchanges.length > 0) {
  status.textContent = t(pageLanguage, "restored");
  log.lastElementChild?.scrollIntoView({ block: "end" });
}

const replies = watchReplies({
  conversation,
  lang: pageLanguage,
  save,
  announce: (text) => {
    status.textContent = text;
  },
  attach(record, created) {
    const item = created ? render(record) : log.querySelector(`[data-id="${CSS.escape(record.id)}"]`);
    if (!created && item) showReply(item, record);
    landing.show(false);
  },
});
replies.observeUnseen();

document.getElementById("new-conversation").addEventListener("click", () => {
  clearConversation(conversation);
  log.replaceChildren();
  landing.show(true);
  replies.updateBadge();
  status.textContent = "";
  composer.focus();
});
