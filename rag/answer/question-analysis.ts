import type { IpadicFeatures } from "kuromoji";
import { detectLanguage, translateEnglishQuery } from "../retrieve/query-analyzer.ts";
import type { AskedType, Language } from "../types.ts";
import { analyzeEnglish } from "./english-question.ts";
import { type NounClass, nounClassOf } from "./noun-classes.ts";

export type { AskedType };

export interface QuestionPart {
  text: string;
  askedType: AskedType;
  /** Content nouns of this part (key phrases), falling back to the whole question's. */
  focus: string[];
  /** The part has no topic of its own (「あと制度自体はいつから？」): it is about the question's topic. */
  elliptical: boolean;
  /** The part points back into the question (「こういう悩みって」): its topic is in the earlier sentences. */
  refersBack: boolean;
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
}

/** The part of the tokenizer the analysis needs (kuromoji morphemes). */
export interface Morphology {
  morphemes(text: string): IpadicFeatures[];
}

const QUESTION_WORDS = new Set([
  "何",
  "なに",
  "なん",
  "いつ",
  "どれ",
  "どこ",
  "どちら",
  "どっち",
  "誰",
  "いくら",
  "いくつ",
]);
const QUESTION_DETERMINERS = new Set(["どの", "どんな", "どういう", "どういった", "いかなる"]);
const QUESTION_ADVERBS: Record<string, AskedType> = {
  なぜ: "reason",
  どうして: "reason",
  何故: "reason",
  どう: "procedure",
  どうやって: "procedure",
  いかに: "procedure",
};
const ANAPHORA = new Set([
  "これ",
  "それ",
  "その",
  "この",
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
  "大丈夫",
  "ok",
  "セーフ",
  "アウト",
  "罰",
  "処罰",
  "通る",
  "免れる",
  "認める",
]);
const REQUEST_VERBS = new Set([
  "教える",
  "知る",
  "挙げる",
  "説明",
  "示す",
  "伺う",
  "聞く",
  "知りたい",
  "確認",
  "くださる",
  "下さる",
  "願う",
  "頂ける",
  "いただける",
  "もらえる",
]);
const FOLLOW_UP_OPENERS = new Set(["では", "じゃあ", "じゃ", "それでは", "なら", "ちなみに", "他に", "ほかに"]);
const PART_CONJUNCTIONS = new Set(["また", "あと", "それと", "さらに", "加えて", "あわせて", "併せて", "次に"]);

const NUMERIC_CLASS: Partial<Record<NounClass, AskedType>> = {
  date: "date",
  amount: "amount",
  count: "count",
};

/** Content noun runs of a token list (the key phrases), without question words, generic nouns or the asker. */
function focusOf(tokens: IpadicFeatures[]): string[] {
  const focus: string[] = [];
  let run: IpadicFeatures[] = [];
  const flush = () => {
    const words = run.filter((token) => nounClassOf(token.surface_form) !== "generic");
    const phrase = words.map((token) => token.surface_form).join("");
    // A number, a prefix or a suffix alone (5, 第, 的) names no topic.
    const named =
      words.some((token) => token.pos === "名詞" && token.pos_detail_1 !== "数" && token.pos_detail_1 !== "接尾") ||
      (words.some((token) => token.pos_detail_1 === "数") && words.length > 1);
    if (named && (phrase.length > 1 || /\p{Script=Han}/u.test(phrase)) && !focus.includes(phrase)) focus.push(phrase);
    run = [];
  };
  for (const token of tokens) {
    const surface = token.surface_form;
    const noun =
      (token.pos === "名詞" &&
        !["非自立", "代名詞"].includes(token.pos_detail_1) &&
        !FIRST_PERSON.has(surface) &&
        !PART_CONJUNCTIONS.has(surface) &&
        !/^[\p{P}\p{S}]+$/u.test(surface)) ||
      (token.pos === "接頭詞" && token.pos_detail_1 === "数接続");
    if (noun && !QUESTION_WORDS.has(surface)) run.push(token);
    else flush();
  }
  flush();
  return focus;
}

/** The noun a question word asks about: 「どの程度」「どんな手続き」「何分野」. */
function askedNounAfter(tokens: IpadicFeatures[], at: number): IpadicFeatures | undefined {
  for (const token of tokens.slice(at + 1, at + 4)) {
    if (token.pos === "名詞" && token.pos_detail_1 !== "代名詞") return token;
    if (token.pos !== "助詞" || token.surface_form !== "の") return undefined;
  }
  return undefined;
}

