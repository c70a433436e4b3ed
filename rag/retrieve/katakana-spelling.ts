/**
 * Katakana loanwords are spelled more than one way: セキュリティー and セキュリティ, サーバー and サーバ,
 * セキュリティ・クリアランス with or without its middle dot. A question spelled one way finds nothing in documents
 * spelled the other, neither in search nor in the checks that look for the topic in a quoted line. So a question's
 * katakana word that the documents never write is respelled as they do, when they write it with only the long
 * vowel marks and middle dots differing.
 */

/** A katakana word, with middle dots only between katakana (「クラウド・ロボット」, not the dot ending 「クラウド・」). */
const KATAKANA_WORD = /[\p{Script=Katakana}ーｰ]+(?:[・･][\p{Script=Katakana}ーｰ]+)*/gu;
/** Shorter than this once folded, a word (ルール/ルル) is too likely to meet another word by accident. */
const MIN_FOLDED = 3;

/** The word without its long vowel marks and middle dots: what two spellings of it share. */
export function foldKatakana(word: string): string {
  return word.replace(/[ー・]/gu, "");
}

export class KatakanaSpellings {
  private constructor(
    private readonly written: ReadonlySet<string>,
    private readonly byFold: ReadonlyMap<string, string>,
  ) {}

  /** The documents' spellings: for each folded word, the spelling they use most. */
  static fromTexts(texts: Iterable<string>): KatakanaSpellings {
    const counts = new Map<string, Map<string, number>>();
    for (const text of texts)
      for (const [word] of text.normalize("NFKC").matchAll(KATAKANA_WORD)) {
        const folded = foldKatakana(word);
        if (folded.length < MIN_FOLDED) continue;
        const spellings = counts.get(folded) ?? new Map<string, number>();
        spellings.set(word, (spellings.get(word) ?? 0) + 1);
        counts.set(folded, spellings);
      }
    const written = new Set<string>();
    const byFold = new Map<string, string>();
    for (const [folded, spellings] of counts) {
      for (const word of spellings.keys()) written.add(word);
      byFold.set(folded, [...spellings].sort((a, b) => b[1] - a[1])[0]![0]);
    }
    return new KatakanaSpellings(written, byFold);
  }

  /** The text with each katakana word the documents never write in the spelling they use; the rest as typed. */
  respell(text: string): string {
    return text.replace(KATAKANA_WORD, (typed) => {
      const word = typed.normalize("NFKC");
      if (this.written.has(word)) return typed;
      const folded = foldKatakana(word);
      return folded.length >= MIN_FOLDED ? (this.byFold.get(folded) ?? typed) : typed;
    });
  }
}
