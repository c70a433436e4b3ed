import { vocabularyEnglish } from "../retrieve/english-lexicon.ts";
import { englishLabel } from "./english-labels.ts";

/**
 * The quoted items of a list in English, when the glossaries name every one of them (半導体、蓄電池、クラウド →
 * semiconductors; batteries; cloud): a reader of an English question gets the answer itself in English. Each
 * reading is the glossary's name for a quoted term, never a paraphrase; an item the glossaries do not know leaves
 * the list unread, since a partial reading would drop items.
 */

const MARKS = /^[\s\-・●○◆■□※]*(?:[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}[.．)）])?\s*/u;
const MAX_ITEM_CHARS = 16;
/** A lead-in before the items (「経産省関係では、」「対象は、」). */
const LEAD_IN = /(?:では|は|として|には)$/u;
/** What follows the last item (「…天然ガスの8つ(令和5年10月現在)」「…等」). */
const TAIL = /(?:の\d+つ|等|など|\(|（).*$/u;

/** The hand-written glossary's name for a term, else the vocabulary's. */
const nameOf = (term: string) => englishLabel(term) ?? vocabularyEnglish(term);

function englishOf(term: string): string | undefined {
  const whole = nameOf(term);
  if (whole) return whole;
  // 工作機械・産業用ロボット: two items written as one.
  const halves = term.split("・");
  if (halves.length < 2) return undefined;
  const read = halves.map(nameOf);
  return read.every((english) => english !== undefined) ? read.join(", ") : undefined;
}

/** The items of one enumerating line (three or more pieces between 、), or undefined. */
function inlineItems(line: string): string[] | undefined {
  const pieces = line
    .replace(MARKS, "")
    .split(/[、，,]/u)
    .map((piece) => piece.trim());
  if (pieces.length < 3) return undefined;
  if (LEAD_IN.test(pieces[0]!)) pieces.shift();
  pieces[pieces.length - 1] = pieces.at(-1)!.replace(TAIL, "");
  // A piece that opens or closes a bracket, or ends a sentence, is a clause around a bracketed list, not an item.
  return pieces.every((piece) => piece.length > 0 && piece.length <= MAX_ITEM_CHARS && !/[()（）。]/u.test(piece))
    ? pieces
    : undefined;
}

/** A bracket of three or more short names in a sentence: 「5ヶ国(サウジ、UAE、イラン、エジプト、エチオピア)が加わる」. */
const BRACKET = /[(（]([^()（）]+)[)）]/gu;

/** The items of the first bracketed enumeration in a line, or undefined. */
function bracketedItems(line: string): string[] | undefined {
  for (const [, inside] of line.matchAll(BRACKET)) {
    const pieces = inside!.split(/[、，,]/u).map((piece) => piece.trim());
    pieces[pieces.length - 1] = pieces.at(-1)!.replace(/(?:等|など)$/u, "");
    // A date or a figure in brackets (2021年6月、第5章) sets a line in time or place; it lists nothing.
    if (
      pieces.length >= 3 &&
      pieces.every((piece) => piece.length > 0 && piece.length <= MAX_ITEM_CHARS && !/^\d/u.test(piece))
    )
      return pieces;
  }
  return undefined;
}

/**
 * The quoted list's items in English (semiconductors, batteries, cloud), or undefined. `reading` reads an item the
 * glossaries do not name as a whole (サウジ → Saudi, 精錬・分離 → Refining and separation). The names bracketed in a
 * sentence are read only when `bracketed` says the question asks for a list: otherwise they are an aside of the quote.
 */
export function englishItems(
  lines: readonly string[],
  reading?: (item: string) => string | undefined,
  { bracketed: readsBrackets = false }: { bracketed?: boolean } = {},
): string[] | undefined {
  const inline = lines.map(inlineItems).find((items) => items !== undefined);
  const bullets = lines
    .filter((line) => MARKS.exec(line)?.[0].trim())
    .map((line) => line.replace(MARKS, "").replace(/[。．]$/u, ""));
  const listed = bullets.length >= 2 && bullets.every((item) => item.length <= MAX_ITEM_CHARS) ? bullets : undefined;
  const bracketed =
    (inline ?? listed) || !readsBrackets ? undefined : lines.map(bracketedItems).find((found) => found !== undefined);
  const items = inline ?? listed ?? bracketed ?? [];
  if (items.length < 2) return undefined;
  const byReader = () => (reading ? allRead(items.map((item) => latin(item) ?? reading(item))) : undefined);
  // A bracket in a sentence names (countries, bodies, steps): read as the grammar reads names, in capitals.
  if (bracketed) return byReader() ?? allRead(items.map((item) => latin(item) ?? englishOf(item)));
  // One reader for every item when the glossaries miss one, so the list is cased alike.
  return allRead(items.map((item) => latin(item) ?? englishOf(item))) ?? byReader();
}

/** Names written in Latin letters (UAE, MLCC) are English already. */
function latin(item: string): string | undefined {
  return /^[A-Za-z][\w .&-]*$/u.test(item) ? item : undefined;
}

/** The readings, when every item has one. */
function allRead(readings: readonly (string | undefined)[]): string[] | undefined {
  return readings.every((reading) => reading !== undefined) ? (readings as string[]) : undefined;
}
