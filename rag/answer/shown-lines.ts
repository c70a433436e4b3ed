import { foldForMatch } from "../retrieve/fold.ts";
import { carriesValue, NUMERIC_TYPES } from "./asked-values.ts";
import { continuesLine, type PassageLine } from "./passage-lines.ts";
import type { AskedType } from "./question-analysis.ts";

/**
 * The chosen lines of an excerpt as a reader sees them. The lines compete for the excerpt as the document laid them
 * out; once chosen they are shown as a reader needs them: whole sentences, no stray slide labels or empty titles, a
 * list's items complete or, for a yes/no question about named items, only those.
 */
export interface ShownLinesOptions {
  askedType: AskedType;
  /** The question's topic phrases, folded. */
  focus: readonly string[];
  /** The folded line says a word of the question. */
  sharesQuestionWord: (folded: string) => boolean;
  /** The longest a list may run, in characters. */
  maxListChars: number;
}

/** A short line that gives a date, a number or a sum (24年5月から施行, 15分野指定): a statement, not a title. */
export function statesValue(text: string): boolean {
  return [...NUMERIC_TYPES].some((type) => carriesValue(type, [text]));
}

/** 「以下のようなリスクに直面」「次のとおり」: the line says the items that follow are what it is about. */
const ANNOUNCES_ITEMS = /以下の(?:よう|とおり|通り)|次の(?:よう|とおり|通り)|下記の/u;
/** The numbering of an item: (1), 1., ①, or a plain bullet. */
function itemMark(line: PassageLine): string {
  const body = line.text.replace(/^\s*[-・•]\s*/u, "");
  if (/^[(（]\d+[)）]/u.test(body)) return "paren";
  if (/^\d+[.．]/u.test(body)) return "dot";
  if (/^[①-⑳]/u.test(body)) return "circled";
  return line.bullet ? "bullet" : "";
}

/**
 * A list shown with a hole in it (リチウム and ニッケル without the レアアース line between them) reads as if the missing
 * item were not there: one or two short items marked alike between two shown short items are shown too, within the
 * list's length. Remarks in minutes (long bullets) are no such list.
 */
export function withoutGaps(lines: PassageLine[], chunkLines: PassageLine[], maxListChars: number): PassageLine[] {
  let length = lines.reduce((sum, line) => sum + line.text.length, 0);
  const result: PassageLine[] = [];
  lines.forEach((line, at) => {
    result.push(line);
    const next = lines[at + 1];
    if (next === undefined || !isShortItem(line) || !isShortItem(next) || itemMark(line) !== itemMark(next)) return;
    const from = chunkLines.indexOf(line);
    const to = chunkLines.indexOf(next);
    if (from < 0 || to <= from + 1) return;
    const between = chunkLines.slice(from + 1, to);
    const added = between.reduce((sum, item) => sum + item.text.length, 0);
    const alike = between.every((item) => isShortItem(item) && itemMark(item) === itemMark(line));
    if (between.length <= 2 && alike && length + added <= maxListChars) {
      result.push(...between);
      length += added;
    }
  });
  return result;
}

/**
 * A list the shown lines announce (「以下のようなリスクに直面しており」) and begin is shown to its end: (1) and (2)
 * without (3) read as all of it. The items run on in the chunk, numbered alike, within the list's length.
 */
export function withAnnouncedItems(
  lines: PassageLine[],
  chunkLines: PassageLine[],
  maxListChars: number,
): PassageLine[] {
  const announces = lines.findIndex((line) => ANNOUNCES_ITEMS.test(line.text) || line.introducesList);
  const last = lines.at(-1);
  if (announces < 0 || last === undefined || announces === lines.length - 1) return lines;
  const mark = itemMark(last);
  const from = chunkLines.indexOf(last);
  if (mark === "" || from < 0) return lines;
  let length = lines.reduce((sum, line) => sum + line.text.length, 0);
  const more: PassageLine[] = [];
  for (const line of chunkLines.slice(from + 1)) {
    if (itemMark(line) !== mark || lines.includes(line) || length + line.text.length > maxListChars) break;
    more.push(line);
    length += line.text.length;
  }
  return [...lines, ...more];
}

/**
 * A title with nothing of its own under it (「① 成長力の高い市場」 right above 「② 経済安保上重要な相手」 and the figures
 * under ②) heads another part of the slide: shown, it reads as an answer. Only a title that shares no word with the
 * question, and only when statements follow: a table of contents is titles and nothing else.
 */
export function withoutEmptyHeadings(
  lines: PassageLine[],
  sharesQuestionWord: (folded: string) => boolean,
): PassageLine[] {
  const kept = lines.filter((line, at) => {
    const next = lines[at + 1];
    // A title that gives a date or a figure (2021年1月27日施行版) says something.
    if (!line.headingLike || next === undefined || !next.headingLike || statesValue(line.text)) return true;
    const statementsFollow = lines.slice(at + 1).some((later) => !later.headingLike);
    return !statementsFollow || sharesQuestionWord(line.folded);
  });
  return kept.length > 0 ? kept : lines;
}

