import type { IpadicFeatures } from "kuromoji";
import { escapeRegExp } from "../escape-regexp.ts";
import { japaneseNumber } from "../japanese-numbers.ts";
import { vocabularyEntries } from "../retrieve/english-lexicon.ts";
import { englishDayMonth, englishFigures } from "./english-figures.ts";
import { englishLabel } from "./english-labels.ts";
import {
  adverbOf,
  capitalised,
  countedNoun,
  nounForm,
  ordinalWord,
  pluralOf,
  qualityNoun,
  titled,
  verbForm,
} from "./english-word-forms.ts";
import { nounClassOf } from "./noun-classes.ts";
import type { Morphology } from "./question-analysis.ts";
import { romanizedName } from "./romanized-names.ts";

/**
 * A Japanese line as the pieces `englishReading` puts together: glossary terms with their English forms, figures
 * read in English, and the particles, brackets and endings of the small grammar it reads. A word no glossary knows
 * leaves the line unread (undefined).
 */

export type Piece =
  | {
      kind: "term";
      english: readonly string[];
      action: boolean;
      names: readonly string[];
      adjectival: boolean;
      /** A verb (含む), not an action noun (強化). */
      verb?: boolean;
    }
  | { kind: "figure"; english: string; date: boolean }
  | { kind: "link"; english: string }
  /** `notOnly`: 「AのみならずB」, not only A but also B; `phrases`: と or や, which may join two whole phrases. */
  | { kind: "and"; comma: boolean; notOnly?: boolean; phrases?: boolean; pause?: boolean }
  /** `pause`: a date set off by a comma or a space (「10月9日、」), when the whole sentence happens. */
  | { kind: "case"; marks: Case; pause?: boolean }
  | { kind: "aside"; english: string }
  | { kind: "etc" }
  | { kind: "approx"; english: string }
  /** Where one clause ends and the next begins; `but` for 「…が、」, which sets the next against it. */
  | { kind: "break"; but?: boolean }
  | { kind: "modal"; english: string }
  | { kind: "prefix"; english: string }
  /** 「依存しない」「整備されていない」「入っておらず」: the action before is denied. */
  | { kind: "not" }
  /** 「考えられる」 (`potential`): what can be, not what is done (can be considered). */
  | { kind: "passive"; past: boolean; potential?: boolean }
  /** The clause before describes the noun after (「政府が公表した指針」). */
  | { kind: "relative" }
  /** ・ between two names: the next term joins the one before (UAE-NZ). */
  | { kind: "joiner" }
  /**
   * 「…を防止するため、」: the clause before is what the rest is done for; 「…を強化するための連携」 (`modifies`): the
   * noun after is there for it.
   */
  | { kind: "purpose"; modifies: boolean }
  /** 「…が台頭する中、」 (as), 「…を要するため、」 (because): the clause before is the circumstance of the rest. */
  /** 「…を受けた際の連携」 (`modifies`): the noun after is for that time (cooperation for when …). */
  | { kind: "circumstance"; english: "as" | "because" | "when" | "if" | "given that"; modifies?: boolean }
  /** 「…を課すものではなく、…を示すもの」: the clause before is denied, the one after said instead (not …, but …). */
  | { kind: "contrast" }
  /** 「正社員に限った議論ではなく、…を想定」: the noun phrase before is what the rest is said rather than (rather than …). */
  | { kind: "rather" }
  /** 「…を活用しながら、」: the clause before is done alongside the rest (while …ing). */
  | { kind: "while" }
  | { kind: "adverb"; english: string }
  /** 「…を制限する法令はない」: the noun before is not there at all (there is no law …). */
  | { kind: "absent" }
  /** 「…を達成することが発表され」: the clause before is what was announced (it was announced that …). */
  | { kind: "reported"; english: string };

export type Case =
  | "topic"
  | "subject"
  | "object"
  | "to"
  | "in"
  | "from"
  | "by"
  | "until"
  | "with"
  | "when"
  | "on"
  | "as"
  | "based on"
  /** 「これを端緒として」: what sets the clause off (triggered by this). */
  | "triggered by"
  /** 「施行後三年を目途として」: roughly when (around 3 years after enforcement). */
  | "around"
  | "in light of"
  | "before"
  | "in accordance with"
  | "in addition to"
  | "for"
  | "under"
  | "toward"
  | "through"
  | "according to"
  /** 「欧米企業と比較して、」: what the clause is measured against, said first (compared with …). */
  | "compared with"
  /** 「先端技術については、」: the topic the clause is said about (regarding). */
  | "regarding"
  /** 「体制作りも重要」: も in place of が, the subject of which the clause is said too. */
  | "also"
  /** 「不競法の対象となる」: what the clause becomes, closing it (is subject to …). */
  | "becomes"
  /** 「…技術を用いて製造された」: what an action is done with (using …). */
  | "using"
  /** 「米中技術覇権争いを背景に」: what the clause happens against (against the backdrop of …). */
  | "against the backdrop of";

/** Particles that join a modifier to the noun after it, and how English says it once turned around. */
const LINKS: Record<string, string> = {
  の: "of",
  // 「中国以外の国・地域」: countries and regions other than China.
  以外の: "other than",
  への: "to",
  からの: "from",
  による: "by",
  における: "in",
  に対する: "on",
  に関する: "on",
  との: "with",
  // 「我が国にとっての優位性」: superiority for Japan.
  にとっての: "for",
  での: "in",
  としての: "as",
  向けの: "for",
  についての: "on",
  に係る: "on",
  にかかる: "on",
  を通じた: "through",
  に伴う: "accompanying",
  // 「…強化に向けた動き」: moves toward …; 「…を踏まえた検討」: a review based on ….
  に向けた: "toward",
  // 「経済安全保障を推進するに当たっての論点」: issues in promoting economic security.
  に当たっての: "in",
  にあたっての: "in",
  を踏まえた: "based on",
  に基づく: "based on",
  に基づいた: "based on",
  に応じた: "according to",
  といった: "such as",
};

/** Parts of speech a link is made of: particles, and the verb and auxiliary of 「を通じた」「に伴う」. */
const LINK_PARTS: ReadonlySet<string> = new Set(["助詞", "動詞", "助動詞"]);

/** Particles that mark a noun's part in the clause. */
const CASES: Record<string, Case> = {
  は: "topic",
  が: "subject",
  では: "in",
  を: "object",
  に: "to",
  へ: "to",
  で: "in",
  において: "in",
  にて: "in",
  から: "from",
  により: "by",
  によって: "by",
  まで: "until",
  までに: "until",
  とともに: "with",
  について: "on",
  として: "as",
  に基づき: "based on",
  に基づいて: "based on",
  を踏まえ: "in light of",
  を踏まえて: "in light of",
  に先立ち: "before",
  に伴い: "with",
  に従い: "in accordance with",
  にとって: "for",
  に当たり: "in",
  に際して: "in",
  に際し: "in",
  にあたり: "in",
  に当たって: "in",
  にあたって: "in",
  // 「中国以外の国・地域に対し、…を輸出する」: to whom an action is directed.
  に対し: "to",
  に対して: "to",
  に加え: "in addition to",
  に加えて: "in addition to",
  に向けて: "toward",
  に向け: "toward",
  を通じて: "through",
  と比較して: "compared with",
  と比べて: "compared with",
  に比べて: "compared with",
  に比べ: "compared with",
  によると: "according to",
  によれば: "according to",
  を通じ: "through",
};

const AND = new Set(["と", "や", "及び", "および", "並びに", "ならびに", "かつ", "、", ",", "・", "/", "+"]);
/** Joins of whole phrases (「…の構築及び…の機能」), not of two nouns (半導体・蓄電池). */
const WIDE_AND = new Set(["、", ",", "及び", "並びに", "ならびに"]);
const ETC = new Set(["等", "など"]);
/** Words before a figure that English says before it too. */
const APPROX: Record<string, string> = {
  約: "about",
  計: "a total of",
  総額: "a total of",
  最大: "up to",
  上限: "up to",
  // 「中核的国防支出は少なくとも3.5%」
  少なくとも: "at least",
};
/** Prefixes English also puts before the noun: 非公開 → non-disclosure, 再検討 → reconsideration. */
const PREFIXES: Record<string, string> = {
  非: "non-",
  再: "re-",
  諸: "various ",
  各: "each ",
  新: "new ",
  旧: "former ",
  現: "current ",
  全: "all ",
  総: "total ",
  本: "this ",
  重: "heavy ",
  高: "high-",
  両: "both ",
  お: "",
  ご: "",
};
/** Endings that turn a noun into an adjective or a noun of a quality, and the English endings that match them. */
const SUFFIX_FORMS: Record<string, RegExp> = {
  // 安定的 → stable, 中長期的 → medium- and long-term: any adjective the glossary gives.
  的: /(?:ic|al|ive|ous|ary|(?<!m)ent|ant|ble|ful|-term)$/u,
  性: /(?:ity|ness|ence|ance)$/u,
  化: /(?:ization|isation|ification)$/u,
};
/** Endings English says with a phrase: 経済安全保障上 → in terms of economic security, 改訂版 → revised version. */
const SUFFIX_PHRASES: Record<string, (english: string) => string> = {
  上: (english) => `in terms of ${english}`,
  版: (english) => `${english} version`,
};
/** 更なる, さらなる before a noun. */
const FURTHER = "further ";
/** Words before a noun: この → this, 単なる → mere. */
const DETERMINERS: Record<string, string> = {
  この: "this ",
  その: "its ",
  これらの: "these ",
  単なる: "mere ",
  あらゆる: "every ",
  いわゆる: "so-called ",
};
/** 同 before a noun it refers back with (同法: the Act the line named before). */
const SAME_NOUNS: Record<string, string> = { 法: "the Act", 社: "the company", 省: "the ministry", 国: "the country" };

/** Nouns that, with に, say how an action is done. */
const MANNER_NOUNS: Record<string, string> = { 未然: "proactively", 一律: "uniformly", 一斉: "simultaneously" };

/** Adverbs, said before the verb. */
const ADVERBS: Record<string, string> = {
  まず: "first",
  一層: "further",
  さらに: "further",
  更に: "further",
  特に: "especially",
  既に: "already",
  すでに: "already",
  極めて: "extremely",
  常に: "always",
  必ず: "always",
  引き続き: "continuously",
  早急: "urgently",
};
const MODALS: Record<string, string> = { べき: "should", できる: "can" };
/** Auxiliaries that add tense or politeness only (た, です, ます, である's で), which a headline leaves out. */
const PLAIN_AUXILIARIES = new Set(["た", "だ", "です", "ます", "な", "ある"]);

