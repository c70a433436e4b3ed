import type { IpadicFeatures } from "kuromoji";
import { DOMAIN_SYNONYM_GROUPS } from "../retrieve/domain-synonyms.ts";
import { englishLexicon, numberWordsAsDigits } from "../retrieve/english-lexicon.ts";
import {
  acronymsOf,
  type DocumentWords,
  detectLanguage,
  type PassagesWriting,
  translateEnglishQuery,
  writtenLatinNames,
} from "../retrieve/query-analyzer.ts";
import { sourceDates } from "../retrieve/source-dates.ts";
import type { AskedType, Language } from "../types.ts";
import {
  askedTypeOf,
  endsOnTopic,
  LISTING_VERBS,
  normsAsked,
  QUESTION_ADVERBS,
  QUESTION_DETERMINERS,
  QUESTION_WORDS,
  REQUEST_VERBS,
  WRITTEN_ITSU,
} from "./asked-type.ts";
import { opensWithItemCount } from "./asked-values.ts";
import { analyzeEnglish } from "./english-question.ts";
import { EVENT_WORDS } from "./event-words.ts";
import { joinedTopics } from "./joined-topics.ts";
import { lawWord } from "./named-laws.ts";
import { negatedStems } from "./negated-terms.ts";
import { nounClassOf } from "./noun-classes.ts";

export type { AskedType };

export interface QuestionPart {
  text: string;
  askedType: AskedType;
  /** Content nouns of this part (key phrases), falling back to the whole question's. */
  focus: string[];
  /** The part has no topic of its own (「あと制度自体はいつから？」): it is about the question's topic. */
  elliptical: boolean;
  /** The part's own content nouns, even when elliptical (「正式版はいつごろ」 → 正式版): what it adds to the question. */
  ownFocus: string[];
  /** The noun a question determiner asks about (どんな声 → 声, どの技術分野 → 技術分野): what the listed items are. */
  askedNoun?: string;
  /** The part points back into the question (「こういう悩みって」): its topic is in the earlier sentences. */
  refersBack: boolean;
  /**
   * The subject of a claim the asker heard (「医療分野が加わるという話」 → 医療分野), with the nouns it is of: what the
   * part asks to confirm or asks about, which a line must name to answer it.
   */
  subject?: string[];
  /**
   * A date, count or amount part whose topic is an act done to something (「医療分野の追加は、いつから」 → 医療分野): the
   * value's line must name it.
   */
  actedOn?: string[];
  /** What the part asks the date of, as verbal nouns (「いつ国会に提出される」 → 提出, 「いつ成立して、いつ施行？」). */
  events?: string[];
  /** Topics the part joins as equals (「初版、改訂版、再改訂版はそれぞれ」): the answer gives the asked value for each. */
  joined?: string[];
}

export interface QuestionAnalysis {
  lang: Language;
  /** The first part's asked type. */
  askedType: AskedType;
  /** What the question is about: its content noun phrases, minus question words and generic nouns. */
  focus: string[];
  /** One per thing asked (「…も教えて」, 「また」, 「あと」, a second sentence that asks). */
  parts: QuestionPart[];
  /** A first-person actor asks whether the law allows, forbids or requires something of it. */
  ownCase: boolean;
  /** False for a follow-up that needs the thread's earlier question (これ/それ, ellipsis, no topic of its own). */
  standsAlone: boolean;
  /** English questions: the translated words of a focus phrase that joins several (see english-question.ts). */
  phraseWords?: Record<string, string[]>;
  /**
   * English questions: the documents may say a focus phrase by another sense of the same English (prior notification:
   * 事前報告 or 事前届出).
   */
  otherSenses?: Record<string, string[]>;
  /** Japanese questions: the nouns a negating prefix turns (非上場 of 非上場会社; see negated-terms.ts). */
  negated?: string[];
}

/** The part of the tokenizer the analysis needs (kuromoji morphemes). */
export interface Morphology {
  morphemes(text: string): IpadicFeatures[];
}

const ANAPHORA = new Set([
  "これ",
  "それ",
  "その",
  "この",
  // 「こういう状況って」「そうした動きは」: the situation the sentence before describes.
  "こういう",
  "そういう",
  "こうした",
  "そうした",
  "あれ",
  "あの",
  "そちら",
  "こちら",
  "同",
  "上記",
  "前述",
  "そこ",
]);
/** First-person names kuromoji splits (我が/社, 私/たち). */
const FIRST_PERSON_COMPOUND = /(我が社|わが社|私たち|私ども|わたしたち|弊社|当社|自社)/u;
const FIRST_PERSON = new Set([
  "当社",
  "弊社",
  "自社",
  "我が社",
  "わが社",
  "うち",
  "私",
  "わたし",
  "我々",
  "われわれ",
  "私ども",
  "弊団体",
  "当団体",
  "当会",
  "僕",
]);
/** Predicates that ask whether the law allows, forbids or requires something. */
const LEGALITY = new Set([
  "違反",
  "抵触",
  "違法",
  "適法",
  "合法",
  "許す",
  "許可",
  "届出",
  "届け出",
  "届ける",
  "該当",
  "当たる",
  "大丈夫",
  "ok",
  "セーフ",
  "アウト",
  "罰",
  "処罰",
  "通る",
  "免れる",
  "認める",
  "カルテル",
  "談合",
  "引っかかる",
  "まずい",
  "罰する",
  "罰せる",
  // 「訴えたら勝てますか」: how a dispute of the asker's own would end.
  "勝つ",
  "勝てる",
]);
/** Acts by which an authority admits an applicant: whether the asker's own company will be admitted is a ruling. */
const ELIGIBILITY = new Set(["認定", "承認", "選定", "指定"]);
/** 「認定してもらえる」「認定される」「認定を受けられる」: the act received by the asker. */
const GRANTED = new Set(["もらえる", "もらう", "いただける", "れる", "られる", "受けられる"]);
const FOLLOW_UP_OPENERS = new Set(["では", "じゃあ", "じゃ", "それでは", "なら", "ちなみに", "他に", "ほかに"]);
const PART_CONJUNCTIONS = new Set(["また", "あと", "それと", "さらに", "加えて", "あわせて", "併せて", "次に"]);

/** Names the domain dictionary knows: one of them is one topic, generic parts and all (意見募集, not 募集). */
const KNOWN_NAMES = new Set(DOMAIN_SYNONYM_GROUPS.flat());

/**
 * The phrase names something done, not a thing: a verb's stem used as a noun (見直し, 取り組み, 引き上げ). A date
 * is of what such an act is done to; the documents often word the act otherwise (見直し as 検討). Verbal nouns
 * (輸出, 投資) are left out: they name topics as often as acts.
 */
export function namesAction(phrase: string, morphology: Morphology): boolean {
  const tokens = morphology.morphemes(phrase);
  return (
    tokens.length === 1 &&
    tokens[0]!.pos === "名詞" &&
    /^\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}]*[いきしちにみりぎじびえけせてねめれげ]$/u.test(phrase)
  );
}

const COUNTED_WORDS = new Set(["何", "なん", "幾"]);
const QUANTIFIERS = new Set(["全部", "全て", "すべて"]);

/** A counter or a one-character unit (年, 月, 件, %, か国) as it follows 何. */
function countsWith(token: IpadicFeatures): boolean {
  return token.pos === "名詞" && (token.pos_detail_1 === "接尾" || [...token.surface_form].length === 1);
}

/**
 * Prefixes that pick out one of the noun's kind (再改訂 is not the first 改訂) or its opposite (非貿易的関心事項 is not
 * 貿易); honorifics (ご, お) and 各/全 do not.
 */
