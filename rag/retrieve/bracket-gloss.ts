/**
 * 「重要経済安保情報保護活用法（セキュリティ・クリアランスの法律）」: a short aside in brackets right after a name, which
 * says what the name is. The documents name the thing itself where they give its date or its detail; the aside's words
 * are another topic's (the slide on セキュリティ・クリアランス制度), so they weigh less in finding the passage.
 */
const GLOSS = /(?<=[\p{Script=Han}\p{Script=Katakana}ー」』])[(（][^()（）]{2,40}[)）]/gu;

/** The text with the bracketed asides after names left out. */
export function withoutGlosses(text: string): string {
  return text.replace(GLOSS, " ");
}

/** The bracketed asides after names in the text. */
export function glossesOf(text: string): string[] {
  return text.match(GLOSS) ?? [];
}

/** Whether the text says the phrase only in a bracketed aside after a name. */
export function saidOnlyInGloss(text: string, phrase: string): boolean {
  const glosses = glossesOf(text);
  return glosses.some((gloss) => gloss.includes(phrase)) && !withoutGlosses(text).includes(phrase);
}
