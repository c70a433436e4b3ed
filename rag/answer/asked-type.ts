import type { IpadicFeatures } from "kuromoji";
import type { AskedType } from "../types.ts";
import { type NounClass, nounClassOf } from "./noun-classes.ts";

export const QUESTION_WORDS = new Set([
  "何",
  "なに",
  "なん",
  "いつ",
  "どれ",
  "どこ",
  "どちら",
  "どっち",
  "誰",
  "だれ",
  "どなた",
  "いくら",
  "いくつ",
]);
export const QUESTION_DETERMINERS = new Set(["どの", "どんな", "どういう", "どういった", "いかなる", "どのような"]);
export const QUESTION_ADVERBS: Record<string, AskedType> = {
  なぜ: "reason",
  どうして: "reason",
  何故: "reason",
  どう: "procedure",
  どうやって: "procedure",
  いかに: "procedure",
};
export const REQUEST_VERBS = new Set([
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
  // 「施行日もお願いします」: kuromoji reads お願い as one noun, not the verb 願う.
  "お願い",
  "頂ける",
  "いただける",
  "もらえる",
  // 「設置日わかります？」 asks for the date; whether the bot knows it is not the point.
  "わかる",
  "分かる",
]);
const NUMERIC_CLASS: Partial<Record<NounClass, AskedType>> = {
  date: "date",
  amount: "amount",
  count: "count",
};

/** The noun a question word asks about: 「どの程度」「どんな手続き」「何分野」. */
function askedNounAfter(tokens: IpadicFeatures[], at: number): IpadicFeatures | undefined {
  for (let index = at + 1; index < Math.min(tokens.length, at + 4); index++) {
    const token = tokens[index]!;
    if (token.pos === "名詞" && token.pos_detail_1 !== "代名詞") {
      // The head of the compound decides (相互/関税/率 → 率): Japanese compounds end with their head.
      let head = index;
      while (tokens[head + 1]?.pos === "名詞" && tokens[head + 1]?.pos_detail_1 !== "非自立") head++;
      const last = tokens[head]!;
      return nounClassOf(last.surface_form) === "none" ? token : last;
    }
    // 「どんな新しいスキーム」: an adjective or a prefix between the question word and its noun modifies the noun.
    if (token.pos === "形容詞" || token.pos === "接頭詞") continue;
    if (token.pos !== "助詞" || token.surface_form !== "の") return undefined;
  }
  return undefined;
}

/** Particles after a time that make it the period a value is counted over: 「令和3〜7年度で」「2030年までに」. */
const PERIOD_PARTICLES = new Set(["で", "まで", "までに", "から", "に"]);

/**
 * The nearest noun before a position whose class is numeric: what 「どれくらい」 measures (予算 → amount). A time
 * followed by で or までに is the period it is counted over (「7年度でどのくらい出す」 asks how many, not when).
 */
function measuredBefore(tokens: IpadicFeatures[], at: number): AskedType | undefined {
  const from = Math.max(0, at - 6);
  for (let index = at - 1; index >= from; index--) {
    const token = tokens[index]!;
    const nounClass = nounClassOf(token.surface_form);
    const type = NUMERIC_CLASS[nounClass];
    if (nounClass === "date" && PERIOD_PARTICLES.has(tokens[index + 1]?.surface_form ?? "")) continue;
    if (token.pos === "名詞" && type) return type;
  }
  return undefined;
}

const PUNCTUATION = /^[?？!！。、,.]+$/u;

