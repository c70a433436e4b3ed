import { type HTMLElement, type Node, NodeType, parse } from "node-html-parser";

/** Elements whose content is never document text (site chrome, code, forms). */
const dropped = new Set(["script", "style", "nav", "noscript", "template", "svg", "iframe", "form", "button", "head"]);
const blocks = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "blockquote",
  "pre",
  "table",
  "thead",
  "tbody",
  "tr",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "address",
  "hr",
  "br",
  "caption",
]);

/** Turns the DOM into markdown-ish lines: headings as `#`, list items as `- `, table cells separated by tabs. */
function render(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text.replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? "";
  if (dropped.has(tag)) return;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    out.push(`\n\n${"#".repeat(Number(heading[1]))} ${element.text.replace(/\s+/g, " ").trim()}\n\n`);
    return;
  }
  if (tag === "li") out.push("\n- ");
  else if (tag === "td" || tag === "th") out.push("\t");
  else if (blocks.has(tag)) out.push("\n");
  for (const child of element.childNodes) render(child, out);
  if (blocks.has(tag) || tag === "li") out.push("\n");
}

/** Converts an HTML document or fragment into markdown-ish text lines (headings `#`, list items `- `). */
export function htmlToLines(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true } });
  const body = root.querySelector("body") ?? root;
  const out: string[] = [];
  render(body, out);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
