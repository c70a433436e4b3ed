/** A sentence of a passage, with where it starts (for keeping extracted sentences in reading order). */
export interface Sentence {
  text: string;
  start: number;
}

const BULLET = /^\s*(?:[-・•●○◆◇■□▶▷➤➢→※*]|\d+[.)．]|[(（]\d+[)）]|[①-⑳])\s*/u;

/**
 * Splits Japanese (and English) passage text into sentences: on 。！？ and on line breaks,
 * because slide text puts one statement per bullet without a full stop.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^。！？!?\n]+[。！？!?]?/gu;
  for (const match of text.matchAll(pattern)) {
    let sentence = match[0];
    const bullet = sentence.match(BULLET);
    if (bullet) sentence = sentence.slice(bullet[0].length);
    sentence = sentence.replace(/[*#]+/g, "").trim();
    // English sentences end with ". "; Japanese ones never contain a bare period.
    if (/[a-z]\. [A-Z]/.test(sentence)) {
      for (const part of sentence.split(/(?<=[a-z]\.) (?=[A-Z])/))
        sentences.push({ text: part.trim(), start: match.index ?? 0 });
      continue;
    }
    if (sentence.replace(/[\p{P}\p{S}\s]/gu, "").length >= 4)
      sentences.push({ text: sentence, start: match.index ?? 0 });
  }
  return sentences;
}
