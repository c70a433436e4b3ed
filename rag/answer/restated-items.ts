import type { PassageLine } from "./passage-lines.ts";

/** Share of a sub-title's character pairs a shown statement must hold for the sub-title to restate it. */
const RESTATES_SHARE = 0.6;
/** A sub-title shorter than this (「概要」) restates anything. */
const MIN_TITLE_PAIRS = 10;
/** A statement, not a label: shorter shown lines are titles and items. */
const MIN_STATEMENT_CHARS = 30;

const SENTENCE_END = /[。．.]$/u;
const MAX_TITLE_CHARS = 80;

/** The text with punctuation, marks and spaces left out. */
const bare = (text: string) => text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");

/** Character pairs of a text with punctuation, marks and spaces left out. */
function pairsOf(text: string): Set<string> {
  const letters = bare(text);
  const pairs = new Set<string>();
  for (let at = 0; at + 1 < letters.length; at++) pairs.add(letters.slice(at, at + 2));
  return pairs;
}

export interface RestatedItems {
  title: PassageLine;
  items: PassageLine[];
}

/** The statement among `statements` a sub-title restates best, or -1. */
function restatedBy(title: string, statements: readonly string[]): number {
  const titlePairs = pairsOf(title);
  if (titlePairs.size < MIN_TITLE_PAIRS) return -1;
  const bareTitle = bare(title);
  let best = -1;
  let bestShare = RESTATES_SHARE;
  statements.forEach((statement, at) => {
    // The statement's tail at the top of the next chunk (chunks overlap) repeats it; it does not restate it.
    if (bare(statement).endsWith(bareTitle)) return;
    const said = pairsOf(statement);
    let held = 0;
    for (const pair of titlePairs) if (said.has(pair)) held++;
    const share = held / titlePairs.size;
    if (share >= bestShare) {
      best = at;
      bestShare = share;
    }
  });
  return best;
}

/**
 * The items a slide lists under sub-titles that restate its summary statements: a slide sums up
 * 「現行制度の見直し・拡充を行う」 and 「スキームを新設する」, then lists under 「現行制度の見直し・拡充」 and 「新たなスキームの
 * 創設」 what each means. A statement shown alone leaves out those items, which are what the question asks for.
 * `statements` are the lines of the summary (the shown ones among them), `later` the lines after it in order. The
 * structure must be parallel (two sub-titles restating two statements): one title that shares words with one
 * sentence is only a neighbouring section.
 */
export function restatedItems(
  shown: readonly string[],
  statements: readonly string[],
  later: readonly PassageLine[],
): RestatedItems[] {
  const sentences = statements.filter(
    (line) => line.length >= MIN_STATEMENT_CHARS && (SENTENCE_END.test(line) || line.includes("、")),
  );
  if (sentences.length < 2) return [];
  const found: (RestatedItems & { statement: number })[] = [];
  later.forEach((line, at) => {
    // A sub-title is a line of its own with no sentence in it; it may be longer than a heading.
    if (line.bullet || SENTENCE_END.test(line.text) || line.text.length > MAX_TITLE_CHARS) return;
    const statement = restatedBy(line.text, sentences);
    if (statement < 0) return;
    const items: PassageLine[] = [];
    for (const next of later.slice(at + 1)) {
      if (!next.bullet) break;
      items.push(next);
    }
    if (items.length >= 2) found.push({ title: line, items, statement });
  });
  if (new Set(found.map(({ statement }) => statement)).size < 2) return [];
  return found
    .filter(({ statement }) => shown.includes(sentences[statement]!))
    .map(({ title, items }) => ({ title, items }));
}
