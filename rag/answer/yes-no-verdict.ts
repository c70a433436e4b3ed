import { foldForMatch } from "../retrieve/fold.ts";
import type { WeightedTerm } from "./excerpt.ts";

/** What a quoted line says to a yes/no question: "no" when it denies what was asked, "yes" when it grants it. */
export interface Verdict {
  says: "yes" | "no";
  /** The quoted line that says it. */
  line: string;
  /** A no that denies the very words the question says of its topic (「組織を作らないと」 → 「組織の設立…必要はなく」). */
  deniesPredicate?: boolean;
}

/**
 * A question word: the question asks for a thing (誰, どこ, which), not for a yes or a no. なんて asks what only before
 * a verb of saying (「なんて言ってました」); after a noun it is "such as" (「部署なんて作れない」). 「何か対応を義務づける
 * ものですか」: 何か before more words is "anything", and the question still asks yes or no.
 */
const JA_QUESTION_WORD =
  /何(?!か[^?？。\s])|なに(?!か[^?？。\s])|なん(?:で(?!す|しょ)|の|と|て(?=言|い[うっわ]|書|呼|読))|誰|だれ|どなた|どこ|いつ|どう|どの|どれ|どんな|なぜ|いくつ|いくら|どちら|どっち/u;
const EN_QUESTION_WORD = /\b(?:who|whom|whose|what|where|when|which|how|why)\b/iu;
/**
 * 「〜ないのですか」「Isn't」: a negated question turns a yes into a no; it is not read at all. Read in the clause that
 * asks (the last one): 「余裕ないんですけど、…」 is background, and 「作らないとダメ」「しなければ」「守らないといけない」 say "must".
 */
const NEGATED_QUESTION = /ない|ません|ず[にの]|\bnot\b|n't\b/iu;
const MUST =
  /な(?:いと|ければ|くては|きゃ)(?:ダメ|だめ|駄目|いけな[いく]|いけません|ならな[いく]|なりません|いけ|なら)?/gu;

function askingClause(question: string): string {
  const clauses = question.split(/[、。,]|(?<=[?？])/u).filter((clause) => clause.trim() !== "");
  return (clauses.at(-1) ?? question).replace(MUST, "");
}

/**
 * 「〜って話、会議で出てた？」「Did anyone suggest…」: whether something was said is answered by the remark itself, and
 * a denial inside the remark (「会話ができない」) is what was said, not a no.
 */
const ASKS_WHAT_WAS_SAID_JA =
  /出て(?:た|い|ま)|出まし|言及|指摘|議論|話題|話[はもがを]|取り上げ|触れ|発言|意見|声|言って|言われ|述べ|提起|提案|要望|コメント/u;
const ASKS_WHAT_WAS_SAID_EN =
  /\b(?:mention|raise|suggest|discuss|say|said|point(?:ed)? out|propos|comment|talk|argue|call(?:ed)? for|question(?:ed)?\s+(?:whether|how|if|why|what|the)\b|doubt|criticis|criticiz|warn|express(?:ed)?\s+concern)/iu;

/**
 * A clause that denies: 「義務を課すものではなく」「制限する法令はない」「必要はありません」「不要」.
 * 「〜しなければならない」 requires, 「〜が必要ではないか」 proposes, 「〜とは限らない」 hedges and 「少ない」 is no denial:
 * none of them is read.
 */
const DENIES = /(?:ではな|でもな|じゃな|はな|がな|もな|できな|られな|しな)[いくか]|ません|不要|せず/u;
const NOT_A_DENIAL =
  /な[いく]か|なければ|なくては|ないと(?:いけ|なら)|ざるを得|限らな|かもしれな|に違いな|少な|危な|ないわけでは|なくはな|な[いく](?:場合|こと|ケース)(?:も|が)/u;
