/** One suggested removal: what was found and what replaces it. */
export interface Redaction {
  kind: "company" | "person" | "email" | "phone" | "url";
  found: string;
}

const PLACEHOLDER = "〇〇";

// Company-form words (株式会社 etc.) with the name written before or after them; "X社" short forms; honorifics after a name.
// Words ending in 様/さん/氏 that are not names.
const NOT_NAMES = /(?:同様|仕様|模様|多様|皆様|一様|異様|有様|各様|皆さん|お客様|みなさん|両氏|同氏|彼氏|氏名)$/u;

const PATTERNS: {
  kind: Redaction["kind"];
  pattern: RegExp;
  replace: (match: string) => string;
  keep?: (match: string) => boolean;
}[] = [
  { kind: "email", pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, replace: () => "(メールアドレス)" },
  { kind: "url", pattern: /https?:\/\/[^\s)」』]+/g, replace: () => "(URL)" },
  { kind: "phone", pattern: /(?:\+81[-\s]?|0)\d{1,4}[-\s(]?\d{1,4}[-\s)]?\d{3,4}/g, replace: () => "(電話番号)" },
  {
    kind: "company",
    pattern: /(?:株式会社|有限会社|合同会社|\(株\)|（株）|㈱)[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&]{1,20}/gu,
    replace: () => `${PLACEHOLDER}社`,
  },
  {
    kind: "company",
    pattern: /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・&]{1,20}(?:株式会社|有限会社|合同会社|\(株\)|（株）|㈱)/gu,
    replace: () => `${PLACEHOLDER}社`,
  },
  {
    kind: "company",
    pattern: /(?<![〇当弊御貴他各本同])[\p{Script=Katakana}A-Za-z0-9ー]{1,20}社(?![会員長内外])/gu,
    replace: () => `${PLACEHOLDER}社`,
  },
  {
    kind: "person",
    pattern: /[\p{Script=Han}\p{Script=Katakana}]{1,8}(?:様|さん|氏|殿)(?![々])/gu,
    replace: () => `${PLACEHOLDER}様`,
    keep: (match) => NOT_NAMES.test(match),
  },
];

/**
 * A suggestion, not a guarantee: obvious company names, personal names with honorifics, e-mail addresses, phone
 * numbers and URLs replaced by placeholders. The contact still reads and edits the text before publishing.
 */
export function suggestRedactions(text: string): { text: string; redactions: Redaction[] } {
  const redactions: Redaction[] = [];
  let result = text;
  for (const { kind, pattern, replace, keep } of PATTERNS) {
    result = result.replace(pattern, (match: string) => {
      if (match.startsWith(PLACEHOLDER) || keep?.(match)) return match;
      redactions.push({ kind, found: match });
      return replace(match);
    });
  }
  return { text: result, redactions };
}
