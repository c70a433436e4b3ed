/**
 * 「重要経済安保情報保護活用法（セキュリティ・クリアランスの法律）」: a short aside in brackets right after a name, which
 * says what kind of thing it is (…の法律, …の制度). The documents name the thing itself where they give its date or its
 * detail; the aside's words are another topic's (the slide on セキュリティ・クリアランス制度), so they weigh less in
 * finding the passage. An aside that spells a name out (「Kプログラム（経済安全保障重要技術育成プログラム）」) is the
 * documents' own name, not a gloss.
 */
/** Words only such an aside has weigh this much, in the search and in choosing the lines that answer. */
export const GLOSS_WEIGHT = 0.3;

const GLOSS =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ー」』])[(（][^()（）]{1,30}の(?:法律|法令|制度|仕組み|枠組み|こと|もの|会議|組織|計画|指針)[)）]/gu;

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
