/**
 * The document a question says it asks about (「経済安全保障経営ガイドライン案では、」, "according to the draft
 * guidelines"): its words say which document to read, not which of its lines answers.
 */

/** Nouns that name a document or a body of rules. */
const DOCUMENT_NOUN =
  /(ガイドライン|ガイダンス|アクションプラン|プラン|計画|方針|戦略|資料|報告書?|議事要旨|議事録|事例集|指針|基準|ビジョン|白書|法律?|guidelines?|guidance|plan|strategy|policy|material|briefing|deck|slides|report|minutes|case collection|act|law)/iu;

const JAPANESE_FRAME = /^([^。？?]{2,60}?)(では|で|によると|によれば|において|の中では?|に基づく?と)[、,]/u;
const ENGLISH_FRAME = /\b(?:according to|as (?:set out|stated|described) in)\s+(?:the\s+)?([^,?.;]{3,80})/iu;

/** After a clause or at the start, a phrase that ends with a document's kind (「経営ガイドライン案」「…の議事要旨」). */
const NAMED_DOCUMENT =
  "(?:^|[、。])\\s*([^、。？?]{0,40}?(?:ガイドライン|ガイダンス|アクションプラン|資料|報告書|議事要旨|議事録|事例集|指針|白書)(?:案|\\(案\\)|第\\d+版)?)";

/**
 * 「…余裕ないんですけど、経営ガイドライン案だと新しく…」「ガイドライン案ではどう書かれて」: after a clause, a phrase that
 * ends with a document's kind and says では or だと names the source too. Not a law (「この法律では」): a law is what
 * such a question is about.
 */
const JAPANESE_INNER_FRAME = new RegExp(`${NAMED_DOCUMENT}(?:では|だと|によると|によれば)(?![はも])`, "u");

/**
 * 「有識者会議の議事要旨で医薬品の…」「経営ガイドライン案で「…」として」: a document's kind followed by で and the
 * question's own words, without a comma, names the source as well. Not 「…資料である」「…ガイドラインでは」(above).
 */
const JAPANESE_BARE_FRAME = new RegExp(`${NAMED_DOCUMENT}で(?![はもあすし、,])`, "u");

/** The text of the document named as the question's source, or undefined. */
export function sourceFrame(question: string): string | undefined {
  const text = question.normalize("NFKC");
  const japanese = text.match(JAPANESE_FRAME) ?? text.match(JAPANESE_INNER_FRAME) ?? text.match(JAPANESE_BARE_FRAME);
  // 「…ガイドライン案で、」 names a document; a bare 「法律で、」 says by what means.
  const byMeans = japanese?.[2] === "で" && japanese[1]!.replace(DOCUMENT_NOUN, "").length < 2;
  const frame = (byMeans ? undefined : japanese?.[1]) ?? text.match(ENGLISH_FRAME)?.[1];
  return frame && DOCUMENT_NOUN.test(frame) ? frame : undefined;
}

/** "According to the Feb 2024 deck, …", "In METI's December 2025 briefing, …": the source before the question itself. */
const LEADING_ENGLISH_FRAME =
  /^\s*(?:according to|as (?:set out|stated|described) in|in|per|from|under)\s+([^,?.;]{3,80}),/iu;
/** 「2024年2月の資料では、」「経営ガイドライン案によると、」: a document's name and nothing after it but its particle. */
const LEADING_JAPANESE_FRAME = /^([^、,。？?]{2,60}?)(?:では|によると|によれば|において|の中では?)[、,]/u;
/** The frame ends with the document's kind (and its draft or edition): 「…の資料」, "the Feb 2024 deck". */
const ENDS_WITH_DOCUMENT = new RegExp(`${DOCUMENT_NOUN.source}(?:案|\\(案\\)|第\\d+版)?$`, "iu");

/**
 * The question opens with the document it asks about, before a comma (「2024年2月の資料では、…」, "According to the Feb
 * 2024 deck, when …, and what …?"): that source is every part's. A source named inside one part ("the definition in
 * the 2025 briefing, and how did the minister put it in 2022?", 「…資料の時点ではどういう状況で、その後…」) is that
 * part's only.
 */
export function leadsWithSource(question: string): boolean {
  const text = question.normalize("NFKC");
  const frame = (text.match(LEADING_JAPANESE_FRAME) ?? text.match(LEADING_ENGLISH_FRAME))?.[1]?.trim();
  return frame !== undefined && ENDS_WITH_DOCUMENT.test(frame);
}

/** A talk named as the source (「GRIPSの講義では」, "according to the GRIPS lecture"). */
const LECTURE = /(?:講義|講演|講話|lecture|presentation|talk)$/iu;

/**
 * The talk a question names as its source, or undefined: only a name of that kind, not a law, a guideline or a
 * briefing, whose words the question may be about or the value's line may say.
 */
export function lectureFrame(question: string): string | undefined {
  const text = question.normalize("NFKC");
  const frame = (text.match(JAPANESE_FRAME)?.[1] ?? text.match(ENGLISH_FRAME)?.[1])?.trim();
  return frame && LECTURE.test(frame) ? frame : undefined;
}