const SENSE_PREFIXES = new Set(["再", "新", "旧", "前", "元", "副", "準", "超", "脱", "反", "非", "未", "不", "無"]);

/** Content noun runs of a token list (the key phrases), without question words, generic nouns or the asker. */
function focusOf(tokens: IpadicFeatures[]): string[] {
  const focus: string[] = [];
  let run: IpadicFeatures[] = [];
  const flush = (next?: IpadicFeatures) => {
    // A lone verbal noun used as the verb (成立しました, 検討されて, 公表される) is the predicate, not the topic.
    if (run.length === 1 && run[0]!.pos_detail_1 === "サ変接続" && next?.pos === "動詞" && next.basic_form === "する") {
      run = [];
      return;
    }
    const whole = run.map((token) => token.surface_form).join("");
    // Generic nouns at either end (資料の内容 → 資料, 件) are dropped, but not inside a name: 重要経済安保情報保護活用法.
    // 「全部施行」: a quantifier says how much of the act, not what it is done to.
    const generic = (token: IpadicFeatures) =>
      nounClassOf(token.surface_form) === "generic" || QUANTIFIERS.has(token.surface_form);
    // 「ものづくり補助金」: a suffix (づくり) does not open a name; the generic noun it is made of stays. A suffix that
    // ends the phrase (法律上) only says how: the phrase names nothing.
    const nonGeneric = run.findIndex((token) => !generic(token));
    const last = run.findLastIndex((token) => !generic(token));
    const first =
      nonGeneric > 0 && nonGeneric < last && run[nonGeneric]!.pos_detail_1 === "接尾" ? nonGeneric - 1 : nonGeneric;
    const words = KNOWN_NAMES.has(whole) ? run : first < 0 ? [] : run.slice(first, last + 1);
    const phrase = words.map((token) => token.surface_form).join("");
    // A number, a prefix or a suffix alone (5, 第, 的) names no topic.
    const named =
      words.some((token) => token.pos === "名詞" && token.pos_detail_1 !== "数" && token.pos_detail_1 !== "接尾") ||
      (words.some((token) => token.pos_detail_1 === "数") && words.length > 1);
    if (named && (phrase.length > 1 || /\p{Script=Han}/u.test(phrase)) && !focus.includes(phrase)) focus.push(phrase);
    run = [];
  };
  let previous: IpadicFeatures | undefined;
  let skipTo = 0;
  for (const [at, token] of tokens.entries()) {
    if (at < skipTo) continue;
    const surface = token.surface_form;
    // 「約9,500億円」: a thousands separator keeps the number whole.
    if (/^[,，]$/u.test(surface) && previous?.pos_detail_1 === "数" && tokens[at + 1]?.pos_detail_1 === "数") {
      run.push(token);
      previous = token;
      continue;
    }
    // 「何年何月」「何件」: the counter after 何 is part of the question word, not a topic (月 would match any date).
    const counter = previous !== undefined && COUNTED_WORDS.has(previous.surface_form) && countsWith(token);
    previous = token;
    if (counter) {
      flush(token);
      continue;
    }
    // 「正確には」「具体的に」: an adjective's stem said as an adverb, alone, is how the asker asks, not what about.
    const adverbial =
      run.length === 0 &&
      token.pos_detail_1 === "形容動詞語幹" &&
      tokens[at + 1]?.surface_form === "に" &&
      tokens[at + 1]?.pos === "助詞";
    // 「どう扱われるかもお願い」「なっているかご教示」: after a verb, か is the question's particle, though kuromoji reads
    // かも (鴨) or かご (籠); 「あるそうです」 is hearsay; kana it knows no word for (「…なきゃいけない」 cut after なき) are
    // a verb's ending.
    const misread =
      (/^か\p{Script=Hiragana}/u.test(surface) && ["動詞", "助動詞"].includes(tokens[at - 1]?.pos ?? "")) ||
      token.pos_detail_1 === "特殊" ||
      (token.word_type === "UNKNOWN" && /^\p{Script=Hiragana}+$/u.test(surface));
    const noun =
      (token.pos === "名詞" &&
        !adverbial &&
        !misread &&
        !["非自立", "代名詞"].includes(token.pos_detail_1) &&
        !FIRST_PERSON.has(surface) &&
        !PART_CONJUNCTIONS.has(surface) &&
        !/^[\p{P}\p{S}]+$/u.test(surface)) ||
      (token.pos === "接頭詞" && token.pos_detail_1 === "数接続") ||
      // kuromoji reads the ド of ドローン as a prefix to ローン (loan): a katakana word is not cut.
      (token.pos === "接頭詞" && /^\p{Script=Katakana}+$/u.test(surface)) ||
      // 「再改訂」「新制度」「旧法」: the prefix says which one, and 改訂 alone is another revision.
      (token.pos === "接頭詞" && SENSE_PREFIXES.has(surface) && tokens[at + 1]?.pos === "名詞");
    // 「みなし輸出」: a term the asker sets in brackets is one phrase, though kuromoji reads a verb in it (みなし).
    const term = noun ? undefined : bracketedTerm(tokens, at);
    if (term) {
      flush(token);
      run = term;
      flush();
      skipTo = at + term.length + 1;
    } else if (noun && !QUESTION_WORDS.has(surface)) run.push(token);
    else flush(token);
  }
  flush();
  return focus;
}

/** The words inside 「…」 when they are one term: nouns with a verb stem among them, and no particle. */
function bracketedTerm(tokens: IpadicFeatures[], at: number): IpadicFeatures[] | undefined {
  if (tokens[at]!.surface_form !== "「") return undefined;
  const close = tokens.findIndex((token, after) => after > at && token.surface_form === "」");
  const inner = tokens.slice(at + 1, close);
  if (close < 0 || inner.length < 2 || inner.length > 4) return undefined;
  const wordLike = inner.every(
    (token) => token.pos === "名詞" || (token.pos === "動詞" && token.pos_detail_1 === "自立"),
  );
  return wordLike && inner.some((token) => token.pos === "動詞") && inner.at(-1)!.pos === "名詞" ? inner : undefined;
}

/** 「知りたい」「確認したい」「教えてもらいたい」: wanting to learn is how a question is put, not a plan of the asker's. */
const ASKING_VERBS = new Set([
  "知る",
  "確認",
  "聞く",
  "伺う",
  "教える",
  "理解",
  "把握",
  "調べる",
  "尋ねる",
  "質問",
  "相談",
  "見る",
  "読む",
  "説明",
  "整理",
  "もらう",
  "いただく",
]);

/** The end of a clause that sets the scene before the question (「…予定ですが、」「…検討中です。」). */
const BACKGROUND_END = new Set(["が", "けど", "けれど", "けれども", "ので", "。", "、"]);

/**
 * The asker states a plan of their own before asking (「送るつもりですが」「見せる予定ですが」「技術移転を検討中です。」
 * 「毎月共有する計画です。」「共同調達しようと考えています。」): the asker is the actor, though no pronoun says so. Said in a clause that ends
 * before the question, not in the question itself (「正式版は公表される予定ですか」 asks about someone else's plan).
 */