/** Verbs that only carry an action or a noun (する, いる, される), which a headline leaves out. */
const AUXILIARY_VERBS = new Set(["する", "いる", "ある", "いく", "おる"]);
const OPENING = new Set(["(", "「", "『", "【", "[", "<"]);
const CLOSING: Record<string, string> = { "(": ")", "「": "」", "『": "』", "【": "】", "[": "]", "<": ">" };
/** Pronouns: これを踏まえ → in light of this. */
const PRONOUNS: Record<string, string> = { これ: "this", これら: "these", それ: "it", それら: "those" };

/** The glossary's forms for a term, best first, the hand-written name before the vocabulary's. */
function formsOf(term: string): readonly string[] | undefined {
  const marked = READING_WORDS[term];
  if (marked) return marked;
  const label = englishLabel(term);
  const vocabulary = vocabularyEntries(term);
  return label ? [label, ...(vocabulary ?? [])] : vocabulary;
}

/** A term's forms from the hand-written lists alone, not the vocabulary. */
function handWritten(term: string): readonly string[] | undefined {
  const label = englishLabel(term);
  return READING_WORDS[term] ?? (label === undefined ? undefined : [label]);
}

/**
 * Words the reading says otherwise than the search glossary: how a slide marks its text (「赤字部分は改正部分」: red
 * text there is no deficit), and 徹底, which the glossary gives as an adjective (thorough) but a line uses as its verb
 * (「技術管理を徹底」: ensure technology control).
 */
const READING_WORDS: Readonly<Record<string, readonly string[]>> = {
  赤字部分: ["parts in red"],
  下線部: ["underlined parts"],
  下線部分: ["underlined parts"],
  徹底: ["ensure", "ensured", "ensuring", "thoroughness"],
  // A loanword the glossary lacks, which the tokenizer cuts (ド|ローン), and names it does not give whole.
  ドローン: ["drone", "drones"],
  低金利融資: ["low-interest loan"],
  マウンテンパス: ["Mountain Pass"],
  // The Cabinet's yearly policy by its names.
  骨太の方針: ["Honebuto Policy"],
  骨太方針: ["Honebuto Policy"],
  経済財政運営と改革の基本方針: ["Basic Policy on Economic and Fiscal Management and Reform"],
  // The Act's full title, which the glossary reads as its first words and its short name ("Foreign exchange and …").
  外国為替及び外国貿易法: ["Foreign Exchange and Foreign Trade Act"],
  // 「関心が高い」: interest; the label the glossary gives for questions (drawing attention) is no noun for it.
  関心: ["interest", "interests", "concern"],
  公正取引委員会: ["Japan Fair Trade Commission"],
  // The action plans' own name for what they strengthen.
  "産業・技術基盤強化": ["strengthening of the industrial and technological base"],
  // 「…が狙われており」: targeted, not "aimed".
  狙う: ["target", "targeted", "targeting"],
  狙い: ["aims", "aim", "purpose"],
  // 「(適用日未定)」: the date a rule applies from.
  適用日: ["application date"],
  欧州委員会貿易総局: ["European Commission's DG Trade"],
  // 「…を担当」: be in charge of.
  担当: ["in charge", "be in charge of", "responsible", "person in charge"],
  // 「推進法の4つの柱」: the pillars a law or a plan stands on.
  柱: ["pillar", "pillars"],
  // 「考え方を取りまとめ」: compile; kuromoji tags the verb's stem a noun.
  取りまとめ: ["compile", "compiled", "compiling", "compilation"],
  // The Unfair Competition Prevention Act by its short name, which the tokenizer cuts (不|競|法).
  不競法: ["Unfair Competition Prevention Act"],
  // 「特定国に依存している」: depends on; the glossary gives the noun first (dependence).
  依存: ["depend", "depended", "depending", "dependence", "reliance"],
  // 「技術流出に対して過度に委縮する」: shrink back (from …); the glossary gives the noun first (chilling effect).
  委縮: ["shrink back", "shrank back", "shrinking back"],
  // 「…理事長(座長)」: the chair of a meeting, a person, not the verb's -ing (chairing).
  座長: ["chair", "chairperson"],
  // 「経産省関係では、…」: METI's, in its capitals.
  経産省関係: ["METI-related"],
  // 「外国で製造された製品」: produced; the glossary gives the -ing noun first (manufacturing), and "manufacture" ends
  // like a noun (structure), which the word forms do not take for a verb.
  製造: ["produce", "produced", "producing", "manufacturing", "production"],
  // 「人を通じた技術流出」: leakage through people; the vocabulary has no entry for the one-kanji word.
  人: ["people", "person"],
  // 「契約を締結」: conclude a contract; the vocabulary's adjective (contractual) is no object.
  契約: ["contract", "contracts"],
  // 「…への対策を記載している」: describes; the glossary gives the participle first (described).
  記載: ["describe", "described", "describing", "description"],
};

interface Token {
  surface: string;
  /** As the line writes it: EU, not eu. */
  written: string;
  at: number;
  features: IpadicFeatures;
}

const MAX_TERM_TOKENS = 6;
/**
 * A hand-written name may run longer (経済財政運営と改革の基本方針 is eight tokens); the vocabulary's entries that long
 * are compounds it gives the words of in part (経済安全保障推進法成立後: "economic security promotion act").
 */
const MAX_NAME_TOKENS = 8;

function tokensOf(text: string, morphology: Morphology): Token[] {
  return morphology.morphemes(text).map((features) => {
    const at = features.word_position - 1;
    return { surface: features.surface_form, written: text.slice(at, at + features.surface_form.length), at, features };
  });
}

/** The names (countries, people, bodies) a term's words are, as the glossary writes them, for capitals. */
function namesIn(span: readonly Token[]): string[] {
  return span
    .filter(
      (token) => token.features.pos_detail_1 === "固有名詞" && ["人名", "地域"].includes(token.features.pos_detail_2),
    )
    .flatMap((token) => formsOf(token.surface)?.slice(0, 1) ?? []);
}

/** The longest run of tokens from `i` that a glossary names. */
function termAt(tokens: readonly Token[], i: number): { piece: Piece; length: number; relative?: boolean } | undefined {
  const verb = verbAt(tokens, i);
  if (verb !== "none") return verb;
  for (let length = Math.min(MAX_NAME_TOKENS, tokens.length - i); length >= 1; length--) {
    const span = tokens.slice(i, i + length);
    const surface = span.map((part) => part.surface).join("");
    if (length > MAX_TERM_TOKENS && handWritten(surface) === undefined) continue;
    // A lone kana is a particle or an ending, never a term.
    if (length === 1 && !/[\p{Script=Han}\p{Script=Katakana}]/u.test(surface)) return undefined;
    // ロシア向け is read by the grammar (for Russia), not as the vocabulary's "to russia"; 転職そのもの as the job
    // change itself, not as the vocabulary's "job change".
    if ((span.some((part) => part.surface === "向け") || ITSELF.has(span.at(-1)!.surface)) && length > 1) continue;
    // 「第6回経済安全保障に関する…有識者会議」: the round is the meeting's, at the end of the chain, not the first noun's.
    const next = tokens[i + length];
    const nounAfter = next?.features.pos === "名詞" && /[\p{Script=Han}\p{Script=Katakana}]/u.test(next.surface);
    if (/^第[0-9]+回/u.test(surface) && (CHAIN_LINKS.has(next?.surface ?? "") || nounAfter)) continue;
    // A country is named, not described: 中国 is China, though the hand-written glossary labels it "chinese".
    const place = length === 1 && span[0]!.features.pos_detail_2 === "地域";
    // 米国 is the United States: a place's name in capitals, as the vocabulary writes it in lower case.
    // 「ケース・スタディ」「グローバル・サウス」: a loanword the glossary writes without the ・ inside it. Not a kanji
    // compound: the glossary's 先端重要技術 (critical and emerging technologies) is not 先端・重要技術.
    const inner = length > 2 && /^[ァ-ヶー]+・[ァ-ヶー]+$/u.test(surface) ? surface.replace("・", "") : undefined;
    // 「角南篤」: a person the glossary does not know, named in Latin letters from the tokenizer's reading.
    // A family name then a given name, two words: a lone one-character 人名 is as often a word (金 of (金), 等).
    const [family, given] = span;
    const person =
      span.length === 2 &&
      family?.features.pos_detail_2 === "人名" &&
      family.features.pos_detail_3 === "姓" &&
      given?.features.pos_detail_2 === "人名" &&
      given.features.pos_detail_3 === "名" &&
      family.features.reading !== undefined &&
      given.features.reading !== undefined &&
      // The glossary's own reading of a name (田上 Tagami) stands.
      (formsOf(family.surface) === undefined || formsOf(given.surface) === undefined)
        ? romanizedName([family.features.reading, given.features.reading])
        : undefined;
    const forms =
      (place ? vocabularyEntries(surface)?.map(titled) : undefined) ??
      formsOf(surface) ??
      (inner === undefined ? undefined : vocabularyEntries(inner)) ??
      (person === undefined ? undefined : [person]);
    if (!forms || forms.length === 0) continue;
    const last = span.at(-1)!.features;
    // A person's or a body's name; kuromoji also tags katakana it does not know (オープンウェイトモデル) as a name.
    const whole = span.every(
      (part) =>
        part.features.pos_detail_1 === "固有名詞" &&
        (part.features.pos_detail_2 === "人名" ||
          (part.features.pos_detail_2 === "組織" && /\p{Script=Han}/u.test(part.surface))),
    );
    // 「AZEC閣僚会合」: the Latin name as the line writes it, not as the vocabulary folds it.
    const latin = span.filter((part) => /^[A-Za-z]/u.test(part.written)).map((part) => part.written);
    // 「外為法」: a law is named with capitals (Foreign Exchange and Foreign Trade Act), as English writes an Act's title.
    const law = surface.length >= 3 && /法上?$/u.test(surface);
    const cased = forms.map((form) => {
      const written = withLatinCase(form, latin);
      // "act on the protection and utilization of …": an Act's title that opens with the word, capitalised as well.
      return law && /\b(?:act|law)$|^act (?:on|for|concerning) /u.test(written) ? titled(written) : written;
    });
    // 「官民が対話する」: an action the glossary names by its noun only (dialogue, dialogues), done with する, is engaged
    // in (engage in dialogue). Not a word the glossary gives as a verb too (堅持: maintain).
    const engaged =
      last.pos_detail_1 === "サ変接続" &&
      verbForm(forms) === undefined &&
      tokens[i + length]?.features.basic_form === "する"
        ? countedNoun(forms)
        : undefined;
    if (engaged !== undefined)
      return {
        piece: {
          kind: "term",
          english: ["engage in", "engaged in", "engaging in"].map((verb) => `${verb} ${engaged}`),
          action: true,
          names: [],
          adjectival: false,
        },
        length,
      };
    return {
      piece: {
        kind: "term",
        english: whole ? cased.map(titled) : cased,
        // A verb's stem kuromoji tags a plain noun (取りまとめ) is an action when the reading's own words say so.
        action:
          (last.pos_detail_1 === "サ変接続" || READING_WORDS[surface] !== undefined) && verbForm(forms) !== undefined,
        names: namesIn(span),
        // 重要 (な) and 激しい: an adjective either way, the second with no な before its noun.
        adjectival: last.pos_detail_1 === "形容動詞語幹" || (length === 1 && last.pos === "形容詞"),
      },
      length,
    };
  }
  return undefined;
}

