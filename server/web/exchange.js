// One question and everything under it: taiwa's answer (or an honest non-answer card), its sources,
// feedback, and the ministry's reply when it arrives. Built from the stored record, so a reload
// renders exactly what was shown.
import { citationList } from "./citations.js";
import { feedbackBar } from "./feedback.js";
import { t } from "./i18n.js";
import { answerText, el, missingNote, nonAnswerCard, questionBubble, replyBlock } from "./render.js";

export function exchangeElement(record) {
  const lang = record.lang;
  const pending = !record.answer && !record.reply;
  return el(
    "li",
    {
      className: "exchange",
      "data-state": pending ? "pending" : record.answer ? "answered" : "reply",
      "data-id": record.id,
      lang,
    },
    questionBubble(record.question, lang),
    record.answer || pending
      ? el(
          "div",
          { className: "answer", "aria-busy": pending ? "true" : undefined },
          el("p", { className: "pending" }, t(lang, "thinking")),
        )
      : null,
    // Its own live region: a reply that arrives later is announced where it appears.
    el("div", { className: "reply-slot", "aria-live": "polite" }),
  );
}

export function answerLanguage(record) {
  const lang = record.answer?.lang;
  return lang === "en" || lang === "ja" ? lang : record.lang;
}

export function showAnswer(item, record, onChange) {
  const { answer } = record;
  const lang = answerLanguage(record);
  item.dataset.state = answer.resolved ? "answered" : "not-found";
  const box = item.querySelector(".answer");
  box.removeAttribute("aria-busy");
  box.lang = lang;
  const parts = [el("h3", { className: "visually-hidden" }, t(lang, "taiwa"))];
  if (answer.resolved) parts.push(answerText(answer.answer ?? "", record.id, answer.citations ?? [], lang));
  else parts.push(nonAnswerCard(answer, lang));
  parts.push(missingNote(answer.missing, lang));
  if (answer.notes?.length) {
    parts.push(
      el(
        "ul",
        { className: "notes" },
        answer.notes.map((note) => el("li", {}, note)),
      ),
    );
  }
  if (answer.citations?.length) {
    parts.push(
      el("h4", { className: "sources-title" }, t(lang, "sources")),
      citationList({ citations: answer.citations, answerText: answer.answer, lang, prefix: record.id }),
    );
  }
  if ((record.references ?? []).length > 0 && !record.reply) {
    parts.push(el("p", { className: "awaiting" }, t(lang, "awaitingMinistry", { reference: record.references[0] })));
  }
  parts.push(feedbackBar({ record, lang, onChange }));
  box.replaceChildren(...parts.filter(Boolean));
}

export function showReply(item, record) {
  const lang = answerLanguage(record);
  item.querySelector(".awaiting")?.remove();
  item.querySelector(".reply-slot").replaceChildren(replyBlock(record.reply, lang));
  item.dataset.reply = "true";
}
