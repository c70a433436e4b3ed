// The landing shown while the conversation is empty: example questions as chips, and what taiwa
// covers (the index's documents with their versions, from GET /api/documents).
import { t } from "./i18n.js";
import { el } from "./render.js";

export function setupLanding({ lang, onExample }) {
  const section = document.getElementById("landing");
  const examples = document.getElementById("examples");
  examples.replaceChildren(
    ...t(lang, "examples").map((question) => {
      const chip = el("button", { type: "button", className: "chip" }, question);
      chip.addEventListener("click", () => onExample(question));
      return el("li", {}, chip);
    }),
  );
  void loadDocuments(lang);
  return {
    show(visible) {
      section.hidden = !visible;
    },
  };
}

async function loadDocuments(lang) {
  const list = document.getElementById("documents");
  try {
    const response = await fetch("/api/documents", { headers: { accept: "application/json" } });
    if (!response.ok) throw new Error(String(response.status));
    const { documents } = await response.json();
    if (!documents.length) throw new Error("no documents");
    list.replaceChildren(
      ...documents.map((document) =>
        el(
          "li",
          { className: "document", "data-doc-id": document.docId },
          el("span", { className: "document-title" }, document.title),
          " ",
          el(
            "span",
            { className: "document-meta" },
            [
              document.version ? t(lang, "version", { version: document.version }) : "",
              // A version label often carries its date already (「改訂 2025-11-07」).
              document.date && !document.version?.includes(document.date) ? document.date : "",
            ]
              .filter(Boolean)
              .join(" · "),
          ),
        ),
      ),
    );
  } catch {
    list.replaceChildren(el("li", { className: "hint" }, t(lang, "documentsEmpty")));
  }
}
