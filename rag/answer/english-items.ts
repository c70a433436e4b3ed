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
  return pieces.every((piece) => piece.length > 0 && piece.length <= MAX_ITEM_CHARS) ? pieces : undefined;
}

/** The quoted list's items in English (semiconductors, batteries, cloud), or undefined. */
export function englishItems(lines: readonly string[]): string[] | undefined {
  const inline = lines.map(inlineItems).find((items) => items !== undefined);
  const bullets = lines
    .filter((line) => MARKS.exec(line)?.[0].trim())
    .map((line) => line.replace(MARKS, "").replace(/[。．]$/u, ""));
  const items =
    inline ?? (bullets.length >= 2 && bullets.every((item) => item.length <= MAX_ITEM_CHARS) ? bullets : []);
  if (items.length < 2) return undefined;
  const english = items.map(englishOf);
  return english.every((reading) => reading !== undefined) ? english : undefined;
}
