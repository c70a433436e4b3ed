/**
 * How user text is measured and made safe, in one place for every surface: the HTTP check, the answerer's own
 * validation and the tokenizer must agree, or a question passes one and fails (or crashes) the next.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/** Characters as the user sees them counted for limits: code points, so an emoji is one, not two UTF-16 units. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** A half of a surrogate pair on its own: JSON `"\ud800"` decodes to one, but it is no character at all. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The text with every lone surrogate replaced by U+FFFD, for code (kuromoji) that crashes on them. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATES, "\uFFFD");
}
