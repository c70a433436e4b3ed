// A cited passage as readable text: a small, safe subset of Markdown (headings, lists, bold, code)
// built from DOM nodes, with the sentences the answer used marked. Nothing is parsed as HTML.
import { el } from "./render.js";

const SENTENCE_END = /(?<=[。!?\uff01\uff1f])|(?<=\.)\s+/u;

/** The sentence before each [n] marker in the answer, per n: what the answer took from source n. */
export function usedSentences(answerText) {
  const used = new Map();
  let sinceBoundary = "";
  for (const part of (answerText ?? "").split(/(\[\d+\])/)) {
    const marker = /^\[(\d+)\]$/.exec(part);
    if (!marker) {
      sinceBoundary = lastSentence(sinceBoundary + part);
      continue;
    }
    const sentence = sinceBoundary.trim();
    if (sentence) used.set(marker[1], [...(used.get(marker[1]) ?? []), sentence]);
  }
  return used;
}

function lastSentence(text) {
  const pieces = text.split(/(?<=[。!?\uff01\uff1f\n])/u).filter((piece) => piece.trim() !== "");
  // A marker right after 「。」 belongs to the sentence that 「。」 closed.
  return pieces.length === 0 ? "" : pieces.at(-1);
}

function fold(text) {
  return text.replace(/[\s、。,.「」『』()\uff08\uff09・:\uff1a;\uff1b!\uff01?\uff1f*_`#>-]/gu, "").toLowerCase();
}

function bigrams(text) {
  const grams = new Set();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** True when the passage sentence is (nearly) one the answer used: containment or bigram overlap. */
function matches(sentence, used) {
  const a = fold(sentence);
  if (a.length < 4) return false;
  return used.some((candidate) => {
    const b = fold(candidate);
    if (b.length < 4) return false;
    if (a.includes(b) || b.includes(a)) return true;
    const ga = bigrams(a);
    const gb = bigrams(b);
    let shared = 0;
    for (const gram of ga) if (gb.has(gram)) shared++;
    return (2 * shared) / (ga.size + gb.size) >= 0.6;
  });
}

/** **bold**, __bold__ and `code` as elements; links keep only their text; the rest stays text. */
function inline(text) {
  const nodes = [];
  const pattern = /\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`|\[([^\]]+)\]\([^)]*\)/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    if (match[3] !== undefined) nodes.push(el("code", {}, match[3]));
    else if (match[4] !== undefined) nodes.push(match[4]);
    else nodes.push(el("strong", {}, match[1] ?? match[2]));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function sentences(text, used) {
  return text
    .split(SENTENCE_END)
    .filter((piece) => piece !== "")
    .map((piece) => (used.length > 0 && matches(piece, used) ? el("mark", {}, inline(piece)) : inline(piece)));
}

/** The passage as blocks: paragraphs, headings (bold lines) and lists, with used sentences in <mark>. */
export function passageBlocks(text, used = [], title = "") {
  const blocks = [];
  let list;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length) blocks.push(el("p", {}, sentences(paragraph.join("\n"), used)));
    paragraph = [];
  };
  for (const raw of (text ?? "").split(/\r?\n/)) {
    const line = raw.replace(/^\s*>\s?/, "");
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*+・]|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const tag = item[1] ? "ol" : "ul";
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = el(tag, {});
        blocks.push(list);
      }
      list.append(el("li", {}, sentences(item[2], used)));
      continue;
    }
    list = undefined;
    if (heading) {
      flush();
      // The document's title as the passage's first heading would only repeat the entry's title.
      if (blocks.length === 0 && heading[1].trim() === title.trim()) continue;
      blocks.push(el("p", { className: "passage-heading" }, el("strong", {}, inline(heading[1]))));
    } else if (line.trim() === "") flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}