/**
 * Whether the word after a verb is a noun its clause describes (「影響を受ける企業」): not a dependent noun (こと, ため),
 * nor 場合, after which the clause is a condition (「…する場合は、」).
 */
function describesNext(next: IpadicFeatures | undefined): boolean {
  return next?.pos === "名詞" && next.pos_detail_1 !== "非自立" && next.surface_form !== "場合";
}

/** 「(ような)場合の」「場合への」 from `at`: 場合 as the cases a clause before it names, which a noun after it is for. */
function namesCases(tokens: readonly Token[], at: number): boolean {
  const from = tokens[at]?.surface === "よう" && tokens[at + 1]?.surface === "な" ? at + 2 : at;
  const after = tokens.slice(from + 1, from + 3).map((token) => token.surface);
  return tokens[from]?.surface === "場合" && (after[0] === "の" || (after[0] === "へ" && after[1] === "の"));
}

/**
 * A verb the vocabulary knows (求める, 高まる) as an action; "none" when the token is no such verb, undefined when it
 * describes the noun after it (「影響を受ける企業」), a clause the grammar does not read.
 */
function verbAt(
  tokens: readonly Token[],
  i: number,
): { piece: Piece; length: number; relative?: boolean } | undefined | "none" {
  const { features } = tokens[i]!;
  if (features.pos !== "動詞" || features.pos_detail_1 !== "自立" || AUXILIARY_VERBS.has(features.basic_form))
    return "none";
  // 「枠組みと狙い」: a verb's stem the reading's own words give as a noun (aims).
  if (features.surface_form !== features.basic_form && READING_WORDS[features.surface_form] !== undefined)
    return "none";
  const forms = formsOf(features.basic_form);
  // A verb's first plain word is a verb (高まる: rise), though the list may not give its past.
  const verb =
    forms && (verbForm(forms) ?? forms.find((form) => /^[a-z]+$/u.test(form) && !/(?:ing|ed|s)$/u.test(form)));
  if (!forms || verb === undefined) return "none";
  const next = tokens[i + 1]?.features;
  // 「影響を受ける企業」: the clause describes the noun after it; so does 「…を失う(ような)場合への対策」, where 場合 is
  // the cases the clause names, not a condition.
  const describes = describesNext(next) || namesCases(tokens, i + 1);
  return {
    ...(describes ? { relative: true } : {}),
    piece: {
      kind: "term",
      english: [verb, ...forms.filter((form) => form !== verb)],
      action: true,
      names: [],
      adjectival: false,
      verb: true,
    },
    length: 1,
  };
}

/**
 * A term with the prefix before it (非公開 → non-disclosure) and the ending after it (戦略的 → strategic, 安全性 →
 * safety): undefined when the glossary has no English form that takes the ending.
 */
function withAffixes(
  term: Piece,
  after: Token | undefined,
  before: Piece | undefined,
): { piece: Piece; prefixed: boolean; suffixed: boolean } | undefined {
  if (term.kind !== "term") return { piece: term, prefixed: false, suffixed: false };
  let piece = term;
  const suffix = after?.features.pos_detail_1 === "接尾" ? after.surface : undefined;
  const ending = suffix ? SUFFIX_FORMS[suffix] : undefined;
  const phrase = suffix ? SUFFIX_PHRASES[suffix] : undefined;
  if (ending) {
    // 不可欠性: the glossary gives the adjective (indispensable); English forms its quality noun regularly.
    const form =
      term.english.find((english) => ending.test(english)) ??
      (suffix === "性" && term.adjectival ? qualityNoun(term.english) : undefined) ??
      // サプライチェーン強靱化: making a thing of a quality is named by the quality (supply chain resilience).
      (suffix === "化" ? term.english.find((english) => /(?:ence|ency|ity|ness)$/u.test(english)) : undefined) ??
      // 先端的: a thing (not an action) whose glossary word is a participle used as an adjective (advanced).
      (suffix === "的" && !term.action ? term.english.find((english) => /^[a-z]+ed$/u.test(english)) : undefined);
    if (form === undefined) return undefined;
    piece = { ...piece, english: [form], action: false, verb: false, adjectival: suffix === "的" };
  } else if (phrase) piece = { ...piece, english: [phrase(term.english[0]!)], action: false, verb: false };
  const prefixed = before?.kind === "prefix";
  // 「更なる強化」: a further strengthening, the action named, not done.
  if (prefixed && before.english === FURTHER && piece.action)
    piece = { ...piece, english: [`${FURTHER}${nounForm(piece.english)}`], action: false, verb: false };
  else if (prefixed)
    piece = {
      ...piece,
      // 全ての加盟国: all member states; 諸外国: various foreign countries, the noun as many.
      english: MANY_PREFIXES.has(before.english)
        ? [`${before.english}${pluralForm(piece.english)}`]
        : piece.english.map((english) => `${before.english}${english}`),
    };
  return { piece, prefixed, suffixed: ending !== undefined || phrase !== undefined };
}

/**
 * The noun phrase the pieces end with: back to the last particle, clause break or comma (「…の促進とその成果の活用のため、
 * 資金支援、官民伴走支援」 ends with 官民伴走支援).
 */
function currentPhrase(pieces: readonly Piece[]): readonly Piece[] {
  const start = pieces.findLastIndex(
    (piece) =>
      ["case", "break", "purpose", "circumstance", "relative", "while", "contrast"].includes(piece.kind) ||
      (piece.kind === "and" && piece.comma),
  );
  return pieces.slice(start + 1);
}

/** 「と比較して」「に比べて」「に比べ」 from token `i`: how many tokens it takes, 0 when none is there. */
function comparedWith(tokens: readonly Token[], i: number): number {
  if (!["と", "に"].includes(tokens[i]?.surface ?? "") || tokens[i]!.features.pos !== "助詞") return 0;
  const verb = tokens[i + 1];
  const compare =
    verb?.surface === "比較" && tokens[i + 2]?.surface === "し" ? 3 : verb?.features.basic_form === "比べる" ? 2 : 0;
  if (compare === 0) return 0;
  // 「比較して、」「比べ、」: the te-form, and the comma that closes the phrase, are part of it.
  const te = tokens[i + compare]?.surface === "て" ? 1 : 0;
  return tokens[i + compare + te]?.surface === "、" ? compare + te : 0;
}

/** Particles after which a noun phrase goes on to the noun it modifies. */
const CHAIN_LINKS: ReadonlySet<string> = new Set([
  "の",
  "に関する",
  "における",
  "への",
  "に係る",
  "に対する",
  "についての",
]);

/** Years named from now: 本年4月 is April this year. */
const RELATIVE_YEARS: Readonly<Record<string, string>> = { 本年: "this year", 今年: "this year", 昨年: "last year" };

/** What a slide dates with a month and a day (「11/20開催」): held, decided, published, enforced. */
const DATED_ACTIONS: ReadonlySet<string> = new Set(["開催", "閣議決定", "決定", "公表", "施行", "公布", "成立"]);

/** Whether the tokens from `at`, spaces aside, open with an action a slide dates (開催, 閣議決定 …). */
function datedAction(tokens: readonly Token[], at: number): boolean {
  const following = tokens
    .slice(at)
    .map((token) => token.surface)
    .join("")
    .trimStart();
  return [...DATED_ACTIONS].some((action) => following.startsWith(action));
}

/** Words after a noun that stress it is the thing itself. */
const ITSELF: ReadonlySet<string> = new Set(["そのもの", "自体"]);

/** A term's word as a noun: the action named (job change, strengthening), or the thing. */
function termWord(piece: Extract<Piece, { kind: "term" }>): string {
  return piece.action ? nounForm(piece.english) : piece.english[0]!;
}

/** 措置 closing a line after its object: what is provided. */
const PROVIDE: readonly string[] = ["provide", "provided", "providing", "provision"];

/** 大きく → significantly: the first of the adjective's forms English makes an adverb of. */
function adverbOfAdjective(token: Token): string | undefined {
  const forms = formsOf(token.features.basic_form) ?? [];
  return forms.find((form) => /^[a-z]+ly$/u.test(form)) ?? forms.map(adverbOf).find((form) => form !== undefined);
}

/** Nouns of time a clause may open with as its topic, and the adverb English says them with. */
const TIME_ADVERBS: Readonly<Record<string, string>> = {
  現在: "currently",
  今後: "going forward",
  当面: "for the time being",
  近年: "in recent years",
  従来: "conventionally",
};

/** What is said to have been done with what a clause says (発表された: it was announced that …). */
const REPORTED: Readonly<Record<string, string>> = {
  発表: "announced",
  公表: "published",
  決定: "decided",
  確認: "confirmed",
};

/** What a bound after a share says of it (0.1%以上: 0.1% or more). */
const BOUND_WORDS: Readonly<Record<string, { before?: string; after?: string }>> = {
  以上: { after: " or more" },
  以下: { after: " or less" },
  未満: { before: "less than " },
  超: { before: "more than " },
};

/** Numbers a count before its noun says in words. */
const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** Prefixes after which a noun is many: all, various, a count above one. */
const MANY_PREFIXES: ReadonlySet<string> = new Set([
  "all ",
  "various ",
  ...COUNT_WORDS.slice(2).map((word) => `${word} `),
]);

/**
 * A noun as many: a form the glossary lists as the plural of another of its forms (外国: foreign country → foreign
 * countries, not "foreigns"), or the first form made plural.
 */
function pluralForm(forms: readonly string[]): string {
  return forms.find((form) => forms.some((other) => other !== form && pluralOf(other) === form)) ?? pluralOf(forms[0]!);
}

