import type { Citation } from "../../rag/types.ts";
import { linkableUrl } from "../link-url.ts";
import { escapeMarkdown } from "./adaptive-card.ts";

/** `[n]` markers become fullwidth ［n］, linked to the source when it has an http(s) URL. */
export function convertMarkers(answer: string, citations: Citation[]): string {
  const byNumber = new Map(citations.map((citation) => [citation.n, citation]));
  return answer
    .split(/(\[\d+\])/)
    .map((part) => {
      const marker = /^\[(\d+)\]$/.exec(part);
      if (!marker) return escapeMarkdown(part);
      const n = Number(marker[1]);
      const url = linkableUrl(byNumber.get(n)?.url);
      return url ? `[［${n}］](${url})` : `［${n}］`;
    })
    .join("");
}

/** Splits text at line breaks into pieces of at most `maxChars`, cutting long lines where they must be cut. */
export function splitText(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    let rest = line;
    while (rest.length > maxChars) {
      if (current) pieces.push(current);
      current = "";
      pieces.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
    }
    const joined = current ? `${current}\n${rest}` : rest;
    if (joined.length > maxChars) {
      pieces.push(current);
      current = rest;
    } else {
      current = joined;
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces.filter((piece) => piece.trim().length > 0);
}

/** 「第2章 … › (1) …・p. 12・2025-05-30」 */
export function citationLocation(citation: Citation): string {
  const parts = [
    citation.sectionPath.length > 0 ? citation.sectionPath.join(" › ") : undefined,
    citation.page !== undefined ? `p. ${citation.page}` : undefined,
    citation.date,
    citation.version,
  ].filter((part): part is string => Boolean(part));
  return parts.join("・");
}