/** A short item of a list or a table row: a bullet, a numbered entry or cells (③電解銅箔　⑬正負極バインダ). */
function isShortItem(line: PassageLine): boolean {
  return (line.bullet || line.text.includes("\u3000")) && line.text.length <= 60;
}

/**
 * 「電解銅箔やセパレータ製造装置は対象に入っていますか」 over a list of nineteen technologies: the items that name what
 * was asked answer it, the rest of the list does not. Only for a yes/no question, and only when some items name
 * a topic phrase of the question and others name none.
 */
function namedItemsOnly(lines: PassageLine[], focus: readonly string[]): PassageLine[] {
  const phrases = focus.filter((phrase) => phrase.length >= 2);
  const items = lines.filter(isShortItem);
  if (items.length < 3 || phrases.length === 0) return lines;
  const names = (line: PassageLine) => phrases.some((phrase) => line.folded.includes(phrase));
  const named = items.filter(names);
  if (named.length === 0 || named.length === items.length) return lines;
  // The bullet that leads into the kept items (「以下を検討することも有用である」) says what they are.
  return lines
    .filter((line) => !isShortItem(line) || names(line) || line.leadsIntoItems)
    .map((line) => namedCellsOnly(line, names));
}

/** A numbered cell of a table's row: 「③電解銅箔」 in 「③電解銅箔　⑬正負極バインダ」. */
const CELL_START = /(?=[①-⑳])/u;

/**
 * A row of two columns (「③電解銅箔　⑬正負極バインダ」) as the cells that name what was asked: the other column's
 * item was not asked about. Each cell is shown as the document writes it.
 */
function namedCellsOnly(line: PassageLine, names: (line: PassageLine) => boolean): PassageLine {
  const cells = line.text
    .split(CELL_START)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
  if (cells.length < 2 || !/^[①-⑳]/u.test(cells[0]!)) return line;
  const asCell = (text: string): PassageLine => ({ ...line, text, folded: foldForMatch(text) });
  const named = cells.filter((cell) => names(asCell(cell)));
  if (named.length === 0 || named.length === cells.length) return line;
  return asCell(named.join("　"));
}

/** A slide's label in brackets (<…(例)>, 【…】, ~…~): it names a figure or a box, not a statement. */
const LABEL_LINE = /^\s*[<＜〈《【［~〜～][^<>＜＞【】［］]{1,40}[>＞〉》】］~〜～]\s*$/u;

/**
 * The lines to show without a label stacked on another title (「<生産拠点の海外進出に伴う技術流出ケース(例)>」 over
 * 「【技術流出対策ガイドンス(第1版)】」): it labels a figure the text does not hold, so it heads nothing shown. A label
 * with a figure in it (【3月18日施行…】) says something and stays.
 */
export function withoutStackedLabels(lines: PassageLine[]): PassageLine[] {
  const kept = lines.filter((line, at) => {
    const next = lines[at + 1];
    // Over numbered items (① 成長力の高い市場 ② …) it is their title.
    const stacked = next !== undefined && ((next.headingLike && !next.bullet) || LABEL_LINE.test(next.text));
    return !(LABEL_LINE.test(line.text) && !/\d/u.test(line.text) && stacked);
  });
  return kept.length > 0 ? kept : lines;
}

/**
 * The chosen lines as whole sentences: a line the PDF broke mid-sentence is shown with the line that finishes it,
 * and a line that finishes one with the line that began it. Only the display joins them; the lines still compete
 * one by one, as the document laid them out.
 */
function wholeSentences(chosen: PassageLine[], chunkLines: PassageLine[]): string[] {
  const picked = new Set(chosen);
  return chosen.map((line) => {
    const at = chunkLines.indexOf(line);
    if (at < 0) return line.text;
    let text = line.text;
    for (let before = at - 1; before >= 0; before--) {
      const previous = chunkLines[before]!;
      if (picked.has(previous) || !continuesLine(previous, chunkLines[before + 1]!)) break;
      text = `${previous.text}${text}`;
    }
    for (let after = at + 1; after < chunkLines.length; after++) {
      const next = chunkLines[after]!;
      if (picked.has(next) || !continuesLine(chunkLines[after - 1]!, next)) break;
      text = `${text}${next.text}`;
    }
    return text;
  });
}

/** The chosen lines, as text, in the order the document has them. */
export function shownLines(chosen: PassageLine[], chunkLines: PassageLine[], options: ShownLinesOptions): string[] {
  const yesNo = options.askedType === "yes-no";
  const labelled = withoutStackedLabels(chosen);
  const named = yesNo ? namedItemsOnly(labelled, options.focus) : labelled;
  const picked = withAnnouncedItems(
    withoutEmptyHeadings(named, options.sharesQuestionWord),
    chunkLines,
    options.maxListChars,
  );
  // A yes/no question about named items is answered by those rows alone.
  const shown = yesNo ? picked : withoutGaps(picked, chunkLines, options.maxListChars);
  return wholeSentences(shown, chunkLines);
}
