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
): string[] {
  const named = foldForMatch([question, ...focus].join("\n"));
  return places.filter((place) => place.length > 1 && !named.includes(foldForMatch(place)));
}
