import { foldForMatch, WORD_RUN } from "../retrieve/fold.ts";

/** What a line must say besides the asked term to say anything about it (「…とは、…を定めるもの」). */
const MIN_SAID_CHARS = 4;

/**
 * 「Trusted Thinktank Networkってなに？」 answered by a line that is only the term (「- Trusted Thinktank
 * Network」): the lines name what is asked about and say nothing of what it is.
 */
export function namesTermOnly(lines: readonly string[], focus: readonly string[], question = ""): boolean {
  if (lines.length === 0 || focus.length === 0) return false;
  // The question's own words said back (「11の特定重要物資を指定」 for 「12物資に増えたとき新しく指定されたのは何の
  // 物資」) say nothing it does not already say.
  const asked = foldForMatch(question).match(WORD_RUN) ?? [];
  const terms = [...focus.map(foldForMatch), ...asked]
    .filter((term) => term.length > 0)
    .sort((a, b) => b.length - a.length);
  return lines.every((line) => {
    let rest = foldForMatch(line);
    for (const term of terms) rest = rest.split(term).join("");
    return rest.replace(/[\s\p{P}\p{S}\d]/gu, "").length < MIN_SAID_CHARS;
  });
}
