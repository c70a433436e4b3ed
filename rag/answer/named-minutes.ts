import type { Chunk } from "../types.ts";

/**
 * 「第8回有識者会議の議事要旨で」「the minutes of the 8th meeting」: the meeting whose record the asker names, by
 * number. Another document that mentions that meeting is not its record.
 */
const MINUTES_OF_JA = /第\s*(\d+)\s*回[^。？?、,]{0,30}?(?:議事要旨|議事録)/u;
const MINUTES_OF_EN =
  /\bminutes of the (\d+)(?:st|nd|rd|th)\b|\b(\d+)(?:st|nd|rd|th) (?:[\w-]+ ){0,4}?meeting(?:['’]s)? minutes\b/iu;

/** A record of a meeting, whatever kind the manifest gave it. */
const MINUTES_TITLE = /議事要旨|議事録|minutes/iu;

/** The number of the meeting whose minutes the question asks about, when it names one. */
export function minutesAsked(question: string): number | undefined {
  const text = question.normalize("NFKC");
  const match = text.match(MINUTES_OF_JA) ?? text.match(MINUTES_OF_EN);
  const number = match?.slice(1).find((group) => group !== undefined);
  return number === undefined ? undefined : Number(number);
}

/** Whether the question names the minutes of a meeting whose minutes are not among the documents. */
export function namesAbsentMinutes(question: string, chunks: readonly Chunk[]): boolean {
  const meeting = minutesAsked(question);
  if (meeting === undefined) return false;
  const record = new RegExp(`第\\s*${meeting}\\s*回`, "u");
  return !chunks.some((chunk) => {
    const title = chunk.title.normalize("NFKC");
    return (chunk.kind === "minutes" || MINUTES_TITLE.test(title)) && record.test(title);
  });
}