function statesOwnPlan(tokens: IpadicFeatures[]): boolean {
  // The clause ends within a few tokens of the plan's last word (「…予定|です|が」「…考え|て|い|ます|。」).
  const endsClause = (last: number, within: number) =>
    tokens.slice(last + 1, last + 1 + within).some((token) => BACKGROUND_END.has(token.surface_form));
  return tokens.some((token, at) => {
    const before = tokens[at - 1];
    if (["つもり", "予定", "計画"].includes(token.surface_form) && before?.pos === "動詞") return endsClause(at, 3);
    if (token.surface_form === "中" && before?.surface_form === "検討") return endsClause(at, 3);
    // しよう/送ろう と 考える/思う
    if (token.pos !== "助動詞" || !["う", "よう"].includes(token.basic_form)) return false;
    const thought =
      tokens[at + 1]?.surface_form === "と" && ["考える", "思う"].includes(tokens[at + 2]?.basic_form ?? "");
    // 「共有しようという話が出てる。」: a plan told as talk on the asker's side.
    const talked =
      tokens[at + 1]?.surface_form === "という" && ["話", "案"].includes(tokens[at + 2]?.surface_form ?? "");
    return (thought || talked) && endsClause(at + 2, 5);
  });
}

/**
 * 「うちも認定を取るべきか迷っています。取るべきですか？」: after telling their own situation, the asker asks whether
 * they should, which only their company can decide. 「当社は責任者を誰にすべきですか」 asks who, and a bare
 * 「当社も担当役員を置くべきですか」 tells no situation: neither is such a decision.
 */
function decidesOwnCase(tokens: IpadicFeatures[], part: IpadicFeatures[], askedType: AskedType): boolean {
  // べき ends the question (「取るべきですか」), not a quoted rule (「置くべきとされていますか」 asks what the text says).
  const should = part.some(
    (token, at) =>
      token.basic_form === "べし" && ["か", "です", "でしょ", "だろ", "?"].includes(part[at + 1]?.surface_form ?? ""),
  );
  if (askedType !== "yes-no" || !should) return false;
  const start = tokens.indexOf(part[0]!);
  return tokens.slice(0, Math.max(0, start)).some((token) => FIRST_PERSON.has(token.surface_form));
}

/** The verb 〜たい is said of: 書かせたい → 書く, 確認したい → 確認 (the noun before する). */
function plannedVerb(tokens: IpadicFeatures[], at: number): string {
  let verb = at - 1;
  while (verb >= 0 && tokens[verb]!.pos !== "動詞") verb--;
  // 書かせたい: the causative せる is said of the verb before it.
  while (verb > 0 && tokens[verb]!.pos_detail_1 === "接尾") verb--;
  const token = tokens[verb];
  if (!token) return "";
  if (token.basic_form === "する" && verb > 0) return tokens[verb - 1]!.surface_form;
  return token.basic_form;
}

/** 「労働法上」「法律上」「法令上」: the words before a predicate put it under a law. */
function underLaw(before: IpadicFeatures[]): boolean {
  return before.some(
    (token, at) =>
      token.surface_form === "上" && /(?:法|法律|法令|規則|規程)$/u.test(before[at - 1]?.surface_form ?? ""),
  );
}

/**
 * A part asks a legality question when it holds a legality predicate (違反, 許可, 届出, 該当, 問題ない …)
 * and asks whether rather than what, when or how (「許可申請の方法は」 is a procedure question).
 */
function asksLegality(tokens: IpadicFeatures[], askedType: AskedType): boolean {
  if (!["yes-no", "definition", "comparison"].includes(askedType)) return false;
  return tokens.some((token, at) => {
    const base = (token.basic_form === "*" ? token.surface_form : token.basic_form).toLowerCase();
    if (base === "問題")
      return ["ない", "なし", "あり", "ある", "に", "ありません"].includes(tokens[at + 1]?.basic_form ?? "");
    // 「法的に有効か」「法的に問題ないか」 ask for a ruling; 「法的な根拠」 names a basis.
    if (base === "法的") return tokens[at + 1]?.surface_form === "に";
    // 「この配置転換は労働法上有効でしょうか」: valid or void under a law is a ruling; 「有効な対策」 is not.
    if (base === "有効" || base === "無効") return underLaw(tokens.slice(Math.max(0, at - 3), at));
    // 「事前報告の対象になりますか」: whether a rule reaches the case.
    if (base === "対象") return tokens[at + 1]?.surface_form === "に" && tokens[at + 2]?.basic_form === "なる";
    // 「規制対象ですか」「規制されますか」 ask whether a rule reaches the case; 規制 in a name (リスト規制品) does not.
    if (base === "規制") return tokens[at + 1]?.surface_form === "対象" || tokens[at + 1]?.basic_form === "する";
    // 「当社が採択されるかどうか」: whether the asker's own application will be chosen; 「管理しないと採択されない」
    // asks about the requirement, whoever applies.
    if (base === "採択")
      return tokens.slice(Math.max(0, at - 3), at).some((before) => FIRST_PERSON.has(before.surface_form));
    // 「うちでも…適合事業者として認定してもらえますか」: whether the asker will be certified, which only the authority
    // decides; 「認定を受けるには何が必要」 asks the requirements, whoever applies.
    if (ELIGIBILITY.has(base))
      return (
        tokens.slice(0, at).some((before) => FIRST_PERSON.has(before.surface_form)) &&
        tokens.slice(at + 1, at + 5).some((after) => GRANTED.has(after.basic_form))
      );
    return LEGALITY.has(base);
  });
}

/**
 * 「どのような観点」 is read like 「どんな観点」: kuromoji splits it into どの/よう/な, which would otherwise read as
 * 「どのように」 (how to).
 */
function withDeterminers(tokens: IpadicFeatures[]): IpadicFeatures[] {
  const merged: IpadicFeatures[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const [token, next, after, noun] = [tokens[at]!, tokens[at + 1], tokens[at + 2], tokens[at + 3]];
    if (
      token.surface_form === "どの" &&
      next?.surface_form === "よう" &&
      after?.surface_form === "な" &&
      noun?.pos === "名詞"
    ) {
      merged.push({ ...token, surface_form: "どのような", basic_form: "どのような" });
      at += 2;
    } else merged.push(token);
  }
  return merged;
}

/** A verb told in the past (「…と聞きました」「知りました」): the asker's background, not a request. */
function narrated(tokens: IpadicFeatures[], at: number): boolean {
  return tokens.slice(at + 1, at + 4).some((token) => token.pos === "助動詞" && token.basic_form === "た");
}

/** A verb in its plain form before a noun or だけ (「技術を教えるだけでも」「挙げる企業」) describes; it requests nothing. */
function modifies(tokens: IpadicFeatures[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    tokens[at]!.conjugated_form === "基本形" &&
    (next?.pos === "名詞" || (next?.pos_detail_1 === "副助詞" && ["だけ", "のみ", "ほど"].includes(next.surface_form)))
  );
}

/** Verbs of telling others: the asker who wants to (説明したい) plans to tell someone, it asks nothing. */
const TELLING_VERBS = new Set(["教える", "挙げる", "説明", "示す"]);

/**
 * 「社内研修で説明しないといけなくて。」「役員に説明したいので。」: a request verb negated (an obligation) or a verb of
 * telling that the asker wants to do is the asker's own task, not a request to the reader.
 */
function ownDuty(tokens: IpadicFeatures[], at: number): boolean {
  const verb = tokens[at]!;
  const next = tokens[at + 1]?.basic_form === "する" ? at + 2 : at + 1;
  const after = tokens[next];
  if (after?.pos !== "助動詞") return false;
  return (
    ["ない", "ぬ", "ん"].includes(after.basic_form) ||
    (after.basic_form === "たい" && TELLING_VERBS.has(verb.basic_form))
  );
}

/** Verbs of learning: wanting to do them is asking. */
const KNOWING_VERBS = new Set(["知る", "聞く", "伺う", "教える", "確認", "尋ねる", "質問", "理解", "把握", "調べる"]);

