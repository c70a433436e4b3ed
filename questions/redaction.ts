/** One suggested removal: what was found and what replaces it. */
export interface Redaction {
  kind: "company" | "person" | "email" | "phone" | "url";
  found: string;
}

const PLACEHOLDER = "〇〇";

// Company-form words (株式会社 etc.) with the name written before or after them; "X社" short forms; honorifics after a name.
// Words ending in 様/さん/氏 that are not names.
const NOT_NAMES = /(?:同様|仕様|模様|多様|皆様|一様|異様|有様|各様|皆さん|お客様|みなさん|両氏|同氏|彼氏|氏名)$/u;

// The ministry's own contacts stay: a published FAQ should tell readers where to ask (go.jp is only for government).
const GOVERNMENT_DOMAIN = /@(?:[\w-]+\.)*go\.jp$/i;
const GOVERNMENT_URL = /^https?:\/\/(?:[\w-]+\.)*go\.jp(?:[/:?#]|$)/i;
/** A phone number right after a government body's name (経済産業省 貿易管理課 03-…) is its contact, not a person's. */
const GOVERNMENT_BODY = /(?:省|庁|内閣府|内閣官房|公正取引委員会|経済産業局)/u;

const PATTERNS: {
  kind: Redaction["kind"];
  pattern: RegExp;
  replace: (match: string) => string;
  keep?: (match: string, before: string) => boolean;
}[] = [
  {
    kind: "email",
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    replace: () => "(メールアドレス)",
    keep: (match) => GOVERNMENT_DOMAIN.test(match),
  },
  {
    kind: "url",
    pattern: /https?:\/\/[^\s)」』]+/g,
    replace: () => "(URL)",
    keep: (match) => GOVERNMENT_URL.test(match),
  },
  {
    kind: "phone",
    pattern: /(?:\+81[-\s]?|0)\d{1,4}[-\s(]?\d{1,4}[-\s)]?\d{3,4}/g,
    replace: () => "(電話番号)",
    keep: (_match, before) =>
      GOVERNMENT_BODY.test(
        before
          .split(/[。\n]/u)
          .pop()
          ?.slice(-40) ?? "",
      ),
  },
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
    result = result.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest.find((value): value is number => typeof value === "number") ?? 0;
      if (match.startsWith(PLACEHOLDER) || keep?.(match, result.slice(0, offset))) return match;
      redactions.push({ kind, found: match });
      return replace(match);
    });
  }
  return { text: result, redactions };
}
