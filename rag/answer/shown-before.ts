import { foldForMatch } from "../retrieve/fold.ts";
import type { Excerpt } from "./excerpt.ts";

/**
 * A bracketed label (「<生産拠点の海外進出に伴う技術流出ケース(例)>」「【…】」): it titles what follows. A run of a chart's
 * labels (「…保全審査保全指定外国出願制限補償」) still names the steps it shows.
 */
const TITLE = /^\s*(?:<[^<>]+>|＜[^＜＞]+＞|【[^【】]+】|〈[^〈〉]+〉)\s*$/u;

/** Shorter than this, a line may be said again on purpose (a heading, a label): only the same line counts as shown. */
const MIN_REPEATED_CHARS = 20;

/**
 * Whether a line was quoted before inside a longer line: another chunk may hold a remark on its own line that an
 * earlier excerpt quoted within its paragraph (「CISTEC は今、…」).
 */
function quotedWithin(folded: string, shown: ReadonlySet<string>): boolean {
  const said = folded.replace(/^[-・•*\s]+/u, "");
  return said.length >= MIN_REPEATED_CHARS && !shown.has(folded) && [...shown].some((line) => line.includes(said));
}

/**
 * The excerpt without the lines an earlier part's excerpt already shows (folded in `shown`); undefined when nothing
 * new is left. A span built on a remark quoted before inside a longer line is that remark's neighbours, and goes whole.
 * A span left with only its section's titles (「…事例集について」) or other titles says nothing new: a heading is never
 * shown alone.
 */
export function withoutShown(excerpt: Excerpt, shown: ReadonlySet<string>): Excerpt | undefined {
  const spans = excerpt.spans
    .filter((span) => !span.lines.some((line) => quotedWithin(foldForMatch(line), shown)))
    .flatMap((span) => {
      const lines = span.lines.filter((line) => !shown.has(foldForMatch(line)));
      const titles = new Set([...span.chunk.sectionPath, span.chunk.title].map(foldForMatch));
      const onlyTitles = lines.every((line) => titles.has(foldForMatch(line)) || TITLE.test(line));
      if (lines.length === 0 || (lines.length < span.lines.length && onlyTitles)) return [];
      return [{ ...span, lines }];
    });
  return spans.length === 0 ? undefined : { ...excerpt, spans };
}