/** A particle, a number or a Latin name: what the grammar reads itself. */
function grammarPiece(
  tokens: readonly Token[],
  i: number,
  previous: Piece | undefined,
): { pieces: Piece[]; length: number; replaces?: boolean } | undefined {
  // 「現在は特定国に依存」: a noun of time set up as the topic is when the clause holds (currently), no subject.
  const time = tokens[i - 1];
  const when = previous?.kind === "term" ? TIME_ADVERBS[time?.surface ?? ""] : undefined;
  if (tokens[i]!.surface === "は" && when !== undefined && time?.features.pos_detail_1 === "副詞可能")
    return {
      pieces: [{ kind: "adverb", english: when }],
      length: tokens[i + 1]?.surface === "、" ? 2 : 1,
      replaces: true,
    };
  // 「正社員に限った議論ではなく、…」: a noun, not an action's もの, that the rest is said rather than.
  if (
    tokens[i]!.surface === "で" &&
    previous?.kind === "term" &&
    tokens[i - 1]?.features.pos === "名詞" &&
    !["もの", "こと"].includes(tokens[i - 1]!.surface) &&
    ["は", "なく", "、"].every((word, at) => tokens[i + 1 + at]?.surface === word)
  )
    return { pieces: [{ kind: "rather" }], length: 4 };
  // 「極微量であっても…を含む製品」: even in an amount that small, said as how the clause's verb holds.
  if (
    ["で", "あっ", "て", "も"].every((word, at) => tokens[i + at]?.surface === word) &&
    previous?.kind === "term" &&
    /amounts?$|quantit(?:y|ies)$/u.test(previous.english[0]!)
  )
    return { pieces: [{ kind: "adverb", english: `even in ${previous.english[0]}` }], length: 4, replaces: true };
  // 「…技術を用いて外国で製造された製品」: what the next action is done with, as a part of that action's clause.
  if (
    tokens[i]!.surface === "を" &&
    ["用いる", "使う"].includes(tokens[i + 1]?.features.basic_form ?? "") &&
    tokens[i + 2]?.surface === "て" &&
    previous !== undefined
  )
    return { pieces: [{ kind: "case", marks: "using" }], length: 3 };
  // 「…を失うような場合への対策」: ような only softens the cases named.
  if (tokens[i]!.surface === "よう" && previous?.kind === "relative" && namesCases(tokens, i))
    return { pieces: [], length: 2 };
  if (tokens[i]!.surface === "場合" && previous?.kind === "relative" && namesCases(tokens, i))
    return {
      pieces: [nounTerm("cases")],
      length: 1,
    };
  // 「適切な対策を講じるという姿勢」: the clause says what the noun after it is (stance of taking …).
  if (
    tokens[i]!.surface === "という" &&
    previous?.kind === "term" &&
    previous.action &&
    tokens[i - 1]?.features.pos === "動詞" &&
    tokens[i + 1]?.features.pos === "名詞"
  )
    return { pieces: [{ kind: "relative" }], length: 1 };
  // 「…に委縮するのではなく、」: what the rest is said rather than, an action.
  if (
    tokens[i]!.surface === "の" &&
    tokens[i]!.features.pos_detail_1 === "非自立" &&
    previous?.kind === "term" &&
    previous.action &&
    ["で", "は", "なく", "、"].every((word, at) => tokens[i + 1 + at]?.surface === word)
  )
    return { pieces: [{ kind: "rather" }], length: 5 };
  // 「中国以外の国・地域」: the noun after is other than the one before.
  if (tokens[i]!.surface === "以外" && tokens[i + 1]?.surface === "の" && previous?.kind === "term")
    return { pieces: [{ kind: "link", english: "other than" }], length: 2 };
  // 「第2章では、」: kuromoji may take で for the copula; before は and a comma it is still where (in).
  if (
    tokens[i]!.surface === "で" &&
    tokens[i]!.features.pos === "助動詞" &&
    tokens[i + 1]?.surface === "は" &&
    tokens[i + 2]?.surface === "、" &&
    (previous?.kind === "term" || previous?.kind === "figure")
  )
    return { pieces: [{ kind: "case", marks: "in" }], length: 2 };
  // Longest particle first: に対する before に.
  for (let length = Math.min(3, tokens.length - i); length >= 1; length--) {
    const span = tokens.slice(i, i + length);
    const surface = span.map((part) => part.surface).join("");
    // 「を通じた」 ends on the auxiliary た: a link whole, though た alone is no particle.
    if (LINKS[surface] !== undefined && span.every((part) => LINK_PARTS.has(part.features.pos))) {
      const link: Piece = { kind: "link", english: LINKS[surface]! };
      // 「経済安全保障を推進するに当たっての論点」: after a verb, the clause is the action named (promoting …).
      const named = tokens[i - 1]?.features.basic_form === "する" && previous?.kind === "term" && previous.action;
      return named
        ? {
            pieces: [{ kind: "relative" }, nounTerm(GERUND), link],
            length,
          }
        : { pieces: [link], length };
    }
    if (!span.every((part) => ["助詞", "動詞"].includes(part.features.pos) || part.surface === "向け")) continue;
    // 迅速に, 適切に: an adverb, when English makes one of the adjective.
    if (surface === "に" && previous?.kind === "term" && previous.adjectival) {
      const adverb =
        previous.english.find((form) => /^[a-z]+ly$/u.test(form)) ??
        previous.english.map(adverbOf).find((form) => form !== undefined);
      return adverb === undefined
        ? undefined
        : { pieces: [{ kind: "adverb", english: adverb }], length: 1, replaces: true };
    }
    const afterVerb = ["動詞", "助動詞"].includes(tokens[i - 1]?.features.pos ?? "");
    // 「…を強化するとともに、…」: two actions of one subject.
    if (surface === "とともに" && afterVerb) {
      const comma = tokens[i + length]?.surface === "、" ? 1 : 0;
      return { pieces: [{ kind: "break" }], length: length + comma };
    }
    // 「体制作りも重要」: も after a noun, which the predicate is said of too. Only the adjective's subject: も also stands
    // in for を (「この取組も進める」), which the grammar cannot tell apart from the subject of an action.
    if (
      surface === "も" &&
      span[0]!.features.pos === "助詞" &&
      !afterVerb &&
      (previous?.kind === "term" || previous?.kind === "figure" || previous?.kind === "aside")
    )
      return { pieces: [{ kind: "case", marks: "also" }], length: 1 };
    // 「…を活用しながら、」「…と連携しつつ、」: an action done alongside the sentence's (while …ing).
    if ((surface === "ながら" || surface === "つつ") && afterVerb && previous?.kind === "term" && previous.action) {
      const comma = tokens[i + length]?.surface === "、" ? 1 : 0;
      return { pieces: [{ kind: "while" }], length: length + comma };
    }
    // 「…を強化するが、…」: the next clause is set against this one (but).
    if (
      surface === "が" &&
      afterVerb &&
      span[0]!.features.pos_detail_1 === "接続助詞" &&
      tokens[i + 1]?.surface === "、"
    )
      return { pieces: [{ kind: "break", but: true }], length: 2 };
    // A particle after a verb joins clauses (「強化したから」 because, 「したが」 but), not a noun to its verb: a clause of
    // its own, whose subject is not the sentence's.
    if (CASES[surface] !== undefined && afterVerb) return undefined;
    if (CASES[surface] !== undefined && span[0]!.features.pos === "助詞") {
      // 「10月30日、…」「2025年に」: a date with a comma or に is when the clause happens.
      const when = previous?.kind === "figure" && previous.date && ["に", "まで", "までに"].includes(surface);
      const marks: Case = when && surface === "に" ? "when" : CASES[surface]!;
      // 「先端技術については、」「審査においては、」: the part set up as what the clause is about; は only stresses it.
      const stressed = tokens[i + length]?.surface === "は" && tokens[i + length]?.features.pos === "助詞";
      if (stressed && (surface === "について" || surface === "において"))
        return { pieces: [{ kind: "case", marks: surface === "について" ? "regarding" : marks }], length: length + 1 };
      // 「日本でも」「懸念についても」: the same part, and the clause says it of this one too (also).
      const also = tokens[i + length]?.surface === "も" && tokens[i + length]?.features.pos === "助詞";
      return also
        ? {
            pieces: [
              { kind: "case", marks },
              { kind: "adverb", english: "also" },
            ],
            length: length + 1,
          }
        : { pieces: [{ kind: "case", marks }], length };
    }
  }
  const token = tokens[i]!;
  const { surface, written, features } = token;
  const next = tokens[i + 1];
  // 「不正輸出を防止するため、」「連携を強化するための官民対話」: what an action is done for. After a plain verb
  // (「時間を要するため」) or a past (「強化したため」) ため gives a reason instead, which the grammar does not read.
  // 「…を行うための情報収集」: ための after any verb in its plain form is what the noun is for.
  if (
    surface === "ため" &&
    next?.surface === "の" &&
    features.pos_detail_1 === "非自立" &&
    previous?.kind === "term" &&
    previous.verb === true &&
    tokens[i - 1]?.surface === tokens[i - 1]?.features.basic_form
  )
    return { pieces: [{ kind: "purpose", modifies: true }], length: 2 };
  if (
    surface === "ため" &&
    features.pos_detail_1 === "非自立" &&
    previous?.kind === "term" &&
    previous.action &&
    !previous.verb &&
    tokens[i - 1]?.features.basic_form === "する"
  ) {
    if (next?.surface === "の") return { pieces: [{ kind: "purpose", modifies: true }], length: 2 };
    // 「…を確保するためには、」: for that end, said as the same aim.
    const particle = next?.surface === "に" ? (tokens[i + 2]?.surface === "は" ? 2 : 1) : 0;
    if (tokens[i + 1 + particle]?.surface === "、")
      return { pieces: [{ kind: "purpose", modifies: false }], length: 2 + particle };
    return undefined;
  }
  // 「…が台頭する中、」「…に時間を要するため、」: after a verb, the clause is the circumstance (as) or the reason
  // (because) of what follows the comma.
  const afterPlainVerb = ["動詞", "助動詞"].includes(tokens[i - 1]?.features.pos ?? "");
  // 「…が高まる中で、」 as well.
  const inMidst = surface === "中" && next?.surface === "で" && tokens[i + 2]?.surface === "、" ? 1 : 0;
  if (
    (surface === "中" || surface === "ため") &&
    features.pos_detail_1 === "非自立" &&
    afterPlainVerb &&
    // 「…を防止するため、」 is what an action is for (above).
    (surface === "中" || tokens[i - 1]?.features.basic_form !== "する") &&
    tokens[i + 1 + inMidst]?.surface === "、"
  )
    return {
      pieces: [{ kind: "circumstance", english: surface === "中" ? "as" : "because" }],
      length: 2 + inMidst,
    };
  // 「最適な組織体制を構築する上で、」: what the rest is done for (to build …). After a past (「審議を経た上で」) it is
  // what comes first, which this does not read.
  if (
    (surface === "上" || surface === "うえ") &&
    features.pos_detail_1 === "非自立" &&
    afterPlainVerb &&
    tokens[i - 1]?.surface !== "た" &&
    next?.surface === "で" &&
    tokens[i + 2]?.surface === "、"
  )
    return { pieces: [{ kind: "purpose", modifies: false }], length: 3 };
  // 「…の対象となる」「…となるが、」: what the clause's subject becomes, closing the clause.
  if (
    surface === "と" &&
    features.pos === "助詞" &&
    next?.features.basic_form === "なる" &&
    next.features.pos === "動詞" &&
    (previous?.kind === "term" || previous?.kind === "figure") &&
    (tokens[i + 2] === undefined || ["が", "。"].includes(tokens[i + 2]!.surface))
  )
    return { pieces: [{ kind: "case", marks: "becomes" }], length: 2 };
  // 「…を制限する法令はない」「…がない」: the noun is not there at all, closing the line.
  if (
    surface === "ない" &&
    features.pos === "形容詞" &&
    previous?.kind === "case" &&
    (previous.marks === "topic" || previous.marks === "subject") &&
    (next === undefined || next.surface === "。")
  )
    return { pieces: [{ kind: "absent" }], length: 1 };
  // 「…を発出する場合もある」: what may be done (may issue); 「…場合もあるが、」 sets the rest against it.
  if (
    surface === "場合" &&
    next?.surface === "も" &&
    tokens[i + 2]?.features.basic_form === "ある" &&
    previous?.kind === "term" &&
    previous.action &&
    afterPlainVerb
  ) {
    const but = tokens[i + 3]?.surface === "が" && tokens[i + 4]?.surface === "、";
    const modal: Piece = { kind: "modal", english: "may" };
    return but ? { pieces: [modal, { kind: "break", but: true }], length: 5 } : { pieces: [modal], length: 3 };
  }
  // 「違反があった際には、」「…を受けたときは、」: after a verb, the clause is when the rest happens; 「…した場合は、」 is
  // the condition it happens on (if).
  const conditional = surface === "場合" && features.pos === "名詞";
  if (
    (((surface === "際" || surface === "とき") && features.pos_detail_1 === "非自立") || conditional) &&
    afterPlainVerb
  ) {
    const particles =
      next?.surface === "に" ? (tokens[i + 2]?.surface === "は" ? 2 : 1) : next?.surface === "は" ? 1 : 0;
    const comma = tokens[i + 1 + particles]?.surface === "、" ? 1 : 0;
    if (surface === "際" && next?.surface === "の")
      return { pieces: [{ kind: "circumstance", english: "when", modifies: true }], length: 2 };
    if (particles > 0 || comma > 0)
      return {
        pieces: [{ kind: "circumstance", english: conditional ? "if" : "when" }],
        length: 1 + particles + comma,
      };
  }
  // 「国際レジームを補完し、」: a noun the glossary gives no verb for, made one by し: the grammar cannot say it.
  if (
    (surface === "し" || surface === "して") &&
    features.basic_form === "する" &&
    next?.surface === "、" &&
    !(previous?.kind === "term" && previous.action)
  )
    return undefined;
  // し、 / して、 / 「…を開催し「…」公表」: one action done, another follows.
  if (previous?.kind === "term" && previous.action && (surface === "し" || surface === "して")) {
    if (next?.surface === "、") return { pieces: [{ kind: "break" }], length: 2 };
    if (
      surface === "し" &&
      next !== undefined &&
      !["助詞", "助動詞"].includes(next.features.pos) &&
      !AUXILIARY_VERBS.has(next.features.basic_form)
    )
      return { pieces: [{ kind: "break" }], length: 1 };
  }
  // 「…が…を達成することが発表され(るとともに)」: what was announced, decided or published, with its own subject.
  const reported = REPORTED[tokens[i + 2]?.surface ?? ""];
  if (
    surface === "こと" &&
    reported !== undefined &&
    previous?.kind === "term" &&
    previous.action &&
    tokens[i - 1]?.features.pos === "動詞" &&
    next?.surface === "が" &&
    tokens[i + 3]?.features.basic_form === "する" &&
    tokens[i + 4]?.features.basic_form === "れる"
  ) {
    const past = tokens[i + 5]?.surface === "た" ? 1 : 0;
    return { pieces: [{ kind: "reported", english: reported }], length: 5 + past };
  }
  // 「…を5%に引き上げることに合意」: what was agreed is the action before (agreed to raise …).
  if (
    surface === "こと" &&
    previous?.kind === "term" &&
    previous.action &&
    tokens[i - 1]?.features.pos === "動詞" &&
    next?.surface === "に" &&
    tokens[i + 2]?.surface === "合意" &&
    (tokens[i + 3] === undefined || tokens[i + 3]!.surface === "。" || tokens[i + 3]!.surface === "、")
  )
    return { pieces: [{ kind: "modal", english: "agreed to" }], length: 3 };
  // 「…ニーズが多く聞かれていることを踏まえ、」: what the rest is done in light of (given that …).
  // Not after a past (「…を強化したことを踏まえ」), whose tense the headline's verb would lose.
  if (
    surface === "こと" &&
    (previous?.kind === "passive" || (previous?.kind === "term" && previous.action)) &&
    tokens[i - 1]?.surface !== "た" &&
    next?.surface === "を" &&
    ["踏まえ", "踏まえて"].includes(tokens[i + 2]?.surface ?? "") &&
    tokens[i + 3]?.surface === "、"
  )
    return { pieces: [{ kind: "circumstance", english: "given that" }], length: 4 };
  // 「…を網羅すべく、」: what the rest is done for (to cover …).
  if (surface === "べく" && previous?.kind === "term" && previous.action && next?.surface === "、")
    return { pieces: [{ kind: "purpose", modifies: false }], length: 2 };
  // 「…として支出することができる(ものとする)」: can; a provision's 「ことができるものとする」 says what may be done.
  if (
    surface === "こと" &&
    previous?.kind === "term" &&
    previous.action &&
    next?.surface === "が" &&
    tokens[i + 2]?.features.basic_form === "できる"
  ) {
    const provided = ["もの", "と", "する"].every((word, at) => tokens[i + 3 + at]?.features.basic_form === word);
    return { pieces: [{ kind: "modal", english: provided ? "may" : "can" }], length: provided ? 6 : 3 };
  }
  // べき, できる: a modal the headline keeps (should strengthen); before a noun, the clause describes it (「管理を強化
  // すべき重要技術」).
  const modal = MODALS[surface] ?? MODALS[features.basic_form];
  if (modal && previous?.kind === "term" && previous.action)
    return describesNext(next?.features)
      ? { pieces: [{ kind: "modal", english: modal }, { kind: "relative" }], length: 1 }
      : { pieces: [{ kind: "modal", english: modal }], length: 1 };
  // 「…に依存しない技術」「…が整備されていない」「…に入っておらず、」: the action before denied, said as such, never dropped.
  const denied =
    features.pos === "助動詞" &&
    (features.basic_form === "ない" || features.basic_form === "ぬ") &&
    (previous?.kind === "passive" || (previous?.kind === "term" && previous.action));
  if (denied) {
    if (surface === "ず" && next?.surface === "、") return { pieces: [{ kind: "not" }, { kind: "break" }], length: 2 };
    // 「…が払拭されない場合に、」: not a noun the clause describes, but the condition.
    return {
      pieces: describesNext(next?.features) ? [{ kind: "not" }, { kind: "relative" }] : [{ kind: "not" }],
      length: 1,
    };
  }
  // ない after anything else, られる, させる: a negation, a passive or a causative changes what the line says; the
  // grammar does not read them.
  if (features.pos === "助動詞" && !PLAIN_AUXILIARIES.has(features.basic_form)) return undefined;
  // 「強化された」: a passive of the action before it, past when た follows.
  if (
    features.pos === "動詞" &&
    ["れる", "られる"].includes(features.basic_form) &&
    previous?.kind === "term" &&
    previous.action
  )
    return {
      pieces: [
        {
          kind: "passive",
          past: next?.surface === "た",
          // 「…の活用が考えられる」: a measure one can consider, as guidance lists them.
          ...(tokens[i - 1]?.features.basic_form === "考える" ? { potential: true } : {}),
        },
      ],
      length: 1,
    };
  if (features.pos === "動詞" && ["れる", "られる", "せる", "させる"].includes(features.basic_form)) return undefined;
  // 「…を定めること。」: the action named, at the end of the line. Inside a sentence (「中国が…を進めたことの経験」)
  // こと makes a clause a noun, whose subject is not the sentence's: the grammar does not read that.
  // 「…措置を講ずるものとする」: what a provision says shall be done, closing it.
  if (
    surface === "もの" &&
    previous?.kind === "term" &&
    previous.action &&
    next?.surface === "と" &&
    tokens[i + 2]?.features.basic_form === "する" &&
    (tokens[i + 3] === undefined || tokens[i + 3]!.surface === "。")
  )
    return { pieces: [{ kind: "modal", english: "shall" }], length: 3 };
  // 「…義務を課すものではなく、選択肢を示すもの」: what the topic does not do, then what it does.
  if (
    surface === "もの" &&
    previous?.kind === "term" &&
    previous.action &&
    ["で", "は", "なく", "、"].every((word, at) => tokens[i + 1 + at]?.surface === word)
  )
    return { pieces: [{ kind: "contrast" }], length: 5 };
  // 「…を促進するもの。」 ends a definition or a statement of purpose the same way: what the topic does.
  if ((surface === "こと" || surface === "もの") && previous?.kind === "term" && previous.action) {
    const ends = next === undefined || next.surface === "。" || ["助動詞"].includes(next.features.pos);
    if (ends) return { pieces: [], length: 1 };
    // 「営業秘密を保護することを目的とする」: こと before a particle names the action itself (protecting trade secrets).
    if (surface === "こと" && next?.features.pos === "助詞")
      return {
        pieces: [{ kind: "relative" }, nounTerm(GERUND)],
        length: 1,
      };
    return undefined;
  }
  const auxiliary = features.pos === "助動詞" || (features.pos === "動詞" && AUXILIARY_VERBS.has(features.basic_form));
  // 「開示等する行為」「公表された指針」: the clause before describes the noun after; 重要な技術 is an adjective.
  // 「保有する者」: 者 is a dependent noun to kuromoji, but the clause describes the persons all the same.
  if (auxiliary && surface !== "な" && (describesNext(next?.features) || next?.surface === "者"))
    return (previous?.kind === "term" && previous.action) || previous?.kind === "passive"
      ? { pieces: [{ kind: "relative" }], length: 1 }
      : undefined;
  // 「スピード感を持って対応する」「技術を用いて製造された」: a て-form straight before another verb says how that
  // one is done, which the grammar does not read (it would make two actions of one: "respond … hold").
  const te = features.pos === "助詞" && features.pos_detail_1 === "接続助詞" && ["て", "で"].includes(surface);
  if (
    te &&
    next !== undefined &&
    next.surface !== "、" &&
    !["助詞", "助動詞"].includes(next.features.pos) &&
    !(
      next.features.pos === "動詞" &&
      (AUXILIARY_VERBS.has(next.features.basic_form) || next.features.pos_detail_1 === "非自立")
    )
  )
    return undefined;
  if (
    previous !== undefined &&
    (features.pos === "助動詞" || (features.pos === "動詞" && AUXILIARY_VERBS.has(features.basic_form)) || te)
  )
    return { pieces: [], length: 1 };
  if (surface === "、" && previous?.kind === "figure" && previous.date)
    return { pieces: [{ kind: "case", marks: "when", pause: true }], length: 1 };
  // 「今般、」「現在、」: a noun of time used as an adverb.
  const before = tokens[i - 1];
  if (surface === "、" && previous?.kind === "term" && before?.features.pos_detail_1 === "副詞可能")
    return { pieces: [{ kind: "adverb", english: previous.english[0]! }], length: 1, replaces: true };
  // 「業界団体と対話を実施」: と before an action is "with", not "and".
  if (
    surface === "と" &&
    features.pos === "助詞" &&
    next?.features.pos_detail_1 === "サ変接続" &&
    (tokens[i + 2]?.features.pos === "助詞" ||
      // 「米国と連携しつつ、」「…と連携して、」, but not 「共有と連携した対応」, where the action describes a noun.
      (tokens[i + 2]?.features.basic_form === "する" &&
        ["ながら", "つつ", "て", "、"].includes(tokens[i + 3]?.surface ?? "")))
  )
    return { pieces: [{ kind: "case", marks: "with" }], length: 1 };
  // 「CHIPS法」: a law named by its Latin name.
  if (
    surface === "法" &&
    features.pos_detail_1 === "接尾" &&
    previous?.kind === "term" &&
    /^[A-Z]/u.test(previous.english[0]!)
  )
    return { pieces: [nounTerm("Act")], length: 1 };
  // 「まずは…を整理」: first, as まず.
  if (surface === "まずは")
    return { pieces: [{ kind: "adverb", english: "first" }], length: next?.surface === "、" ? 2 : 1 };
  // 「また、」 opening a sentence adds it to the one before (also).
  if (surface === "また" && features.pos === "接続詞" && previous === undefined && next?.surface === "、")
    return { pieces: [{ kind: "adverb", english: "also" }], length: 2 };
  const adverb = features.pos === "副詞" || surface === "引き続き" ? ADVERBS[surface] : undefined;
  if (adverb) return { pieces: [{ kind: "adverb", english: adverb }], length: 1 };
  // 「…する者」: the persons a clause describes.
  if (surface === "者" && features.pos_detail_1 === "非自立" && previous?.kind === "relative")
    return { pieces: [nounTerm("persons")], length: 1 };
  const pronoun = features.pos_detail_1 === "代名詞" ? PRONOUNS[surface] : undefined;
  if (pronoun) return { pieces: [nounTerm(pronoun)], length: 1 };
  // 「UAE・NZ CEPA」「インド・EAEU FTA」: two names joined by ・ name one pair (UAE-NZ), not two things.
  const name = (token: Token | undefined) =>
    token !== undefined && (/^[A-Z]/u.test(token.written) || token.features.pos_detail_2 === "地域");
  // Only when the pair goes on to name one thing (「UAE・NZ CEPA」); 「SMIC・DJI・CCCC等」 lists three.
  const after = tokens.slice(i + 2).find((token) => token.features.pos_detail_1 !== "空白");
  const goesOn =
    after !== undefined &&
    (/^[A-Za-z]/u.test(after.written) || after.features.pos === "名詞") &&
    !ETC.has(after.surface) &&
    after.surface !== "・";
  if (surface === "・" && previous?.kind === "term" && name(tokens[i - 1]) && name(next) && goesOn)
    return { pieces: [{ kind: "joiner" }], length: 1 };
  // 「(11/20開催)」「(6/7 閣議決定)」: a month and a day before what was done on it.
  const dayMonth =
    surface === "/" &&
    previous?.kind === "figure" &&
    /^\d{1,2}$/u.test(tokens[i - 1]?.surface ?? "") &&
    /^\d{1,2}$/u.test(next?.surface ?? "")
      ? englishDayMonth(Number(tokens[i - 1]!.surface), Number(next!.surface))
      : undefined;
  if (dayMonth !== undefined && datedAction(tokens, i + 2))
    return { pieces: [{ kind: "figure", english: dayMonth, date: true }], length: 2, replaces: true };
  // 「11/20」 otherwise: a slash between numbers writes a date or a ratio, not two things.
  if (surface === "/" && previous?.kind === "figure" && /^\d/u.test(next?.surface ?? "")) return undefined;
  // 「投資と捉える」: と before a verb says what something is taken as, not "and".
  // (狙い, a verb's stem, names a thing: 「枠組みと狙い」 is two nouns.)
  if (surface === "と" && next?.features.pos === "動詞" && next.features.conjugated_form !== "連用形") return undefined;
  // 「…への対策や、…への対策」: や and a comma join two whole phrases once.
  if (surface === "や" && next?.surface === "、" && previous?.kind === "term")
    return { pieces: [{ kind: "and", comma: true, phrases: true, pause: true }], length: 2 };
  if (AND.has(surface))
    return {
      pieces: [
        {
          kind: "and",
          comma: WIDE_AND.has(surface),
          ...(surface === "と" || surface === "や" ? { phrases: true } : {}),
          // A written comma, not 及び: 「…など、様々な対応」 gives examples of what follows it.
          ...(surface === "、" || surface === "," ? { pause: true } : {}),
        },
      ],
      length: 1,
    };
  if (ETC.has(surface)) return { pieces: [{ kind: "etc" }], length: 1 };
  if (APPROX[surface]) return { pieces: [{ kind: "approx", english: APPROX[surface]! }], length: 1 };
  if (/^[a-z][a-z0-9.&+-]*$/iu.test(written)) return { pieces: [nounTerm(written)], length: 1 };
  if (/^\d[\d.,]*$/u.test(surface)) {
    // 「0.1%」: kuromoji cuts a decimal at its point.
    const decimal = next?.surface === "." && /^\d+$/u.test(tokens[i + 2]?.surface ?? "");
    const number = decimal ? `${written}.${tokens[i + 2]!.written}` : written;
    const after = tokens[i + (decimal ? 3 : 1)];
    const percent = after?.surface === "%";
    // 「0.1%以上」: or more; 「…未満」: less than.
    const bound = percent ? BOUND_WORDS[tokens[i + (decimal ? 4 : 2)]?.surface ?? ""] : undefined;
    const english = `${bound?.before ?? ""}${number}${percent ? "%" : ""}${bound?.after ?? ""}`;
    return {
      pieces: [{ kind: "figure", english, date: false }],
      length: (decimal ? 3 : 1) + (percent ? 1 : 0) + (bound ? 1 : 0),
    };
  }
  return undefined;
}

