/**
 * What must not be published: placeholders left by the redaction suggestions or by a template (〇〇, (電話番号)…),
 * and doubled brackets that an edit around a placeholder leaves behind (【【, （（). Returns each one found, once.
 */
const PLACEHOLDER_PATTERNS: RegExp[] = [
  /[〇○◯]{2,}/gu,
  /[(（](?:電話番号|メールアドレス|URL|会社名|氏名|人名|組織名|担当者名?|住所)[)）]/gu,
  /[【［[（(「『〔]{2,}|[】］\]）)」』〕]{2,}/gu,
  /[×＊*]{3,}|X{3,}|x{3,}/gu,
];

export function faqPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of PLACEHOLDER_PATTERNS) for (const match of text.matchAll(pattern)) found.add(match[0]);
  return [...found];
}