/** The nearest noun before a position whose class is numeric: what 「どれくらい」 measures (予算 → amount). */
function measuredBefore(tokens: IpadicFeatures[], at: number): AskedType | undefined {
  for (const token of tokens.slice(Math.max(0, at - 6), at).reverse()) {
    const type = NUMERIC_CLASS[nounClassOf(token.surface_form)];
    if (token.pos === "名詞" && type) return type;
  }
  return undefined;
}

/** The class of the topic noun just before 「は/って/が」 and a question word: 「理由は何」「違いはどれ」. */
function topicBefore(tokens: IpadicFeatures[], at: number): AskedType | undefined {
  const particle = tokens[at - 1];
  if (!particle || !["は", "って", "が"].includes(particle.surface_form)) return undefined;
  const noun = tokens[at - 2];
  if (noun?.pos !== "名詞") return undefined;
  const nounClass = nounClassOf(noun.surface_form);
  return ["generic", "extent", "none"].includes(nounClass) ? undefined : classToType(nounClass);
}

/** The asked type signalled by a question word at `at`, or undefined when the token is none. */
function questionWordType(tokens: IpadicFeatures[], at: number): AskedType | undefined {
  const token = tokens[at]!;
  const surface = token.surface_form;
  const next = tokens[at + 1];
  if (surface.startsWith("いつ")) return "date";
  if (surface === "いくら") return "amount";
  if (surface === "いくつ") return "count";
  if (surface === "どちら" || surface === "どっち") return "comparison";
  if ((surface === "何" || surface === "なん") && token.pos === "名詞") {
    // 何か (anything) asks whether, not what.
    if (!next || next.surface_form === "か") return undefined;
    if (next.pos === "名詞" && next.pos_detail_1 !== "非自立") {
      const unitClass = nounClassOf(next.surface_form);
      if (unitClass === "date" || unitClass === "amount" || unitClass === "reason") return unitClass;
      return "count";
    }
    // 「Xは何ですか」: what is asked is X, so X's class decides (理由は何 → reason, 違いは何 → comparison).
    return topicBefore(tokens, at) ?? "definition";
  }
  if (surface in QUESTION_ADVERBS && token.pos === "副詞") {
    if (surface === "どう" && next?.basic_form === "違う") return "comparison";
    if (surface === "どう" && next && ["なる", "いう"].includes(next.basic_form)) return "definition";
    return QUESTION_ADVERBS[surface];
  }
  if (surface === "どれ" || surface === "どの" || QUESTION_DETERMINERS.has(surface)) {
    const extent = ["くらい", "ぐらい", "ほど"].includes(next?.surface_form ?? "");
    const asked = askedNounAfter(tokens, extent ? at + 1 : at);
    const askedClass = asked ? nounClassOf(asked.surface_form) : "generic";
    if (extent || askedClass === "extent") {
      if (askedClass !== "extent" && NUMERIC_CLASS[askedClass]) return NUMERIC_CLASS[askedClass];
      return measuredBefore(tokens, at) ?? "count";
    }
    if (askedClass !== "generic" && askedClass !== "none") return classToType(askedClass);
    if (surface === "どれ") return "list";
    // どのように / どうやって: how to; どういうもの / どういうふう: what it is; どんな支援 / どの技術: which ones.
    if (asked?.surface_form === "よう" && surface === "どの") return "procedure";
    if (!asked || ["もの", "ふう", "こと"].includes(asked.surface_form)) return "definition";
    return "list";
  }
  return undefined;
}

/** Without a question word, the last classed noun before the predicate names what is asked: 「施行時期は」「理由を教えて」. */
function askedNounType(tokens: IpadicFeatures[]): AskedType | undefined {
  let found: AskedType | undefined;
  tokens.forEach((token, at) => {
    if (
      token.surface_form === "全部" ||
      token.surface_form === "全て" ||
      token.surface_form === "すべて" ||
      token.basic_form === "挙げる" ||
      token.surface_form === "一覧"
    ) {
      found = "list";
      return;
    }
    if (token.pos !== "名詞") return;
    const following = tokens[at + 1];
    // Only a noun that is the topic or object of the request counts, not one inside a modifier (2024年に改訂された).
    if (following && !["は", "を", "が", "って", "について", "も", "?", "。"].includes(following.surface_form)) return;
    const nounClass = nounClassOf(token.surface_form);
    if (nounClass !== "generic" && nounClass !== "extent" && nounClass !== "none") found = classToType(nounClass);
  });
  return found;
}

