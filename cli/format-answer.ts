import type { AnswerResult, Citation } from "../rag/types.ts";

export function citationLocation(citation: Pick<Citation, "sectionPath" | "page">): string {
  const parts: string[] = [];
  if (citation.sectionPath.length > 0) parts.push(citation.sectionPath.join(" > "));
  if (citation.page !== undefined) parts.push(`p.${citation.page}`);
  return parts.join(" / ");
}

/** The answer as a person reads it in a terminal. */
export function formatAnswer(result: AnswerResult): string {
  const lines: string[] = [result.answer, ""];
  for (const note of result.notes) lines.push(note);
  if (result.citations.length > 0) {
    lines.push(result.lang === "en" ? "Sources:" : "出典:");
    for (const citation of result.citations) {
      const meta = [citation.issuer, citation.date, citation.version].filter(Boolean).join(", ");
      const location = citationLocation(citation);
      lines.push(`  [${citation.n}] ${citation.title}${meta ? ` (${meta})` : ""}${location ? ` — ${location}` : ""}`);
      if (citation.url) lines.push(`      ${citation.url}`);
      const quote = citation.text.replace(/\s+/g, " ").trim();
      lines.push(`      「${quote.length > 160 ? `${quote.slice(0, 160)}…` : quote}」`);
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
