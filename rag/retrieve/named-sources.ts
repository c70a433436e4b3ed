import { escapeRegExp } from "../escape-regexp.ts";
import type { DocumentKind, DocumentMeta } from "../types.ts";
import { englishLexicon, vocabularyEntries } from "./english-lexicon.ts";

/**
 * A question may name its source by who issued it or by what kind of document it is: 「GRIPSの講義資料だと」,
 * 「経産省の資料では」, "according to METI's material", 「議事要旨では」. The answer is then read in those documents
 * only; another body's slide on the same topic is not what the asker pointed to. A body named without a document
 * after it (「経産省の技術流出対策ガイダンス」) names a topic, not the source.
 */

/**
 * What a document is called after its issuer's name, in Japanese: 「の資料」「の講義資料」「が公表した資料」, with a few
 * words between (「の第8回有識者会議資料」「の2024年2月の資料」).
 */
const JAPANESE_DOCUMENT = "(?:の|が(?:出した|公表した|まとめた|作った))[^、。?？!！\\s]{0,12}?(?:資料|スライド|文書)";
/** What a document is called in English after (or before) its issuer's name. */
const ENGLISH_DOCUMENT = "(?:materials?|deck|slides?|lecture|presentation|documents?|paper|briefing|minutes)";
/** The kinds a question names by their own word: the minutes of a meeting. */
const KIND_WORDS: { kind: DocumentKind; pattern: RegExp }[] = [
  // Only as the place to read (「議事要旨では」, "in the minutes"): 「議事録は公開されてる？」 asks about the minutes.
  {
    kind: "minutes",
    pattern:
      /(?:議事要旨|議事録)(?:では|で|に(?:よると|よれば|は)|だと|を見ると|の中で)|\b(?:in|from|according to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?minutes\b/iu,
  },
];

interface NamedDocument {
  docId: string;
  kind: DocumentKind;
  /** The issuer named as the source, as the question may write it: its own name, the glossary's other Japanese for it, its English. */
  patterns: RegExp[];
}

/** The issuer's first word (経済産業省 of 「経済産業省 経済安全保障政策課」), without a bracketed remark. */
function issuerName(issuer: string | undefined): string {
  return (issuer?.split(/\s+/u)[0] ?? "").replace(/[(（].*$/u, "").trim();
}

export class NamedSources {
  private readonly documents: NamedDocument[];
  /** Every issuer's names, lower case: 「GRIPS」 names who wrote a document, not a topic it must cover. */
  private readonly issuers = new Set<string>();

  constructor(documents: readonly DocumentMeta[]) {
    const lexicon = englishLexicon();
    const byId = new Map<string, NamedDocument>();
    for (const meta of documents) {
      if (byId.has(meta.docId)) continue;
      const name = issuerName(meta.issuer);
      const english = name === "" ? [] : [...(vocabularyEntries(name) ?? [])].map((form) => form.toLowerCase());
      // 経産省 for 経済産業省: another Japanese term the glossary gives the same English (METI).
      const japanese = new Set(name === "" ? [] : [name]);
      for (const form of english) for (const term of lexicon.lookup(form)) japanese.add(term.normalize("NFKC"));
      // 「GRIPSの講義資料」: an English name written into a Japanese question.
      const written = [...japanese, ...english.filter((form) => /^[a-z]+$/u.test(form))];
      for (const form of [...japanese, ...english]) this.issuers.add(form.toLowerCase());
      const patterns = [
        ...written.map((form) => new RegExp(`${escapeRegExp(form)}${JAPANESE_DOCUMENT}`, "iu")),
        ...english.flatMap((form) => {
          const issuer = `${escapeRegExp(form)}(?:'s|’s)?`;
          return [
            new RegExp(`\\b${issuer}\\s+(?:[\\w-]+\\s+){0,4}?${ENGLISH_DOCUMENT}\\b`, "iu"),
            new RegExp(`\\b${ENGLISH_DOCUMENT}\\s+(?:by|from|of)\\s+(?:the\\s+)?${issuer}(?![\\w-])`, "iu"),
          ];
        }),
      ];
      byId.set(meta.docId, { docId: meta.docId, kind: meta.kind, patterns });
    }
    this.documents = [...byId.values()];
  }

  /** Whether a word is an issuer's name (GRIPS, METI, 経産省). */
  isIssuer(word: string): boolean {
    return this.issuers.has(word.normalize("NFKC").toLowerCase());
  }

  /** The ids of the documents the question names as its source; empty when it names none, or names them all. */
  namedIn(question: string): string[] {
    const text = question.normalize("NFKC");
    const byIssuer = this.documents.filter(({ patterns }) => patterns.some((pattern) => pattern.test(text)));
    const kinds = KIND_WORDS.filter(({ pattern }) => pattern.test(text)).map(({ kind }) => kind);
    const byKind = this.documents.filter((document) => kinds.includes(document.kind));
    // "METI's meeting minutes": both say which; a body and a kind that share no document leave the body's.
    const both = byIssuer.filter((document) => byKind.includes(document));
    const named = both.length > 0 ? both : byIssuer.length > 0 ? byIssuer : byKind;
    if (named.length === this.documents.length) return [];
    return named.map(({ docId }) => docId);
  }
}