/** The asked type of one part: a question word first, then the asked noun, then the sentence form. */
function askedTypeOf(tokens: IpadicFeatures[]): AskedType {
  for (let at = 0; at < tokens.length; at++) {
    const type = questionWordType(tokens, at);
    if (type) return type;
  }
  // After は, kuromoji sometimes reads 「はいつ」 as は/い/つ: the question word is still there in the text.
  if (/いつ(?!も)/u.test(tokens.map((token) => token.surface_form).join(""))) return "date";
  return askedNounType(tokens) ?? (asksYesNo(tokens) ? "yes-no" : "definition");
}

function classToType(nounClass: NounClass): AskedType {
  switch (nounClass) {
    case "date":
    case "amount":
    case "count":
    case "reason":
    case "procedure":
    case "comparison":
    case "list":
    case "definition":
      return nounClass;
    default:
      return "definition";
  }
}

/** A question ending in か / ？ with no question word and no request verb asks yes or no. */
function asksYesNo(tokens: IpadicFeatures[]): boolean {
  const hasRequest = tokens.some((token) => REQUEST_VERBS.has(token.basic_form));
  if (hasRequest) return false;
  const tail = tokens.filter((token) => token.pos !== "記号").slice(-3);
  return (
    tail.some((token) => token.surface_form === "か" || token.surface_form === "の") ||
    /[?？]$/u.test(tokens.map((token) => token.surface_form).join(""))
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
    if (base === "問題") return ["ない", "なし", "あり", "に", "ありません"].includes(tokens[at + 1]?.basic_form ?? "");
    return LEGALITY.has(base);
  });
}

/** Whether a sentence asks something: a question word, a request, or a question ending. */
function asks(tokens: IpadicFeatures[]): boolean {
  const text = tokens.map((token) => token.surface_form).join("");
  if (/[?？]\s*$/u.test(text)) return true;
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
      REQUEST_VERBS.has(token.basic_form) ||
      (token.surface_form === "か" && token.pos === "助詞" && at >= tokens.length - 3),
  );
}

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
    while (start < part.length && part[start]!.pos === "記号") start++;
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

/** Reads a question: its focus, what it asks, its parts, and whether it asks for a judgement on the asker's case. */
export function analyzeQuestion(question: string, morphology: Morphology): QuestionAnalysis {
  const text = question.normalize("NFKC").trim();
  const lang = detectLanguage(text);
  if (lang === "en")
    return analyzeEnglish(text, (japanese) => focusOf(morphology.morphemes(japanese)), translateEnglishQuery);
  // Sentence by sentence: after 「？」 kuromoji misreads the next word (「?いつ」 → い/つ).
  const tokens = text
    .split(/(?<=[。？?！!\n])/u)
    .filter((sentence) => sentence.trim() !== "")
    .flatMap((sentence) => morphology.morphemes(sentence));
  const focus = focusOf(tokens);
  const sentences = splitParts(tokens);
  const asking = sentences.filter(asks);
  const parts: QuestionPart[] = (asking.length > 0 ? asking : [tokens]).map((partTokens) => {
    const partFocus = focusOf(partTokens);
    // Only verbal nouns (検討されてた, 公表された) or generic ones: the part's topic is the question's.
    const elliptical = !partTokens.some(
      (token) =>
        token.pos === "名詞" &&
        ["一般", "固有名詞"].includes(token.pos_detail_1) &&
        nounClassOf(token.surface_form) === "none",
    );
    return {
      text: partTokens.map((token) => token.surface_form).join(""),
      askedType: askedTypeOf(partTokens),
      focus: elliptical ? focus : partFocus,
      elliptical,
      refersBack: partTokens.some((token) => ANAPHORA.has(token.surface_form)),
    };
  });
  const firstPerson = tokens.some(
    (token, at) =>
      FIRST_PERSON.has(token.surface_form) &&
      // うち is the asker only as a topic or subject (うちは, うちの会社), not 「そのうち」.
      (token.surface_form !== "うち" ||
        ((at === 0 || tokens[at - 1]?.pos === "記号") &&
          ["は", "の", "で", "が", "も"].includes(tokens[at + 1]?.surface_form ?? ""))),
  );
  const ownCase =
    (firstPerson || FIRST_PERSON_COMPOUND.test(text)) &&
    asking.some((part, at) => asksLegality(part, parts[at]!.askedType));
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
  };
}
