// The sources under an answer: one entry per document (its title once, with version and date),
// and under it each cited passage with its section, page and the sentences the answer used.
import { t } from "./i18n.js";
import { passageBlocks, usedSentences } from "./passage.js";
import { el, safeUrl } from "./render.js";

function documentMeta(citation, lang) {
  return [
    citation.version ? t(lang, "versionMeta", { version: citation.version }) : undefined,
    // A version label often carries its date already (「改訂 2025-11-07」).
    citation.version?.includes(citation.date ?? "\u0000") ? undefined : citation.date,
    citation.issuer,
  ].filter(Boolean);
}

/** The heading path without the document's own title, which the entry already shows once. */
function sectionOf(citation) {
  return (citation.sectionPath ?? []).filter((heading) => heading.trim() !== citation.title.trim());
}

function passageMeta(citation, lang) {
  const section = sectionOf(citation);
  return [
    section.length ? section.join(" › ") : undefined,
    citation.page ? t(lang, "page", { page: citation.page }) : undefined,
  ].filter(Boolean);
}

export function citationList({ citations, answerText, lang, prefix }) {
  const used = usedSentences(answerText);
  const groups = new Map();
  for (const citation of citations) {
    const key = `${citation.docId}\u0000${citation.version ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), citation]);
  }
  const list = el("ul", { className: "citations" });
  for (const group of groups.values()) {
    const first = group[0];
    const url = first.url ? safeUrl(first.url) : undefined;
    const title = url
      ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, first.title)
      : el("span", {}, first.title);
    const meta = documentMeta(first, lang);
    list.append(
      el(
        "li",
        { className: "citation-doc" },
        el("cite", { className: "citation-title" }, title),
        meta.length ? el("span", { className: "citation-meta" }, meta.join(" · ")) : null,
        el(
          "ol",
          { className: "citation-passages" },
          group.map((citation) => passageItem(citation, used, lang, prefix)),
        ),
      ),
    );
  }
  return list;
}

function passageItem(citation, used, lang, prefix) {
  const meta = passageMeta(citation, lang);
  const sentences = [...(used.get(String(citation.n)) ?? [])];
  if (typeof citation.quote === "string") sentences.push(citation.quote);
  return el(
    "li",
    { id: `${prefix}-${citation.n}`, className: "citation", tabindex: "-1" },
    el(
      "span",
      { className: "citation-n" },
      el("span", { "aria-hidden": "true" }, `[${citation.n}]`),
      el("span", { className: "visually-hidden" }, t(lang, "sourceName", { n: citation.n, title: citation.title })),
    ),
    meta.length ? el("span", { className: "citation-meta" }, ` ${meta.join(" · ")}`) : null,
    el(
      "details",
      {},
      el("summary", {}, t(lang, "showPassage")),
      el("div", { className: "passage", lang: "ja" }, passageBlocks(citation.text, sentences, citation.title)),
    ),
  );
}