/** 「〜することができる」「可能」: the quoted line grants what a 「できますか」 question asks. */
const GRANTS = /(?:ことが|は|も)?でき(?:る|ます)(?!か)|可能(?:である|です|となる|とな)/u;
const ASKS_ABILITY_JA = /でき(?:る|ます)|可能/u;
const ASKS_ABILITY_EN = /(?:^|[.?!,]\s+)(?:can|could|may)\b|\b(?:allowed|permitted|possible|able)\b/iu;

/** The question's own words a clause must say for its yes or no to be about the question: no particles, no lone kanji. */
function telling(terms: readonly WeightedTerm[]): string[] {
  return terms.flatMap(({ term }) => {
    if (term.length >= 2 && !/\p{Script=Hiragana}/u.test(term)) return [term];
    // An adjective tells by its stem, as it reads in any of its forms: 新しい → 新し (新しく作る, 新しい組織).
    const stem = ADJECTIVE.exec(term)?.[1];
    return stem !== undefined && stem.length >= 2 ? [stem] : [];
  });
}

/** An adjective: kanji, at most one kana of its stem, and い. */
const ADJECTIVE = /^(\p{Script=Han}+\p{Script=Hiragana}?)い$/u;

/**
 * The clause ends on its denial (「法令はない」「義務を課すものではなく」「要するものではないと考えております」): a denial
 * inside the clause (「想定できないような懸念」) says no about something else.
 */
function endsDenying(clause: string): boolean {
  const match = DENIES.exec(clause);
  if (!match || NOT_A_DENIAL.test(clause)) return false;
  const rest = clause.slice(match.index + match[0].length);
  return rest.length <= 4 || /^と(?:考え|され|思|して)/u.test(rest);
}

function clausesOf(line: string): string[] {
  return foldForMatch(line)
    .split(/[、。,;；]/u)
    .filter((clause) => clause.length > 0);
}

/** What a yes/no question leaves to its quoted lines, or nothing when it asks for a thing, asks what was said, or is negated. */
export interface VerdictAsked {
  /** 「できますか」, "can": a granting line answers yes. */
  asksAbility: boolean;
  /** 「…は対象に入っていますか」「含まれますか」: the items of a list that name the asked things answer yes. */
  asksMembership?: boolean;
  /** The question's topic phrases, folded: a piece of one (技術流出 of 技術流出対策ガイダンス) is no topic of its own. */
  focus: readonly string[];
  /**
   * What a Japanese question says of its topic, folded: the asking clause after its topic particle (「対象リストに入って
   * いますか」 of 「電子顕微鏡の技術は対象リストに入っていますか」). Empty for an English question.
   */
  predicate: string;
}

/** 「入っていますか」「含まれますか」「対象になりますか」「該当しますか」: whether things are among a list's items. */
const ASKS_MEMBERSHIP = /入って(?:い|ま|る)|入りま|含まれ|対象(?:に|と)な|該当し/u;
/** A list's item that names a thing (「⑬正負極バインダ」), not a statement about it. */
const MAX_ITEM_CHARS = 30;
/** A list's title or label, not a statement. */
const MAX_LABEL_CHARS = 20;
/** A numbered or bulleted item: 「⑬正負極バインダ」「- 電解銅箔」「(3) …」. */
const ITEM_LINE = /^\s*(?:[①-⑳]|[-・•]\s|[(（]\d{1,2}[)）]|\d{1,2}[.．]\s?)/u;

export function verdictAsked(question: string, focus: readonly string[] = []): VerdictAsked | undefined {
  const asked = question.normalize("NFKC");
  if (
    [JA_QUESTION_WORD, EN_QUESTION_WORD, ASKS_WHAT_WAS_SAID_JA, ASKS_WHAT_WAS_SAID_EN].some((pattern) =>
      pattern.test(asked),
    ) ||
    NEGATED_QUESTION.test(askingClause(asked))
  )
    return undefined;
  return {
    asksAbility: ASKS_ABILITY_JA.test(asked) || ASKS_ABILITY_EN.test(asked),
    asksMembership: ASKS_MEMBERSHIP.test(askingClause(asked)),
    focus,
    predicate: /\p{Script=Hiragana}/u.test(asked) ? predicateOf(askingClause(asked)) : "",
  };
}

