import { tableCells } from "../table-cells.ts";
import { itemNumber } from "./announced-list.ts";

/**
 * 「現在15技術を指定しており、今般、新たに4技術を追加」: how many items a list had and how many were added. Both
 * figures take the same counter (技術 … 技術), so they count the same things; a total (「計19技術」) is not a count
 * before the addition.
 */
const ADDED_COUNT =
  /(?<![\d計全])(\d{1,2})([\p{Script=Han}\p{Script=Katakana}ー]{1,4}|つ|件|個)[^。]{0,40}?(\d{1,2})\2(?:を|が)?(?:追加|加え|加わ)/u;

/** A question about what was added (「今回追加されたのは」「新しく加わった」, "newly added"). */
const ASKS_ADDED = /追加|加わ|加え|新た|新しく|新規|\badd(?:ed|ition|s)?\b|\bnew(?:ly)?\b/iu;

export function asksWhatWasAdded(question: string): boolean {
  return ASKS_ADDED.test(question.normalize("NFKC"));
}

export interface AddedCount {
  before: number;
  added: number;
}

/** The counts a line gives of a list before an addition and of the addition, when it gives both. */
export function addedCount(line: string): AddedCount | undefined {
  const match = line.normalize("NFKC").match(ADDED_COUNT);
  if (!match) return undefined;
  const before = Number(match[1]);
  const added = Number(match[3]);
  return before > 0 && added > 0 ? { before, added } : undefined;
}

export interface NumberedCell<Line> {
  line: Line;
  cell: string;
}

/**
 * The items added to a numbered list, read from the lines after the line that counts them: a list of
 * `before + added` items numbered from 1 in one style (a table may set two items to a row: 「⑥炭素繊維　⑯量子ドット」)
 * was extended at its end, so the added ones are the last `added`. Undefined unless every number from 1 to the
 * total is there and none beyond it: a list of another length is another list.
 */
export function addedItems<Line extends { text: string }>(
  count: AddedCount,
  following: readonly Line[],
): NumberedCell<Line>[] | undefined {
  const total = count.before + count.added;
  const cells = new Map<number, NumberedCell<Line>>();
  let style: string | undefined;
  for (const line of following) {
    for (const cell of tableCells(line.text.replace(/^\s*[-・•]\s*/u, ""))) {
      const numbered = itemNumber(cell);
      if (!numbered) continue;
      if (style === undefined) {
        if (numbered.n !== 1) continue;
        style = numbered.style;
      } else if (numbered.style !== style) continue;
      // ① again starts another list.
      if (cells.has(numbered.n)) return finished(cells, count, total);
      cells.set(numbered.n, { line, cell });
    }
  }
  return finished(cells, count, total);
}

function finished<Line>(
  cells: ReadonlyMap<number, NumberedCell<Line>>,
  count: AddedCount,
  total: number,
): NumberedCell<Line>[] | undefined {
  if (cells.size !== total || Math.max(...cells.keys()) !== total) return undefined;
  const added: NumberedCell<Line>[] = [];
  for (let n = count.before + 1; n <= total; n++) added.push(cells.get(n)!);
  return added;
}
