import { foldForMatch } from "../retrieve/fold.ts";

/** A question that asks which countries (「どの国」, "which countries"): its answer names them. */
export const ASKS_COUNTRIES =
  /\b(?:which|what) (?:[\w-]+ ){0,3}(?:countries|nations|economies)\b|どの国|どこの国|どういう国|どんな国|国名/iu;

/**
 * The places the quoted lines name that the question does not (「日本は入っていないそうですが、どの国が」: Japan is
 * the asker's, not an answer). One-character abbreviations (日米 → 日, 米) say a relation, not a member of a list.
 */
export function countriesBeyondQuestion(
  places: readonly string[],
  question: string,
  focus: readonly string[],
  lines?: string,
): string[] {
  const named = foldForMatch([question, ...focus].join("\n"));
  return places.filter(
    (place) =>
      place.length > 1 && !named.includes(foldForMatch(place)) && (lines === undefined || namedAsPlace(place, lines)),
  );
}

/** A noun run on straight after a place (日本企業, 中国産, 米国政府) is of that place; 等 and 各国 still list it. */
const ATTRIBUTE_AFTER = /^(?![等各])[一-龥ァ-ヶ]/u;

/**
 * Whether the lines name the place as a place at least once (「米国、英国」「インドの」), not only as what qualifies a
 * noun (「②日本企業進出」 lists criteria, not Japan).
 */
function namedAsPlace(place: string, lines: string): boolean {
  let from = lines.indexOf(place);
  while (from >= 0) {
    if (!ATTRIBUTE_AFTER.test(lines.slice(from + place.length))) return true;
    from = lines.indexOf(place, from + place.length);
  }
  // The tagger found it in a form the text does not spell plainly: keep it.
  return !lines.includes(place);
}