/** Whether a sentence asks something: a question word, a request, or a question ending. */
function asks(tokens: IpadicFeatures[]): boolean {
  const text = tokens.map((token) => token.surface_form).join("");
  if (/[?？]\s*$/u.test(text) || alsoElided(tokens)) return true;
  if (givesReason(tokens)) return false;
  // 「施行はいつからでしょう。」: after は kuromoji reads いつ as い/つ, so no token is the question word; the text still is.
  if (WRITTEN_ITSU.test(text)) return true;
  // A bare noun phrase (「概要と」 before 「…も教えて」, 「罰則は?」) is a thing asked for.
  if (
    !tokens.some((token) => token.pos === "動詞" || token.pos === "助動詞") &&
    tokens.some((token) => token.pos === "名詞")
  )
    return true;
  return tokens.some(
    (token, at) =>
      QUESTION_WORDS.has(token.surface_form) ||
      QUESTION_DETERMINERS.has(token.surface_form) ||
      token.surface_form in QUESTION_ADVERBS ||
      (REQUEST_VERBS.has(token.basic_form) && !narrated(tokens, at) && !modifies(tokens, at) && !ownDuty(tokens, at)) ||
      (token.surface_form === "か" && token.pos === "助詞" && at >= tokens.length - 3),
  );
}

/**
 * 「申請準備で何を用意すべきか社内で整理したくて。」「来週の勉強会で紹介するので。」: a sentence that ends on why the asker
 * asks tells the purpose, though it holds a question word; the question is the sentence before it.
 */
function givesReason(tokens: IpadicFeatures[]): boolean {
  const words = tokens.filter((token) => token.pos !== "記号");
  const last = words.at(-1);
  if (!last) return false;
  // 「背景も知りたいので。」「確認したくて。」: what the asker wants to learn is asked, whatever the clause ends on.
  const wants = words.findLastIndex((token) => token.pos === "助動詞" && token.basic_form === "たい");
  if (wants >= 0 && KNOWING_VERBS.has(plannedVerb(words, wants))) return false;
  if (last.surface_form === "て" && words.at(-2)?.basic_form === "たい") return true;
  return (last.pos === "助詞" && ["ので", "から"].includes(last.surface_form)) || last.surface_form === "ため";
}

/**
 * 「2024年2月の時点での検討状況もあわせて。」「罰則についても。」: a sentence that ends on も, or on 「もあわせて」, leaves its
 * request unsaid; after a question it asks for that too.
 */
function alsoElided(tokens: IpadicFeatures[]): boolean {
  const words = tokens.filter((token) => token.pos !== "記号");
  const joined = words.at(-1)?.surface_form === "て" && JOINING_VERBS.has(words.at(-2)?.basic_form ?? "");
  const rest = joined ? words.slice(0, -2) : words;
  const also = rest.at(-1);
  return also?.surface_form === "も" && also.pos === "助詞" && rest.some((token) => token.pos === "名詞");
}
const JOINING_VERBS = new Set(["あわせる", "併せる", "合わせる"]);

/** A sentence that trails off on a conjunctive particle (「…気がするけど」「…と聞いたが」), waiting for a reply. */
function leftOpen(tokens: IpadicFeatures[]): boolean {
  const words = tokens.filter((token) => token.pos !== "記号");
  const last = words.at(-1);
  return (
    last?.pos === "助詞" &&
    last.pos_detail_1 === "接続助詞" &&
    ["けど", "けれど", "けれども", "が"].includes(last.surface_form)
  );
}

