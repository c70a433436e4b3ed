import { itemNumber } from "./announced-list.ts";
import type { Excerpt, ExcerptSpan } from "./excerpt.ts";
import { type ChunkReading, linesOnward } from "./passage-lines.ts";

/**
 * 「技術流出の経路として、どんなパターンを」 "what kinds of …": the question asks which kinds there are, which a numbered
 * list's item heads name (① 技術移転 (輸出管理), ② 買収 (投資管理), …); what the table says of each kind under its head
 * is another question's.
 */
const KINDS = "パターン|種類|類型|経路|ルート|タイプ|区分|形態";
const ASKS_KINDS = new RegExp(
  [
    `(?:どんな|どの|どういう|どのような|何の)(?:ような)?(?:${KINDS})`,
    // 「経路にはどんなものが」: the kinds named before the question word.
    `(?:${KINDS})(?:には|は|として|って)(?:どんな|どういう|どのような)`,
    "(?:what|which)(?:types|kinds|routes|patterns|categories|channels|pathways)",
  ].join("|"),
  "u",
);

/** Read on the question folded for matching (lower case, no spaces). */
export function asksKinds(folded: string): boolean {
  return ASKS_KINDS.test(folded);
}

/** How many chunks a numbered list is followed into (chunks are cut by length, lists are not). */
const MAX_LIST_CHUNKS = 3;
/** Fewer items than this are shown whole: a short list says its kinds and what they are. */
const MIN_HEADS = 3;

/**
 * The heads of the numbered list the excerpt quotes, in sequence from ① on through the chunks after it, without the
 * lines under each head; undefined unless the excerpt's items have lines under them and at least three heads follow
 * in sequence.
 */
export function itemHeads(found: Excerpt, options: ChunkReading): Excerpt | undefined {
  const first = found.spans[0];
  if (!first) return undefined;
  const shown = new Set(found.spans.flatMap((span) => span.lines));
  const spans: ExcerptSpan[] = [];
  let style: string | undefined;
  let count = 0;
  let detailed = false;
  for (const { chunk, lines } of linesOnward(first.chunk, options, MAX_LIST_CHUNKS)) {
    // The list starts where the excerpt's first item does.
    const start = chunk === first.chunk ? lines.findIndex((line) => shown.has(line.text) && itemNumber(line.text)) : 0;
    if (start < 0) return undefined;
    const heads: string[] = [];
    let ended = false;
    for (const line of lines.slice(start)) {
      const numbered = itemNumber(line.text);
      if (!numbered || (style !== undefined && numbered.style !== style)) {
        if (count > 0) detailed = true;
        continue;
      }
      if (numbered.n !== count + 1) {
        ended = true;
        break;
      }
      style = numbered.style;
      count++;
      heads.push(line.text);
    }
    if (heads.length > 0) spans.push({ chunk, lines: heads });
    if (ended) break;
  }
  return count >= MIN_HEADS && detailed ? { ...found, spans } : undefined;
}
