/**
 * How a line of Japanese official documents is marked up: headings (第1章, 1., (1), ①, ア., 事例N, 【…】, #)
 * and list items (・, -, ➤ …). Shared by the normaliser (which must not join such lines) and the chunker.
 */

/** A heading's place in the hierarchy. */
export interface HeadingMatch {
  style: string;
  /** Smaller is outer: 第1章 (1) contains 1. (10) contains (1) (11) contains ① (12) contains ア. (13). */
  rank: number;
  /**
   * Floating headings (事例N, slide titles, 【…】) have no fixed rank: they nest under whatever heading is open
   * and replace the previous heading of the same style.
   */
  floating: boolean;
}

const kanjiNumber = "[0-9０-９一二三四五六七八九十百]+";
const maxHeadingChars = 50;

const fixedHeadings: { style: string; rank: number; pattern: RegExp }[] = [
  { style: "part", rank: 0.5, pattern: new RegExp(`^第${kanjiNumber}[編部](\\s|$|[^0-9])`) },
  { style: "chapter", rank: 1, pattern: new RegExp(`^第${kanjiNumber}章`) },
  { style: "numbered-part", rank: 1.5, pattern: new RegExp(`^第${kanjiNumber}(\\s|$)`) },
  { style: "section", rank: 2, pattern: new RegExp(`^第${kanjiNumber}節`) },
  { style: "article", rank: 3, pattern: new RegExp(`^第${kanjiNumber}款`) },
  { style: "number", rank: 10, pattern: /^\d{1,2}[.．](?![0-9])\s*\S/ },
  { style: "paren-number", rank: 11, pattern: /^[(（]\d{1,2}[)）]\s*\S/ },
  { style: "circled", rank: 12, pattern: /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]\s*\S/ },
  { style: "katakana", rank: 13, pattern: /^[ア-ン][.．、)）]\s*\S/ },
  { style: "paren-katakana", rank: 14, pattern: /^[(（][ア-ン][)）]\s*\S/ },
];

const floatingHeadings: { style: string; pattern: RegExp }[] = [
  { style: "case", pattern: /^(【\s*)?事例\s*\d+/ },
  { style: "bracket", pattern: /^【[^】]{1,30}】\s*$/ },
];

/** Floating styles from outer to inner. */
export const floatingOrder = ["case", "slide", "bracket"];

const listMarker =
  /^([-*+•・●○◆◇■□▪▸▶▷►➤➢✓✔☆★※→⇒◎]|\d{1,2}[.)）．](?![0-9])|[(（]\d{1,2}[)）]|[\u2460-\u2473]|[ア-ン][.．、)）])/;

const bulletMarker = /^[-*+•・●○◆◇■□▪▸▶▷►➤➢✓✔☆★→⇒◎]/;

/** Markdown heading: `## 見出し`. */
function markdownHeading(line: string): HeadingMatch | undefined {
  const match = /^(#{1,6})\s+\S/.exec(line);
  return match ? { style: `markdown-${match[1]!.length}`, rank: match[1]!.length, floating: false } : undefined;
}

/** The heading style of a line, if it looks like a heading on its own (short, not a sentence). */
export function matchHeading(line: string): HeadingMatch | undefined {
  const trimmed = line.trim();
  const markdown = markdownHeading(trimmed);
  if (markdown) return markdown;
  if (trimmed.length > maxHeadingChars || /[。．]$/.test(trimmed)) return undefined;
  for (const heading of floatingHeadings) {
    if (heading.pattern.test(trimmed)) return { style: heading.style, rank: 0, floating: true };
  }
  for (const heading of fixedHeadings) {
    if (heading.pattern.test(trimmed)) return { style: heading.style, rank: heading.rank, floating: false };
  }
  return undefined;
}

/** True for bullet and numbered list items (a short numbered line may also be a heading). */
export function isListItem(line: string): boolean {
  return listMarker.test(line.trim());
}

/**
 * A slide title: a short stand-alone line without a sentence end, followed by bullets or a long paragraph.
 * Slide decks extracted to text mark their titles no other way.
 */
export function looksLikeSlideTitle(request: { line: string; blankBefore: boolean; next?: string }): boolean {
  const line = request.line.trim();
  if (!request.blankBefore || request.next === undefined) return false;
  if (line.length < 2 || line.length > 40 || /[。、,:：]$/.test(line) || line.includes("。")) return false;
  // Dates, table rows (cells joined by U+3000) and enumerations (、) are content, not titles.
  if (isListItem(line) || /^[(（]?\d{1,4}[/年.-]/.test(line) || /[\u3000、]/.test(line)) return false;
  const next = request.next.trim();
  // A title may open numbered items, but a short line before one is usually a name or a label.
  const nextHeading = matchHeading(next);
  if (nextHeading) return line.length >= 8 && ["number", "paren-number", "circled"].includes(nextHeading.style);
  return bulletMarker.test(next) || next.length >= 60;
}
