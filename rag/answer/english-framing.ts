import { BILINGUAL_GLOSSARY } from "../retrieve/bilingual-glossary.ts";
import { foldForMatch } from "../retrieve/fold.ts";
import type { Chunk, DocumentKind } from "../types.ts";
import { englishDate } from "./english-figures.ts";

const KIND_LABELS: Record<DocumentKind, string> = {
  "action-plan": "action plan",
  guidance: "guidance",
  casebook: "casebook",
  minutes: "meeting minutes",
  briefing: "briefing material",
  faq: "FAQ",
  other: "document",
};

/**
 * Japanese term → its English label, from the bilingual glossary. The glossary maps what users type to what
 * to search, so a phrase may list a term only as a further sense (engineers → 技術者, 人材): a term is labelled
 * by a phrase that lists it first, one that names it alone before one that names others too, the longest first.
 */
const ENGLISH_LABELS = (() => {
  const labels = new Map<string, { english: string; alone: boolean }>();
  for (const [english, japanese] of Object.entries(BILINGUAL_GLOSSARY)) {
    const term = japanese[0];
    // A sense cue ("target for" → 目標) is how a phrase is read, not a name for the term.
    if (term === undefined || term.length < 2 || /\s(?:for|of|to|in|on)$/u.test(english)) continue;
    const alone = japanese.length === 1;
    const known = labels.get(term);
    if (!known || (alone && !known.alone) || (alone === known.alone && english.length > known.english.length))
      labels.set(term, { english, alone });
  }
  return [...labels].map(([term, { english }]) => [term, english] as const).sort((a, b) => b[0].length - a[0].length);
})();

const ISSUER_LABELS: Record<string, string> = {
  経済産業省: "METI",
  内閣府: "the Cabinet Office",
  公正取引委員会: "the JFTC",
};

/** 2025-12-12 → 12 December 2025; 2024-02 → February 2024. */
function documentDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return englishDate(year!, month, day) ?? date;
}

/**
 * "According to METI's briefing material of February 2024, quoted in Japanese:". The document's Japanese title is
 * left to the citation. The title of the section a quote opens with, when there is one, is named as the quote's
 * place ("under 「…」") rather than shown as a line of its own.
 */
export function englishFrame(chunk: Chunk, sectionTitle?: string): string {
  const issuerWord = chunk.issuer?.split(/\s+/)[0] ?? "";
  const issuer = ISSUER_LABELS[issuerWord] ?? ENGLISH_LABELS.find(([term]) => term === issuerWord)?.[1];
  const owner = issuer ? `${issuer}'s ` : "the ";
  const date = chunk.date ? ` of ${documentDate(chunk.date)}` : "";
  const page = chunk.page ? ` (p. ${chunk.page})` : "";
  const under = sectionTitle !== undefined ? `, under 「${sectionTitle}」` : "";
  return `According to ${owner}${KIND_LABELS[chunk.kind]}${date}${page}${under}, quoted in Japanese:`;
}

const PLAIN_TERM = /^(\d+月|第\d+|\d+年|日本|中国|米国|英国|欧州|韓国|台湾|ロシア|インド|カナダ|メキシコ)$/u;

/** English labels of glossary terms in the excerpt, longest first, at most three: "経済安全保障推進法 = economic security promotion act". */
export function englishTerms(text: string): string | undefined {
  const folded = foldForMatch(text);
  const found: [string, string][] = [];
  for (const [term, english] of ENGLISH_LABELS) {
    if (found.length >= 3) break;
    // A Latin term glossed by itself (eu = eu) tells the reader nothing, nor does a month, an ordinal or a
    // country's name (6月 = june, 日本 = japanese): the reader of an English question knows those.
    if (foldForMatch(term) === foldForMatch(english) || PLAIN_TERM.test(term)) continue;
    if (folded.includes(foldForMatch(term)) && !found.some(([longer]) => longer.includes(term)))
      found.push([term, english]);
  }
  return found.length > 0 ? `Terms: ${found.map(([term, english]) => `${term} = ${english}`).join("; ")}.` : undefined;
}
