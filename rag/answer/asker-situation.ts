/** What the asker says besides the question: asides, and its own situation before it. */

/**
 * A sentence that states (「…と聞きました。」「…気がするんですが。」「…を作っています。」), or gives the asker's reason
 * (「…説明しないといけなくて。」「…説明したいので。」), ending so: what it embeds (「広げたらどうかという話」) asks nothing
 * of the reader.
 */
const STATES =
  /(?:ました|ます|です|でした|だった|した|している|いる|いた|ある|あった|ない|なかった|だ|が|けど|けれど(?:も)?|なくて|ので|ため)$/u;
const REQUESTS = /教えて|ください|知りたい|ほしい|欲しい|たい$|願い/u;

/** 「…説明したいのですが、」「…余裕がないんですけど、」: a clause that tells the asker's situation before the question. */
const SITUATION_CLAUSE =
  /^.*(?:たい|ます|です|ません|ない|ある|いる|した|った|てる)(?:の|ん)?(?:です)?(?:が|けど|けれど(?:も)?)[、,]/u;

/** The asker speaks of itself (うち, 社内, 従業員) or of what it wants to do (説明したいのですが). */
const OWN_SITUATION =
  /うち|弊社|当社|自社|我が社|わが社|私|わたし|社内|弊団体|当団体|当会|従業員|たい(?:の|ん)?(?:です)?(?:が|けど)/u;
/** What the asker heard (「…と聞きました」「…になったそうですが」) is a claim about the topic, not its situation. */
const HEARSAY = /聞き|聞い|そうです|そうだ|らしい|話/u;

/**
 * What the asker says of its own situation before asking: whole sentences that ask nothing, and the clause of the
 * asking sentence that tells it (never all of that sentence). None when the question points back to it (「こういう
 * 場合」): then the situation is the topic.
 */
export function situationOf(text: string, pointsBack: boolean): string[] {
  if (pointsBack) return [];
  const said: string[] = [];
  for (const sentence of text.split(/(?<=[。？?！!])/u)) {
    const clause = sentence.match(SITUATION_CLAUSE)?.[0];
    const piece = isAside(sentence) ? sentence : clause && clause.length < sentence.trim().length ? clause : undefined;
    if (piece && OWN_SITUATION.test(piece) && !HEARSAY.test(piece)) said.push(piece);
  }
  return said;
}

/**
 * The part is a sentence of its own that asks nothing (「前に見た資料だと11物資だった気がするんですが。」): an aside.
 * A piece of a sentence (「…の発足年と」) asks with the rest of it.
 */
export function isAside(text: string): boolean {
  const sentence = text.normalize("NFKC").trim();
  if (!/[。.]$/u.test(sentence) || !/\p{Script=Hiragana}/u.test(sentence)) return false;
  const body = sentence.replace(/[。.]+$/u, "");
  return STATES.test(body) && !/[?？]/u.test(body) && !REQUESTS.test(body);
}

/**
 * 「うちの会社」「我が社」: the asker's own organisation named with a common noun, said as 当社 (当団体): the
 * noun is not a topic to search for. A document's 「子会社」 or 「合併会社」 says nothing of the asker's company.
 */
const ASKER_ORGANISATION =
  /(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])(?:うち|私たち|私ども)の?(会社|企業|組織|団体)|我が社|わが社/gu;

export function askerAsOne(text: string): string {
  return text.replace(ASKER_ORGANISATION, (_, noun?: string) => (noun === "団体" ? "当団体" : "当社"));
}
