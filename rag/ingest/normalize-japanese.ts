import { isListItem, matchHeading } from "./line-structure.ts";

/** Circled numbers (①…⑳, ㉑…㊿) are list markers; NFKC would turn them into plain digits. */
const circled = /[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/;
const notCircled = /[^\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]+/g;

const blockTag = /<\/?(?:ul|ol|li|p|div|br|tr|table|thead|tbody|h[1-6]|section|article|dl|dt|dd|hr)\b[^<>]*>/gi;
const anyTag = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Japanese scripts and full-width punctuation: no space belongs between two of them. */
const japanese =
  "\\u3001-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff60、。「」『』【】〈〉《》〔〕";
const spaceBetweenJapanese = new RegExp(`([${japanese}])[ \\t]+(?=[${japanese}])`, "g");
const sentenceEnd = /[。！？!?」』）)】〕］\]]$/;
const opensBlock = /^[「『【(（<〈《［[※]/;

/** NFKC everywhere except circled numbers. */
export function nfkcKeepingCircled(text: string): string {
  if (!circled.test(text)) return text.normalize("NFKC");
  return text.replace(notCircled, (segment) => segment.normalize("NFKC"));
}

/** Removes HTML tags left in extracted text (block tags become line breaks) and decodes entities. */
export function stripHtmlFragments(text: string): string {
  return text
    .replace(/<li\b[^<>]*>/gi, "\n- ")
    .replace(blockTag, "\n")
    .replace(anyTag, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X"))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return entities[name.toLowerCase()] ?? whole;
    });
}

/** "第2章 対策", "事例3 共同調達": the space after a heading's number is kept for readability. */
const headingNumber = /^(第[0-9一二三四五六七八九十百]+[章節編部款]|事例\s*\d+)\s+(?=\S)/;

/** Table cells (tab-separated in extracted text) stay apart with an ideographic space. */
function cleanLine(line: string): string {
  const trimmed = line.trim();
  const number = headingNumber.exec(trimmed);
  if (number) return `${number[1]} ${cleanText(trimmed.slice(number[0].length))}`;
  return cleanText(trimmed);
}

function cleanText(line: string): string {
  return line
    .replace(/\*\*|__/g, "")
    .replace(/[ ]*\t[ \t]*/g, "\u3000")
    .replace(/[ ]+/g, " ")
    .replace(spaceBetweenJapanese, "$1")
    .trim();
}

/** A line broken inside a sentence continues on the next one, unless either is structure (heading, list, table). */
function continues(line: string, next: string, tabular: boolean): boolean {
  if (tabular || sentenceEnd.test(line) || matchHeading(line)) return false;
  if (isListItem(next) || matchHeading(next) || opensBlock.test(next)) return false;
  return true;
}

/** Joins lines broken inside Japanese sentences: no space between Japanese characters, one between words. */
export function joinBrokenLines(text: string): string {
  const raw = text.split("\n");
  const out: string[] = [];
  let previousTabular = false;
  for (const rawLine of raw) {
    const tabular = rawLine.includes("\t");
    const line = cleanLine(rawLine);
    const last = out.length > 0 ? out[out.length - 1]! : "";
    if (line !== "" && last !== "" && continues(last, line, tabular || previousTabular)) {
      const space = /[A-Za-z0-9,.;:]$/.test(last) && /^[A-Za-z0-9]/.test(line) ? " " : "";
      out[out.length - 1] = `${last}${space}${line}`;
    } else {
      out.push(line);
    }
    previousTabular = tabular;
  }
  return out.join("\n");
}

/**
 * Normalises extracted Japanese text: NFKC (full-width ASCII and half-width kana), HTML fragments removed,
 * sentences broken across lines joined, headings and list markers kept, whitespace cleaned.
 */
export function normalizeJapanese(text: string): string {
  const unified = text
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n\n")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
  const normalized = nfkcKeepingCircled(stripHtmlFragments(unified));
  return joinBrokenLines(normalized)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