const OPENING_BRACKET = /^[「『(（【〈＜<]/u;

/** Sentences, then clauses opened by a conjunction (また, あと) or closed by 「…も教えて」. */
function splitParts(tokens: IpadicFeatures[]): IpadicFeatures[][] {
  const parts: IpadicFeatures[][] = [];
  let current: IpadicFeatures[] = [];
  const close = () => {
    if (current.some((token) => token.pos !== "記号")) parts.push(current);
    current = [];
  };
  for (const token of tokens) {
    // あと is tagged a noun by IPADIC; at the head of a clause it is the conjunction either way.
    const opensClause = current.length === 0 || current.at(-1)?.pos === "記号";
    if (PART_CONJUNCTIONS.has(token.surface_form) && (token.pos === "接続詞" || opensClause) && current.length > 0)
      close();
    if (PART_CONJUNCTIONS.has(token.surface_form) && (token.pos === "接続詞" || opensClause)) continue;
    current.push(token);
    if (/^[。？?！!]+$/u.test(token.surface_form)) close();
  }
  close();
  return parts.flatMap(splitAlsoRequest).map((part) => {
    let start = 0;
    // An opening bracket starts the part's first phrase (あと「3つのP」は): it stays with it.
    while (start < part.length && part[start]!.pos === "記号" && !OPENING_BRACKET.test(part[start]!.surface_form))
      start++;
    return part.slice(start);
  });
}

/** 「概要と、いつ始まったのかも教えて」: the clause before 「…も教えて」 asks one thing, the clause itself another. */
function splitAlsoRequest(part: IpadicFeatures[]): IpadicFeatures[][] {
  const also = part.findIndex(
    (token, at) => token.surface_form.endsWith("も") && REQUEST_VERBS.has(part[at + 1]?.basic_form ?? ""),
  );
  if (also < 0) return [part];
  let comma = -1;
  for (let at = also - 1; at > 0; at--)
    if (part[at]!.surface_form === "、") {
      comma = at;
      break;
    }
  const before = part.slice(0, Math.max(comma, 0));
  if (comma < 0 || !before.some((token) => token.pos === "名詞" && token.pos_detail_1 !== "非自立")) return [part];
  return [before, part.slice(comma + 1)];
}

/** Noun classes that name what is asked (出資額, 施行日, 理由, 概要), as opposed to a topic. */
const ASKED_CLASSES = new Set(["date", "amount", "count", "reason", "procedure", "comparison", "definition"]);

/** The compound a noun run ends in, read by its head (出資/額 → 額, 対象/事業/の/数 → 数). */
function askedHead(token: IpadicFeatures | undefined): boolean {
  return token?.pos === "名詞" && ASKED_CLASSES.has(nounClassOf(token.surface_form));
}

/**
 * 「出資額と支援の中身を教えて」: two asked nouns joined by と ask two things (an amount, then what the
 * support is), so each is checked for its own kind of value.
 */
function splitCoordinated(part: IpadicFeatures[]): IpadicFeatures[][] {
  for (let at = 1; at < part.length - 1; at++) {
    const token = part[at]!;
    if (token.surface_form !== "と" || token.pos !== "助詞" || !askedHead(part[at - 1])) continue;
    let end = at + 1;
    while (end < part.length && (part[end]!.pos === "名詞" || part[end]!.surface_form === "の")) end++;
    if (end === at + 1 || !askedHead(part[end - 1])) continue;
    const after = part[end];
    if (
      !["を", "は", "が", "も", "について"].includes(after?.surface_form ?? "") &&
      !REQUEST_VERBS.has(after?.basic_form ?? "")
    )
      continue;
    // Different kinds only: 「目的と概要」 is two things, 「期間と時期」 one.
    if (nounClassOf(part[at - 1]!.surface_form) === nounClassOf(part[end - 1]!.surface_form)) continue;
    return [part.slice(0, at), part.slice(at + 1)];
  }
  return [part];
}

/**
 * Where いつ is in the tokens, first and last token: kuromoji sometimes reads 「、いつ、」 as い/つ, and the question
 * word is still there.
 */
function whenAt(tokens: IpadicFeatures[]): { at: number; end: number } | undefined {
  const whole = tokens.findIndex((token) => token.surface_form.startsWith("いつ"));
  if (whole >= 0) return { at: whole, end: whole };
  const split = tokens.findIndex((token, at) => token.surface_form === "い" && tokens[at + 1]?.surface_form === "つ");
  return split >= 0 ? { at: split, end: split + 1 } : undefined;
}

/**
 * 「いつ、どこで開かれた？」: two question words that ask different things (a date, a place) are two parts, the
 * second keeping the predicate, so each must find its own value.
 */
function splitWhenWhere(part: IpadicFeatures[]): IpadicFeatures[][] {
  const found = whenAt(part);
  const where = part.findIndex((token) => token.surface_form === "どこ");
  if (!found || where < 0) return [part];
  const { at: when, end: whenEnd } = found;
  const [firstEnd, second] = when < where ? [whenEnd, where] : [where, when];
  const between = part.slice(firstEnd + 1, second);
  // Only side by side (いつ、どこで / いつとどこで), not a question word inside a clause of the other.
  if (between.length > 2 || !between.every((token) => ["、", ",", "と", "や"].includes(token.surface_form)))
    return [part];
  return [part.slice(0, second), part.slice(second)];
}

/**
 * 「試験法って、いつ成立していつ施行でしたっけ？」: いつ asked twice of the topic, of two events joined by a
 * conjunctive particle with no comma, asks two dates, each checked for its own value.
 */
function splitRepeatedWhen(part: IpadicFeatures[]): IpadicFeatures[][] {
  // kuromoji may read the second いつ as い/つ (「…していつ施行」).
  const whens = part.flatMap((token, at) =>
    token.surface_form.startsWith("いつ") || (token.surface_form === "い" && part[at + 1]?.surface_form === "つ")
      ? [at]
      : [],
  );
  const second = whens[1];
  if (whens.length !== 2 || second === undefined) return [part];
  const joint = part[second - 1];
  const joined =
    joint !== undefined &&
    ((joint.pos === "助詞" && joint.pos_detail_1 === "接続助詞") || ["し", "て", "で"].includes(joint.surface_form));
  // An event between the two (成立して): not 「いつ、いつまで」, one date asked twice.
  const event = part.slice(whens[0]! + 1, second).some((token) => token.pos === "名詞" || token.pos === "動詞");
  // Only of the topic the first clause names (「…法って、いつ成立して」): with none, the two dates are of one thing the
  // part asks about. With a comma between them the clause split above reads the joint.
  return joined && event && hasOwnTopic(part.slice(0, second)) ? [part.slice(0, second), part.slice(second)] : [part];
}

/** A question word in the tokens (いつ, 何, どこ, 誰, どの, なぜ …). */
function hasQuestionWord(tokens: IpadicFeatures[]): boolean {
  return (
    whenAt(tokens) !== undefined ||
    tokens.some(
      (token) =>
        QUESTION_WORDS.has(token.surface_form) ||
        QUESTION_DETERMINERS.has(token.surface_form) ||
        token.surface_form in QUESTION_ADVERBS,
    )
  );
}

/** 「自動車はどうですか？」「基幹インフラのほうはどう？」: a topic, どう, and nothing after it but a copula and a question mark. */
function asksHowItIsWith(tokens: IpadicFeatures[]): boolean {
  const how = tokens.findIndex((token) => token.surface_form === "どう");
  if (how < 2 || !["は", "って", "も"].includes(tokens[how - 1]!.surface_form)) return false;
  if (tokens[how - 2]!.pos !== "名詞") return false;
  const rest = tokens
    .slice(how + 1)
    .map((token) => token.surface_form)
    .join("")
    .replace(/[?？。!！\s]+$/u, "");
  return /^(?:です|でしょう|だ|なの|なん|なんです|なんでしょう)?(?:か|かな|でしょうか)?$/u.test(rest);
}

/** Where the particle that marks a noun as the clause's topic is (議事は, 制度って), or -1. */
function topicAt(tokens: IpadicFeatures[]): number {
  return tokens.findIndex(
    (token, at) =>
      at > 0 &&
      tokens[at - 1]!.pos === "名詞" &&
      token.pos === "助詞" &&
      (token.surface_form === "は" || token.surface_form === "って"),
  );
}

/** A noun marked as the clause's topic (議事は, 制度って). */
function hasOwnTopic(tokens: IpadicFeatures[]): boolean {
  return topicAt(tokens) >= 0;
}

/** 何 with its counter (何%, 何年, 何人) or a question word on its own (誰, いつ) just before a position. */
function endsInQuestionWord(tokens: IpadicFeatures[], end: number): boolean {
  const last = tokens[end - 1];
  if (!last) return false;
  if (QUESTION_WORDS.has(last.surface_form) || last.surface_form.startsWith("いつ")) return true;
  return tokens[end - 2]?.surface_form === "何" && last.pos === "名詞";
}

/**
 * 「金利は何%で返済期間は何年？」: a clause that ends in its question word and 「で」 with no comma, then another
 * clause with a topic and a question word of its own, asks two things, each checked for its own value.
 */
function joinedByCopula(part: IpadicFeatures[], at: number): [IpadicFeatures[], IpadicFeatures[]] | undefined {
  if (part[at]!.surface_form !== "で" || !endsInQuestionWord(part, at)) return undefined;
  const [left, right] = [part.slice(0, at), part.slice(at + 1)];
  // With a comma after it, the clause split below reads the joint.
  if (["、", ","].includes(right[0]?.surface_form ?? "")) return undefined;
  if (!hasOwnTopic(left) || !hasOwnTopic(right) || !hasQuestionWord(right)) return undefined;
  return [left, right];
}

/**
 * 「いつから動いてて、何分野が対象？」: two clauses, each with its own question word asking a different kind of
 * value (a date, then a count), or the same kind of two topics of their own (成立は…、施行は…), joined by a
 * conjunctive particle and a comma, are two parts.
 */
function splitClauses(part: IpadicFeatures[]): IpadicFeatures[][] {
  for (let at = 1; at < part.length - 1; at++) {
    const joined = joinedByCopula(part, at);
    if (joined) return [joined[0], ...splitClauses(joined[1])];
    if (!["、", ","].includes(part[at]!.surface_form)) continue;
    const joint = part[at - 1]!;
    // 動いてて: the contracted ている leaves て, a verb, before the comma.
    if (!(joint.pos === "助詞" && joint.pos_detail_1 === "接続助詞") && !["て", "で"].includes(joint.surface_form))
      continue;
    const [left, right] = [part.slice(0, at), part.slice(at + 1)];
    // 「座長はどなたで、議事は公開されていましたか」: after a wh-clause, a yes/no clause with a topic of its own.
    const asksWhether = askedTypeOf(right) === "yes-no" && hasOwnTopic(right);
    if (!hasQuestionWord(left) || !(hasQuestionWord(right) || asksWhether)) continue;
    // 「成立はいつで、施行は何年」: the same kind of value, asked of two topics each clause marks as its own; or
    // 「いつ成立して、いつから施行される」 two dates of two events, each clause saying its own.
    if (
      askedTypeOf(left) === askedTypeOf(right) &&
      !(hasOwnTopic(left) && hasOwnTopic(right)) &&
      !ofTwoEvents(left, right)
    )
      continue;
    return [left, ...splitClauses(right)];
  }
  return [part];
}

/**
 * Two date clauses of a topic the first one names, each saying an event the other does not (「…法って、いつ成立して、
 * いつから施行」). Of a topic an earlier sentence asks for (「根拠法って何？いつ成立して、いつ施行？」) the dates are
 * read together, as the answer to that sentence's question.
 */
function ofTwoEvents(left: IpadicFeatures[], right: IpadicFeatures[]): boolean {
  if (askedTypeOf(left) !== "date" || !hasOwnTopic(left)) return false;
  const [first, second] = [eventsOf(left), eventsOf(right)];
  return first.length > 0 && second.length > 0 && !first.some((event) => second.includes(event));
}

/**
 * 想定・予定・検討 say an event is planned or thought about, not which event; 開催 is what a meeting's date is of,
 * and a schedule line (25/5/23 : 第7回有識者会議) does not say it.
 */
const PLAN_NOUNS = new Set(["想定", "予定", "検討", "予想", "見込み", "期待", "確認", "質問", "相談", "開催"]);

/**
 * The verbal nouns a part says are done (提出される, 公表されます, 施行なの？): the events whose date is asked. A
 * noun that only names the topic (撤廃は…) is not one.
 */
function eventsOf(tokens: IpadicFeatures[]): string[] {
  const events = tokens.filter((token, at) => {
    const next = tokens[at + 1];
    // 「2025年10月9日に発表した規制って、いつから施行」: an act the asker dates names the thing; it is not the one asked.
    const datedByAsker =
      tokens[at - 1]?.surface_form === "に" &&
      ["日", "月", "年"].includes(tokens[at - 2]?.surface_form ?? "") &&
      /^\d+$/u.test(tokens[at - 3]?.surface_form ?? "");
    return (
      !datedByAsker &&
      token.pos === "名詞" &&
      token.pos_detail_1 === "サ変接続" &&
      !/^[?？]$/u.test(token.surface_form) &&
      !PLAN_NOUNS.has(token.surface_form) &&
      (["する", "だ", "です"].includes(next?.basic_form ?? "") ||
        next === undefined ||
        /^[?？。]$/u.test(next.surface_form) ||
        // 「施行日」「成立時期」: the date of the act the noun names; a start (開始日) is said by 「…日から」, no word.
        (DATE_OF_ACT.has(next.surface_form) && !STARTS.has(token.surface_form)))
    );
  });
  // 「推進法の見直しって、いつ頃やることになっている」: the act is the topic itself, and the verb only does it.
  // 「施行はいつ」: an event asked of as the topic is the event dated.
  const topicAct = tokens.find(
    (token, at) =>
      (REVIEWS.has(token.surface_form) || (EVENT_WORDS.includes(token.surface_form) && token.pos === "名詞")) &&
      ["は", "って"].includes(tokens[at + 1]?.surface_form ?? ""),
  );
  if (events.length === 0 && topicAct) return [topicAct.surface_form];
  // 「いつできた法律」: a law or a scheme (制度) that came into being was enacted (成立), not put into force.
  const made =
    events.length === 0 &&
    tokens.some(
      (token, at) =>
        token.basic_form === "できる" &&
        token.pos === "動詞" &&
        // 「いつできて、いつ施行」: the て of a clause the next part goes on from.
        ["た", "まし", "て"].includes(tokens[at + 1]?.surface_form ?? ""),
    ) &&
    tokens.some((token) => token.surface_form === "制度" || lawWord(token.surface_form));
  if (made) return ["成立"];
  // 「いつ国会に出す予定」: a bill put to the Diet is submitted (提出).
  const diet = tokens.findIndex((token, at) => token.surface_form === "国会" && tokens[at + 1]?.surface_form === "に");
  if (events.length === 0 && diet >= 0 && tokens.slice(diet + 2, diet + 4).some((token) => token.basic_form === "出す"))
    return ["提出"];
  return [...new Set(events.map((token) => token.surface_form))];
}
/** Acts on a law asked of as the topic (「見直しって」): the date asked is the act's. */
const REVIEWS = new Set(["見直し", "改正", "改定", "改訂"]);
/** Nouns after an act that ask its date (施行日, 成立時期, 公表時期). */
const DATE_OF_ACT = new Set(["日", "時期", "期日", "日程", "年月日"]);
/** Acts that only start something (申請開始時期, 受付開始日): 「4月1日から受け付けます」 dates them without naming them. */
const STARTS = new Set(["開始", "受付", "スタート"]);

/** 「どういう点」「どんなポイント」: points, which a line announcing 観点 or 論点 lists, though 点 alone is generic. */
const POINT_NOUNS = new Set(["点", "ポイント"]);

/**
 * The noun run right after どんな/どの/どういう (どの技術分野 → 技術分野), or the points asked for, or, before a
 * generic もの, the noun the question lists under (原則としてどのようなもの → 原則); unless it names no topic.
 */
function askedNounOf(tokens: IpadicFeatures[]): { askedNoun?: string } {
  const at = tokens.findIndex((token) => QUESTION_DETERMINERS.has(token.surface_form));
  if (at < 0) return { ...listedAsOf(tokens), ...countedNounOf(tokens) };
  const point = tokens[at + 1]?.surface_form ?? "";
  if (POINT_NOUNS.has(point)) return { askedNoun: point };
  const noun = nounRunFrom(tokens, at + 1);
  if (noun) return nounClassOf(noun) === "none" ? { askedNoun: noun } : {};
  // 「原則としてどのようなものが」「スキームにはどんなものが」: after a generic もの, what is listed is the noun before.
  let k = at - 1;
  while (k >= 0 && tokens[k]!.pos === "助詞") k--;
  if (k === at - 1) return {};
  const listed = nounRunBefore(tokens, k + 1).noun;
  return listed && nounClassOf(listed) === "none" ? { askedNoun: listed } : {};
}

/**
 * A body that acts (経産省が作ろうとしている, 政府が決めた): its documents seldom name it, and what it does is the
 * claim's topic.
 */
const BODY = /(?:省|庁|府|政府|国|委員会|会議|機構|当局)$/u;

/** A noun run that names a topic: not the asker, a body that acts or a generic noun. */
function namesTopic(noun: string): boolean {
  return noun.length >= 2 && nounClassOf(noun) === "none" && !FIRST_PERSON.has(noun) && !BODY.test(noun);
}

/**
 * The noun run that ends before `end` and the runs it is of, back along their の (技術管理の体制 → 体制, 技術管理):
 * those that name a topic, not the asker, a body or a generic noun.
 */
function namesOfChain(tokens: IpadicFeatures[], end: number): string[] {
  const names: string[] = [];
  for (let at = end; ; ) {
    const { noun, start } = nounRunBefore(tokens, at);
    if (namesTopic(noun)) names.push(noun);
    if (noun === "" || tokens[start - 1]?.surface_form !== "の") return names;
    at = start - 1;
  }
}

/**
 * 「基幹インフラ制度への医療分野の追加は、いつから」: the topic is an act (a lone verbal noun, 追加) done to what the
 * nouns before its の name (医療分野). A date, count or amount of that act must be said of them: 基幹インフラ's own
 * date is not the addition's.
 */
function actedOnOf(tokens: IpadicFeatures[]): string[] | undefined {
  const dated = datedByQuestionWord(tokens);
  if (dated !== undefined) return dated;
  const topic = topicAt(tokens);
  if (topic < 0) return undefined;
  const subject = subjectOfNominalized(tokens, topic);
  if (subject !== undefined) return subject;
  const head = tokens[topic - 1]!;
  const isAct = head.pos === "名詞" && head.pos_detail_1 === "サ変接続" && tokens[topic - 2]?.surface_form === "の";
  if (!isAct) return undefined;
  // What the act is done to is the noun right before its の (「試験制度の医療分野の追加」: 医療分野); the nouns further
  // back say whose it is, and naming them does not date the act.
  const { noun } = nounRunBefore(tokens, topic - 2);
  return namesTopic(noun) ? [noun] : undefined;
}

/**
 * 「何年何月何日の日米合意」: a day asked of the noun after its の, which the value's line must name: another row's date
 * (「11月10日から」) is not the agreement's. 「いつの会議」 or 「何月の改訂」 asks which occasion, which the documents name in
 * more ways than the asker's words (第5回, 再改訂): not read so.
 */
function datedByQuestionWord(tokens: IpadicFeatures[]): string[] | undefined {
  const at = tokens.findIndex(
    (token, k) =>
      token.surface_form === "の" &&
      token.pos === "助詞" &&
      k > 0 &&
      tokens[k - 1]!.surface_form === "日" &&
      tokens[k - 2]?.surface_form === "何",
  );
  if (at < 0) return undefined;
  const noun = nounRunFrom(tokens, at + 1);
  return noun !== "" && namesTopic(noun) ? [noun] : undefined;
}

/**
 * 「医療分野が追加されるのは」「医療分野が加わるのは」: the topic is a clause made a noun by の, and what happens in it
 * happens to its subject (医療分野), as 「医療分野の追加は」 says with の. Only an act of its own verb or action noun.
 */
function subjectOfNominalized(tokens: IpadicFeatures[], topic: number): string[] | undefined {
  const nominalizer = tokens[topic - 1]!;
  if (nominalizer.surface_form !== "の" || nominalizer.pos_detail_1 !== "非自立") return undefined;
  let at = topic - 2;
  while (at >= 0 && ["動詞", "助動詞"].includes(tokens[at]!.pos)) at--;
  if (at === topic - 2) return undefined;
  if (tokens[at]?.pos === "名詞" && tokens[at]!.pos_detail_1 === "サ変接続") at--;
  // 「医療分野が試験制度に加わるのは」: where it happens, said between the subject and the verb.
  while (["に", "へ", "から", "で"].includes(tokens[at]?.surface_form ?? "") && tokens[at]!.pos_detail_1 === "格助詞") {
    const { noun, start } = nounRunBefore(tokens, at);
    if (noun === "") return undefined;
    at = start - 1;
  }
  if (tokens[at]?.surface_form !== "が" || tokens[at]!.pos_detail_1 !== "格助詞") return undefined;
  const { noun } = nounRunBefore(tokens, at);
  return namesTopic(noun) ? [noun] : undefined;
}

/** Nouns that say how sure or how soon a claim is (加わる方向だと, 始まる予定って), not what it is about. */
const MODAL_NOUNS = new Set(["方向", "予定", "見込み", "見通し", "方針", "こと", "よう", "見込"]);

/** The noun run that starts at `start` (no dependent noun or pronoun in it), or "". */
function nounRunFrom(tokens: IpadicFeatures[], start: number): string {
  const run: string[] = [];
  for (const token of tokens.slice(start)) {
    if (token.pos !== "名詞" || ["非自立", "代名詞"].includes(token.pos_detail_1)) break;
    run.push(token.surface_form);
  }
  return run.join("");
}

/** The noun run that ends just before `end` (exclusive), and where it starts. */
function nounRunBefore(tokens: IpadicFeatures[], end: number): { noun: string; start: number } {
  const run: string[] = [];
  let k = end - 1;
  for (; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.pos !== "名詞" || ["非自立", "代名詞", "数"].includes(token.pos_detail_1)) break;
    run.unshift(token.surface_form);
  }
  return { noun: run.join(""), start: k + 1 };
}