/**
 * 「第2次補正予算」: the number of a round, when one term the glossary reads whole follows it. A compound the glossary
 * knows with the round (第2次中間整理) is its own term; one it reads word by word (第二次トランプ政権) would put the
 * ordinal on its first word.
 */
function ordinalRound(tokens: readonly Token[], i: number): number | undefined {
  if ((termAt(tokens, i)?.length ?? 0) > 2) return undefined;
  const n = japaneseNumber(tokens[i + 1]!.surface);
  // 「…第2次」 closing the line names no round of anything.
  const term = i + 3 < tokens.length ? termAt(tokens, i + 3) : undefined;
  const after = term === undefined ? undefined : tokens[i + 3 + term.length];
  return n === undefined || term === undefined || after?.features.pos === "名詞" ? undefined : n;
}

/** 「を目的とした」: the nouns that frame what a noun is for or about, and the link English makes of them. */
const FRAMING_LINKS: Readonly<Record<string, string>> = {
  目的: "aimed at",
  対象: "covering",
  前提: "premised on",
  中心: "centred on",
  契機: "prompted by",
};

/** 「を目的とした」「を対象とする」 before a noun, as one link; undefined when the clause ends there (「…を対象とする。」). */
function framingLink(tokens: readonly Token[], i: number): { english: string; length: number } | undefined {
  const english = FRAMING_LINKS[tokens[i + 1]?.surface ?? ""];
  if (english === undefined || tokens[i + 2]?.surface !== "と" || tokens[i + 3]?.features.basic_form !== "する")
    return undefined;
  const length = tokens[i + 4]?.surface === "た" ? 5 : 4;
  const after = tokens[i + length];
  return after?.features.pos === "名詞" && after.features.pos_detail_1 !== "非自立" ? { english, length } : undefined;
}

