import { foldForMatch } from "../retrieve/fold.ts";

/** What a line must say besides the asked term to say anything about it (「…とは、…を定めるもの」). */
const MIN_SAID_CHARS = 4;

/**
 * 「Trusted Thinktank Networkってなに？」 answered by a line that is only the term (「- Trusted Thinktank
 * Network」): the lines name what is asked about and say nothing of what it is.
 */
export function namesTermOnly(lines: readonly string[], focus: readonly string[]): boolean {
  if (lines.length === 0 || focus.length === 0) return false;
  const terms = focus.map(foldForMatch).filter((term) => term.length > 0);
  return lines.every((line) => {
    let rest = foldForMatch(line);
    for (const term of terms) rest = rest.split(term).join("");
    return rest.replace(/[\s\p{P}\p{S}\d]/gu, "").length < MIN_SAID_CHARS;
  });
}