/**
 * The noun run marked by が (or も) in a claim the asker heard and asks to confirm (「医療分野が加わるという話」「技術管理の
 * 体制が採択の条件になるって本当」), with the nouns it is of (技術管理): a line that names none of them cannot confirm
 * or deny what happens to it. Not a clause of the asker's own situation (「人手がない会社でも」).
 */
function subjectOf(tokens: IpadicFeatures[]): string[] | undefined {
  let subject: string[] | undefined;
  tokens.forEach((token, at) => {
    // 「医療分野も加わる」: も marks the subject as much as が does.
    const marksSubject =
      (token.surface_form === "が" && token.pos_detail_1 === "格助詞") ||
      (token.surface_form === "も" && token.pos_detail_1 === "係助詞");
    if (!marksSubject) return;
    const rest = tokens.slice(at + 1);
    // Its own predicate is a verb (加わる), not an adjective (「人手がない会社」).
    const verb = rest.findIndex((next) => ["動詞", "形容詞", "助動詞"].includes(next.pos));
    if (verb < 0 || rest[verb]!.pos !== "動詞" || rest.slice(0, verb).some((next) => next.pos === "記号")) return;
    // The verb runs straight into the hearsay (加わる|という, なる|って): 「買われそうになったときの問題って」 names a topic.
    const tail = rest.slice(verb + 1);
    const hearsay = tail.findIndex(
      (next) =>
        ["という", "って"].includes(next.surface_form) ||
        (next.surface_form === "と" && next.pos_detail_1 === "格助詞"),
    );
    if (
      hearsay < 0 ||
      tail
        .slice(0, hearsay)
        .some(
          (next) =>
            next.pos === "記号" ||
            (next.pos === "名詞" &&
              !["特殊", "接尾"].includes(next.pos_detail_1) &&
              !MODAL_NOUNS.has(next.surface_form)),
        )
    )
      return;
    const names = namesOfChain(tokens, at);
    if (names.length > 0) subject = names;
  });
  return subject;
}