/** Adds a piece; a term after a joiner (・ between two names) joins the term before it: UAE-NZ. */
function pushJoined(pieces: Piece[], piece: Piece): void {
  const joined = pieces.at(-1)?.kind === "joiner" ? pieces.at(-2) : undefined;
  if (joined?.kind === "term" && piece.kind === "term")
    pieces.splice(-2, 2, { ...piece, english: [`${joined.english[0]}-${piece.english[0]}`], action: false });
  else pieces.push(piece);
}

/** The line as pieces, a bracket's content read as an aside; undefined when a word is not known. */
export function lex(
  text: string,
  morphology: Morphology,
  readInner: (text: string) => string | undefined,
): Piece[] | undefined {
  const tokens = tokensOf(text, morphology);
  const figures = englishFigures(text, ["date", "amount", "count"], { withYears: true });
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token.features.pos_detail_1 === "空白") {
      i++;
      continue;
    }
    if (OPENING.has(token.surface)) {
      const close = CLOSING[token.surface]!;
      const end = text.indexOf(close, token.at + 1);
      if (end < 0) return undefined;
      const inner = readInner(text.slice(token.at + 1, end));
      if (inner === undefined) return undefined;
      // 「『…』」: a quote inside quotes says the quote once.
      const quoted = /^"[^"]*"$/u.test(inner) ? inner : `"${inner}"`;
      // 「外国為替及び外国貿易法(外為法)」: a short name that reads as the name before it says nothing new.
      const before = pieces.at(-1);
      const repeats =
        token.surface === "(" && before?.kind === "term" && before.english[0]!.toLowerCase() === inner.toLowerCase();
      if (!repeats) pieces.push({ kind: "aside", english: token.surface === "(" ? `(${inner})` : quoted });
      while (i < tokens.length && tokens[i]!.at <= end) i++;
      // 「「…」との規定」: the provision that says what is quoted (provision stating "…").
      const that =
        tokens[i]?.surface === "との" ? 1 : tokens[i]?.surface === "と" && tokens[i + 1]?.surface === "の" ? 2 : 0;
      if (token.surface === "「" && that > 0) {
        pieces.push({ kind: "link", english: "stating" });
        i += that;
      }
      continue;
    }
    const figure = figures.find((reading) => reading.at <= token.at && token.at < reading.at + reading.quoted.length);
    if (figure) {
      const end = figure.at + figure.quoted.length;
      const date = /\b(?:1[89]|20)\d{2}\b|fiscal/u.test(figure.english) || /[月日]$/u.test(figure.quoted);
      while (i < tokens.length && tokens[i]!.at < end) i++;
      // 「令和5年10月現在」: as of that date.
      const asOf = date && tokens[i]?.surface === "現在";
      pieces.push({ kind: "figure", english: asOf ? `as of ${figure.english}` : figure.english, date });
      if (asOf) i++;
      // 「2023年8月 ガリウム、ゲルマニウム」: a table's date cell, when what follows happened.
      if (date && pieces.length === 1 && tokens[i]?.features.pos_detail_1 === "空白")
        pieces.push({ kind: "case", marks: "when", pause: true });
      continue;
    }
    // 「外国法人等との間で契約を締結し」「ロシアとの間の輸出入」: between the two, as English says it, is with (a contract
    // with foreign corporations, trade with Russia).
    const party = pieces.at(-1)?.kind;
    if (
      token.surface === "と" &&
      tokens[i + 1]?.surface === "の" &&
      tokens[i + 2]?.surface === "間" &&
      ["の", "で", "に"].includes(tokens[i + 3]?.surface ?? "") &&
      // Not after a bracketed name or before a comma, where the joins around it leave unsure what is with what.
      tokens[i + 4]?.surface !== "、" &&
      (party === "term" || party === "etc")
    ) {
      pieces.push(
        tokens[i + 3]!.surface === "の" ? { kind: "link", english: "with" } : { kind: "case", marks: "with" },
      );
      i += 4;
      continue;
    }
    // 「日本にある拠点」: a base in Japan, as 「における」 reads; 「支配下にある者」: persons under (the control of) ….
    const located = pieces.at(-1);
    if (
      token.surface === "に" &&
      tokens[i + 1]?.features.basic_form === "ある" &&
      tokens[i + 1]?.features.conjugated_form === "基本形" &&
      tokens[i + 2]?.features.pos === "名詞" &&
      located?.kind === "term" &&
      !located.action
    ) {
      pieces.push({ kind: "link", english: /^under /u.test(located.english[0] ?? "") ? "of" : "in" });
      i += 2;
      continue;
    }
    // ロシア向け装置: equipment for Russia; the vocabulary's 向け is the noun "aimed at".
    if (token.surface === "向け" && pieces.length > 0) {
      pieces.push({ kind: "link", english: "for" });
      i += tokens[i + 1]?.surface === "の" ? 2 : 1;
      continue;
    }
    if (token.surface === "の" && tokens[i + 1]?.surface === "ため" && pieces.at(-1)?.kind === "term") {
      // 安全保障のための措置: measures for security, as 向け reads. Not after a coordination (「向上や…確保のための」),
      // whose scope the turned-around chain would misplace.
      // 「産業・技術基盤強化のための」: ・ joins two words of one noun, no phrases.
      const joined = (piece: Piece) => piece.kind === "and" && (piece.comma || piece.phrases === true);
      if (tokens[i + 2]?.surface === "の" && !currentPhrase(pieces).some(joined)) {
        pieces.push({ kind: "link", english: "for" });
        i += 3;
        continue;
      }
      // 「…の拡張のため、」「強靱化のために、」: what the rest of the sentence is for.
      const particle = tokens[i + 2]?.surface === "に" ? 1 : 0;
      if (tokens[i + 2 + particle]?.surface === "、") {
        pieces.push({ kind: "case", marks: "for" });
        i += 3 + particle;
        continue;
      }
    }
    // 同法, 同社: the Act, the company the line named before.
    const same = token.surface === "同" ? SAME_NOUNS[tokens[i + 1]?.surface ?? ""] : undefined;
    if (same) {
      pieces.push(nounTerm(same));
      i += 2;
      continue;
    }
    // 「同指針」「同会議」: the guideline, the meeting the line named before. 「同程度」「同時期」 measure alike (the same
    // degree), which the word's class says.
    if (
      token.surface === "同" &&
      token.features.pos === "接頭詞" &&
      tokens[i + 1]?.features.pos === "名詞" &&
      (tokens[i + 1]?.surface.length ?? 0) >= 2 &&
      ["none", "generic"].includes(nounClassOf(tokens[i + 1]!.surface))
    ) {
      pieces.push({ kind: "prefix", english: "the " });
      i += 1;
      continue;
    }
    // 「米中技術覇権争いを背景に」「…を背景として」: against the backdrop of …, not an object.
    if (
      token.surface === "を" &&
      tokens[i + 1]?.surface === "背景" &&
      (tokens[i + 2]?.surface === "に" || tokens[i + 2]?.surface === "として") &&
      pieces.at(-1)?.kind === "term"
    ) {
      pieces.push({ kind: "case", marks: "against the backdrop of" });
      i += 3;
      if (tokens[i]?.surface === "、") i++;
      continue;
    }
    // 「提供を目的とした取引」「中小企業を対象とする支援」: a noun made the aim or the scope of the noun after, a link
    // (transactions aimed at provision), not the sentence's own action.
    const framed = token.surface === "を" ? framingLink(tokens, i) : undefined;
    if (framed) {
      pieces.push({ kind: "link", english: framed.english });
      i += framed.length;
      continue;
    }
    // 「民生利用のみならず公的利用」: not only civilian use but also public use; only between two nouns.
    const lastPiece = pieces.at(-1);
    if (
      token.surface === "のみ" &&
      tokens[i + 1]?.surface === "なら" &&
      tokens[i + 2]?.surface === "ず" &&
      lastPiece?.kind === "term" &&
      !lastPiece.verb
    ) {
      pieces.push({ kind: "and", comma: false, notOnly: true });
      i += tokens[i + 3]?.surface === "、" ? 4 : 3;
      continue;
    }
    // 「全てのNATO加盟国」: all NATO members.
    if ((token.surface === "全て" || token.surface === "すべて") && tokens[i + 1]?.surface === "の") {
      pieces.push({ kind: "prefix", english: "all " });
      i += 2;
      continue;
    }
    // 「第2次補正予算」「第一次の骨子」: the second supplementary budget; an ordinal the figures do not read.
    const round = token.surface === "第" && tokens[i + 2]?.surface === "次" ? ordinalRound(tokens, i) : undefined;
    if (round !== undefined) {
      pieces.push({ kind: "prefix", english: `${ordinalWord(round)} ` });
      i += 3;
      continue;
    }
    // 「更なる強化」: a further strengthening; kuromoji reads 更 and なる apart.
    if ((token.surface === "更" || token.surface === "さら") && tokens[i + 1]?.surface === "なる") {
      pieces.push({ kind: "prefix", english: FURTHER });
      i += 2;
      continue;
    }
    // 「信頼関係の下での解決」: resolution under trust, a link of two nouns.
    const underLink =
      tokens[i + 1]?.surface === "で" && tokens[i + 2]?.surface === "の"
        ? 3
        : tokens[i + 1]?.surface === "での"
          ? 2
          : 0;
    if (token.surface === "下" && pieces.at(-1)?.kind === "link" && tokens[i - 1]?.surface === "の" && underLink > 0) {
      pieces[pieces.length - 1] = { kind: "link", english: "under" };
      i += underLink;
      continue;
    }
    // 「指示の下で行動する」: under the instruction; 下 is a noun to kuromoji, and の before it no link of two nouns.
    if (
      token.surface === "下" &&
      pieces.at(-1)?.kind === "link" &&
      tokens[i - 1]?.surface === "の" &&
      ["で", "に"].includes(tokens[i + 1]?.surface ?? "")
    ) {
      pieces[pieces.length - 1] = { kind: "case", marks: "under" };
      i += 2;
      continue;
    }
    // 「施行後三年を目途として」「今春を目途に」: around that time.
    if (
      token.surface === "を" &&
      tokens[i + 1]?.surface === "目途" &&
      ["として", "に"].includes(tokens[i + 2]?.surface ?? "") &&
      pieces.at(-1)?.kind === "figure"
    ) {
      pieces.push({ kind: "case", marks: "around" });
      i += tokens[i + 3]?.surface === "、" ? 4 : 3;
      continue;
    }
    // 「これを端緒として」: triggered by this.
    if (token.surface === "を" && tokens[i + 1]?.surface === "端緒" && tokens[i + 2]?.surface === "として") {
      pieces.push({ kind: "case", marks: "triggered by" });
      i += tokens[i + 3]?.surface === "、" ? 4 : 3;
      continue;
    }
    // 「官民が対話する」: the two sides, named as doers; 官民連携 stays public-private.
    if (token.surface === "官民" && ["が", "は"].includes(tokens[i + 1]?.surface ?? "")) {
      pieces.push(nounTerm("the public and private sectors"));
      i++;
      continue;
    }
    // 「引き続き影響を及ぼしている」: continuously, the adverb, though kuromoji reads a verb (引き続く).
    if (token.surface === "引き続き") {
      pieces.push({ kind: "adverb", english: "continuously" });
      i += tokens[i + 1]?.surface === "、" ? 2 : 1;
      continue;
    }
    // 「本年4月」「昨年10月」: a month of this year or the last, a date as the figures give one.
    const year = RELATIVE_YEARS[token.surface];
    const month = year === undefined ? undefined : tokens[i + 1]?.surface;
    if (year !== undefined && /^\d{1,2}$/u.test(month ?? "") && tokens[i + 2]?.surface === "月") {
      const name = englishDayMonth(Number(month), 1)?.replace(/^1 /u, "");
      if (name !== undefined) {
        pieces.push({ kind: "figure", english: `${name} ${year}`, date: true });
        i += 3;
        continue;
      }
    }
    // 「以下のレアアース関連対象品目」: the items the line points to below (the following …).
    if (token.surface === "以下" && tokens[i + 1]?.surface === "の" && pieces.at(-1)?.kind !== "term") {
      pieces.push({ kind: "prefix", english: "the following " });
      i += 2;
      continue;
    }
    // 「自社の技術情報」: the company's own, not "of own company" (kuromoji takes 自社 for a name).
    if (token.surface === "自社" && tokens[i + 1]?.surface === "の" && pieces.at(-1)?.kind !== "term") {
      pieces.push({ kind: "prefix", english: "the company's own " });
      i += 2;
      continue;
    }
    // 「本館17階」: the floor a room is on.
    if (/^[0-9]+$/u.test(token.surface) && tokens[i + 1]?.surface === "階") {
      pieces.push(nounTerm(`${ordinalWord(Number(token.surface))} floor`));
      i += 2;
      continue;
    }
    // 「…、航空機部品、重要鉱物、天然ガスの8つ(令和5年10月現在)」: a count closing a list says how many it names.
    const closing = tokens[i + 2];
    if (
      /^[0-9]+$/u.test(token.surface) &&
      tokens[i + 1]?.surface === "つ" &&
      pieces.at(-1)?.kind === "link" &&
      (closing === undefined || closing.surface === "(" || closing.surface === "（" || closing.surface === "。") &&
      pieces.some((piece) => piece.kind === "and" && piece.comma)
    ) {
      pieces.pop();
      pieces.push({ kind: "aside", english: `(${token.surface} in all)` });
      i += 2;
      continue;
    }
    // 「4つの柱」「3つのP」: a count before the noun it counts (four pillars, three Ps).
    const counted =
      /^[0-9]$/u.test(token.surface) && tokens[i + 1]?.surface === "つ" && tokens[i + 2]?.surface === "の";
    if (counted && pieces.at(-1)?.kind !== "figure") {
      pieces.push({ kind: "prefix", english: `${COUNT_WORDS[Number(token.surface)]} ` });
      i += 3;
      continue;
    }
    // 「特定国に大きく依存」: an adjective's く form before a verb says how it is done (significantly depend).
    // 「広く自社の技術情報に関わる人物」: or before the phrase the verb takes (broadly involved in …), the verb ending the
    // clause before any comma.
    const how = token.features.pos === "形容詞" && token.surface.endsWith("く") ? adverbOfAdjective(token) : undefined;
    const acted = tokens[i + 1];
    const verbLater = () => {
      for (let at = i + 1; at < Math.min(tokens.length, i + 10); at++) {
        const later = tokens[at]!;
        if (later.features.pos === "記号" || later.features.pos === "形容詞") return false;
        if (later.features.pos === "動詞") return tokens[at - 1]?.features.pos === "助詞";
      }
      return false;
    };
    if (
      how !== undefined &&
      acted !== undefined &&
      (acted.features.pos === "動詞" ||
        acted.features.pos_detail_1 === "サ変接続" ||
        (acted.features.pos === "名詞" && verbLater()))
    ) {
      pieces.push({ kind: "adverb", english: how });
      i++;
      continue;
    }
    // 「原則として、」: in principle, how the rest holds.
    if (token.surface === "原則" && tokens[i + 1]?.surface === "として") {
      pieces.push({ kind: "adverb", english: "in principle" });
      i += tokens[i + 2]?.surface === "、" ? 3 : 2;
      continue;
    }
    // 「未然に防止」: a noun and に that say how (proactively), not where to.
    const manner = tokens[i + 1]?.surface === "に" ? MANNER_NOUNS[token.surface] : undefined;
    if (manner) {
      pieces.push({ kind: "adverb", english: manner });
      i += 2;
      continue;
    }
    // 「欧米企業と比較して、」「…に比べ、」: what the clause is measured against.
    const compared = comparedWith(tokens, i);
    if (compared > 0) {
      pieces.push({ kind: "case", marks: "compared with" });
      i += compared;
      continue;
    }
    // 「約9,500億円を措置」「…等を措置。」: a sum or a scheme the budget or the Act provides, not a "measure".
    if (
      token.surface === "措置" &&
      tokens[i - 1]?.surface === "を" &&
      [undefined, "。", "("].includes(tokens[i + 1]?.surface)
    ) {
      pieces.push({ kind: "term", english: PROVIDE, action: true, names: [], adjectival: false });
      i++;
      continue;
    }
    const term = termAt(tokens, i);
    if (term) {
      i += term.length;
      const read = withAffixes(term.piece, tokens[i], pieces.at(-1));
      if (read === undefined) return undefined;
      if (read.prefixed) pieces.pop();
      pushJoined(pieces, read.piece);
      // 「見える化」: the ending makes the verb a noun; no clause describes the ending.
      if (term.relative && !read.suffixed) pieces.push({ kind: "relative" });
      if (read.suffixed) i++;
      // 「転職そのもの」「環境規制自体」: the thing itself.
      const self = pieces.at(-1);
      if (ITSELF.has(tokens[i]?.surface ?? "") && self?.kind === "term" && !term.relative) {
        pieces[pieces.length - 1] = {
          ...self,
          english: [`${termWord(self)} itself`],
          action: false,
          verb: false,
        };
        i++;
      }
      continue;
    }
    // 「…の活動阻害のおそれ」: kuromoji cuts おそれ (risk) into a prefix and the pronoun それ.
    if (token.surface === "お" && tokens[i + 1]?.surface === "それ") {
      pieces.push(nounTerm("risk"));
      i += 2;
      continue;
    }
    const prefix =
      token.features.pos === "接頭詞"
        ? PREFIXES[token.surface]
        : token.features.pos === "連体詞"
          ? DETERMINERS[token.surface]
          : undefined;
    if (prefix === "") {
      i++;
      continue;
    }
    if (prefix) {
      pieces.push({ kind: "prefix", english: prefix });
      i++;
      continue;
    }
    // 「55%、」 is one token to kuromoji.
    const percent = token.surface.match(/^%([、,])?$/u);
    const before = pieces.at(-1);
    if (percent && before?.kind === "figure" && !before.english.endsWith("%")) {
      pieces[pieces.length - 1] = { ...before, english: `${before.english}%` };
      if (percent[1]) pieces.push({ kind: "and", comma: true });
      i++;
      continue;
    }
    const piece = grammarPiece(tokens, i, pieces.at(-1));
    if (piece?.replaces) pieces.pop();
    if (!piece) return undefined;
    // 「3つのP」: a count before a Latin name, which the glossary does not give.
    const count = pieces.at(-1);
    const [first] = piece.pieces;
    if (count?.kind === "prefix" && MANY_PREFIXES.has(count.english) && first?.kind === "term") {
      pieces[pieces.length - 1] = { ...first, english: [`${count.english}${pluralOf(first.english[0]!)}`] };
      i += piece.length;
      continue;
    }
    for (const one of piece.pieces) pushJoined(pieces, one);
    i += piece.length;
  }
  return pieces;
}

