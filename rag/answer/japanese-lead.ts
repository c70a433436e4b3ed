import type { Chunk, DocumentKind } from "../types.ts";

const KIND_LABELS: Record<DocumentKind, string> = {
  "action-plan": "アクションプラン",
  guidance: "ガイダンス",
  casebook: "事例集",
  minutes: "議事要旨",
  briefing: "資料",
  faq: "FAQ",
  other: "資料",
};

/** 2025-12-12 → 2025年12月12日; 2024-02 → 2024年2月. */
function japaneseDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
}

/** A body's name (経済産業省, 政策研究大学院大学): what comes after it names its division. */
const BODY = /(?:省|庁|府|委員会|大学|機構|協会|会議所|連合会|本部|銀行)$/u;

/**
 * Who issued the document, when, and what it is: 「経済産業省の資料(2024年2月)」. An issuer's division is left to
 * the citation; a note in brackets (「政府資料(発行元の記載なし)」) says there is none to name, or how the document came
 * about (「taiwa チーム(…から要約)」).
 */
export function japaneseSource(chunk: Chunk): string {
  const named = chunk.issuer?.replace(/[(（].*$/u, "").trim() ?? "";
  const first = named.split(/\s+/)[0] ?? "";
  const issuer = BODY.test(first) ? first : named;
  const kind = KIND_LABELS[chunk.kind];
  const owner = issuer === "" || issuer.endsWith(kind) ? issuer : `${issuer}の${kind}`;
  const date = chunk.date ? `(${japaneseDate(chunk.date)})` : "";
  return `${owner || kind}${date}`;
}

/**
 * The sentence that introduces a quote: where it is from, and the title of the section it is under when the quote
 * opens with one, so the title reads as the quote's place rather than as a line of its own.
 * 「経済産業省の資料(2024年2月)の「産業界との戦略的対話」[1]には、次のとおりあります。」
 */
export function japaneseLead(source: string | undefined, n: number, title?: string): string {
  const place = [source, title ? `「${title}」` : undefined].filter((part) => part !== undefined).join("の");
  return `${place || "資料"}[${n}]には、次のとおりあります。`;
}