/** Particles that mark the topic a question word follows: 「原則って何が」「原則は何個」. */
const LISTED_TOPIC = new Set(["って", "は", "には", "では"]);

/**
 * 「原則として挙げられているのは何」「課題として何が挙がって」「原則って何が挙がっていますか」「認識すべき原則は？」: the noun before として,
 * or the topic right before 何, that a listing verb lists under; 「原則って何個」: the topic whose items are counted.
 */
function listedAsOf(tokens: IpadicFeatures[]): { askedNoun?: string } {
  const as = tokens.findIndex((token, at) => {
    const topic = LISTED_TOPIC.has(token.surface_form) && token.pos === "助詞";
    const next = tokens[at + 1]?.surface_form ?? "";
    const listedAfter = tokens.slice(at + 1).some((other) => LISTING_VERBS.has(other.basic_form));
    const counted = opensWithItemCount(`${next}${tokens[at + 2]?.surface_form ?? ""}`);
    return (
      ((token.surface_form === "として" || (topic && next === "何")) && listedAfter) ||
      (topic && counted) ||
      (topic && next === "何" && normsAsked(tokens, at + 1)) ||
      // 「認識すべき原則は？」: the norms asked with the question mark alone.
      (topic && /^[?？]+$/u.test(next) && at + 2 === tokens.length && normsAsked(tokens, at + 1))
    );
  });
  if (as <= 0) return {};
  const noun = nounRunBefore(tokens, as).noun;
  return noun && nounClassOf(noun) === "none" ? { askedNoun: noun } : {};
}

/** 「4つの柱も教えて」: with no question word, the noun a count is stated for is the one asked for. */
function countedNounOf(tokens: IpadicFeatures[]): { askedNoun?: string } {
  const at = tokens.findIndex(
    (token, index) =>
      token.pos_detail_1 === "数" &&
      tokens[index + 1]?.surface_form === "つ" &&
      tokens[index + 2]?.surface_form === "の" &&
      tokens[index + 3]?.pos === "名詞",
  );
  if (at < 0) return {};
  const noun = nounRunFrom(tokens, at + 3);
  return noun && nounClassOf(noun) === "none" ? { askedNoun: noun } : {};
}

/** Who speaks at a meeting: a question about what they said is about the topic they spoke on. */
const SPEAKERS = new Set(["委員", "有識者", "出席者", "参加者", "構成員", "メンバー", "発言者"]);

