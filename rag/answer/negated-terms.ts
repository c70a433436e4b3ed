import type { IpadicFeatures } from "kuromoji";

/** Prefixes that turn a noun into its opposite: 非上場 is not 上場, 未公表 is not 公表. */
const NEGATING_PREFIXES = new Set(["非", "未", "不", "無"]);

/**
 * The negated nouns of a question (「非上場会社」 → 非上場): a negating prefix and the noun it turns. A document that
 * never writes such a stem speaks only of the plain noun, which is the opposite of what is asked.
 */
export function negatedStems(tokens: readonly IpadicFeatures[]): string[] {
  const stems: string[] = [];
  tokens.forEach((token, at) => {
    const next = tokens[at + 1];
    if (token.pos === "接頭詞" && NEGATING_PREFIXES.has(token.surface_form) && next?.pos === "名詞")
      stems.push(`${token.surface_form}${next.surface_form}`);
  });
  return stems;
}