/**
 * 「って」「は」「とは」「については」: what comes after the last one says something of the topic before it. A verb's
 * 「って」 goes on into the verb (入っています, 持っている), a topic's does not.
 */
const TOPIC_MARK = /(?:については|とは|って(?![いるたまおくきもしあ])|は(?![じ]))/gu;

function predicateOf(clause: string): string {
  let end = -1;
  for (const match of clause.matchAll(TOPIC_MARK)) end = match.index + match[0].length;
  return foldForMatch(end >= 0 ? clause.slice(end) : clause);
}

/**
 * The yes or no the lines give, when one clause plainly says it about the question's own words: a denial for any
 * yes/no question, a grant only for 「できますか」. A clause is about the question when it says one of its topic
 * phrases whole (転職そのもの, 企業) or a word of the question outside them (義務, 組織, 制限): 「技術流出に対して
 * 過度に委縮するのではなく」 only shares a piece of 「技術流出対策ガイダンス」, and its denial is about something else.
 * Anything less plain gets no verdict, and the quote is left to speak for itself.
 */
export function verdictIn(
  lines: readonly string[],
  terms: readonly WeightedTerm[],
  { asksAbility, asksMembership, focus, predicate }: VerdictAsked,
): Verdict | undefined {
  const told = telling(terms);
  const words = told.filter((word) => !focus.some((phrase) => phrase !== word && phrase.includes(word)));
  const phrases = focus.filter((phrase) => phrase.length >= 2);
  const about = (line: string) =>
    clausesOf(line).filter(
      (clause) => words.some((word) => clause.includes(word)) || phrases.some((phrase) => clause.includes(phrase)),
    );
  // A no denies what the question says of its topic: 「対象リストに入っていますか」 is not denied by 「技術移転を止める
  // ことが目的ではなく」, which shares only the topic's words with it.
  const predicateWords = told.filter((word) => predicate.includes(word));
  const deniesPredicate = (clause: string) =>
    predicateWords.length === 0 || predicateWords.some((word) => clause.includes(word));
  const denying = lines.find((line) => about(line).some((clause) => endsDenying(clause) && deniesPredicate(clause)));
  if (denying !== undefined)
    return {
      says: "no",
      line: denying,
      // The denying clause says a word of the predicate (組織 of 「組織を作らないと」); whether things are on a list is
      // answered by its items, not by a denial beside them.
      deniesPredicate: !asksMembership && predicateWords.length > 0,
    };
  // 「正負極バインダやセパレータ製造装置は事前報告の対象に入っていますか」 answered by the list's items 「⑬正負極バインダ」
  // 「⑮セパレータ製造装置」: every quoted line is an item that names an asked thing.
  const named = (line: string) => phrases.some((phrase) => phrase.length >= 3 && foldForMatch(line).includes(phrase));
  const items = lines.filter((line) => ITEM_LINE.test(line));
  // The list's title and labels (「事前報告の対象技術」「今般の追加」) stand beside its items.
  const labels = lines.filter((line) => !ITEM_LINE.test(line));
  if (
    asksMembership &&
    items.length > 0 &&
    items.every((line) => named(line) && line.length <= MAX_ITEM_CHARS && !/[。、]/u.test(line)) &&
    labels.every((line) => line.length <= MAX_LABEL_CHARS && !/[。.]/u.test(line))
  )
    return { says: "yes", line: items[0]! };
  if (!asksAbility) return undefined;
  const granting = lines.find((line) =>
    about(line).some((clause) => GRANTS.test(clause) && !NOT_A_DENIAL.test(clause)),
  );
  return granting !== undefined ? { says: "yes", line: granting } : undefined;
}