/** Before `at`, a number with a counter states how many there are (3つ, 5項目, 4分野). */
function statesCount(tokens: IpadicFeatures[], at: number): boolean {
  return tokens
    .slice(0, at)
    .some(
      (token, index) =>
        token.pos_detail_1 === "数" &&
        /^[0-9０-９一二三四五六七八九十]+$/u.test(token.surface_form) &&
        nounClassOf(tokens[index + 1]?.surface_form ?? "") !== "date" &&
        /^(つ|個|項目|点|種類|分野|制度|類型|領域|本柱|柱)$/u.test(tokens[index + 1]?.surface_form ?? ""),
    );
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

/**
 * 「経営者等が認識すべき原則は何」「企業がとるべき対策は何」: what one should do or keep in mind is a set of norms, whose
 * members are asked for, not a term to define. Not any described topic: 「強化した法律は何」 asks for one law's name.
 * `at` is the question word's token.
 */
export function normsAsked(tokens: IpadicFeatures[], at: number): boolean {
  const particle = tokens[at - 1];
  if (!particle || !["は", "って", "が"].includes(particle.surface_form)) return false;
  let k = at - 2;
  const noun = tokens[k];
  if (noun?.pos !== "名詞" || ["非自立", "代名詞"].includes(noun.pos_detail_1)) return false;
  while (k >= 0 && tokens[k]!.pos === "名詞") k--;
  const before = tokens[k];
  return before?.basic_form === "べし";
}

/** The question word follows the topic itself (Xとは, Xって, Xは), not a place or scope (Xには, Xでは). */
function asksAboutTopic(tokens: IpadicFeatures[], at: number): boolean {
  const particle = tokens[at - 1];
  if (particle?.surface_form === "って") return true;
  if (particle?.surface_form !== "は") return false;
  const before = tokens[at - 2];
  return before !== undefined && (before.pos === "名詞" || before.surface_form === "と");
}

/** Nouns that name what kind of thing a topic is: 「Xってどういう制度ですか」 asks what X is. */
const KIND_NOUNS = new Set([
  "制度",
  "仕組み",
  "仕組",
  "組織",
  "機関",
  "法律",
  "法令",
  "枠組み",
  "枠組",
  "会議",
  "団体",
  "概念",
]);

/** The question ends right after the noun, on a copula or a question mark (制度ですか, 制度なの？, 制度？). */
function endsOnCopula(tokens: IpadicFeatures[], from: number): boolean {
  const rest = tokens
    .slice(from)
    .map((token) => token.surface_form)
    .join("")
    .replace(/[?？。!！\s]+$/u, "");
  return /^(?:です|でしょう|だ|な|なの|なん|なんです|なんでしょう)?(?:か|の|かな|っけ)?$/u.test(rest);
}

/** The sentence that goes on from `from` asks something: a question mark, or a question ending (か, よね, っけ, の). */
function sentenceAsks(tokens: IpadicFeatures[], from: number): boolean {
  const words: string[] = [];
  for (let at = from; at < tokens.length; at++) {
    const surface = tokens[at]!.surface_form;
    if (/^[？?]/u.test(surface)) return true;
    if (/^[。!！]/u.test(surface)) break;
    words.push(surface);
  }
  return /(か|よね|ね|っけ|かな|の|でしょう)$/u.test(words.join(""));
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
  // 「責任者は誰にする決まりですか」 asks who, not whether: the one who is, said as the documents say it.
  if (["誰", "だれ", "どなた"].includes(surface)) return "definition";
  // 「分野ってどこですか」「どこに提出」: where, or which body or field, is asked, never whether.
  if (surface === "どこ") return "definition";
  // kuromoji reads 「何と書いてありますか」 as the adverb 何と (what a…): before a verb it asks what is said of the
  // asked noun (「金額が違う…それぞれ何と」 asks the amounts).
  if (surface === "何と" && next?.pos === "動詞")
    return topicBefore(tokens, at) ?? askedNounType(tokens) ?? namedFigureType(tokens.slice(0, at)) ?? "definition";
  if ((surface === "何" || surface === "なに" || surface === "なん") && token.pos === "名詞") {
    // 何か (anything) asks whether, not what.
    if (!next || next.surface_form === "か") return undefined;
    // 「何のための制度」「何のために」: what it is for is its purpose, a reason.
    if (next.surface_form === "の" && tokens[at + 2]?.surface_form === "ため") return "reason";
    // kuromoji tags a half-width 「?」 as a noun: 「何?」 ends the question, it is no counter (何件, 何社).
    const ends = PUNCTUATION.test(next.surface_form);
    if (!ends && next.pos === "名詞" && next.pos_detail_1 !== "非自立") {
      // 「研究者を何人か受け入れています。」: 何+counter+か in a sentence that asks nothing is "several", not a
      // question (何人ですか, 何個かあったよね, 何社か？ ask).
      if (tokens[at + 2]?.surface_form === "か" && !sentenceAsks(tokens, at + 3)) return undefined;
      const unitClass = nounClassOf(next.surface_form);
      if (unitClass === "date" || unitClass === "amount" || unitClass === "reason") return unitClass;
      return "count";
    }
    // 「Xは何ですか」: what is asked is X, so X's class decides (理由は何 → reason, 違いは何 → comparison).
    // 「3つあるらしいけど、何？」: after a stated count, 何 asks for the items; so does 「何が挙がっていますか」.
    // 「原則として挙げられているのは何ですか」: the listing verb may come before 何, in the clause 何 asks about.
    const listed =
      statesCount(tokens, at) ||
      tokens.some((other) => LISTING_VERBS.has(other.basic_form)) ||
      setOut(tokens) ||
      normsAsked(tokens, at);
    return topicBefore(tokens, at) ?? (listed ? "list" : "definition");
  }
  if (surface in QUESTION_ADVERBS && token.pos === "副詞") {
    // 「有効かどうか」: どう between か and か asks whether, not how.
    if (surface === "どう" && tokens[at - 1]?.surface_form === "か" && next?.surface_form === "か") return "yes-no";
    if (surface === "どう" && next?.basic_form === "違う") return "comparison";
    // 「指定数はどう変わっています」: how a count, a sum or a date changed is asked as that value at each time.
    const changed = surface === "どう" && (next?.basic_form === "変わる" || next?.surface_form === "変化");
    const changedValue = changed ? topicBefore(tokens, at) : undefined;
    if (changedValue === "count" || changedValue === "amount" || changedValue === "date") return changedValue;
    // 「施行時期はどうなっていますか」: how a date, a sum or a count stands is that value; anything else, what it is.
    if (surface === "どう" && next?.basic_form === "なる") return topicBefore(tokens, at) ?? "definition";
    if (surface === "どう" && next?.basic_form === "いう") return "definition";
    // 「どう定義されている」「どう位置づけられている」: how a thing is defined asks what it is, not how to do something.
    if (surface === "どう" && next && nounClassOf(next.surface_form) === "definition") return "definition";
    return QUESTION_ADVERBS[surface];
  }
  if (surface === "どれ" || surface === "どの" || QUESTION_DETERMINERS.has(surface)) {
    const extent = ["くらい", "ぐらい", "ほど"].includes(next?.surface_form ?? "");
    const asked = askedNounAfter(tokens, extent ? at + 1 : at);
    const askedClass = asked ? nounClassOf(asked.surface_form) : "generic";
    if (extent || askedClass === "extent") {
      if (askedClass !== "extent" && NUMERIC_CLASS[askedClass]) return NUMERIC_CLASS[askedClass];
      // 「どれくらい含まれていると対象に」「どのくらいを占める」: how much of a whole is a share, not a count.
      const share = tokens.slice(at + 1, at + 5).some((later) => SHARE_VERBS.has(later.basic_form));
      return measuredBefore(tokens, at) ?? (share ? "amount" : "count");
    }
    if (askedClass !== "generic" && askedClass !== "none") return classToType(askedClass);
    // 「どの性能・仕様以上が対象」: which level and above is a threshold, a value, not which things.
    if (surface === "どの" && thresholdAfter(tokens, at)) return "amount";
    if (surface === "どれ") return "list";
    // 「試験審査制度とはどういう制度」: the asked noun restates the topic's head, so what the topic is is asked
    // (but 「支援制度にはどういう制度が」 asks which ones).
    // 「Xとはどういう制度」 asks what X is, whatever the noun.
    // An adverb between the topic and the question word (「って結局どういう」「とはそもそも何」) hedges; it names nothing.
    // So do a comma and a clause on how to say it (「って、ざっくり言うと」「とは、一言で言えば」).
    let topicEnd = at - 1;
    while (topicEnd > 0) {
      const token = tokens[topicEnd]!;
      if (token.pos === "副詞" || token.pos_detail_1 === "副詞可能" || token.pos_detail_1 === "読点") topicEnd--;
      else if (
        (token.surface_form === "と" || token.surface_form === "ば") &&
        tokens[topicEnd - 1]?.basic_form === "言う"
      )
        topicEnd -= ["に", "で"].includes(tokens[topicEnd - 2]?.surface_form ?? "") ? 4 : 2;
      else break;
    }
    const definedWithToha = tokens[topicEnd]?.surface_form === "は" && tokens[topicEnd - 1]?.surface_form === "と";
    // 「セキュリティ・クリアランスってどういう制度ですか」: って is the spoken とは, and the noun closes the question
    // (ですか, なの), so what X is is asked; 「…ってどういう制度があるの」 asks which ones.
    // The noun names the kind of thing X is (制度, 仕組み, 組織); 「特定類型ってどういうケース」 asks for X's cases.
    const closesOnNoun =
      tokens[topicEnd]?.surface_form === "って" &&
      asked !== undefined &&
      KIND_NOUNS.has(asked.surface_form) &&
      endsOnCopula(tokens, tokens.indexOf(asked) + 1);
    if (
      asked &&
      asksAboutTopic(tokens, topicEnd + 1) &&
      (definedWithToha ||
        closesOnNoun ||
        tokens.slice(0, at).some((token) => token.surface_form === asked.surface_form))
    )
      return "definition";
    // どのように / どうやって: how to; どういうもの / どういうふう: what it is; どんな支援 / どの技術: which ones.
    const afterYou = asked ? tokens[tokens.indexOf(asked) + 1]?.surface_form : undefined;
    if (asked?.surface_form === "よう" && surface === "どの" && afterYou !== "な") return "procedure";
    // 「どのようなものが挙げられていますか」: what is listed asks for the items.
    if (tokens.some((other) => LISTING_VERBS.has(other.basic_form))) return "list";
    // 「必要な要素としてどんなものが整理されていますか」「どういうものがありますか」: the things there are, or that are set
    // out, are items; 「どういうものですか」 asks what one thing is.
    if (asked?.surface_form === "もの" && (afterYou === "が" || afterYou === "も")) return "list";
    if (!asked || ["もの", "ふう", "こと"].includes(asked.surface_form)) return "definition";
    return "list";
  }
  return undefined;
}

/** Words that make the noun before them a bound (以上, 未満): what is asked is the value where it lies. */
const BOUNDS = new Set(["以上", "以下", "未満", "超"]);

/** The nouns right after the question word (性能・仕様) end at a bound: 「どの性能・仕様以上」. */
function thresholdAfter(tokens: IpadicFeatures[], at: number): boolean {
  let index = at + 1;
  while (tokens[index]?.pos === "名詞" && !BOUNDS.has(tokens[index]!.surface_form)) {
    index++;
    if (tokens[index]?.surface_form === "・") index++;
  }
  return index > at + 1 && BOUNDS.has(tokens[index]?.surface_form ?? "");
}

/** いつ as written (not いつも): after は kuromoji reads 「はいつ」 as は/い/つ, so no token is the question word. */
export const WRITTEN_ITSU = /いつ(?!も)/u;

/** Verbs whose extent is a share of a whole (含む, 占める). */
const SHARE_VERBS = new Set(["含む", "含まれる", "占める"]);

/** Verbs that say items are listed (挙げる, 挙がる). */
export const LISTING_VERBS = new Set(["挙げる", "挙がる"]);

/** 「必要な要素として何が整理されていますか」: what a document has set out (整理され) is its items; the asker's own 「整理したい」 is not. */
function setOut(tokens: IpadicFeatures[]): boolean {
  return tokens.some(
    (token, at) =>
      token.basic_form === "整理" && tokens[at + 1]?.basic_form === "する" && tokens[at + 2]?.basic_form === "れる",
  );
}

/** Without a question word, the last classed noun before the predicate names what is asked: 「施行時期は」「理由を教えて」. */
/**
 * 「指定数と予算額、…それぞれ何と書いてありますか」: the values the question names, joined (と, や) or marked (は, が),
 * are what it asks to be told; the first figure's type (a count, an amount, a date) is the asked one.
 */
function namedFigureType(tokens: IpadicFeatures[]): AskedType | undefined {
  for (const [at, token] of tokens.entries()) {
    if (token.pos !== "名詞") continue;
    if (!["と", "や", "は", "が", "を"].includes(tokens[at + 1]?.surface_form ?? "")) continue;
    const nounClass = nounClassOf(token.surface_form);
    if (nounClass === "count" || nounClass === "amount" || nounClass === "date") return classToType(nounClass);
  }
  return undefined;
}

function askedNounType(tokens: IpadicFeatures[]): AskedType | undefined {
  let found: AskedType | undefined;
  tokens.forEach((token, at) => {
    if (
      token.surface_form === "全部" ||
      token.surface_form === "全て" ||
      token.surface_form === "すべて" ||
      LISTING_VERBS.has(token.basic_form) ||
      token.surface_form === "一覧"
    ) {
      found = "list";
      return;
    }
    if (token.pos !== "名詞") return;
    const following = tokens[at + 1];
    // 「施行日と、その後延期になったかどうかも」: a part cut at と before another part asks for the noun it ends on.
    const endsPart = following?.surface_form === "と" && tokens.slice(at + 2).every((token) => token.pos === "記号");
    // Only a noun that is the topic or object of the request counts, not one inside a modifier (2024年に改訂された).
    // 「設置日わかります？」: in speech the particle before the request verb is often dropped.
    if (
      following &&
      !endsPart &&
      !["は", "を", "が", "って", "について", "も", "?", "。"].includes(following.surface_form) &&
      !REQUEST_VERBS.has(following.basic_form)
    )
      return;
    const nounClass = nounClassOf(token.surface_form);
    if (nounClass !== "generic" && nounClass !== "extent" && nounClass !== "none") found = classToType(nounClass);
    // 「4つの柱も教えて」: a counted noun asked for is its items.
    else if (statesCount(tokens, at)) found = "list";
  });
  return found;
}

/** The asked type of one part: a question word first, then the asked noun, then the sentence form. */
export function askedTypeOf(tokens: IpadicFeatures[]): AskedType {
  for (let at = 0; at < tokens.length; at++) {
    const type = questionWordType(tokens, at);
    if (type) return type;
  }
  // After は, kuromoji sometimes reads 「はいつ」 as は/い/つ: the question word is still there in the text.
  if (WRITTEN_ITSU.test(tokens.map((token) => token.surface_form).join(""))) return "date";
  const nounType = askedNounType(tokens);
  if (nounType && NUMERIC_ASKED.has(nounType) && asksYesNo(tokens) && asksAboutAction(tokens)) return "yes-no";
  // 「推進法には定義が書いてあるんですか」: whether a definition is there, not what it is.
  if (nounType === "definition" && asksYesNo(tokens) && asksWhetherStated(tokens)) return "yes-no";
  // 「経営者が認識すべき原則は？」: a topic and a question mark ask what it is, as 「…原則は何？」 does.
  const mark = endsOnTopic(tokens);
  if (mark !== undefined) return nounType ?? (normsAsked(tokens, mark) ? "list" : "definition");
  return nounType ?? (asksYesNo(tokens) ? "yes-no" : "definition");
}

/**
 * Where the question mark stands when a part ends on a noun and its topic particle (「原則は？」「対象って？」), with
 * nothing asked after it; undefined for any other ending.
 */
export function endsOnTopic(tokens: IpadicFeatures[]): number | undefined {
  const mark = tokens.length - 1;
  if (mark < 2 || !/^[?？]+$/u.test(tokens[mark]!.surface_form)) return undefined;
  const particle = tokens[mark - 1]!;
  const noun = tokens[mark - 2]!;
  const topic = (particle.surface_form === "は" && particle.pos === "助詞") || particle.surface_form === "って";
  return topic && noun.pos === "名詞" && noun.pos_detail_1 !== "代名詞" ? mark : undefined;
}

const NUMERIC_ASKED = new Set<AskedType>(["amount", "count"]);
/** Verbs that only say the value is there (費用はかかる, 数はある): the question still asks the value. */
const BEING_VERBS = new Set(["ある", "いる", "なる", "する", "かかる", "決まる"]);

/** Verbs that say a text has something (書いてある, 記載がある, 定めている, 明記されている). */
const STATED_VERBS = new Set(["ある", "書く", "記載", "明記", "定める", "規定", "載る", "置く"]);

/** A defining noun the question says is there or not (定義が書いてある, 定義はある): it asks whether. */
function asksWhetherStated(tokens: IpadicFeatures[]): boolean {
  return tokens.some(
    (token, at) =>
      token.pos === "名詞" &&
      nounClassOf(token.surface_form) === "definition" &&
      ["が", "は", "って", "も"].includes(tokens[at + 1]?.surface_form ?? "") &&
      tokens.slice(at + 2).some((later) => STATED_VERBS.has(later.basic_form)),
  );
}

/**
 * 「費用は研究費から出せるのでしょうか」: a yes/no question whose verb says what may be done with the value
 * asks whether, not how much.
 */
function asksAboutAction(tokens: IpadicFeatures[]): boolean {
  return tokens.some(
    (token, at) =>
      token.pos === "動詞" &&
      token.pos_detail_1 === "自立" &&
      !BEING_VERBS.has(token.basic_form) &&
      !REQUEST_VERBS.has(token.basic_form) &&
      tokens.slice(0, at).some((before) => before.surface_form === "は" || before.surface_form === "って"),
  );
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
  // 「…と聞きましたが、本当ですか」: what the asker heard is the claim asked about, not a request.
  const heard = (at: number) =>
    tokens[at]!.basic_form === "聞く" &&
    ["と", "って"].includes(tokens[at - 1]?.surface_form ?? "") &&
    tokens.slice(at + 1, at + 3).some((token) => token.basic_form === "た");
  const hasRequest = tokens.some((token, at) => REQUEST_VERBS.has(token.basic_form) && !heard(at));
  if (hasRequest) return false;
  const tail = tokens.filter((token) => token.pos !== "記号").slice(-3);
  return (
    tail.some((token) => token.surface_form === "か" || token.surface_form === "の") ||
    /[?？]$/u.test(tokens.map((token) => token.surface_form).join(""))
  );
}