/** A numbered meeting, edition or case with what it is (第8回有識者会議, 第2版ガイダンス), not the number alone (第8回). */
const NUMBERED_TOPIC =
  /^(?:第[\d一二三四五六七八九十]+[回版次期]|事例\d+|ケース\d+)(?=[\p{Script=Han}\p{Script=Katakana}ー]{2})/u;

function namesNumbered(phrase: string): boolean {
  return NUMBERED_TOPIC.test(phrase.normalize("NFKC"));
}

/** Reads a question: its focus, what it asks, its parts, and whether it asks for a judgement on the asker's case. */
export function analyzeQuestion(
  question: string,
  morphology: Morphology,
  documentWords?: DocumentWords,
  /** How many passages write a text as it is, counted up to a limit: a rare Latin phrase is a name (AI Diffusion Rule). */
  passagesWriting: PassagesWriting = () => 0,
): QuestionAnalysis {
  // A date naming the source (「2024年2月の資料では」) says where to look, not what the question is about.
  const text = sourceDates(question.normalize("NFKC")).rest.trim();
  const lang = detectLanguage(text);
  if (lang === "en")
    return analyzeEnglish(
      numberWordsAsDigits(text),
      (japanese) => focusOf(morphology.morphemes(japanese)),
      (clause) => translateEnglishQuery(clause, englishLexicon(), acronymsOf(clause, documentWords)),
      writtenLatinNames(text, passagesWriting, documentWords),
    );
  // Sentence by sentence: after 「？」 kuromoji misreads the next word (「?いつ」 → い/つ). 「ってなに」 it reads as the
  // particle ってな and に: 何 is the question word it stands for.
  const tokens = text
    .replace(/って(?:なに|なん)(?=[?？。!！]|$|です|でしょう|だ)/gu, "って何")
    .split(/(?<=[。？?！!\n])/u)
    .filter((sentence) => sentence.trim() !== "")
    .flatMap((sentence) => withDeterminers(morphology.morphemes(sentence)));
  const sentences = splitParts(tokens);
  // Why the asker asks (「調達先に確認を入れる必要があるので。」) names no topic of the question's.
  const reasons = new Set(sentences.filter((sentence) => givesReason(sentence) && !asks(sentence)).flat());
  const focus = focusOf(reasons.size > 0 ? tokens.filter((token) => !reasons.has(token)) : tokens);
  const claimed = subjectOf(tokens);
  // After a question, a remark left open (「インドネシアに抜かれるって話もあった気がするけど」) asks to confirm it.
  const asking = sentences
    .filter((sentence, at) => asks(sentence) || (at > 0 && asks(sentences[0]!) && leftOpen(sentence)))
    .flatMap(splitCoordinated)
    .flatMap(splitWhenWhere)
    .flatMap(splitClauses)
    .flatMap(splitRepeatedWhen);
  const types: AskedType[] = [];
  const parts: QuestionPart[] = (asking.length > 0 ? asking : [tokens]).map((partTokens, at) => {
    const partFocus = focusOf(partTokens);
    const { askedNoun } = askedNounOf(partTokens);
    const events = eventsOf(partTokens);
    const ownType = askedTypeOf(partTokens);
    // 「支援総額はいくら？先端技術のほうは？」: a later part that is only a topic and a question mark asks the same again.
    // A noun that names what is asked (「概要は？」) asks that.
    const mark = at > 0 && ownType === "definition" ? endsOnTopic(partTokens) : undefined;
    // 「相互関税率は何%ですか？自動車はどうですか？」: so does one that asks only how it is with another topic.
    const askedType =
      (mark !== undefined && ["generic", "none"].includes(nounClassOf(partTokens[mark - 2]!.surface_form))) ||
      (at > 0 && asksHowItIsWith(partTokens))
        ? types[at - 1]!
        : ownType;
    types.push(askedType);
    // Only verbal nouns (検討されてた, 公表された), generic ones, the noun asked for (「どういう主体を」) or who spoke
    // (「委員からはどんな意見が」 after 「会議でCFIUSの話が出たと聞きました」): the part's topic is the question's. A
    // numbered meeting, edition or case it names (「第8回有識者会議の開催日も」) is a topic of its own.
    const elliptical =
      !partFocus.some(namesNumbered) &&
      !partTokens.some(
        (token) =>
          token.pos === "名詞" &&
          ["一般", "固有名詞"].includes(token.pos_detail_1) &&
          nounClassOf(token.surface_form) === "none" &&
          token.surface_form !== askedNoun &&
          !SPEAKERS.has(token.surface_form),
      );
    // The claim may be the part's own (「…加わるという話、本当ですか」) or said before it (「…加わる方向だと聞きました。
    // 本当ですか？」): a part with no topic of its own asks about the question's.
    const subject = subjectOf(partTokens) ?? (elliptical ? claimed : undefined);
    const actedOn = ["date", "count", "amount"].includes(askedType) ? actedOnOf(partTokens) : undefined;
    const joined = joinedTopics(partTokens);
    return {
      text: partTokens.map((token) => token.surface_form).join(""),
      askedType,
      focus: elliptical ? focus : partFocus,
      elliptical,
      ownFocus: partFocus,
      ...(askedNoun ? { askedNoun } : {}),
      refersBack: partTokens.some((token) => ANAPHORA.has(token.surface_form)),
      ...(events.length > 0 ? { events } : {}),
      ...(subject ? { subject } : {}),
      ...(actedOn ? { actedOn } : {}),
      ...(joined.length > 0 ? { joined } : {}),
    };
  });
  const firstPerson = tokens.some(
    (token, at) =>
      FIRST_PERSON.has(token.surface_form) &&
      // うち is the asker only as a topic or subject (うちは, うちの会社), not 「そのうち」.
      (token.surface_form !== "うち" ||
        ((at === 0 || tokens[at - 1]?.pos === "記号") &&
          ["は", "の", "で", "が", "も", "でも"].includes(tokens[at + 1]?.surface_form ?? ""))),
  );
  // 「誓約書を書かせたいんだけど」「訴えたいのですが」: the asker's own plan makes the asker the actor, though no
  // pronoun says so.
  const intends =
    tokens.some(
      (token, at) =>
        token.pos === "助動詞" && token.basic_form === "たい" && !ASKING_VERBS.has(plannedVerb(tokens, at)),
    ) || statesOwnPlan(tokens);
  const ownCase =
    ((firstPerson || intends || FIRST_PERSON_COMPOUND.test(text)) &&
      asking.some((part, at) => asksLegality(part, parts[at]!.askedType))) ||
    asking.some((part, at) => decidesOwnCase(tokens, part, parts[at]!.askedType));
  // これ/その before the question's own first topic noun points back into the thread, not forward.
  const firstAnaphor = tokens.findIndex((token) => ANAPHORA.has(token.surface_form));
  const firstTopic = tokens.findIndex(
    (token) => token.pos === "名詞" && token.pos_detail_1 !== "代名詞" && nounClassOf(token.surface_form) === "none",
  );
  const refersBack = firstAnaphor >= 0 && (firstTopic < 0 || firstAnaphor < firstTopic);
  const opensAsFollowUp = FOLLOW_UP_OPENERS.has(tokens[0]?.surface_form ?? "");
  const ownTopic = focus.some((phrase) => nounClassOf(phrase) === "none");
  return {
    lang,
    askedType: parts[0]!.askedType,
    focus,
    parts,
    ownCase,
    standsAlone: ownTopic && !opensAsFollowUp && !refersBack,
    negated: negatedStems(tokens),
  };
}
