import { foldForMatch } from "../retrieve/fold.ts";
import { BULLET, BULLET_MARKS, NUMBERED_ITEM, SUB_ITEM } from "./passage-lines.ts";

/** Fewer sibling items than this are read whole: two lines are no list to pick from. */
const MIN_ITEMS = 3;

/** An item's head: its text after the marks, folded. */
const MARKS = new RegExp(`^(?:\\s|${BULLET_MARKS.source})+`, "u");

/**
 * A list's items cut to those headed by the topics the question joins (「リチウムとニッケルは」 → the リチウム and
 * ニッケル items, not レアアース's between them), with the sub-items under each kept. The list stays whole unless every
 * joined topic heads an item and some item is headed by no topic of the question (`asked`): then the others are about
 * other things. A numbered list (①②③) is a set of its own and is never cut.
 */
export function withJoinedItems(
  lines: readonly string[],
  joined: readonly string[],
  asked: readonly string[] = [],
): string[] {
  if (joined.length < 2) return [...lines];
  const topics = joined.map(foldForMatch);
  // An item headed by any other topic of the question (リチウム of 「リチウムやレアアース、ニッケル」, read as joining
  // only two) is asked about too.
  const named = [...topics, ...asked.map(foldForMatch).filter((phrase) => phrase.length >= 2)];
  const items = lines.flatMap((line, at) =>
    BULLET.test(line) && !SUB_ITEM.test(line) && !NUMBERED_ITEM.test(line) ? [at] : [],
  );
  if (items.length < MIN_ITEMS) return [...lines];
  // A numbered heading above the items (「② 経済安保上重要な相手」) stays; numbered items among them make a set.
  if (lines.some((line, at) => at > items[0]! && NUMBERED_ITEM.test(line))) return [...lines];
  const heads = lines.map((line) => foldForMatch(line.replace(MARKS, "")));
  const headedBy = (at: number, topic: string) => heads[at]!.startsWith(topic);
  const kept = items.filter((at) => named.some((topic) => headedBy(at, topic)));
  if (kept.length === items.length) return [...lines];
  if (!topics.every((topic) => kept.some((at) => headedBy(at, topic)))) return [...lines];
  // Each line belongs to the item it follows (sub-items, continuation lines); lines before the first item stay.
  let owner = -1;
  return lines.filter((_, at) => {
    if (items.includes(at)) owner = at;
    return owner < 0 || kept.includes(owner);
  });
}
