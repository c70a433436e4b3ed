import { vocabularyEntries } from "../retrieve/english-lexicon.ts";
import { englishLabel } from "./english-labels.ts";

/**
 * A flow chart's boxes that the text extraction ran together (「…スクリーニング保全審査保全指定外国出願制限補償」):
 * twenty characters and more of kanji and katakana with no particle or mark between them. Where the glossaries
 * know every box, the words are set apart again by a space, as the chart shows them; the words stay the passage's own.
 */
const RUN_ON = /[\p{Script=Han}\p{Script=Katakana}ー]{20,}/u;
const LONGEST_TERM = 12;
const MIN_BOXES = 3;

function known(term: string): boolean {
  return englishLabel(term) !== undefined || vocabularyEntries(term) !== undefined;
}

/** The run cut into terms the glossaries know, longest first from the left; undefined when a part is unknown. */
export function boxesOf(run: string): string[] | undefined {
  const boxes: string[] = [];
  for (let at = 0; at < run.length; ) {
    let length = Math.min(LONGEST_TERM, run.length - at);
    while (length >= 2 && !known(run.slice(at, at + length))) length--;
    if (length < 2) return undefined;
    boxes.push(run.slice(at, at + length));
    at += length;
  }
  return boxes.length >= MIN_BOXES ? boxes : undefined;
}

/** The line with a run of boxes set apart by spaces; the line as it is when it has none, or one the glossaries cannot cut. */
export function withBoxesApart(line: string): string {
  const run = line.match(RUN_ON);
  if (!run) return line;
  const boxes = boxesOf(run[0]);
  return boxes ? line.replace(run[0], boxes.join(" ")) : line;
}

/** The boxes of a line `withBoxesApart` set apart (the words before the run kept with the first), or undefined. */
export function boxesApart(line: string): string[] | undefined {
  if (!line.includes(" ")) return undefined;
  const joined = line.replaceAll(" ", "");
  if (withBoxesApart(joined) !== line) return undefined;
  return line.split(" ");
}