/** The head こと gives a clause: not a noun of its own, but the clause's action named (protecting …). */
export const GERUND = "⟨doing⟩";

/** A noun the reading names itself (persons, risk, cases): no action, no adjective, no glossary names. */
export function nounTerm(english: string): Extract<Piece, { kind: "term" }> {
  return { kind: "term", english: [english], action: false, names: [], adjectival: false };
}

const MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/gu;
const HEDGE_WORDS = new Set(["形容動詞語幹", "ナイ形容詞語幹", "副詞可能"]);

/**
 * 「AZEC閣僚会合」: the vocabulary's lower-case reading with the Latin names written as the line writes them. A name is
 * text, not a pattern: kuromoji may keep a bracket with it (「P)」), which as a pattern would fail the whole answer.
 */
export function withLatinCase(english: string, names: readonly string[]): string {
  return names.reduce(
    (cased, name) => cased.replace(new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`, "u"), name),
    english,
  );
}

/**
 * The glossary's words for the terms of a line the grammar cannot read whole, in the line's order, at most `max`:
 * 「レアアース鉱石は…製錬プロセスでは放射性物質を含む…」 → rare earth ore, smelting process, radioactive material.
 * Terms written together (輸出管理) are one phrase, read in the same order as English compounds them (export
 * control). Verbs, particles and words the glossaries do not know are left out: a list of what the line names, not
 * what it says. Past `max`, an action noun standing alone (開催 → holding, 実施 → implementation) goes first: it is
 * the line's verb, and the terms it acts on say more than it does.
 */
const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;

/**
 * 「ドローン」 cut by the tokenizer into ド and ローン: a katakana word the glossary knows (loan) inside a longer katakana
 * run one of whose parts it does not know is a piece of another word, not that word.
 */
function misSplit(tokens: readonly Token[], i: number, length: number): boolean {
  const span = tokens.slice(i, i + length);
  if (!span.every((token) => KATAKANA.test(token.surface))) return false;
  const joined = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.at + a.surface.length === b.at && KATAKANA.test(a.surface + b.surface);
  const before = tokens[i - 1];
  const after = tokens[i + length];
  return (
    (joined(before, span[0]) && termAt(tokens, i - 1) === undefined) ||
    (joined(span.at(-1), after) && termAt(tokens, i + length) === undefined)
  );
}

export function termWords(text: string, morphology: Morphology, max = Number.POSITIVE_INFINITY): string[] {
  const tokens = tokensOf(text, morphology);
  const phrases: { words: string; lone: boolean }[] = [];
  // The same words in capitals (an Act's title) and not are one phrase, in capitals.
  const add = (words: string, lone: boolean) => {
    const known = phrases.find((phrase) => phrase.words.toLowerCase() === words.toLowerCase());
    if (!known) phrases.push({ words, lone });
    else if (known.words === known.words.toLowerCase()) known.words = words;
  };
  let run: Extract<Piece, { kind: "term" }>[] = [];
  let runEnd = -1;
  const close = () => {
    if (run.length === 0) return;
    const words = run.map(termWord).join(" ");
    add(capitalised(words).replace(MONTH, titled), run.length === 1 && run[0]!.action);
    run = [];
  };
  // A share (15%) reads the same in English, so the figure readings leave it out; it is still what the line says.
  const shares = [...text.normalize("NFKC").matchAll(/\d+(?:\.\d+)?%/gu)].map((share) => ({
    at: share.index,
    quoted: share[0],
    english: share[0],
  }));
  const figures = [...englishFigures(text, ["date", "amount", "count"], { withYears: true }), ...shares];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    // 平成22年4月1日 is 1 April 2010, one phrase, not an era's name and a month.
    const figure = figures.find((reading) => reading.at <= token.at && token.at < reading.at + reading.quoted.length);
    if (figure) {
      close();
      add(figure.english, false);
      while (i < tokens.length && tokens[i]!.at < figure.at + figure.quoted.length) i++;
      continue;
    }
    const term = token.features.pos === "名詞" || token.features.pos === "接頭詞" ? termAt(tokens, i) : undefined;
    // 重要, 今後: a quality or a time word says how the line judges what it names, not what it names.
    const judging = term?.length === 1 && HEDGE_WORDS.has(token.features.pos_detail_1);
    if (term?.piece.kind !== "term" || term.piece.verb || judging || misSplit(tokens, i, term.length)) {
      close();
      i++;
      continue;
    }
    if (token.at !== runEnd) close();
    run.push(term.piece);
    const last = tokens[i + term.length - 1]!;
    runEnd = last.at + last.surface.length;
    i += term.length;
  }
  close();
  let kept = phrases;
  for (let at = kept.length - 1; kept.length > max && at >= 0; at--)
    if (kept[at]!.lone) kept = kept.filter((_, other) => other !== at);
  return kept.slice(0, max).map((phrase) => phrase.words);
}
