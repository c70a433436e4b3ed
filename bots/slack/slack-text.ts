/** Slack's limit on a section block's text, in characters. */
export const SECTION_TEXT_LIMIT = 3_000;

/** Slack's mrkdwn treats &, < and > as control characters; everything else passes through. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Turns the answerer's [1] / [1][2] / [1, 2] markers into words a reader can follow to the sources below. */
export function readableMarkers(text: string, lang: "ja" | "en"): string {
  return text.replace(/\[(\d+(?:\s*[,、]\s*\d+)*)\](?:\[(\d+)\])*/g, (match) => {
    const numbers = [...match.matchAll(/\d+/g)].map((found) => found[0]);
    return lang === "en" ? ` (source ${numbers.join(", ")})` : `（出典${numbers.join("・")}）`;
  });
}

/** Sentences end at Japanese or Latin full stops, question and exclamation marks, or line breaks. */
const SENTENCE = /[^。！？!?\n]*(?:[。！？!?]+[」』）)]*\n*|\n+)|[^。！？!?\n]+$/gu;

/**
 * Escapes `text` and cuts it into pieces of at most `limit` escaped characters, on sentence
 * boundaries where possible, never inside a surrogate pair or an escape entity.
 */
export function splitMrkdwn(text: string, limit: number = SECTION_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const sentence of text.match(SENTENCE) ?? []) {
    const escaped = escapeMrkdwn(sentence);
    if (current.length + escaped.length <= limit) {
      current += escaped;
      continue;
    }
    if (current.trim() !== "") pieces.push(current);
    current = "";
    if (escaped.length <= limit) {
      current = escaped;
      continue;
    }
    // One sentence longer than a whole section: cut by code point, so no surrogate pair is split.
    for (const character of Array.from(sentence)) {
      const piece = escapeMrkdwn(character);
      if (current.length + piece.length > limit) {
        pieces.push(current);
        current = "";
      }
      current += piece;
    }
  }
  if (current.trim() !== "") pieces.push(current);
  return pieces.map((piece) => piece.replace(/\n+$/, ""));
}

/** Cuts plain text to at most `limit` characters without splitting a surrogate pair. */
export function truncateText(text: string, limit: number): string {
  const characters = Array.from(text);
  if (text.length <= limit) return text;
  let result = "";
  for (const character of characters) {
    if (result.length + character.length > limit - 1) break;
    result += character;
  }
  return `${result}…`;
}

/**
 * Escapes `text` for mrkdwn and cuts it to at most `limit` escaped characters. Cutting happens before escaping,
 * character by character, so the result never ends in half an entity (`&am…`) or half a surrogate pair.
 */
export function escapeAndTruncate(text: string, limit: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= limit) return escaped;
  let result = "";
  for (const character of Array.from(text)) {
    const piece = escapeMrkdwn(character);
    if (result.length + piece.length > limit - 1) break;
    result += piece;
  }
  return `${result}…`;
}
