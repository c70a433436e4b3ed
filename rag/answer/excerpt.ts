import { escapeRegExp } from "../escape-regexp.ts";
import { arabicOrdinals, ERA_YEAR_BEFORE } from "../japanese-numbers.ts";
import { cjkBigrams, foldForMatch, topicUnits, WORD_RUN } from "../retrieve/fold.ts";
import { shortCells, tableCells } from "../table-cells.ts";
import type { Chunk, Passage } from "../types.ts";
import { addedCount, addedItems } from "./added-items.ts";
import { announcedCount, announcedItems, itemNumber } from "./announced-list.ts";
import {
  bulletCount,
  bulletLines,
  carriesValue,
  enumeratedCount,
  enumerationPieces,
  isNumericType,
  itemCount,
  MAX_PIECE_CHARS,
  memberLine,
  NUMERIC_TYPES,
  REASON_MARK,
  type ValueKind,
  withoutStatedFigures,
} from "./asked-values.ts";
import { voicesConcern } from "./concerns.ts";
import { asksContents, contentsExcerpt } from "./contents-excerpt.ts";
import { namesCountryOtherwise } from "./country-mentions.ts";
import { EVENT_WORDS, eventVariants, eventWords } from "./event-words.ts";
import { asksKinds, itemHeads } from "./item-heads.ts";
import { measuredStem, measureWord, namesMeasuredTopic, nounClassOf } from "./noun-classes.ts";
import { type Month, namesMonth } from "./other-months.ts";
import {
  BULLET,
  BULLET_MARKS,
  linesOnward,
  NUMBERED_ITEM,
  type PassageLine,
  passageLines,
  SUB_ITEM,
} from "./passage-lines.ts";
import type { AskedType } from "./question-analysis.ts";
import { restatedItems } from "./restated-items.ts";
import { splitSentences } from "./sentences.ts";
import { goesBeyond } from "./set-aside.ts";
import { shownLines, statesValue } from "./shown-lines.ts";
import { headedRows } from "./table-rows.ts";
import { type VerdictAsked, verdictIn } from "./yes-no-verdict.ts";

/** A question term and its weight (idf × query weight). */
export interface WeightedTerm {
  term: string;
  mass: number;
  /** A term only an earlier part of the question has: it finds the passage, and the earlier excerpt answers it. */
  earlierPart?: boolean;
}

/** Lines of one chunk shown together, with the chunk they come from. */
export interface ExcerptSpan {
  chunk: Chunk;
  lines: string[];
}

/** A coherent piece of one passage (and, when its list runs on, the next chunk of the same document). */
export interface Excerpt {
  passageRank: number;
  spans: ExcerptSpan[];
  /** Share of the question's term mass the excerpt covers, 0…1. */
  coverage: number;
  /** The excerpt holds a value of the asked type (a date, a number, the items). */
  carries: boolean;
  /** Other passages whose best blocks scored nearly as well: named (not quoted) as further sources, best first. */
  alsoSee?: Chunk[];
  /** The lines are a table of contents: titles all, the last one included. */
  contents?: true;
}

export interface ExcerptOptions {
  askedType: AskedType;
  /** The topic phrases a value must be about (folded), when they differ from `focus`: the asker's asides left out. */
  valueFocus?: string[];
  /** A yes/no question the quoted lines may answer with a plain yes or no: the line that says it is shown. */
  verdict?: VerdictAsked;
  /** What the asked act is done to (医療分野 of 「医療分野の追加はいつ」), folded with its other names: the value's line names it. */
  actedOn?: string[];
  /** The subject of a claim the part is about, folded, with the documents' other names for it: the block must name one. */
  subject?: string[];
  /**
   * For a date question, the words of the event whose date is asked (提出, 上程), folded: a dated line is its date
   * only when it, its parent item or the block's context says one of them.
   */
  event?: readonly string[];
  /** The kind of date or amount asked (a duration, a deadline, a rate, a sum), when the question says. */
  valueKind?: ValueKind;
  /** For a list question that says how many there are (「15分野を全部」): the excerpt must show that many. */
  listSize?: number;
  /**
   * A count asked without a counter of its own (いくつ, 何個, 何項目, "how many principles"): a list numbering its
   * items counts them. 「何団体」 counts bodies, which a numbered list of measures does not.
   */
  countsItems?: boolean;
  /** The list question asks for every item (全部, 一覧, "all"): one remark on the topic does not answer it. */
  wantsAll?: boolean;
  /** The part asks what worries someone (「どういう点を気にしている」): the block that voices a worry answers it. */
  asksConcern?: boolean;
  /** The question asks what was said at a meeting: the meeting's record (minutes) holds the remarks. */
  asksRemarks?: boolean;
  /** The part's own topic phrases (folded), without what the question's other parts ask about. */
  partFocus?: readonly string[];
  /** The months the part dates its subject by (「2025年2月に対象になった鉱種」): the entry of that month answers. */
  datedBy?: readonly Month[];
  terms: WeightedTerm[];
  isBoilerplate: (folded: string) => boolean;
  /** The next chunk of the same document, for a list that runs on. */
  nextChunk: (chunk: Chunk) => Chunk | undefined;
  /** Topic phrases (folded) a value line must be about: a date for 第2版 is not a date for 第1版. */
  focus: string[];
  /** Sums and rates the question gives (9500億円): a line giving only those does not answer an amount question. */
  stated?: readonly string[];
  /** Topic phrases (folded) that name an act (見直し, 追加): a figure is of what it is done to, not of the act. */
  actions?: readonly string[];
  /** What the asker sets aside (「補助金以外に」 → 補助金, folded): a line that names it and goes past it answers. */
  besides?: string[];
  /** For a list question, what the items are (folded): 「どんな声が」 → 声, answered by 「以下のような声もある。」 and its items. */
  itemsOf?: string[];
  /** The question, folded: an excerpt that only says its words back (「基幹インフラ制度への医療分野の追加」) tells nothing. */
  question?: string;
  /** Folded lines that only said the question back: a block holding one is not shown. */
  echoed?: ReadonlySet<string>;
  /** The part asks what came after (「その後どう広がった」): the lines after the answering one go on with it. */
  asksWhatFollowed?: boolean;
  /** The part asks what was added (「今回追加されたのは」): a line that counts the addition reads with the added items. */
  asksAdded?: boolean;
  /** A count of times an event happened (「何回改訂された」): the event's words (folded); each dated entry is one. */
  countedEvent?: readonly string[];
  /** Topics the part joins as equals (folded): the lines that give the asked value for each are shown. */
  joined?: string[];
  /** Other names of a topic phrase (folded): 経済安保推進法 is said as 経済安全保障推進法. */
  variantsOf?: (phrase: string) => readonly string[];
  /** The words a translated topic phrase joins (folded), said apart in the documents: 無人機 … 市場. */
  wordsOf?: (phrase: string) => readonly string[];
  /** Names the question spells in Latin letters (CISTEC, MPIA) or puts in 「」: the block that answers names one of them. */
  names?: string[];
  /**
   * Labels the part names that head their own section (第1章, 事例5) or a month of a year it is about (2025年2月):
   * the block, its headings or its title must say each.
   */
  labels?: string[];
  /**
   * Editions and meetings the part names (第1版, 第5回): they may be named only on an earlier slide, but a block that
   * names another of the same kind (第2版) and not the asked one is about that other.
   */
  editions?: string[];
  /** Phrases in 「」 (「知っている」と答えた割合): a figure is of the one the line or its context quotes. */
  quoted?: string[];
  /** The question has this one part: no other part may need the rest of a list. */
  onlyPart?: boolean;
  /** The excerpt answers a later part of the question, after the first part's. */
  laterPart?: boolean;
  /** The words of the part this excerpt answers, folded, when the question has more than one part. */
  partQuestion?: string;
  /** Folded lines already shown for an earlier part: a block holding only those is not shown twice. */
  shown?: ReadonlySet<string>;
  depth?: number;
}

const MAX_CHARS = 400;
/** Types whose answer is a value the block either holds or not. */
const VALUE_TYPES = new Set<AskedType>(["date", "count", "amount", "list"]);
/** Words that mark a line as giving a reason, a procedure, a definition or a contrast. */
const MARKERS: Partial<Record<AskedType, RegExp>> = {
  reason: REASON_MARK,
  procedure: /(手続|申請|提出|届出|相談|まず|次に|手順|ステップ|確認する|講じる|窓口)/u,
  definition: /(とは|をいう|を指す|を定める|のこと|もの。|もの$)/u,
  comparison: /(一方|他方|比べ|違い|異なり|異なる|対して|に対し)/u,
};
/**
 * Nouns for the kind of thing asked about: 「どういう仕組み」 asks for a description that ends on one, and
 * 「…保全指定をして公開を留保する仕組み」 is such a description.
 */
const KINDS = ["仕組み", "仕組", "制度", "枠組み", "枠組"].map((kind) => ({
  asked: new RegExp(`(?:どういう|どんな|どのような)${kind}`, "u"),
  described: new RegExp(`(?:する|される)${kind}`, "u"),
}));
/** A block with the asked type's marker (理由, とは …) answers that kind of question: it ranks this much higher. */
const MARKER_FACTOR = 1.15;
/** 「何のための制度」「なぜ」: a block that gives no reason or purpose at all (「…取組を進める。」) names the topic only. */
const NO_REASON_FACTOR = 0.7;
/** A block that defines the asked topic (「セキュリティ・クリアランスとは、…」) answers a definition question outright. */
const DEFINES_FACTOR = 3;
const TITLE_ONLY_FACTOR = 0.6;
/** A line that announces items of what the list question asks for (「以下のような声」 for 「どんな声」): like a definition for 「とは」, it answers outright. */
const ANNOUNCES_FACTOR = 3;
/** A block that voices a worry (懸念, おそれ), for a question about one: it says what the asker's words do not. */
const CONCERN_FACTOR = 1.5;
/** A block of a meeting's minutes, for a question about what was said at a meeting. */
const REMARKS_FACTOR = 1.3;
/** A block with a line that says no to what a yes/no question asks answers it outright, as a definition does. */
const VERDICT_FACTOR = DEFINES_FACTOR;
/** A total, which says how much of the topic, not what kind of value (金利, 出資額). */
const TOTAL = /^総(?:額|計|数)$/u;
/** A remark that opens on the asked topic as its theme (「医薬品については、…」): it is about the topic, not in passing. */
const THEME_FACTOR = 2;
const THEME_MARK = /^(?:については|に関しては|に関して|に係る|では、|は、)/u;
/** A block that names the month the question dates its subject by. */
const DATED_FACTOR = 2;
/** A list with as many items as the question says there are. */
const LIST_SIZE_FACTOR = 2;

/** A block that does not name what the asker spelled out (CISTEC, MPIA). */
const UNNAMED_FACTOR = 0.5;
/** A list block under a heading (its own or its section's) that names the noun whose items are asked. */
const ITEMS_NAMED_FACTOR = 2;
/** A line that names the thing the asker sets aside and goes past it (「…のみならず」) answers 「X以外に何」: it outweighs lines that share more words. */
const BESIDES_FACTOR = 4;
/** A list question's block that never names the asked items, beside a section titled with them. */
const ITEMS_UNSAID_FACTOR = 0.7;
/** A block without the asked value, and one whose value is about something else. */
const MISSING_VALUE_FACTOR = 0.45;
const OFF_TOPIC_VALUE_FACTOR = 0.7;
/** A date of the topic, but of another event than the one asked (施行 for 成立). */
const OTHER_EVENT_FACTOR = 0.5;
/** A line that carries the asked value or marker is the one that answers, ahead of lines that only share words. */
const LINE_TYPE_BONUS = 0.2;
/** A topic phrase this long is one a line says, not a piece of another word (外資 of 海外資金). */
const MIN_ADDED_TOPIC_CHARS = 3;
const MAX_LIST_CHARS = 450;
/** An entry of a timeline: it opens with its date (23/10/31, 2024年5月14日, 25/5/30). */
const TIMELINE_ENTRY = /^[\s\-・]*(?:\d{2}\/\d{1,2}\/\d{1,2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?)/u;
const MAX_LINE_CHARS = 300;
/** A sentence of an over-long line is kept beside the best one when it has at least this share of its weight. */
const SENTENCE_MASS_SHARE = 0.5;
/**
 * How much of the question a further line of the block must add to be shown. A question's weight spreads over
 * many terms (bigrams, variants, glosses), so one word of it (義務 in 「義務的なものなんですか」) is a few percent.
 */
const MIN_GAIN = 0.04;
/**
 * Passages whose best block scores this close to the winner are named as further sources, at most this many:
 * a reader who doubts the quote finds the other places the documents speak to the question.
 */
const ALSO_SEE_SHARE = 0.7;
const ALSO_SEE_MAX = 2;
/** An enumeration cut short by 等 (「テルビウム、ジスプロシウム等」): the items after it are not named. */
export const CUT_SHORT = /[、,][^、,。\n]{1,12}等(?![級価])/u;
const NOTE_ITEM = /^[\s\-・]*(?:なお|ただし)[、,]/u;

/**
 * The bullet that introduces the run of bullets a line is one of, when the source lost the indent that showed it:
 * the nearest bullet before it that leads into items, with only bullets between.
 */
function itemLeadIn(lines: readonly PassageLine[], at: number): number | undefined {
  for (let before = at - 1; before >= 0; before--) {
    const line = lines[before]!;
    if (!line.bullet) return undefined;
    if (line.leadsIntoItems) return before;
  }
  return undefined;
}

/** 「下図のように」「以下のとおり」: a line that points to what follows it. */
const FORWARD_REFERENCE = /下図|下表|下記|以下の|以下に|次の(?:とおり|通り|ように)|次のような/u;

/**
 * 「協力して取り組みましょう！」「考えてみよう。」: a speech bubble of an illustration urges; it states nothing the
 * document says, so its block answers no question.
 */
const EXHORTS = /(?:[!！]|(?:ましょう|しよう|みよう|いこう)。?)\s*$/u;

/** Lines that point to a list (「下図のように…(特定類型)」) without giving its items: they name it, not answer it. */
export function pointsAheadWithoutItems(lines: string[]): boolean {
  return bulletCount(lines) < 2 && lines.some((line) => FORWARD_REFERENCE.test(line));
}

/**
 * 「経済安全保障推進法の4つの柱」「3本柱」: a line that counts the asked things names their list; without the items
 * it does not give them, whatever the question calls them.
 */
export function countsWithoutItems(lines: string[], phrases: string[]): boolean {
  if (itemCount(lines) >= 2) return false;
  const text = foldForMatch(lines.join("\n"));
  return phrases.some((phrase) =>
    new RegExp(`[\\d一二三四五六七八九十]+(?:つの|本の?|種類の|類型の)${escapeRegExp(foldForMatch(phrase))}`, "u").test(
      text,
    ),
  );
}

/** A named edition, meeting, article or case (第2版, 第5回, 事例5): a value must be about that one. */
const LABEL = /第[\d一二三四五六七八九十]+[次回版条章期]?|事例\d+|ケース\d+|\d+条/u;
/**
 * An ordinal of a leader or a government (第2トランプ of "the second Trump administration", 第2次安倍内閣) says which
 * one, not an edition or a meeting: the documents give it in a slide's title, not on the lines that state its measures.
 */
const ADMINISTRATION_ORDINAL = /^第[\d一二三四五六七八九十]+次?(?=\p{Script=Katakana}|政権|内閣)/u;

/**
 * A year that ends a document's name (骨太方針2025, 統合イノベーション戦略2021) names its edition: the 2021 one's lines
 * do not answer for the 2025 one.
 */
const EDITION_YEAR = /(?<=[\p{Script=Han}\p{Script=Katakana}ー)）」])(?:19|20)\d{2}$/u;

/** The edition, meeting, article or case a topic phrase names, if any. */
function labelOf(phrase: string): string | undefined {
  const match = phrase.match(LABEL);
  if (!match) return phrase.match(EDITION_YEAR)?.[0];
  return ADMINISTRATION_ORDINAL.test(phrase.slice(match.index)) ? undefined : match[0];
}

/** The text names the label: an edition's year as a name's (「…方針)2025」), not as a date's (2025年6月). */
function namesLabel(text: string, label: string): boolean {
  if (/^\d{4}$/u.test(label)) return new RegExp(`(?<!\\d)${label}(?![年度\\d/.])`, "u").test(text);
  const fiscal = label.match(/^(?:令和(\d{1,2})|(\d{4}))年度$/u);
  const reiwa = fiscal?.[1] ?? (fiscal?.[2] ? String(Number(fiscal[2]) - ERA_YEAR_BEFORE.令和!) : undefined);
  // 令和3年度 is written short too (「令和3、4年度補正」「R3補正」), and as 2021年度.
  if (fiscal && reiwa !== undefined && Number(reiwa) > 0) {
    const western = Number(reiwa) + ERA_YEAR_BEFORE.令和!;
    return new RegExp(
      `令和${reiwa}(?:年|[、・～~\\-])|(?<![A-Za-z])[Rr]${reiwa}(?!\\d)|(?<!\\d)${western}年度`,
      "u",
    ).test(text);
  }
  return text.includes(label);
}
/** 令和3年度, 2021年度: one fiscal year; 令和4年度 shares its words but not its number. */
export const FISCAL_YEAR = /(?:令和|平成)\d{1,2}年度|\d{4}年度/u;

/** The text states the count with a counter: 「3つのP」「5項目」. */
function namesCount(text: string, count: number): boolean {
  return new RegExp(`(?<![0-9])${count}\\s*(つ|個|項目|点|種類|分野|類型|領域|要件|原則|視点|観点)`, "u").test(
    text.normalize("NFKC"),
  );
}

/** For a list question that says how many items there are, the one line that names that count and lists as many. */
function inlineList(lines: readonly PassageLine[], options: ExcerptOptions): PassageLine | undefined {
  const size = options.listSize;
  if (options.askedType !== "list" || size === undefined) return undefined;
  return lines.find((line) => !line.headingLike && listsInline(line.text, size));
}

/**
 * The list the asker names in quotes with its count (「3つのP」), set out on one line with that many items: the line
 * answers it, whatever topic the rest of the question gives.
 */
function namedInlineList(shown: readonly string[], options: ExcerptOptions): boolean {
  const { listSize: size, quoted = [] } = options;
  if (options.askedType !== "list" || size === undefined || quoted.length === 0) return false;
  return shown.some((line) => listsInline(line, size) && quoted.some((phrase) => foldForMatch(line).includes(phrase)));
}

/** A list question that says how many items there are is answered by that many, as items or side by side on a line. */
function showsListSize(shown: string[], options: ExcerptOptions): boolean {
  const size = options.listSize;
  return (
    options.askedType !== "list" ||
    size === undefined ||
    itemCount(shown) >= size ||
    shown.some((line) => listsInline(line, size))
  );
}

/** A line that names a count and sets that many items side by side (「A、B、Cの3つのP」). */
function listsInline(text: string, size: number): boolean {
  return namesCount(text, size) && enumerationPieces(text).length >= size;
}

/** The excerpt names what a list question's items are (「要件」 of 「3つの要件」), or the question names nothing. */
function namesItems(text: string, options: ExcerptOptions): boolean {
  const folded = foldForMatch(text);
  return !options.itemsOf?.length || options.itemsOf.some((noun) => folded.includes(noun));
}

/**
 * 「どんな能力が」 over 「①専門的な調査研究を行う能力 ②情報収集…に関する能力 ③…」: items that each end on the asked
 * noun are its list, whatever their heading calls them (要件). Two at least, and most of the block's items; a noun
 * said inside an item (「※対象品目:…」) does not make the item one.
 */
function itemsAre(items: readonly PassageLine[], noun: string): boolean {
  if ([...noun].length < 2) return false;
  const naming = items.filter((line) => line.folded.replace(/[。.、,]+$/u, "").endsWith(noun)).length;
  return naming >= 2 && 2 * naming >= items.length;
}

/** For a list question, the line that announces items of the noun asked about, with items after it; else -1. */
function announcingLine(lines: PassageLine[], options: ExcerptOptions): number {
  if (options.askedType !== "list") return -1;
  const nouns = announcedNouns(options.itemsOf ?? []);
  return lines.findIndex(
    (line, at) => line.introducesList && at < lines.length - 1 && nouns.some((phrase) => line.folded.includes(phrase)),
  );
}

/**
 * What people said, under any of its names: 「どんな懸念が」「どんな不安を」 is answered by the items 「以下のような声もある」
 * announces, as 「どんな声が」 is.
 */
const VOICES = ["声", "意見", "懸念", "不安"];

function announcedNouns(itemsOf: readonly string[]): readonly string[] {
  return itemsOf.some((noun) => VOICES.includes(noun)) ? [...new Set([...itemsOf, ...VOICES])] : itemsOf;
}

/** The longest a label or a title runs (「○経済安全保障推進法 附則」, a slide's sub-title): longer, it is prose. */
const LABEL_CHARS = 60;

interface Block {
  lines: PassageLine[];
  /** The line just before the block, when it is a label (○経済安全保障推進法 附則) rather than a sentence. */
  label?: PassageLine;
  /** Index of the block's last line in the chunk's lines: a list that ends the chunk may run on. */
  endsChunk: boolean;
  /** The block after it, when this block's last line is that block's label. */
  labels?: Block;
  /** Bullets that run on at the top of the next chunk (chunks are cut by length, lists are not), and that chunk. */
  carried?: { chunk: Chunk; lines: Set<PassageLine> };
  /** The block opens with a numbered title (4. 特許出願の非公開「…」) over the paragraph it heads. */
  numberedTitle?: boolean;
}

/** The longest an item of a list runs on average; paragraphs under bullets are no list of items. */
const MAX_ITEM_CHARS = 80;

/** The shown items are people with their affiliations (a study group's member list), two or more of them. */
function rosterOnly(lines: string[]): boolean {
  const items = bulletLines(lines);
  return items.length >= 2 && items.filter(memberLine).length * 3 >= items.length * 2;
}

/** The question asks who: members, experts, people by name. */
const PEOPLE_ASKED = /委員|メンバー|構成員|有識者|参加者|出席者|名簿|氏名|名前|member|expert|people|who/iu;

function asksForPeople(options: ExcerptOptions): boolean {
  const kind = options.valueKind;
  if (kind === "names" || kind === "members" || kind === "person" || kind === "incumbent" || kind === "people")
    return true;
  const words = [...options.focus, ...(options.itemsOf ?? []), ...options.terms.map(({ term }) => term)];
  return words.some((word) => PEOPLE_ASKED.test(word));
}

/** The lines enumerate items: bullets short enough to be items, or a line that is an enumeration throughout. */
function itemLike(lines: string[]): boolean {
  const items = bulletLines(lines);
  const short = items.length >= 2 && items.reduce((sum, line) => sum + line.length, 0) / items.length <= MAX_ITEM_CHARS;
  return short || lines.some(enumerates);
}

/** 「半導体、蓄電池、クラウド…の8つ」: three or more pieces, all short but the last (which may say what they are). */
function enumerates(line: string): boolean {
  const pieces = enumerationPieces(line);
  return pieces.length >= 3 && pieces.slice(0, -1).every((piece) => piece.length <= MAX_PIECE_CHARS);
}

/** Asked types answered by what something is, why or how: a date or a count under a title answers none of them. */
export const PROSE_TYPES: ReadonlySet<AskedType> = new Set(["definition", "reason", "procedure"]);
/** Asked types only a sentence answers: a title names a topic, it does not say whether, why or how. */
const STATEMENT_TYPES = new Set<AskedType>(["yes-no", "reason", "procedure"]);
const FIGURE_LINE_CHARS = 20;

/** A section's number as a table of contents gives it: 「第2章 …」「1 本ガイドンスの目的等」. */
const CONTENTS_NUMBER = /^(?:第[0-9一二三四五六七八九十]+[章節部編]|\d{1,2}\s)/u;

/**
 * Section titles one after another (第1章 … / 0 技術流出事例 / 1 計画前…): a table of contents. Short named items
 * (⑥炭素繊維 / ⑧フォトレジスト) are a list, which does say whether a thing is on it.
 */
function tableOfContents(block: Block): boolean {
  const numbered = block.lines.filter((line) => CONTENTS_NUMBER.test(line.text)).length;
  return block.lines.length > 1 && block.lines.every((line) => line.headingLike) && numbered * 2 >= block.lines.length;
}

/** 「④ 特許出願非公開 / 24年5月から施行」: a title over short lines that each give only a date or a number. */
function figuresOnly(block: Block): boolean {
  const [title, ...rest] = block.lines;
  return (
    title !== undefined &&
    rest.length > 0 &&
    rest.every((line) => line.text.length <= FIGURE_LINE_CHARS && statesValue(line.text))
  );
}

/** A numbered label (「① サプライチェーン」「(2) 先端技術」): what the lines under it are about. */
const NUMBERED_LABEL = /^[\s\-・]*(?:[①-⑳]|\(\d+\)|（\d+）|\d+[.．])\s*\S/u;

/**
 * 「12物資指定、総額約2.4兆円」 quoted alone does not say what the figures are of; the numbered label just above it in the
 * chunk (「① サプライチェーン」) does, and opens the quote.
 */
function withItsLabel(spans: ExcerptSpan[], chunk: Chunk, chunkLines: PassageLine[]): ExcerptSpan[] {
  const [first, ...rest] = spans;
  const opening = first?.lines[0];
  if (!first || first.chunk !== chunk || opening === undefined) return spans;
  const at = chunkLines.findIndex((line) => line.text === opening);
  const isLabel = (line: PassageLine | undefined) =>
    line?.headingLike === true && NUMBERED_LABEL.test(line.text) && line.text.length <= LABEL_CHARS;
  const figures = opening.length <= FIGURE_LINE_CHARS * 1.5 && statesValue(opening) && !NUMBERED_LABEL.test(opening);
  // 「[施行日] (1)(2):2025年12月1日…」 closes the items of its numbered section: the section's own numbered title,
  // opening the chunk, is what the dates are of.
  const tagged = TAGGED_VALUE.test(opening) && statesValue(opening);
  const heading = foldForMatch(chunk.sectionPath.at(-1) ?? "");
  // The section's title (「1. レアアース関連品目の「再輸出規制」(外国での輸出を規制)」), brackets and all.
  const title = chunkLines[0];
  const sectionLabel =
    title?.folded === heading && NUMBERED_LABEL.test(title.text) && title.text.length <= LABEL_CHARS
      ? title
      : undefined;
  // 「「経済安全保障は…」」 quoted alone does not say who said it, or when; the label above it
  // (「小林…大臣(当時)答弁(令和4年3月23日…)」) does.
  const before = chunkLines[at - 1];
  const speaker =
    QUOTED_SPEECH.test(opening) &&
    before !== undefined &&
    before.text.length <= LABEL_CHARS &&
    !/[。．]$/u.test(before.text) &&
    SPEAKER_LABEL.test(before.text);
  const label = figures && isLabel(before) ? before : tagged ? sectionLabel : speaker ? before : undefined;
  if (at <= 0 || label === undefined) return spans;
  return [{ chunk, lines: [label.text, ...first.lines] }, ...rest];
}
/** A speech quoted whole: 「…」 over a line or more. */
const QUOTED_SPEECH = /^[\s\-・]*「[^」]{20,}/u;
/** What labels a quoted speech: who spoke, where and when (「…大臣答弁(令和4年3月23日…)」「…会長挨拶」). */
const SPEAKER_LABEL = /答弁|発言|挨拶|あいさつ|談話|会見|演説|所信/u;

/** A value under a bracketed tag (「[施行日] …」「【対象】…」). */
const TAGGED_VALUE = /^[\s\-・]*[[［【][^\]］】]{1,10}[\]］】]/u;

/**
 * 「新たなスキームの創設・…を可能とする枠組み構築」 over 「✓ …の支援」 items: a block that opens with a phrase, no
 * sentence, and goes on in items. Too long for a heading by its length alone, it still says nothing but what its items
 * are about, and is shown with them.
 */
function opensItems(lines: PassageLine[]): boolean {
  const [head, first] = lines;
  return (
    head !== undefined &&
    first !== undefined &&
    !head.bullet &&
    first.bullet &&
    head.text.length <= LABEL_CHARS &&
    !/[。．、，,]/u.test(head.text)
  );
}

/** Titles and labels only (「(参考)…の規定」「○…法 附則」): no sentence, and what they head is the next block. */
function headsOnly(block: Block): boolean {
  // A title and its label at most: a longer run of short lines is a list, and its items are the answer.
  const next = block.labels?.lines[0];
  return (
    next !== undefined &&
    !next.bullet &&
    /[。．]/u.test(next.text) &&
    block.lines.length <= 2 &&
    block.lines.every((line) => line.headingLike || (!/[。．]/u.test(line.text) && line.text.length <= LABEL_CHARS))
  );
}

/**
 * 「(参考:…に関する経産大臣発言(2020/11/17 閣議後記者会見)。…)」: a line wholly in brackets that opens with 参考 captions
 * what follows it (a quoted speech, a table), whatever its length. It is read with that, never alone.
 */
const CAPTION = /^[(（]参考[:：)）]/u;
function isCaption(line: PassageLine): boolean {
  return !line.bullet && CAPTION.test(line.text) && closingBracket(line.text) === line.text.length - 1;
}

/** Where the bracket opening the text closes (-1 when it never does). */
function closingBracket(text: string): number {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    if (/[(（]/u.test(text[at]!)) depth++;
    else if (/[)）]/u.test(text[at]!) && --depth === 0) return at;
  }
  return -1;
}

/** A line opened by a label in 【】: 「【目的】…」「【場としての領域】海洋領域、…」. */
const BRACKET_LABELLED = /^\s*【[^】]{1,20}】/u;

function blocksOf(lines: PassageLine[]): Block[] {
  // 「4. 特許出願の非公開「…」(第5章第65条)」 then a paragraph: a numbered title over prose, not an item of a list.
  const numberedTitles = new Set(
    lines.filter(
      (line, at) =>
        line.bullet &&
        NUMBERED_ITEM.test(line.text) &&
        line.text.length <= LABEL_CHARS &&
        !/[。．]$/u.test(line.text) &&
        lines[at + 1] !== undefined &&
        !lines[at + 1]!.bullet &&
        !lines[at + 1]!.headingLike &&
        !(lines[at - 1] && NUMBERED_ITEM.test(lines[at - 1]!.text)),
    ),
  );
  const blocks: Block[] = [];
  let current: PassageLine[] = [];
  let label: PassageLine | undefined;
  const close = (endsChunk: boolean) => {
    const last = current.at(-1);
    if (!last) return;
    const block: Block = {
      lines: current,
      endsChunk,
      ...(label ? { label } : {}),
      ...(numberedTitles.has(current[0]!) ? { numberedTitle: true } : {}),
    };
    const previous = blocks.at(-1);
    if (label && previous) previous.labels = block;
    blocks.push(block);
    label = !/[。．]$/u.test(last.text) && last.text.length <= LABEL_CHARS ? last : undefined;
    current = [];
  };
  for (const line of lines) {
    // A prose line opens a block; bullets belong to the line that introduces them, and a title to what follows it.
    // A run of titles (# 特定重要物資の指定, ## 制度の考え方) heads the statement that follows them.
    const afterTitle =
      current.length > 0 && current.every((kept) => kept.headingLike || numberedTitles.has(kept) || isCaption(kept));
    if (numberedTitles.has(line)) {
      close(false);
      current.push(line);
      continue;
    }
    // A short numbered line (② 経済安全保障重要技術育成プログラム) is a sibling heading: it opens its own block.
    // A run of short numbered lines (①積層セラミックコンデンサ ⑪磁気センサー / ②…) is one list, not a row of headings.
    const previous = current.at(-1);
    const inNumberedRun = previous?.headingLike === true && NUMBERED_ITEM.test(previous.text);
    const subHeading =
      line.bullet && line.headingLike && NUMBERED_ITEM.test(line.text) && !afterTitle && !inNumberedRun;
    // 「【先端的な重要技術】AI技術、…」 then 「【場としての領域】海洋領域、…」: lines each opened by a bracketed label are
    // the entries of one list under the title above them, not paragraphs of their own.
    const labelledRun =
      previous !== undefined && BRACKET_LABELLED.test(line.text) && BRACKET_LABELLED.test(previous.text);
    if (((!line.bullet && !afterTitle) || subHeading) && !labelledRun) close(false);
    current.push(line);
  }
  close(true);
  return blocks;
}

const NUMBER_TERM = /^\d+$/u;

const PART_OF_NUMBER = /[\d.,]/u;

/** A number is found as itself (4 in 4技術, not in 14 or 2024); any other term as a substring. */
function contains(folded: string, term: string): boolean {
  if (!NUMBER_TERM.test(term)) return folded.includes(term);
  for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
    const before = folded[at - 1] ?? "";
    const after = folded[at + term.length] ?? "";
    if (!PART_OF_NUMBER.test(before) && !PART_OF_NUMBER.test(after)) return true;
  }
  return false;
}

/** A term said only in brackets weighs this much of its mass in a date question's line. */
const ASIDE_WEIGHT = 0.5;

/** A line without what it says in brackets: 「第7回有識者会議 (アクションプラン再改訂)」 → 「第7回有識者会議 」. */
function withoutAsides(folded: string): string {
  return folded.replace(/[(（][^()（）]*[)）]/gu, " ");
}

function matchedTerms(folded: string, terms: WeightedTerm[]): Set<number> {
  const matched = new Set<number>();
  terms.forEach(({ term }, at) => {
    if (contains(folded, term)) matched.add(at);
  });
  return matched;
}

function massOf(matched: Iterable<number>, terms: WeightedTerm[], total: number): number {
  let mass = 0;
  for (const at of matched) mass += terms[at]!.mass;
  return mass / total;
}

/** The named editions, meetings and cases among the topic phrases (第2版, 第5回, 事例5). */
function labelsOf(focus: string[]): string[] {
  return focus.flatMap((phrase) => labelOf(phrase) ?? []);
}

/**
 * The block defines what the question asks about. A question tied to a named meeting or edition (「第5回会議で委員は
 * セキュリティ・クリアランスについて何を求めた」) is not answered by what セキュリティ・クリアランス is elsewhere.
 */
export function defines(type: AskedType, lines: PassageLine[], focus: string[], context: string): boolean {
  if (type !== "definition" || !lines.some(({ folded }) => definesTopic(folded, focus))) return false;
  const text = arabicOrdinals(`${lines.map(({ folded }) => folded).join("\n")}\n${context}`);
  return labelsOf(focus).every((label) => namesLabel(text, label));
}

/** 「Xとは…」 somewhere in the line, but not 「Xとは何かを示し」, which says that X is to be explained, not what X is. */
function saysWhatItIs(folded: string, phrase: string): boolean {
  const marker = `${phrase}とは`;
  for (let at = folded.indexOf(marker); at >= 0; at = folded.indexOf(marker, at + 1))
    if (!/^(?:何|なに|なん)/u.test(folded.slice(at + marker.length))) return true;
  return false;
}

const COMPOUND_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/** 「X（注：…）」 with X a word of its own: 「交易条件（注：…）」 glosses 交易条件, not the 条件 asked of another topic. */
function glossesHere(folded: string, phrase: string): boolean {
  for (let at = folded.indexOf(`${phrase}(注:`); at >= 0; at = folded.indexOf(`${phrase}(注:`, at + 1))
    if (at === 0 || !COMPOUND_CHAR.test(folded[at - 1]!)) return true;
  return false;
}

const LEADING_BULLETS = new RegExp(`^${BULLET_MARKS.source}+`, "u");

/** A folded line past its bullet marks (「-➤医薬品については」 → 「医薬品については」). */
function pastBullets(folded: string): string {
  return folded.replace(LEADING_BULLETS, "");
}

/** The line, past its bullet, opens on a topic phrase as its theme: 「➤ 医薬品については、…」「- 本制度は、…」 is not. */
function opensOnTheme(folded: string, focus: readonly string[]): boolean {
  const opening = pastBullets(folded);
  return focus.some(
    (phrase) =>
      phrase.length >= 2 &&
      nounClassOf(phrase) === "none" &&
      opening.startsWith(phrase) &&
      THEME_MARK.test(opening.slice(phrase.length)),
  );
}

/** 「これらを総称して「X」と呼ぶ」: the line says what X stands for. */
function namesWhatItCovers(folded: string, phrase: string): boolean {
  return [`「${phrase}」と呼`, `${phrase}と呼`, `総称して「${phrase}」`].some((marker) => folded.includes(marker));
}

/**
 * A line of the block defines one of the topic phrases: 「Xとは」, 「Xは、…をいう/ものである」, a slide's
 * glossary item 「・「X」：…」, a note glossing the term where it stands (「X（注：…）」), or 「…を「X」と呼ぶ」.
 */
function definesTopic(folded: string, focus: string[]): boolean {
  const item = pastBullets(folded);
  return focus.some(
    (phrase) =>
      phrase.length >= 2 &&
      (saysWhatItIs(folded, phrase) ||
        item.startsWith(`「${phrase}」:`) ||
        item.startsWith(`${phrase}:`) ||
        glossesHere(folded, phrase) ||
        namesWhatItCovers(folded, phrase) ||
        (folded.startsWith(phrase) && /をいう|を指す|ものである|ものをいう/u.test(folded))),
  );
}

/** The line holds what the asked type asks for: a value (date, number, amount) or its marker (理由, とは …). */
function answersType(type: AskedType, text: string, kind?: ValueKind): boolean {
  if (VALUE_TYPES.has(type) && type !== "list") return carriesValue(type, [text], kind);
  return MARKERS[type]?.test(text) ?? false;
}

/** A line too long to show whole is cut to its best full sentences, never inside one. */
function shorten(text: string, terms: WeightedTerm[], total: number): string {
  if (text.length <= MAX_LINE_CHARS) return text;
  const sentences = text.match(/[^。！？]+[。！？]?/gu) ?? [text];
  const ranked = sentences
    .map((sentence, at) => ({ sentence, at, mass: massOf(matchedTerms(foldForMatch(sentence), terms), terms, total) }))
    .sort((a, b) => b.mass - a.mass);
  const kept: typeof ranked = [];
  let length = 0;
  for (const candidate of ranked) {
    // A sentence that shares little with the question is another topic of the same paragraph, not context.
    const weak = candidate.mass < SENTENCE_MASS_SHARE * ranked[0]!.mass;
    if (kept.length > 0 && (weak || length + candidate.sentence.length > MAX_LINE_CHARS)) break;
    kept.push(candidate);
    length += candidate.sentence.length;
  }
  return kept
    .sort((a, b) => a.at - b.at)
    .map(({ sentence }) => sentence.trim())
    .join("");
}

/**
 * "Who chaired it, and were its meetings open?": a yes/no question joined to the first, which reads as one part.
 * Read on the folded question, which has no spaces.
 */
const ALSO_ASKS_YES_NO =
  /,and(?:is|are|was|were|did|does|do|has|have|can|could|will|would)(?:its|it|they|their|there|this|that|these|those)/iu;

/** A line's leading bullet, kept when its first sentence goes. */
const LEADING_BULLET = /^\s*[-・•]\s*/u;
/** A sentence this short (「市場価格との値差を支援。」) costs the reader nothing and may say what the figure is for. */
const SHORT_SENTENCE_CHARS = 15;
/** A sentence that goes on from the one before (「このため、…支障はないと認識」): it stays with it. */
const FOLLOWS_ON = /^(?:このため|そのため|これにより|これによって|ただし|但し)/u;

/** Sentences ended by 。 outside brackets: 「(令和4年5月1日施行。)」 stays inside its sentence. */
function bracketedSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let from = 0;
  [...text].forEach((char, at, chars) => {
    if ("(（「『【".includes(char)) depth++;
    else if (")）」』】".includes(char)) depth = Math.max(0, depth - 1);
    else if (char === "。" && depth === 0) {
      sentences.push(chars.slice(from, at + 1).join(""));
      from = at + 1;
    }
  });
  const rest = [...text].slice(from).join("");
  if (rest.trim() !== "") sentences.push(rest);
  return sentences;
}

/**
 * 「どれくらいの期間で実用化まで」 answered by a paragraph of four statements: the one that gives the period answers it;
 * the three before it (優位性の確保, 市場メカニズム…) are other points of the same slide. Only for a date, a count or an
 * amount asked by a question of one part. A sentence that names the question's topic stays, so the value keeps what it
 * is of, and so do a very short one and one that goes on from a kept one.
 */
function valueSentences(
  text: string,
  options: Pick<ExcerptOptions, "askedType" | "valueKind" | "focus" | "onlyPart">,
): string {
  // Another part of the question (「加盟国数は」 beside 「いつ発足」) may be asked of the sentences a date leaves out.
  // A follow-up with no topic of its own (「それはいつから」) leaves nothing to tell the topic's sentences by.
  if (!NUMERIC_TYPES.has(options.askedType) || !options.onlyPart || options.focus.length === 0) return text;
  const bullet = text.match(LEADING_BULLET)?.[0] ?? "";
  const sentences = bracketedSentences(text.slice(bullet.length));
  if (sentences.length < 2) return text;
  const gives = sentences.map((sentence) => carriesValue(options.askedType, [sentence], options.valueKind));
  if (!gives.some(Boolean)) return text;
  const keep: boolean[] = [];
  sentences.forEach((sentence, at) => {
    keep.push(
      gives[at]! ||
        [...sentence.trim()].length <= SHORT_SENTENCE_CHARS ||
        options.focus.some((phrase) => mentions(foldForMatch(sentence), phrase)) ||
        (at > 0 && keep[at - 1]! && FOLLOWS_ON.test(sentence.trim())),
    );
  });
  if (keep.every(Boolean)) return text;
  return `${bullet}${sentences
    .filter((_, at) => keep[at])
    .map((sentence) => sentence.trim())
    .join("")}`;
}

/**
 * A timeline (「23/10/31 : 初版」「24/05/14 : 改訂版」…) is not the list a 「どの分野」 question asks for: one of its
 * entries may be, when it holds most of the question, and that entry is the answer.
 */
function timelineEntryAnswers(items: PassageLine[], lineScores: number[], options: ExcerptOptions): boolean {
  const dated = items.filter((line) => TIMELINE_ENTRY.test(line.text)).length;
  if (dated < 3 || dated * 2 < items.length || options.wantsAll) return false;
  const [first, second = 0] = lineScores.slice(1).sort((a, b) => b - a);
  return first !== undefined && first > 0 && first >= 2 * second;
}

/**
 * The one ※ note of a list that enumerates items of its own (a lead-in and three or more items between 、; 「・」 joins
 * the words of one item, as in 工作機械・産業用ロボット) and names a topic phrase no other line of the list names: the
 * asked part of the item above it.
 */
function listingNote(lines: PassageLine[], options: ExcerptOptions): number | undefined {
  const own = options.focus.filter(
    (phrase) => phrase.length >= 2 && lines.filter((line) => mentions(line.folded, phrase)).length === 1,
  );
  const found = lines
    .map((_, at) => at)
    .filter(
      (at) =>
        at > 0 &&
        NOTE.test(lines[at]!.text) &&
        lines[at]!.text.split(/[、,]/u).length >= 4 &&
        own.some((phrase) => mentions(lines[at]!.folded, phrase)),
    );
  return found.length === 1 ? found[0] : undefined;
}

const NOTE = /^\s*※/u;
const MAX_NAMED_ITEM_CHARS = 50;

/**
 * The line is a note (※…) to the item above it: an item that only names something (「(8)奢侈品輸出の禁止措置」),
 * whose detail is the note. A note under a statement (「…省令を改正(令和4年5月1日施行。)」) is a remark of its own
 * on the section.
 */
function noteOf(lines: readonly PassageLine[], at: number): boolean {
  const above = lines[at - 1];
  return (
    above !== undefined &&
    NOTE.test(lines[at]!.text) &&
    above.bullet &&
    !NOTE.test(above.text) &&
    above.text.length <= MAX_NAMED_ITEM_CHARS &&
    !/[。．]\)?$/u.test(above.text)
  );
}

/**
 * The line under a title (up to the next title or list lead-in) that names the most of the topic phrases the title
 * does not say, the best-scoring of those (the first of equals). A line naming one phrase that other lines name too
 * (輸出管理 in every item) is no more the answer than they are: undefined then, and when the title says them all.
 */
function namingLine(
  lines: PassageLine[],
  title: number,
  options: ExcerptOptions,
  { carried, lineScores }: { carried: ReadonlySet<PassageLine> | undefined; lineScores: number[] },
): number | undefined {
  const unsaid = options.focus.filter((phrase) => phrase.length >= 2 && !mentions(lines[title]!.folded, phrase));
  if (unsaid.length === 0) return undefined;
  const end = lines.findIndex((line, at) => at > title && (line.headingLike || line.introducesList));
  let found: number | undefined;
  let most = 0;
  let tied = false;
  for (let at = title + 1; at < (end < 0 ? lines.length : end); at++) {
    const line = lines[at]!;
    if (carried?.has(line)) continue;
    const named = unsaid.filter((phrase) => mentions(line.folded, phrase)).length;
    if (named === most && named > 0) tied = true;
    if (named > most || (named === most && named > 0 && lineScores[at]! > lineScores[found!]!)) found = at;
    if (named > most) {
      most = named;
      tied = false;
    }
  }
  return tied && most < 2 ? undefined : found;
}

/**
 * 「その後どう広がったのか」 asks what came after the line that answers: the block's next lines say it, though they share
 * no word with the question (「対話を進める中で…追加的に対話の場を設けた」).
 */
function followedOn(trimmed: PassageLine[], block: Block, options: ExcerptOptions): PassageLine[] {
  if (!options.asksWhatFollowed || trimmed.length === 0) return trimmed;
  const last = block.lines.indexOf(trimmed.at(-1)!);
  let length = trimmed.reduce((sum, line) => sum + line.text.length, 0);
  const kept = [...trimmed];
  for (const line of block.lines.slice(last + 1)) {
    if (length + line.text.length > MAX_CHARS) break;
    kept.push(line);
    length += line.text.length;
  }
  return kept;
}

/**
 * A comparison's items start at the first line that names a thing compared (「戦略的自律性」), when the lines from
 * there name every one of them: the lines between the title and it, which name none and lead into no list
 * (「大国が産業政策を強化」), are background. A table whose columns name them only in its header keeps all its rows.
 */
function comparedLines(lines: PassageLine[], options: ExcerptOptions): PassageLine[] {
  if (options.askedType !== "comparison") return lines;
  const compared = options.focus.filter((phrase) => phrase.length >= 2 && nounClassOf(phrase) === "none");
  const title = lines[0]?.headingLike ? 1 : 0;
  const from = lines.findIndex((line, at) => at >= title && compared.some((phrase) => line.folded.includes(phrase)));
  if (from <= title) return lines;
  const rest = lines
    .slice(from)
    .map((line) => line.folded)
    .join("\n");
  const background = lines
    .slice(title, from)
    .every((line) => !line.headingLike && !line.introducesList && !answersType("comparison", line.text));
  return background && compared.every((phrase) => rest.includes(phrase))
    ? [...lines.slice(0, title), ...lines.slice(from)]
    : lines;
}

/** A line names a topic of the question (of at least MIN_ADDED_TOPIC_CHARS) that none of the lines shown names. */
function addsTopic(line: PassageLine, shown: readonly PassageLine[], focus: readonly string[]): boolean {
  return focus.some(
    (phrase) =>
      phrase.length >= MIN_ADDED_TOPIC_CHARS &&
      mentions(line.folded, phrase) &&
      !shown.some((said) => mentions(said.folded, phrase)),
  );
}

/**
 * The lines of a block that answer: the whole list for a list question, else the best line and its context. `remarks`:
 * the block is a record of what people said (minutes), a remark to a line.
 */
function trimBlock(
  block: Block,
  options: ExcerptOptions,
  total: number,
  lineScores: number[],
  remarks = false,
): PassageLine[] {
  const { lines } = block;
  // Lines the block runs on into are read as its continuation, never picked out as an extra line.
  const carried = block.carried?.lines;
  const items = lines.slice(1);
  const isList =
    items.length > 1 &&
    items.every((line) => line.bullet) &&
    items.reduce((sum, line) => sum + line.text.length, 0) / items.length <= 60;
  // 「以下のような声もある。」 and the items under it, when a list question asks for those (声).
  const announcing = announcingLine(lines, options);
  if (announcing >= 0) {
    const kept = [lines[announcing]!];
    let length = kept[0]!.text.length;
    for (const line of lines.slice(announcing + 1)) {
      if (!line.bullet || (kept.length > 1 && length + line.text.length > MAX_LIST_CHARS)) break;
      kept.push(line);
      length += line.text.length;
    }
    return kept;
  }
  // A comparison is answered by the parallel items side by side (the US column, then China's), as a list is; so is
  // 「何個」 by a list that numbers its items (①②③): their numbers are the count.
  const listed =
    options.askedType === "list" ||
    options.askedType === "comparison" ||
    countsByNumbers(
      options,
      lines.map((line) => line.text),
    );
  // 「「3つのP」がそれぞれ何を指すのか」: the line that names the count and sets its items side by side
  // (「産業支援策(Promotion)、産業防衛策(Protection)、国際連携(Partnership)の3つのPの推進」) is the answer, not the
  // timeline it is one entry of.
  const inline = inlineList(lines, options);
  if (inline !== undefined) return [inline];
  if (listed && isList && !timelineEntryAnswers(items, lineScores, options)) {
    // 「特定重要物資のうち経産省関係のもの」: a ※ note that lists the asked part of an item (「※経産省関係では、半導体、
    // 蓄電池…の8つ」) answers with that item, not the list's other items (「補正予算で約9,500億円」).
    const note = options.onlyPart ? listingNote(lines, options) : undefined;
    if (note !== undefined) return [lines[note - 1]!, lines[note]!];
    const kept: PassageLine[] = [];
    let length = 0;
    for (const line of comparedLines(lines, options)) {
      if (kept.length > 1 && length + line.text.length > MAX_LIST_CHARS) break;
      kept.push(line);
      length += line.text.length;
    }
    return kept;
  }
  let best = 0;
  lineScores.forEach((score, at) => {
    if (score > lineScores[best]!) best = at;
  });
  // A title shares the most words with a question about its slide, but a line under it that gives the asked value
  // is the answer; the title is shown with it, not the background lines between them. A line under a sub-title
  // (「(2) その他の出資案件」) is about that sub-title's topic, not the title's.
  const wantsValue = VALUE_TYPES.has(options.askedType) || options.valueKind !== undefined;
  // The best-scoring of the given lines that holds the asked value (the first of equals), or -1.
  const bestCarrier = (ats: number[]) =>
    ats
      .filter((at) => carriesValue(options.askedType, [lines[at]!.text], options.valueKind))
      .reduce((found, at) => (found < 0 || lineScores[at]! > lineScores[found]! ? at : found), -1);
  if (wantsValue && lines[best]!.headingLike) {
    const title = best;
    const end = lines.findIndex((line, at) => at > title && (line.headingLike || line.introducesList));
    const under = lines
      .map((_, at) => at)
      .slice(title + 1, end < 0 ? lines.length : end)
      .filter((at) => !carried?.has(lines[at]!) && lineScores[at]! >= 0.5 * lineScores[title]!);
    const carrier = bestCarrier(under);
    if (carrier >= 0) best = carrier;
  }
  // 「遵守基準では責任者を誰に」: a title names the topic, and the one line under it that names what the title leaves out
  // (責任者) is the answer, not the run of items that follows the title.
  if (lines[best]!.headingLike && !listed) best = namingLine(lines, best, options, { carried, lineScores }) ?? best;
  const chosen = new Set([best]);
  // A note reads with the item it is a note to.
  if (noteOf(lines, best)) chosen.add(best - 1);
  const bestLine = lines[best]!;
  const latinNames = (options.names ?? []).filter((name) => /^[a-z0-9&.-]+$/u.test(name));
  const namesAsked = (line: PassageLine) => latinNames.some((name) => line.folded.includes(name));
  const bestNamesAsked = namesAsked(bestLine);
  // A bullet reads with the line that introduces it; a title or 「次の…：」 with what follows it.
  const head = lines[0]!;
  const headMatters =
    head.introducesList ||
    // A one-letter focus (法 of "which law") is in every law's name: it does not make a title about the question.
    (head.headingLike && options.focus.some((phrase) => phrase.length >= 2 && mentions(head.folded, phrase)));
  if (bestLine.bullet && best > 0 && head.text.length <= 80 && headMatters) chosen.add(0);
  // Under a numbered title, a later line reads with the title and the paragraph it heads.
  if (block.numberedTitle && best > 1) {
    chosen.add(0);
    chosen.add(1);
  }
  let length = [...chosen].reduce((sum, at) => sum + lines[at]!.text.length, 0);
  // 「角南篤 …理事長(座長)」 looks like a title but is the answer itself: the table rows under it are other people.
  const statesAskedName =
    options.valueKind !== undefined &&
    NAMED_KINDS.has(options.valueKind) &&
    carriesValue(options.askedType, [bestLine.text], options.valueKind);
  // 「…外為法を改正(2020年5月8日施行)。以下*が改正の概要」 gives the date asked: what it introduces is another matter.
  const givesAskedDate =
    options.askedType === "date" && !bestLine.headingLike && carriesValue("date", [bestLine.text], options.valueKind);
  if (
    !statesAskedName &&
    !givesAskedDate &&
    (bestLine.headingLike || bestLine.introducesList || (best === 0 && (block.numberedTitle || opensItems(lines))))
  ) {
    for (let at = best + 1; at < lines.length && length < 160; at++) {
      if (length + lines[at]!.text.length > MAX_CHARS) break;
      chosen.add(at);
      length += lines[at]!.text.length;
    }
  }
  // One more line of the same block when it adds enough of the question. A later part's line adds only what that
  // part asks: a line on the first part's words (外為法…事前届出の対象 beside 施行日) repeats what the first excerpt
  // answers.
  // A title alone (「1. 事前届出免除制度の導入」) is never the answer: what it heads is added on all the question's words.
  const statesSomething = [...chosen].some((at) => !lines[at]!.headingLike && /[。、,]/u.test(lines[at]!.text));
  const covered = new Set(
    options.terms.flatMap((term, at) => (options.laterPart && statesSomething && term.earlierPart ? [at] : [])),
  );
  for (const at of chosen) for (const term of matchedTerms(lines[at]!.folded, options.terms)) covered.add(term);
  let next = -1;
  let nextGain = MIN_GAIN;
  // Asked what worries someone and answered by a line that voices one: another worry is what adds to it, though it
  // shares no further word with the question, not the block's other lines on the same words (the ministry's own
  // view after industry's concerns).
  const worried = options.asksConcern === true && voicesConcern(bestLine.text);
  lines.forEach((line, at) => {
    if (chosen.has(at) || carried?.has(line) || length + line.text.length > MAX_CHARS) return;
    if (worried && !voicesConcern(line.text)) return;
    // 「米国のCFIUSを引き合いに出した意見は」 answered by the remark that names CFIUS: a remark beside it that does not
    // (株主名簿の取得) shares other words of the question, not its subject. A line on another topic the question names
    // (「GDP比、論文数」: 論文数) still adds it.
    if (bestNamesAsked && !line.headingLike && !namesAsked(line) && !addsTopic(line, [bestLine], options.focus)) return;
    const gain =
      massOf(
        [...matchedTerms(line.folded, options.terms)].filter((term) => !covered.has(term)),
        options.terms,
        total,
      ) + (worried ? 2 * MIN_GAIN : 0);
    // Of lines that add the same words (four meetings' dates), the one that shares most with the question otherwise
    // (「25/5/23 : 第7回有識者会議 (アクションプラン再改訂)」) is the one it asks about.
    if (gain > nextGain || (gain === nextGain && next >= 0 && lineScores[at]! > lineScores[next]!)) {
      next = at;
      nextGain = gain;
    }
  });
  // The chosen lines give the asked value and the next line gives none of it.
  const nextAddsNoValue =
    next >= 0 &&
    !lines[next]!.headingLike &&
    !carriesValue(options.askedType, [lines[next]!.text]) &&
    carriesValue(
      options.askedType,
      [...chosen].map((at) => lines[at]!.text),
      options.valueKind,
    );
  // A later part asking a value (「施行日も」) is answered by the line that gives it; the first part's excerpt has said
  // the rest. A further line with a value of its own (「2024年度から運用開始予定」 beside 「2023年12月…導入」) may be
  // the one asked, whatever its kind (「1月正式版を公表」 beside a deadline).
  const valueGiven = options.laterPart && isNumericType(options.askedType) && nextAddsNoValue;
  // 「補正予算で経産省分はどれくらい」: the line that gives the sum answers; the line beside it with a figure of the other
  // kind (「11の特定重要物資※を指定」, a count) answers another question, though it names the topic.
  const otherFigure =
    (options.askedType === "amount" || options.askedType === "count") &&
    nextAddsNoValue &&
    carriesValue(options.askedType === "amount" ? "count" : "amount", [lines[next]!.text]);
  // 「なぜ…と言ったのか」 answered by the remark that says it and why: the speaker's next remark, on no topic of the
  // question the first leaves out, is another point.
  const reasonSaid =
    remarks &&
    options.askedType === "reason" &&
    next >= 0 &&
    [...chosen].some((at) => lines[at]!.folded.length >= REMARK_CHARS && REASON_MARK.test(lines[at]!.text)) &&
    !addsTopic(
      lines[next]!,
      [...chosen].map((at) => lines[at]!),
      options.focus,
    );
  if (next >= 0 && !valueGiven && !otherFigure && !reasonSaid) chosen.add(next);
  // The asked value (a date, a sum, a name) may sit in a line that shares few of the question's words.
  const shownText = [...chosen].map((at) => lines[at]!.text);
  // One remark on the topic answers 「どんな意見」: another remark is not added to make it a list.
  if (
    wantsValue &&
    !carriesValue(options.askedType, shownText, options.valueKind) &&
    !answersWithOneRemark(shownText, options)
  ) {
    const carrier = bestCarrier(
      lines
        .map((_, at) => at)
        .filter((at) => !chosen.has(at) && !carried?.has(lines[at]!) && length + lines[at]!.text.length <= MAX_CHARS),
    );
    if (carrier >= 0) chosen.add(carrier);
  }
  if (options.verdict) {
    // 「移転を止めるための制度なんですか」: the line that says no (「止めることが目的ではなく」) is the answer.
    const says =
      verdictIn(
        [...chosen].map((at) => lines[at]!.text),
        options.terms,
        options.verdict,
      ) ??
      verdictIn(
        lines
          .filter((line, at) => !chosen.has(at) && !carried?.has(line) && length + line.text.length <= MAX_CHARS)
          .map((line) => line.text),
        options.terms,
        options.verdict,
      );
    const at = says ? lines.findIndex((line) => line.text === says.line) : -1;
    if (at >= 0 && !chosen.has(at)) {
      chosen.add(at);
      length += lines[at]!.text.length;
    }
    // Background lines beside it in the block (「企業からは具体的な対策に悩む声が多く聞かれる。」) do not bear on it.
    // Its title stays, and so does a line that names a topic phrase the verdict's line leaves out (「司令塔部門」
    // beside 「必ずしも新しい組織の設立…必要はなく」).
    // 「本ガイダンスは、…義務を課すものではなく」: a line that opens on 「本…」「同…」 is about the topic the block names, and
    // the line that names it (「…を策定」) is background too.
    const unsaid =
      at >= 0 && !REFERS_BACK.test(lines[at]!.text)
        ? options.focus.filter((phrase) => !mentions(lines[at]!.folded, phrase))
        : [];
    if (at >= 0)
      for (const other of [...chosen]) {
        const line = lines[other]!;
        const names = unsaid.some((phrase) => mentions(line.folded, phrase));
        if (other !== at && !line.headingLike && !(other === 0 && line.introducesList) && !names) chosen.delete(other);
      }
  }
  // 「パブコメと正式版の時期」: a topic the chosen lines leave out gets the block's line that gives its own value.
  if (isNumericType(options.askedType)) {
    const shown = () => [...chosen].map((at) => lines[at]!.folded).join("\n");
    // Only this part's topics: another part's (「その前の有識者会議」) gets that part's own excerpt.
    for (const phrase of options.partFocus ?? options.focus) {
      if (mentions(shown(), phrase)) continue;
      const own = lines.findIndex(
        (line, at) =>
          !chosen.has(at) &&
          !carried?.has(line) &&
          length + line.text.length <= MAX_CHARS &&
          mentions(line.folded, phrase) &&
          carriesValue(options.askedType, [line.text], options.valueKind),
      );
      if (own < 0) continue;
      chosen.add(own);
      length += lines[own]!.text.length;
    }
  }
  // 「- 以下を検討することも有用である」 then 「- 司令塔部門を設置すること」: an item is one of what the bullet before it
  // introduces, and without it reads as a requirement the document only offers for consideration. Added once the
  // lines are chosen, so it takes no other line's place.
  for (const at of [...chosen]) {
    // 「なお、…」 after the items is a note on them all, not one of what the lead-in offers.
    const leadIn = lines[at]!.bullet && !NOTE_ITEM.test(lines[at]!.text) ? itemLeadIn(lines, at) : undefined;
    if (leadIn !== undefined) chosen.add(leadIn);
  }
  return [...chosen].sort((a, b) => a - b).map((at) => lines[at]!);
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
/** 「①から③」「①～⑤」: a range of numbered items a line refers to. */
const ITEM_RANGE = new RegExp(`([${CIRCLED}])\\s*(?:から|～|〜|~|－|-)\\s*([${CIRCLED}])`, "u");
const MAX_REFERRED_CHARS = 300;

/**
 * The numbered items a shown line refers to by range (「先端的技術のうち①から③のいずれか」), when they follow it in
 * the passage, each on its own line and in order; none when any is missing or they run long.
 */
function referredItems(shown: readonly string[], chunkLines: readonly PassageLine[]): string[] {
  for (const line of shown) {
    const range = line.match(ITEM_RANGE);
    if (!range) continue;
    const from = CIRCLED.indexOf(range[1]!);
    const to = CIRCLED.indexOf(range[2]!);
    if (to <= from) continue;
    const at = chunkLines.findIndex((candidate) => sameLine(line, candidate.text));
    if (at < 0) continue;
    const following = chunkLines.slice(at + 1, at + 2 + to - from).map((candidate) => candidate.text);
    const inOrder = following.every((text, offset) =>
      text.replace(/^[\s\-・]*/u, "").startsWith(CIRCLED[from + offset]!),
    );
    const length = following.reduce((sum, text) => sum + text.length, 0);
    if (following.length === to - from + 1 && inOrder && length <= MAX_REFERRED_CHARS) return following;
  }
  return [];
}

/**
 * A shown line that counts an addition to a numbered list (「新たに4技術を追加」), with the items added: the list may
 * follow in this chunk or run on into the next ones. The added items are shown where they stand, each cited.
 */
function withAddedItems(
  spans: ExcerptSpan[],
  chunk: Chunk,
  chunkLines: PassageLine[],
  options: ExcerptOptions,
): ExcerptSpan[] {
  const own = spans.find((span) => span.chunk === chunk);
  if (!own) return spans;
  for (const shown of own.lines) {
    const count = addedCount(shown);
    if (!count) continue;
    const at = chunkLines.findIndex((line) => sameLine(shown, line.text));
    if (at < 0) continue;
    const seen = new Set(chunkLines.map((line) => line.folded));
    const next = options.nextChunk(chunk);
    const later = next ? [...linesOnward(next, options, MAX_LIST_CHUNKS, seen)] : [];
    const following = [
      ...chunkLines.slice(at + 1).map((line) => ({ text: line.text, chunk })),
      ...later.flatMap(({ chunk: from, lines }) => lines.map((line) => ({ text: line.text, chunk: from }))),
    ];
    const items = addedItems(count, following);
    if (!items || items.reduce((sum, item) => sum + item.cell.length, 0) > MAX_LIST_CHARS) continue;
    // The list's chunk, when the excerpt already ran on into it, shows the added items instead of its first rows.
    const result = spans
      .filter((span) => span.chunk === chunk || !items.some((item) => item.line.chunk === span.chunk))
      .map((span) => ({ ...span, lines: [...span.lines] }));
    for (const { line, cell } of items) {
      const span = result.find((candidate) => candidate.chunk === line.chunk);
      if (span?.lines.includes(cell)) continue;
      if (span) span.lines.push(cell);
      else result.push({ chunk: line.chunk, lines: [cell] });
    }
    return result;
  }
  return spans;
}

/** Kinds of value a line states by naming it (a person, names, a place, a form), not by heading other lines. */
const NAMED_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>([
  "person",
  "incumbent",
  "names",
  "members",
  "place",
  "form",
]);

/** How many of the top passages are read for the answer. */
const DEFAULT_DEPTH = 5;

/** How many following chunks an announced list is followed into. */
const MAX_LIST_CHUNKS = 3;
/** Types whose answer may be a list of items a line announces (「3つの切り口」): all but a date or a sum. */
const ANNOUNCED_LIST_TYPES = new Set<AskedType>([
  "list",
  "count",
  "definition",
  "procedure",
  "comparison",
  "yes-no",
  "reason",
]);

/**
 * The announcing line among the chosen ones and the numbered items after it, from this chunk and the
 * next when the list runs on; undefined when no chosen line announces a list that follows.
 */
function announcedSpans(
  chosen: PassageLine[],
  chunkLines: PassageLine[],
  chunk: Chunk,
  options: ExcerptOptions,
): ExcerptSpan[] | undefined {
  const announcing = chosen.find((line) => announcedCount(line.text) !== undefined);
  if (!announcing) return undefined;
  const after = chunkLines.slice(chunkLines.indexOf(announcing) + 1);
  // The list may run on over the next chunks of the document (chunks overlap: a line is read once).
  const next = options.nextChunk(chunk);
  const seen = new Set(chunkLines.map((line) => line.folded));
  const later = next ? [...linesOnward(next, options, MAX_LIST_CHUNKS, seen)] : [];
  const found = announcedItems(announcing, [...after, ...later.flatMap(({ lines }) => lines)]);
  if (!found) return undefined;
  const spans: ExcerptSpan[] = [
    { chunk, lines: [announcing.text, ...found.items.filter((item) => after.includes(item)).map((item) => item.text)] },
  ];
  for (const { chunk: next, lines } of later) {
    const items = found.items.filter((item) => lines.includes(item));
    if (items.length > 0) spans.push({ chunk: next, lines: items.map((item) => item.text) });
  }
  return spans;
}

/** The next chunk of the same document and its lines not already in the block (chunks overlap). */
function nextLines(
  block: Block,
  chunk: Chunk,
  options: ExcerptOptions,
): { next: Chunk; lines: PassageLine[] } | undefined {
  const next = options.nextChunk(chunk);
  if (!next) return undefined;
  const seen = new Set(block.lines.map((line) => line.folded));
  // The overlap may start inside a line (「パブコメ経て9月30日閣議決定)」): a piece of a line already read is read.
  const read = (folded: string) =>
    seen.has(folded) || (folded.length >= 6 && block.lines.some((line) => line.folded.includes(folded)));
  return { next, lines: passageLines(next, options.isBoilerplate).filter((line) => !read(line.folded)) };
}

/**
 * The bullets at the top of the next chunk that continue a block's list (chunks are cut by length, lists are
 * not). A numbered line continues it only as the next item of the block's own numbering: ① again is the
 * next list, and 2. under items ①…④ is the next section.
 */
function runningOn(block: Block, following: PassageLine[], room: number): PassageLine[] {
  const numberOf = (line: PassageLine) => itemNumber(line.text.replace(/^\s*[-・•]\s*/u, ""));
  let last = block.lines.map(numberOf).findLast((number) => number !== undefined);
  const lines: PassageLine[] = [];
  let length = 0;
  for (const line of following) {
    if (!line.bullet || length + line.text.length > room) break;
    const number = numberOf(line);
    if (number && (number.style !== last?.style || number.n !== last.n + 1)) break;
    if (number) last = number;
    lines.push(line);
    length += line.text.length;
  }
  return lines;
}

/**
 * A block that ends its chunk with a bullet, read with the bullets that continue it at the top of the next
 * chunk: 「特定重要技術の定義」 and its first item end one chunk, the definition itself opens the next.
 */
function runOn(block: Block, chunk: Chunk, options: ExcerptOptions): Block {
  if (!block.endsChunk || !block.lines.at(-1)?.bullet) return block;
  const following = nextLines(block, chunk, options);
  const carried = following ? runningOn(block, following.lines, MAX_LIST_CHARS) : [];
  if (!following || carried.length === 0) return block;
  return {
    ...block,
    lines: [...block.lines, ...carried],
    endsChunk: false,
    carried: { chunk: following.next, lines: new Set(carried) },
  };
}

/** Bullets that continue a list into the next chunk of the same document. */
function continuation(block: Block, chunk: Chunk, options: ExcerptOptions, room: number): ExcerptSpan | undefined {
  const following = nextLines(block, chunk, options);
  const lines = following ? runningOn(block, following.lines, room) : [];
  return following && lines.length > 0 ? { chunk: following.next, lines: lines.map((line) => line.text) } : undefined;
}

/** Numbered items set out on one line (「①物品の詳細さ　②リアルタイム性　③対象範囲」). */
const INLINE_ITEMS = /[①-⑳][^①-⑳]+[①-⑳]/u;

/** A line that only names items, several to a line with no sentence: it says nothing of any one of them. */
export function namesItemsOnly(line: string): boolean {
  return INLINE_ITEMS.test(line) && !/[。、:：]/u.test(line);
}

/** How many of a line's words the next chunk's title must restate to be the title of what the line announces. */
const MIN_TITLE_WORDS = 2;

/**
 * The title at the top of the next chunk and the items it sets out on one line, when the title restates the words of
 * the statement that closed the chunk before: 「…まずはEWS構築に必要な要素を整理。」 then 「EWSに必要な要素(初期的整理)」
 * and 「①物品の詳細さ　②リアルタイム性…」.
 */
function titledItems(block: Block, last: PassageLine, chunk: Chunk, options: ExcerptOptions): ExcerptSpan | undefined {
  const following = nextLines(block, chunk, options);
  const [title, items] = following?.lines ?? [];
  if (!following || !title?.headingLike || !items || !namesItemsOnly(items.text)) return undefined;
  const words = title.folded.match(WORD_RUN) ?? [];
  if (words.filter((word) => last.folded.includes(word)).length < MIN_TITLE_WORDS) return undefined;
  return { chunk: following.next, lines: [title.text, items.text] };
}

/** The first statement (and the bullets under it) of the next chunk, for a title that ends its own chunk. */
function sectionStart(block: Block, chunk: Chunk, options: ExcerptOptions): ExcerptSpan | undefined {
  const following = nextLines(block, chunk, options);
  if (!following) return undefined;
  const lines: PassageLine[] = [];
  let length = 0;
  for (const line of following.lines) {
    const stated = lines.some((kept) => !kept.headingLike);
    if (stated && (!line.bullet || length + line.text.length > MAX_CHARS)) break;
    lines.push(line);
    length += line.text.length;
    if (length > MAX_CHARS) break;
  }
  return lines.some((line) => !line.headingLike)
    ? { chunk: following.next, lines: lines.map((line) => line.text) }
    : undefined;
}

/**
 * The spans with the items listed under sub-titles that restate a shown statement, from the rest of the chunk and
 * the next chunk of the document, as long as they fit beside what is shown.
 */
function withRestatedItems(
  spans: ExcerptSpan[],
  chunk: Chunk,
  chunkLines: PassageLine[],
  options: ExcerptOptions,
): ExcerptSpan[] {
  const own = spans.find((span) => span.chunk === chunk);
  if (!own || spans.some((span) => span.chunk !== chunk)) return spans;
  const lastShown = chunkLines.findLastIndex((line) => own.lines.includes(line.text));
  const seen = new Set(chunkLines.map((line) => line.folded));
  const next = options.nextChunk(chunk);
  const nextLines = next ? passageLines(next, options.isBoilerplate).filter((line) => !seen.has(line.folded)) : [];
  const rest = chunkLines.slice(lastShown + 1);
  const statements = chunkLines.map((line) => line.text);
  const found = restatedItems(own.lines, statements, [...rest, ...nextLines]);
  let room = MAX_LIST_CHARS;
  const added = { own: [] as string[], next: [] as string[] };
  for (const { title, items } of found) {
    const lines = [title, ...items];
    const length = lines.reduce((sum, line) => sum + line.text.length, 0);
    if (length > room) break;
    room -= length;
    (rest.includes(title) ? added.own : added.next).push(...lines.map((line) => line.text));
  }
  const result = spans.map((span) => (span === own ? { chunk, lines: [...span.lines, ...added.own] } : span));
  return next && added.next.length > 0 ? [...result, { chunk: next, lines: added.next }] : result;
}

/**
 * A line's words (its kanji and katakana runs), folded, when it states no figure: a figure is a value, even one the
 * asker stated (「11物資だった気がする」 confirmed by 「11の特定重要物資を指定」), so such a line says nothing back.
 */
function wordsWithoutFigure(line: string): string[] {
  const folded = foldForMatch(line);
  return /\d/u.test(folded) ? [] : (folded.match(WORD_RUN) ?? []);
}

/** Every word of the line is the question's: it says the question back. */
function saysBack(line: string, question: string): boolean {
  const words = wordsWithoutFigure(line);
  return words.length > 0 && words.every((word) => question.includes(word));
}

/**
 * Every word of the line is the question's or nearly: the question's word with a short ending (基幹インフラ制度 for
 * 基幹インフラ), or a two-kanji act whose kanji the question writes as a verb (追加 for 加わる).
 */
function nearlySaysBack(line: string, question: string): boolean {
  const words = wordsWithoutFigure(line);
  const near = (word: string) =>
    question.includes(word) ||
    (word.length >= 4 && question.includes(word.slice(0, -2))) ||
    (word.length === 2 &&
      [...word].some(
        (kanji) => /\p{Script=Han}/u.test(kanji) && new RegExp(`${kanji}\\p{Script=Hiragana}`, "u").test(question),
      ));
  return words.length >= 3 && words.every(near);
}

/** Longest stretch a spelled-out line may add between the echo's first and last words. */
const MAX_SPELLED_OUT = 60;
/** What a spelled-out line must add to the echo's inner words, in characters, to say more than it. */
const MIN_SPELLED_OUT_GAIN = 4;

/**
 * A sentence of the passages that spells out what an echoing line only names: it has the line's first and last words
 * with more between them, and a piece of each of the line's inner words there (「基幹インフラ制度への医療分野の追加」 →
 * 「基幹インフラ制度への社会保険診療報酬支払基金及び医療機関の追加、…」).
 */
function spelledOut(passages: readonly Passage[], echo: string): Pick<Excerpt, "passageRank" | "spans"> | undefined {
  const words = foldForMatch(echo).match(WORD_RUN) ?? [];
  const [first, last] = [words[0]!, words.at(-1)!];
  if (first === last) return undefined;
  const inner = words.slice(1, -1);
  const innerLength = inner.join("").length;
  for (const [rank, { chunk }] of passages.entries())
    for (const { text } of splitSentences(chunk.text)) {
      const folded = foldForMatch(text);
      // A heading names the topic; it spells nothing out.
      if (chunk.sectionPath.some((title) => foldForMatch(title) === folded)) continue;
      const start = folded.indexOf(first);
      const end = start < 0 ? -1 : folded.indexOf(last, start + first.length);
      if (end < 0) continue;
      const between = folded.slice(start + first.length, end);
      if (between.length > MAX_SPELLED_OUT || between.length < innerLength + MIN_SPELLED_OUT_GAIN) continue;
      if (!inner.every((word) => cjkBigrams(word).some((bigram) => between.includes(bigram)))) continue;
      return { passageRank: rank, spans: [{ chunk, lines: [upToClause(text, first, last)] }] };
    }
  return undefined;
}

/**
 * The sentence up to the end of the clause with the last word, marked as cut when more follows: the spelled-out line,
 * not the other items the sentence goes on to list (「…医療機関の追加、…」).
 */
function upToClause(sentence: string, first: string, last: string): string {
  const text = sentence.normalize("NFKC");
  const start = text.indexOf(first);
  const end = start < 0 ? -1 : text.indexOf(last, start + first.length);
  if (end < 0) return sentence;
  const stop = text.slice(end + last.length).search(/[、。]/u);
  if (stop < 0) return sentence;
  const cut = end + last.length + stop;
  const rest = text.slice(cut + 1).trim();
  if (rest.length < MIN_CUT_REST) return sentence;
  // 「…医療機関の追加、…について、それぞれ検討を行う。」: what the sentence says of its items still closes it, so the
  // cut line is a statement, not a fragment.
  const close = rest.match(CLOSING_CLAUSE);
  return close ? `${text.slice(0, cut + 1)}…${close[1]}、${close[2]}` : `${text.slice(0, cut + 1)}…`;
}

/** The particle that ends a sentence's list of items, and the short clause after it that says what is done with them. */
const CLOSING_CLAUSE = /(について|に関して|を|が|は)、([^、。]{2,30}。)$/u;

/** A sentence is cut after the spelled-out clause only when this much follows it. */
const MIN_CUT_REST = 10;

/**
 * A joined topic is said by a text that names it (its event said another way: 再改定 as 再改訂), not by one that names
 * a shorter topic joined with it (改訂版 in 「改訂版第4回」 is no 再改訂版).
 */
function saysJoined(text: string, phrase: string, joined: readonly string[]): boolean {
  if (eventVariants(phrase).some((variant) => text.includes(variant))) return true;
  return (
    mentions(text, phrase) &&
    !joined.some((other) => other !== phrase && phrase.includes(other) && text.includes(other))
  );
}

/**
 * The lines that answer for the topics a question joins as equals (「初版、改訂版、再改訂版はそれぞれいつ」), when the shown
 * block answers for some of them: the line after it in its chunk, or in the next chunk of its section, that names each
 * missing one, with the line it heads (「② 先端技術育成」 over 「50の重要技術、総額5000億円」).
 */
function withJoinedTopics(
  spans: ExcerptSpan[],
  chunk: Chunk,
  chunkLines: PassageLine[],
  options: ExcerptOptions,
): ExcerptSpan[] {
  const joined = options.joined ?? [];
  const own = spans.find((span) => span.chunk === chunk);
  if (joined.length < 2 || !own) return spans;
  const after = linesAfter(own, chunk, chunkLines, options);
  // The block shown may be the later of two parallel ones (第2章 after 第1章): the lines before it in its chunk, too.
  // Counted back from the last shown line: a title the block repeats (「…ガイドンス(第1版)」) stands above both.
  // The shown lines need not be next to each other (a table's title over its second row): the rows between are
  // before the last one too.
  const lastShown = chunkLines.findLastIndex((line) => sameLine(own.lines.at(-1) ?? "", line.text));
  const isShown = (line: PassageLine) => own.lines.some((text) => sameLine(text, line.text));
  const before = chunkLines
    .slice(0, Math.max(lastShown, 0))
    .filter((line) => !isShown(line))
    .map((line) => ({ line, chunk }));
  const picked = { after: new Set<number>(), before: new Set<number>() };
  const pickedText = (which: "after" | "before", from: readonly LineOf[]) =>
    [...picked[which]].map((at) => from[at]!.line.text);
  const shownText = () =>
    foldForMatch(
      [...spans.flatMap((span) => span.lines), ...pickedText("after", after), ...pickedText("before", before)].join(
        "\n",
      ),
    );
  if (!joined.some((phrase) => mentions(shownText(), phrase))) return spans;
  let room = MAX_LIST_CHARS;
  const naming = (phrase: string, from: readonly LineOf[]) =>
    from
      .map((candidate, at) => ({ ...candidate, at }))
      .filter(({ line }) => saysJoined(line.folded, phrase, joined))
      .sort(
        (a, b) =>
          Number(b.line.folded.includes(phrase)) - Number(a.line.folded.includes(phrase)) ||
          a.line.text.length - b.line.text.length,
      )[0];
  for (const phrase of joined) {
    if (saysJoined(shownText(), phrase, joined)) continue;
    const found = naming(phrase, after);
    const which = found ? "after" : "before";
    const from = found ? after : before;
    const named = found ?? naming(phrase, before);
    if (!named) continue;
    // A label (「② 先端技術育成」) says nothing of the asked value: the line under it does.
    const value = from[named.at + 1];
    const heads =
      named.line.headingLike &&
      !answersType(options.askedType, named.line.text, options.valueKind) &&
      value !== undefined &&
      !value.line.headingLike;
    const lines = heads ? [named.at, named.at + 1] : [named.at];
    const length = lines.reduce((sum, at) => sum + from[at]!.line.text.length, 0);
    if (length > room) break;
    room -= length;
    for (const at of lines) picked[which].add(at);
  }
  // In the passage's order, whichever topic each line was found for.
  const earlier = [...picked.before].sort((a, b) => a - b).map((at) => before[at]!.line.text);
  const positionOf = (text: string) => chunkLines.findIndex((line) => sameLine(text, line.text));
  const withEarlier = spans.map((span) =>
    span === own
      ? {
          chunk: span.chunk,
          lines: [...earlier.filter((text) => !span.lines.includes(text)), ...span.lines].sort(
            (a, b) => positionOf(a) - positionOf(b),
          ),
        }
      : span,
  );
  return withLinesAfter(
    withEarlier,
    [...picked.after].sort((a, b) => a - b).map((at) => after[at]!),
  );
}

/** A shown line and a passage line are the same line, whole or shortened. */
function sameLine(shown: string, line: string): boolean {
  return line.includes(shown) || shown.includes(line);
}

interface LineOf {
  line: PassageLine;
  chunk: Chunk;
}

/**
 * The same section run on into the next chunk: that chunk, and its lines but for those it repeats from this one (a
 * table's header row, a section's tail), which are no lines of their own.
 */
function sectionRunOn(
  chunk: Chunk,
  chunkLines: readonly PassageLine[],
  options: Pick<ExcerptOptions, "nextChunk" | "isBoilerplate">,
): { next: Chunk; lines: PassageLine[] } | undefined {
  const next = options.nextChunk(chunk);
  const sameSection =
    next !== undefined &&
    chunk.sectionPath.length > 0 &&
    chunk.sectionPath.every((heading, at) => next.sectionPath[at] === heading);
  if (!sameSection) return undefined;
  const own = new Set(chunkLines.map((line) => line.folded));
  return { next, lines: passageLines(next, options.isBoilerplate).filter((line) => !own.has(line.folded)) };
}

/** The lines after the shown ones: the rest of their chunk, then the next chunk of the same section. */
function linesAfter(own: ExcerptSpan, chunk: Chunk, chunkLines: PassageLine[], options: ExcerptOptions): LineOf[] {
  const lastShown = chunkLines.findLastIndex((line) => own.lines.includes(line.text));
  const following = sectionRunOn(chunk, chunkLines, options);
  return [
    ...chunkLines.slice(lastShown + 1).map((line) => ({ line, chunk })),
    ...(following?.lines.map((line) => ({ line, chunk: following.next })) ?? []),
  ];
}

/** The spans with the given later lines added, each to its chunk's span (a new one for the next chunk). */
function withLinesAfter(spans: ExcerptSpan[], lines: readonly LineOf[]): ExcerptSpan[] {
  const added = new Map<Chunk, string[]>();
  for (const { line, chunk } of lines) {
    if (spans.some((span) => span.lines.includes(line.text))) continue;
    added.set(chunk, [...(added.get(chunk) ?? []), line.text]);
  }
  const result = spans.map((span) => ({ chunk: span.chunk, lines: [...span.lines, ...(added.get(span.chunk) ?? [])] }));
  const fresh = [...added].filter(([chunk]) => !spans.some((span) => span.chunk === chunk));
  return [...result, ...fresh.map(([chunk, lines]) => ({ chunk, lines }))];
}

/**
 * 「何回改訂されて、それぞれいつ」 answered from a timeline: every later dated entry that says the counted event
 * (改訂, 改定, 改正) is one of the times asked for, in its chunk or the next of its section.
 */
function withCountedEvents(
  spans: ExcerptSpan[],
  chunk: Chunk,
  chunkLines: PassageLine[],
  options: ExcerptOptions,
): ExcerptSpan[] {
  const events = options.countedEvent ?? [];
  const own = spans.find((span) => span.chunk === chunk);
  if (events.length === 0 || !own || !own.lines.some((line) => TIMELINE_ENTRY.test(line))) return spans;
  let room = MAX_LIST_CHARS;
  const entries = linesAfter(own, chunk, chunkLines, options).filter(({ line }) => {
    if (!TIMELINE_ENTRY.test(line.text) || !events.some((event) => line.folded.includes(event))) return false;
    room -= line.text.length;
    return room >= 0;
  });
  return entries.length > 0 ? withLinesAfter(spans, entries) : spans;
}

/**
 * 「ガイドンスの改訂(第2版)に向けた検討」 for a question about 第1版: the lines (or their heading) name another edition
 * (or meeting) of the kind asked, and not the asked one.
 */
function namesOtherEdition(lines: readonly string[], editions: readonly string[]): boolean {
  if (editions.length === 0) return false;
  const text = arabicOrdinals(lines.join("\n"));
  if (editions.some((edition) => text.includes(edition))) return false;
  return [...text.matchAll(/第(\d+)([版回])/gu)].some(([named, , kind]) =>
    editions.some((edition) => edition.endsWith(kind!) && edition !== named),
  );
}

/**
 * The text says a label the question names: 第1章 as it is; a month of a year (2025年2月) also as its month alone
 * (「2月」, not 「12月」), since a slide often leaves out the year it is in, or as a numeric date (24/05/14).
 */
function saysLabel(text: string, label: string): boolean {
  if (text.includes(label)) return true;
  const date = label.match(/^(\d{2})(\d{2})年(\d{1,2})月$/u);
  if (!date) return false;
  const [, century, year, month] = date as unknown as [string, string, string, string];
  // 「2月」 but not 「12月」; 24/05/14 or 2024/5 for 2024年5月.
  return new RegExp(`(?<!\\d)${month}月|(?<!\\d)(?:${century})?${year}[/.]0?${month}(?!\\d)`, "u").test(text);
}

/** 「本ガイダンスは」「同法では」: a line's subject is the thing its passage names (本/同/当 and a word of two or more). */
const REFERS_BACK = /^\s*(?:[-・•◆▶]\s*)*(?:本|同|当)[\p{Script=Han}\p{Script=Katakana}ー]{2,}(?:は|では|が|も)/u;

/** Most of a phrase's kanji/katakana bigrams and Latin words (or the phrase itself) occur in the text. */
export function mentions(text: string, phrase: string): boolean {
  if (text.includes(phrase)) return true;
  // 第7回有識者会議 shares most of 第8回有識者会議's words, but is another meeting: a numbered name needs its number.
  const label = labelOf(phrase) ?? phrase.match(FISCAL_YEAR)?.[0];
  if (label !== undefined && !namesLabel(text, label)) return false;
  // A fiscal year alone (令和3年度) is said by any way of writing it (R3, 令和3、4年度, 2021年度).
  if (label === phrase) return true;
  const units = topicUnits(phrase);
  return units.length > 1 && units.filter((unit) => text.includes(unit)).length / units.length >= 0.6;
}

/** Two or more of a translated phrase's words, and half of them, said apart (国内 … 無人 for 日本国内無人市場). */
function saidApart(words: readonly string[], text: string): boolean {
  const said = words.filter((word) => text.includes(word)).length;
  return said >= 2 && said >= words.length / 2;
}

/**
 * What a value in a block may be about: the document title (第5回 … 議事要旨), the heading, the label just
 * before the block (○経済安全保障推進法 附則 over 「第四条 … 施行後三年を目途」) or the block's first line.
 */
function blockContext(chunk: Chunk, block: Block): string {
  return foldForMatch(
    `${chunk.title}\n${chunk.sectionPath.at(-1) ?? ""}\n${block.label?.text ?? ""}\n${block.lines[0]!.text}`,
  );
}

/**
 * What a value's topic may be named by: the block's context (blockContext) and every heading above it. A numbered item of a slide
 * (「4. 個別領域における取組の方向性」) may be read as the section, and the slide's own title (「ガイドライン(案)の
 * 構成」) is then one level up. Only the topic is read so widely; the event a date is of must be said close by.
 */
function topicContext(chunk: Chunk, context: string): string {
  return `${context}\n${foldForMatch(chunk.sectionPath.slice(0, -1).join("\n"))}`;
}

const MARKED_ITEM = new RegExp(`^\\s*${BULLET_MARKS.source}`, "u");

/**
 * What an item hangs from, folded: for a dash sub-item (「ー5年間で527億ドル支援」) the item above it
 * (「- CHIPS法(2022年8月…)」); for a marked bullet the line that heads it, a title
 * (「官民対話による技術管理スキームの対象技術追加」) or a numbered heading (「2. 事前届出の対象の見直し」).
 * An item's figure is about that. Empty for a line that is no item.
 */
function parentItem(lines: string[], at: number): string {
  const line = lines[at]!;
  const marked = (text: string) => MARKED_ITEM.test(text);
  const under = SUB_ITEM.test(line)
    ? (above: string) => !SUB_ITEM.test(above)
    : marked(line)
      ? (above: string) => !marked(above)
      : undefined;
  if (!under) return "";
  for (let above = at - 1; above >= 0; above--) if (under(lines[above]!)) return foldForMatch(lines[above]!);
  return "";
}

/** The line names at least half of the question's topic phrases. */
function headsTopic(line: PassageLine | undefined, focus: string[]): boolean {
  if (!line || focus.length === 0) return false;
  return focus.filter((phrase) => mentions(line.folded, phrase)).length * 2 >= focus.length;
}

/** Events that make a thing (成立, 策定, 設置, 公表): the date a name carries in brackets is of one of them. */
const MAKING_EVENTS: ReadonlySet<string> = new Set(
  ["成立", "策定", "設置", "公表"].flatMap(eventWords).map(foldForMatch),
);

/** The text names the phrase with a date in brackets right after it: 「…法」(2024年5月). */
function datedName(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  // The question may name the law without its 法 (重要経済安保情報保護活用法って → 重要経済安保情報保護活用).
  return at >= 0 && /^(?:法|令|制度)?[」』"]?\((?:\d|令和|平成)/u.test(text.slice(at + phrase.length));
}

/**
 * A value of the asked type about the focus: for a date, a number or an amount, a line holding the value
 * must also name the topic (itself, or through its block's first line or its section heading); when the
 * question names a label (第2版, 事例5), that label.
 */
type ValueChecks = Pick<
  ExcerptOptions,
  | "countsItems"
  | "focus"
  | "valueFocus"
  | "valueKind"
  | "variantsOf"
  | "wordsOf"
  | "quoted"
  | "event"
  | "actions"
  | "stated"
  | "actedOn"
>;

/** A year alone (2030年, 令和12年, 2025年度): when a figure is of, not what it is of. */
const YEAR_PHRASE = /^(?:\d{4}|令和\d{1,2}|平成\d{1,2}|r\d{1,2})年度?$/u;

function carriesFor(
  type: AskedType,
  lines: string[],
  context: string,
  checks: ValueChecks,
  topicText: string = context,
  rowHeads: readonly string[] = [],
): boolean {
  const { valueKind: kind, variantsOf, wordsOf, quoted, event, actions = [], stated = [] } = checks;
  const focus = checks.valueFocus ?? checks.focus;
  // 「約9,500億円のうち、蓄電池向けは」「9割のうち中国製は」: the figure the asker gives is not the one asked.
  if (stated.length > 0)
    return carriesFor(
      type,
      withoutStatedFigures(type, lines, stated),
      context,
      { ...checks, stated: [] },
      topicText,
      rowHeads,
    );
  if (!carriesValue(type, lines, kind)) return false;
  if (!isNumericType(type)) {
    // 「第8回の会議はどこで」: the place of the 5th meeting is not the one asked, whatever the asked type.
    const labels = kind === undefined ? [] : labelsOf(focus);
    const said = arabicOrdinals(`${context}\n${lines.map(foldForMatch).join("\n")}`);
    return labels.length === 0 || labels.some((label) => namesLabel(said, label));
  }
  // 「原則は何個」: a list that numbers its items (①②③) under a heading naming them counts them, on no one line.
  if (
    countsByNumbers({ askedType: type, countsItems: checks.countsItems }, lines) &&
    focus.some((phrase) => mentions(context, phrase))
  )
    return true;
  // 「いつ国会に提出される」: a date of the topic that says nothing of its submission is another event's date.
  // A date in brackets right after the topic's name (「重要経済安保情報保護活用法」(2024年5月)) is the topic's own.
  const saysEvent = (text: string) =>
    !event?.length ||
    type !== "date" ||
    // How long something lasts has no event of its own to name.
    kind === "duration" ||
    event.some((word) => text.includes(word)) ||
    // A bare date after a name is when the thing was made, not when it was reviewed or put into force.
    (event.some((word) => MAKING_EVENTS.has(word)) && focus.some((phrase) => datedName(text, phrase))) ||
    // 「25/5/30 : アクションプラン再改訂」: a timeline entry that names most of the topic is its date, whatever was
    // done; it names no event. One word of the topic (レアアース) is another entry's (2025年10月 …レアアース5種).
    (TIMELINE_ENTRY.test(text) && 2 * focus.filter((phrase) => mentions(text, phrase)).length >= focus.length);
  const eventInContext = saysEvent(context);
  // 8割 of another survey question is not the share that answered 「知っている」.
  if (
    quoted?.length &&
    !quoted.some((phrase) => context.includes(phrase) || lines.some((line) => foldForMatch(line).includes(phrase)))
  )
    return false;
  // The label itself (第二次, 第2版), not the phrase around it: 第一次研究開発ビジョン shares most of its words.
  const labels = labelsOf(focus);
  const topics = labels.length > 0 ? labels : focus;
  // 第二次 in the documents is the 第2 of a question ("the second Trump administration").
  const ordinalContext = labels.length > 0 ? arabicOrdinals(context) : context;
  // A value line is read with the item it hangs from (「ー5年間で527億ドル支援」 under 「CHIPS法」).
  const withParent = (line: string, at: number) => `${foldForMatch(line)}\n${parentItem(lines, at)}`;
  if (topics.length === 0)
    return (
      eventInContext || lines.some((line, at) => carriesValue(type, [line], kind) && saysEvent(withParent(line, at)))
    );
  // The asked value's own name (法人税率, 出資額), when the question gives one, is what the figure must be of:
  // 9割 of a market share is not a tax rate, whatever else the line shares with the question.
  // A total (総額 of 「総額どれくらい」) names no kind of value: any sum of the topic is its total. 金利 does.
  const valueNames = topics.filter((phrase) => namesMeasuredTopic(phrase, type) && !TOTAL.test(phrase));
  // Most of the topic, and all of a short one: 「反外国補助金規則案(2021年5月)」 is not the date of 「補助金の公募」.
  // 「見直しはいつを目途に」: the act (見直し, said 検討 in the law) is the event, checked above; of two topics, the
  // thing it is done to (the law) is enough.
  // 「クラウドサービス市場規模の2030年の予測額」: a year says when, not what. Among three topics or more, the share a
  // line must name is counted on what the figure is of: 「2030年…92兆円の市場規模」 of another market names the year
  // and none of the cloud. The year need not be said: the asker may only guess it (「2023年の秋くらい？」).
  const years = labels.length > 0 || topics.length < 3 ? [] : topics.filter((phrase) => YEAR_PHRASE.test(phrase));
  // The topics a line's share is counted on: all of them when every one is a year.
  const counted = years.length < topics.length ? topics.filter((phrase) => !years.includes(phrase)) : topics;
  const things =
    (labels.length > 0 ? topics.length : topics.filter((phrase) => !actions.includes(phrase)).length) -
    (topics.length - counted.length);
  const required = Math.min(counted.length <= 2 ? counted.length : Math.ceil(counted.length / 3), Math.max(things, 1));
  // A topic that heads a row of the passage's table (半導体 of 「半導体・医薬品	…調査を実施中」) has its own row, and the
  // row items it names: 「鉄鋼・アルミ・銅	追加関税率:50%」 gives no figure of it.
  const rowTopics = focus
    .map((phrase) => ({ phrase, items: rowHeads.flatMap((head) => rowItemsNaming(head, phrase)) }))
    .filter(({ items }) => items.length > 0);
  // Topics each dated line names: 「パブコメと正式版の時期」 is answered by one dated line for each.
  const saidOnValueLines = new Set<string>();
  const oneLine = lines.some((line, at) => {
    if (!carriesValue(type, [line], kind)) return false;
    const ownLine = foldForMatch(line);
    // 「令和3年11月18日公表、令和4年5月1日適用開始」 under a slide's heading: a line of dates and nothing else dates what
    // its block says, so the block's lines name its topic.
    const folded =
      type === "date" && onlyDates(line)
        ? `${withParent(line, at)}\n${lines.map(foldForMatch).join("\n")}`
        : withParent(line, at);
    // The line with the date says the event asked, or its context does.
    if (!eventInContext && !saysEvent(folded)) return false;
    // Another row's figure is not a row topic's figure, whatever article it falls under.
    if (
      rowTopics.length > 0 &&
      !rowTopics.some(
        ({ phrase, items }) =>
          items.some((item) => ownLine.includes(item)) ||
          ownLine.includes(phrase) ||
          (variantsOf?.(phrase) ?? []).some((name) => ownLine.includes(name)),
      )
    )
      return false;
    if (labels.length > 0) {
      const ordinalLine = arabicOrdinals(folded);
      return labels.some((label) => namesLabel(ordinalLine, label) || namesLabel(ordinalContext, label));
    }
    // Another name counts when it is said as it is: most of its bigrams would find a longer, different name.
    // A measured name is said by what it measures: 「11の特定重要物資を指定」 gives the 指定数.
    const said = (phrase: string) => {
      const named = measuredStem(phrase) ?? phrase;
      const words = wordsOf?.(phrase) ?? [];
      return (
        mentions(folded, named) ||
        mentions(topicText, named) ||
        [...(variantsOf?.(phrase) ?? []), ...editionNames(phrase)].some(
          (name) => folded.includes(name) || topicText.includes(name),
        ) ||
        // 「第二次トランプ政権下での関税措置」 is the United States'.
        namesCountryOtherwise(phrase, folded) ||
        namesCountryOtherwise(phrase, topicText) ||
        // Apart, the words are read in the value's own line only: a table's first row is no context for them.
        saidApart(words, folded)
      );
    };
    // The figure's own measure word on its line (総額約2.4兆円 for 支援総額) says what it is a figure of.
    const saidOrMeasured = (phrase: string) => {
      const word = measureWord(phrase);
      return said(phrase) || (word !== undefined && ownLine.includes(word));
    };
    // In its own sentence: 「株式…を購入(総株式の15%相当)。…1.5億ドルの低金利融資。」 gives no interest rate.
    // Split only when a measured name is asked: most value lines are checked without one.
    const namedWithValue = (phrase: string) => {
      const word = measureWord(phrase);
      const named = measuredStem(phrase) ?? phrase;
      if (mentions(context, named)) return true;
      const parent = parentItem(lines, at);
      return line
        .split(/(?<=。)/u)
        .filter((sentence) => carriesValue(type, [sentence], kind))
        .map((sentence) => `${foldForMatch(sentence)}\n${parent}`)
        .some(
          (sentence) =>
            mentions(sentence, named) ||
            (variantsOf?.(phrase) ?? []).some((name) => sentence.includes(name)) ||
            (word !== undefined && sentence.includes(word)),
        );
    };
    if (valueNames.length > 0 && !valueNames.some((phrase) => saidOrMeasured(phrase) && namedWithValue(phrase)))
      return false;
    if (checks.actedOn?.length && !checks.actedOn.some((name) => folded.includes(name) || context.includes(name)))
      return false;
    if (type === "date" && !datesOwnEvent(line, kind, event ?? [], topics)) return false;
    const named = topics.filter(saidOrMeasured);
    for (const phrase of named) saidOnValueLines.add(phrase);
    return named.filter((phrase) => counted.includes(phrase)).length >= required;
  });
  const saidTopics = [...saidOnValueLines].filter((phrase) => !years.includes(phrase));
  return oneLine || (labels.length === 0 && saidTopics.length >= Math.max(required, 2));
}

/** A first edition as its cover numbers it: 初版 is 第1版 (技術流出対策ガイドンス(第1版)). */
function editionNames(phrase: string): string[] {
  return phrase.includes("初版") ? [foldForMatch(phrase.replace("初版", "第1版")), "第1版"] : [];
}

/** What a line of dates says besides them: what was done on each (公表, 適用開始), and punctuation. */
const DATE_LINE_REST =
  /(?:令和|平成)?\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?|公表|発表|公布|施行|適用開始|適用|開始|決定|改正|策定|[\s、,。・()（）:：-]/gu;

/** A line that gives dates and what was done on them, and names nothing else. */
function onlyDates(line: string): boolean {
  const text = line.normalize("NFKC");
  return carriesValue("date", [text]) && text.replace(DATE_LINE_REST, "").length === 0;
}

/**
 * 「協議会設置…(2022年9月30日に基本指針を閣議決定)」: a date whose own clause says something else was done (…を閣議決定)
 * dates that, unless the clause says the asked event or names the topic. A line whose every date is so dates
 * nothing asked.
 */
function datesOwnEvent(line: string, kind: ValueKind | undefined, event: readonly string[], topics: readonly string[]) {
  const clauses = line
    .normalize("NFKC")
    .split(/[、。()（）「」]/u)
    .filter((clause) => carriesValue("date", [clause], kind));
  return (
    clauses.length === 0 ||
    clauses.some((clause) => {
      const folded = foldForMatch(clause);
      const done = folded.indexOf("を");
      const another = done >= 0 && EVENT_WORDS.some((word) => folded.slice(done).includes(word));
      return !another || event.some((word) => folded.includes(word)) || topics.some((topic) => mentions(folded, topic));
    })
  );
}

const ROW_HEADS = new WeakMap<Chunk, string[]>();
/** A first cell longer than this is a sentence, not the name of what a row is about. */
const MAX_ROW_HEAD_CHARS = 20;

/** What a row head lists (「半導体・医薬品」, 「中大型車両・部品/バス」), each without 対 (「対中国」 is China's row). */
const ROW_HEAD_ITEM = /[・/、,]/u;

/**
 * The items of a row's head a topic names: the item itself (半導体 of 「半導体・医薬品」), a part of one that is not its
 * head noun, or the item with more said of it (相互関税率 of 「相互関税」, インド向け of 「対インド」). 関税 ends
 * 「相互関税」: that row is a kind of tariff, not the row of the tariff asked.
 */
function rowItemsNaming(head: string, phrase: string): string[] {
  return head
    .split(ROW_HEAD_ITEM)
    .map((item) => item.trim().replace(/^対/u, ""))
    .filter(
      (item) =>
        item === phrase ||
        (item.includes(phrase) && !item.endsWith(phrase)) ||
        (item.length >= 2 && phrase.startsWith(item)),
    );
}

/** The first cells of a chunk's table rows (「鉄鋼・アルミ・銅」「半導体・医薬品」), folded: what each row is about. */
function rowHeadsOf(chunks: readonly Chunk[]): string[] {
  return chunks.flatMap((chunk) => {
    let heads = ROW_HEADS.get(chunk);
    if (!heads) {
      heads = chunk.text
        .split("\n")
        .map(tableCells)
        .filter((cells) => cells.length >= 2)
        .map((cells) => foldForMatch(cells[0]!.replace(BULLET, "")))
        .filter((head) => head.length >= 2 && head.length <= MAX_ROW_HEAD_CHARS);
      ROW_HEADS.set(chunk, heads);
    }
    return heads;
  });
}

/** How many following chunks of its section a table is followed into for the names of its rows. */
const TABLE_RUN_CHUNKS = 2;

/** A chunk and the next ones of its section, where its table may run on. */
function withNext(chunk: Chunk, options: Pick<ExcerptOptions, "nextChunk">): Chunk[] {
  const run = [chunk];
  const section = chunk.sectionPath.join("\n");
  for (let next = options.nextChunk(chunk); next && run.length <= TABLE_RUN_CHUNKS; next = options.nextChunk(next)) {
    if (next.sectionPath.join("\n") !== section) break;
    run.push(next);
  }
  return run;
}

/** Lines with their table rows read against the header row of their chunk (「WA (ワッセナー・アレンジメント) 42か国」). */
function withHeaders(lines: string[], chunk: Chunk): string[] {
  return headedRows(lines, chunk.text.split("\n")).lines;
}

/** The spans' lines, each table row read against its chunk's header row. */
function readSpans(spans: readonly ExcerptSpan[]): string[] {
  return spans.flatMap((span) => withHeaders(span.lines, span.chunk));
}

/** 「原則は何個」 asked with no counter of its own, and lines that number their items from 1 (①②③): the numbers count. */
function countsByNumbers(
  { askedType, countsItems }: Pick<ExcerptOptions, "askedType" | "countsItems">,
  lines: string[],
): boolean {
  return askedType === "count" && countsItems === true && enumeratedCount(lines) >= 2;
}

/** A remark of its own, not a heading or a short item: what a speaker said reads as a whole answer. */
const REMARK_CHARS = 40;

/**
 * 「委員からどんな意見が出てた？」 is answered by the one remark on its topic: unless every item is asked for, a
 * list question does not need a second, unrelated remark.
 */
function answersWithOneRemark(shown: string[], options: ExcerptOptions): boolean {
  if (options.askedType !== "list" || options.wantsAll || options.valueKind !== undefined) return false;
  return shown.some((text) => {
    const folded = foldForMatch(text);
    return folded.length >= REMARK_CHARS && options.focus.some((phrase) => mentions(folded, phrase));
  });
}

/**
 * How much a block's lack of the asked value counts against it. For a date, a number or a list, a block
 * without one cannot answer, however many words it shares; a date, a number or an amount should also be
 * about the topic (18億ドル of another deal is not this one's). 「座長は誰」「どの様式で」: a block without a
 * name or a form cannot answer, whatever the asked type.
 */
function valueFactorOf(chunk: Chunk, block: Block, options: ExcerptOptions): number {
  const { askedType, valueKind } = options;
  const texts = block.lines.map((line) => line.text);
  // A line that announces the items (「4つの制度として整備している」) is answered with them (announcedSpans).
  // 「どんな要望が」: a list of the requests made (「…してほしい」), not any list on the topic.
  if (askedType === "list" && valueKind === "requests")
    return carriesValue(askedType, texts, valueKind) ? 1 : MISSING_VALUE_FACTOR;
  if (askedType === "list")
    return carriesValue(askedType, texts) || texts.some((text) => announcedCount(text) !== undefined)
      ? 1
      : MISSING_VALUE_FACTOR;
  if (!NUMERIC_TYPES.has(askedType))
    return valueKind && !carriesValue(askedType, texts, valueKind) ? MISSING_VALUE_FACTOR : 1;
  // A row's value is of the column the question names, which only its header says.
  const read = withHeaders(texts, chunk);
  const context = blockContext(chunk, block);
  const topics = topicContext(chunk, context);
  const rows = rowHeadsOf(withNext(chunk, options));
  if (carriesFor(askedType, read, context, options, topics, rows)) return 1;
  // The topic's date, but of another event (施行 when 成立 is asked): a weaker block that says the event wins.
  if (options.event?.length && carriesFor(askedType, read, context, { ...options, event: [] }, topics, rows))
    return OTHER_EVENT_FACTOR;
  return carriesValue(askedType, texts, valueKind) ? OFF_TOPIC_VALUE_FACTOR : MISSING_VALUE_FACTOR;
}

/** Asked types whose excerpt is replaced when it only says the question back. */
const ECHO_TYPES = new Set<AskedType>(["definition", "list", "procedure", "reason", "comparison"]);
/** Asked types whose echoing line gives way to a passage's sentence that spells it out. */
const SPELLED_OUT_TYPES = new Set<AskedType>([...ECHO_TYPES, "yes-no"]);
/** Share of the echoing excerpt's coverage of the question the block shown instead must have. */
const ECHO_RETRY_SHARE = 0.8;

/**
 * The best coherent excerpt for one asked part (see `excerptOf`). 「医療分野を加えるという話…具体的にどこを追加する方向」
 * answered by 「✓ 基幹インフラ制度への医療分野の追加」 is told its own words back: the best block that says more is shown
 * instead. A yes/no question is confirmed by its words.
 */
export function bestExcerpt(passages: Passage[], options: ExcerptOptions): Excerpt | undefined {
  const found = excerptOf(passages, options);
  const { question } = options;
  // 「どういう章立て」: the table of contents answers, whichever block shares more of the question's words.
  const partQuestion = options.partQuestion ?? (options.laterPart ? undefined : question);
  if (question !== undefined && partQuestion !== undefined && asksContents(partQuestion, question)) {
    const contents = contentsExcerpt(passages, { ...options, depth: options.depth ?? DEFAULT_DEPTH });
    if (contents) return { ...contents, coverage: found?.coverage ?? 0 };
  }
  // 「どんな経路が」: the kinds a numbered list names are its heads, not what it says under each.
  if (found && question !== undefined && options.askedType === "list" && asksKinds(question)) {
    const heads = itemHeads(found, options);
    if (heads) return heads;
  }
  // A date, count or amount is checked on its own: the lines that say the question back carry none, and the answer
  // says so (partial) rather than quoting another block's figure.
  if (!found || question === undefined || !SPELLED_OUT_TYPES.has(options.askedType)) return found;
  const lines = found.spans.flatMap((span) => span.lines);
  // A line that (nearly) says the question back (基幹インフラ制度 for 基幹インフラ, 追加 for 加わる) gives way to the
  // sentence of a passage that spells the same line out; a yes/no question is confirmed by it as well.
  const [only] = lines;
  const spelled = lines.length === 1 && nearlySaysBack(only!, question) ? spelledOut(passages, only!) : undefined;
  if (spelled) return { ...found, ...spelled };
  if (!ECHO_TYPES.has(options.askedType) || !lines.every((line) => saysBack(line, question))) return found;
  const other = excerptOf(passages, { ...options, echoed: new Set(lines.map(foldForMatch)) });
  // The block shown instead is about the question nearly as much; a weaker one answers something else.
  return other && other.coverage >= ECHO_RETRY_SHARE * found.coverage ? other : found;
}

/**
 * Blocks (a line and the bullets under it) of the top passages are scored by the question terms they cover, whether
 * they carry a value of the asked type, and their passage's rank; the winner is trimmed to the lines that answer.
 */
function excerptOf(passages: Passage[], options: ExcerptOptions): Excerpt | undefined {
  const { terms, askedType } = options;
  const total = terms.reduce((sum, { mass }) => sum + mass, 0) || 1;
  let best:
    | { score: number; rank: number; block: Block; lineScores: number[]; coverage: number; chunkLines: PassageLine[] }
    | undefined;
  const bestByChunk = new Map<string, number>();
  const topScore = passages[0]?.score || 1;
  const considered = passages.slice(0, options.depth ?? DEFAULT_DEPTH);
  // The kinds of thing a definition question asks for by name (「どういう仕組み」).
  const askedKinds = askedType === "definition" ? KINDS.filter((kind) => kind.asked.test(options.question ?? "")) : [];
  // A date part's own topic phrases: another part's are no topic its lines must name outside brackets.
  const partFocus = options.partFocus ?? options.focus;
  // How many of the passages' documents have each question term in their title.
  const titleSpread = new Map<number, number>();
  for (const title of new Set(considered.map(({ chunk }) => foldForMatch(chunk.title))))
    for (const term of matchedTerms(title, terms)) titleSpread.set(term, (titleSpread.get(term) ?? 0) + 1);
  // 「…principles that top management should keep in mind. What are they?」: when a passage's own section is titled
  // with the asked items (「3. 経営者等が認識すべき原則」 over ①②③), a block that never says what its items are (原則),
  // in its lines or the headings over it, lists something else, however many of the question's other words it shares
  // (the guideline's name, 経営層).
  const itemsOf = askedType === "list" ? (options.itemsOf ?? []) : [];
  const itemsTitled = considered.some(({ chunk }) => {
    const heading = foldForMatch(chunk.sectionPath.at(-1) ?? "");
    // The title is of the items themselves (…原則), not of a thing they are part of (重要鉱物:…輸出管理強化).
    return itemsOf.some((noun) => heading.endsWith(noun)) && bulletCount(chunk.text.split("\n")) >= 2;
  });
  considered.forEach((passage, rank) => {
    const heading = foldForMatch(passage.chunk.sectionPath.at(-1) ?? "");
    const headingTerms = matchedTerms(heading, terms);
    const chunkLines = passageLines(passage.chunk, options.isBoilerplate);
    const title = foldForMatch(passage.chunk.title);
    const sections = passage.chunk.sectionPath.map(foldForMatch);
    const titles = new Set([title, ...sections]);
    const underHeading = (phrase: string) => [...titles].some((path) => path.includes(phrase));
    // The items a section lists are named by its headings; the document's title (「経済安全保障と先端・重要技術」) is
    // over every block of the document and names none of them.
    const underSection = (phrase: string) => sections.some((path) => path.includes(phrase));
    // Question words that several documents have in their titles (有識者会議, 経済安全保障) say which documents,
    // not which line: every block of the document has them once, and the blocks compete on the rest of the
    // question. A word only this document's title has (its own topic) still picks out the lines that name it.
    const documentTerms = new Set([...matchedTerms(title, terms)].filter((term) => (titleSpread.get(term) ?? 0) >= 2));
    // A month that is the document's own date (「有識者会議(2024年10月)で」) names the meeting, not an entry in it;
    // 「本年5月」 is a month of the document's year.
    const [documentYear, documentMonth] = passage.chunk.date?.split("-").map(Number) ?? [];
    const entryMonths = (options.datedBy ?? []).filter(
      (month) => !(month.year === documentYear && month.month === documentMonth),
    );
    for (const block of blocksOf(chunkLines).map((found) => runOn(found, passage.chunk, options))) {
      // A block an earlier part showed is skipped, unless it announces a list (「4つの柱」) or points to one
      // (「下図のように」) the items of which it did not show: a later part asking for those items is answered by them.
      if (
        options.shown &&
        block.lines.every((line) => options.shown?.has(line.folded)) &&
        !(ANNOUNCED_LIST_TYPES.has(options.askedType) && block.lines.some((line) => announcedCount(line.text))) &&
        !(options.askedType === "list" && block.lines.some((line) => FORWARD_REFERENCE.test(line.text)))
      )
        continue;
      if (block.lines.some((line) => EXHORTS.test(line.text) || options.echoed?.has(line.folded))) continue;
      // The document's title repeated as a line says where the block is, like a heading: it counts as context.
      // A section's own heading over the items of that section (「3. 経営者等が認識すべき原則」 ①②③) names them.
      const headsItems =
        block.lines[0]?.folded === heading &&
        heading !== title &&
        block.lines.length > 1 &&
        block.lines.slice(1).every((line) => line.bullet);
      const isTitle = (line: PassageLine, at: number) => titles.has(line.folded) && !(at === 0 && headsItems);
      const lineTerms = block.lines.map((line) =>
        titles.has(line.folded)
          ? new Set<number>()
          : new Set([...matchedTerms(line.folded, terms)].filter((term) => !documentTerms.has(term))),
      );
      // What the block is about is in its own lines; bullets it runs on into may say it, not add to it.
      const union = new Set([
        ...lineTerms.flatMap((set, at) => (block.carried?.lines.has(block.lines[at]!) ? [] : [...set])),
        ...(headsItems ? [...headingTerms].filter((term) => !documentTerms.has(term)) : []),
      ]);
      const titleTerms = block.lines.flatMap((line, at) =>
        isTitle(line, at) ? [...matchedTerms(line.folded, terms)] : [],
      );
      const coverage = massOf(union, terms, total) + massOf(documentTerms, terms, total);
      if (union.size === 0 && titleTerms.length === 0) continue;
      const context =
        massOf(
          [...new Set([...headingTerms, ...titleTerms])].filter((term) => !union.has(term) && !documentTerms.has(term)),
          terms,
          total,
        ) * 0.5;
      // Whether it holds the asked value is read in its own lines too: bullets of the next chunk hold values of theirs.
      const ownBlock = block.carried
        ? { ...block, lines: block.lines.filter((line) => !block.carried?.lines.has(line)) }
        : block;
      const valueFactor = valueFactorOf(passage.chunk, ownBlock, options);
      const ownTexts = ownBlock.lines.map((line) => line.text);
      const length = ownTexts.reduce((sum, text) => sum + text.length, 0);
      const lengthPenalty = 1 + Math.max(0, length - MAX_CHARS) / 800;
      // A table whose header row names as many columns as the question says there are lists them across.
      const headsColumns =
        askedType === "list" &&
        options.listSize !== undefined &&
        ownTexts.slice(0, 2).some((text) => shortCells(text)?.length === options.listSize);
      const listBonus = askedType === "list" && (itemCount(ownTexts) >= 3 || headsColumns) ? 0.08 : 0;
      // 「3つあるらしいけど、何？」: a list of exactly the stated size is the one asked about.
      // 「以下のような声もある。」 announces the very items a 「どんな声が」 question asks for.
      const announcesFactor = announcingLine(block.lines, options) >= 0 ? ANNOUNCES_FACTOR : 1;
      const sizeFactor =
        askedType === "list" &&
        options.listSize !== undefined &&
        // Laid out as items (a sentence's commas are no list), under a numbered title (3. 原則 / ① / ② / ③) or not;
        // or the block names the count itself (「3つのPの推進」).
        (bulletCount(ownTexts) === options.listSize ||
          bulletCount(ownTexts.slice(1)) === options.listSize ||
          namesCount(ownTexts.join("\n"), options.listSize) ||
          headsColumns)
          ? LIST_SIZE_FACTOR
          : 1;
      const concernFactor = options.asksConcern && voicesConcern(ownTexts.join("")) ? CONCERN_FACTOR : 1;
      const remarksFactor = options.asksRemarks && passage.chunk.kind === "minutes" ? REMARKS_FACTOR : 1;
      // Only a no to the question's own predicate: a denial that shares the topic's words alone (「移転を止めることが目的
      // ではなく」 for 「対象に含まれていますか」) says no to something else.
      const verdictFactor =
        options.verdict && verdictIn(ownTexts, options.terms, options.verdict)?.deniesPredicate ? VERDICT_FACTOR : 1;
      // What was said at a meeting on a topic is the remark that takes it up (「医薬品については、…」), not one that
      // names it in passing; elsewhere a line's theme says less than what the line gives.
      const themeFactor =
        options.asksRemarks && ownBlock.lines.some((line) => opensOnTheme(line.folded, partFocus)) ? THEME_FACTOR : 1;
      // 「2025年2月に対象になった鉱種」: of a timeline's entries, the one of the asked month is the answer; the
      // background that dates other steps (2023年8月の…を皮切りに) is not.
      const datedFactor =
        entryMonths.length > 0 && ownTexts.some((text) => namesMonth(text, entryMonths, documentYear))
          ? DATED_FACTOR
          : 1;
      const markerFactor = defines(askedType, block.lines, options.focus, blockContext(passage.chunk, block))
        ? DEFINES_FACTOR
        : MARKERS[askedType]?.test(ownTexts.join("")) ||
            askedKinds.some((kind) => kind.described.test(ownTexts.join("")))
          ? MARKER_FACTOR
          : askedType === "reason"
            ? NO_REASON_FACTOR
            : 1;
      // Retrieval read the whole passage (its headings, its neighbours, synonyms): its score carries in full, so a
      // block of a weaker passage wins only by covering more of the question than the block of a stronger one.
      const passageWeight = passage.score / topScore;
      // A lone title (no sentence, no item under it) names a topic; it does not say anything about it. The
      // document's own title or a heading of its path is a title however long (第5回…有識者会議 議事要旨).
      const only = block.lines.length === 1 ? block.lines[0]! : undefined;
      const titleOnly =
        block.lines.every((line) => titles.has(line.folded)) ||
        (only !== undefined && !only.bullet && only.text.length <= 40 && !/[。．、,:：%％]/u.test(only.text)) ||
        (PROSE_TYPES.has(askedType) && figuresOnly(block)) ||
        // A run of titles (a table of contents: 第1章 … / 第2章 …) says which sections there are, not whether, why or
        // how anything is done.
        (STATEMENT_TYPES.has(askedType) && tableOfContents(block));
      // A member roster (氏名 (所属) lines) answers who; for anything else it only shares the document's words.
      const roster = !asksForPeople(options) && rosterOnly(block.lines.map((line) => line.text));
      const titleFactor = titleOnly || roster ? TITLE_ONLY_FACTOR : 1;
      // The block says a phrase in its lines or in a heading over it.
      const says = (phrase: string) => block.lines.some((line) => line.folded.includes(phrase)) || underHeading(phrase);
      // A name the asker spells out (CISTEC) is what the question is about: a block that does not name it
      // (itself, its document's title or a heading over it) answers something else, whatever else it shares
      // with the question.
      const named = !options.names?.length || options.names.some(says);
      // A numbered label the asker names (第1章, "Chapter 1", 事例5) says which section answers.
      const labelled = (options.labels ?? []).every(
        (label) => block.lines.some((line) => saysLabel(line.folded, label)) || underHeading(label),
      );
      // 「医療分野が加わるのは本当か」: a block that never names 医療分野 cannot confirm or deny it.
      const subjectNamed = !options.subject?.length || options.subject.some(says);
      const ofOtherEdition = namesOtherEdition(
        [...block.lines.map((line) => line.folded), heading],
        options.editions ?? [],
      );
      const nameFactor =
        (named ? 1 : UNNAMED_FACTOR) *
        (labelled ? 1 : UNNAMED_FACTOR) *
        (subjectNamed ? 1 : UNNAMED_FACTOR) *
        (ofOtherEdition ? UNNAMED_FACTOR : 1);
      // 「どんな原則が」「原則って何個」: a list under a heading that names the asked noun (「3. 経営者等が認識すべき原則」)
      // is its list, or the list that counts them; a bullet that says 課題 in passing is not.
      // 「「経営者等が認識すべき原則」として挙げられているもの」: so is the section the asker quotes, when it is a list of
      // short items under its title.
      const itemsNamed =
        (askedType === "list" || (askedType === "count" && options.countsItems === true)) &&
        // A lone title names the items without giving them.
        block.lines.length >= 3 &&
        ((options.itemsOf ?? []).some(
          (noun) =>
            (block.lines[0]!.headingLike && block.lines[0]!.folded.includes(noun)) ||
            underSection(noun) ||
            (askedType === "list" && itemsAre(block.lines.slice(1), noun)),
        ) ||
          ((options.quoted ?? []).some((phrase) => block.lines[0]!.folded.includes(phrase) || underHeading(phrase)) &&
            block.lines.slice(1).every((line) => line.bullet && line.text.length <= MAX_ITEM_CHARS)));
      const itemsUnsaid = itemsTitled && !itemsOf.some(says);
      const itemsFactor = itemsNamed ? ITEMS_NAMED_FACTOR : itemsUnsaid ? ITEMS_UNSAID_FACTOR : 1;
      // 「補助金以外にどんな手段」: the line that goes past the asker's one (「補助金…のみならず、②…③…」) answers it.
      const besides = (options.besides ?? []).some((noun) => block.lines.some((line) => goesBeyond(line.folded, noun)));
      const besidesFactor = besides ? BESIDES_FACTOR : 1;
      const score =
        ((coverage + context) / lengthPenalty) *
          passageWeight *
          valueFactor *
          markerFactor *
          titleFactor *
          nameFactor *
          itemsFactor *
          besidesFactor *
          sizeFactor *
          announcesFactor *
          concernFactor *
          remarksFactor *
          themeFactor *
          verdictFactor *
          datedFactor +
        listBonus;
      const chunkBest = bestByChunk.get(passage.chunk.chunkId) ?? 0;
      if (score > chunkBest) bestByChunk.set(passage.chunk.chunkId, score);
      if (!best || score > best.score) {
        // Within a block, a term most lines share is its topic (アクションプラン down a timeline); the
        // line that answers is the one with the terms only it has.
        const linesWith = new Map<number, number>();
        for (const set of lineTerms) for (const term of set) linesWith.set(term, (linesWith.get(term) ?? 0) + 1);
        const lineScores = block.lines.map((line, at) => {
          let mass = 0;
          // A note (「※対象品目:高級自動車…【4月5日施行】」) is about the item above it, which names its topic.
          const about = noteOf(block.lines, at) ? new Set([...lineTerms[at]!, ...lineTerms[at - 1]!]) : lineTerms[at]!;
          // 「25/5/23 : 第7回有識者会議 (アクションプラン再改訂)」 dates the meeting: when the question's words are only
          // in its brackets, the entry that dates the topic itself (「25/5/30 : アクションプラン再改訂」) answers when.
          const aside =
            askedType === "date" &&
            partFocus.some((phrase) => mentions(line.folded, phrase)) &&
            !partFocus.some((phrase) => mentions(withoutAsides(line.folded), phrase));
          for (const term of about) mass += (terms[term]!.mass / linesWith.get(term)!) * (aside ? ASIDE_WEIGHT : 1);
          // For 「…とは」, the line that defines the topic is the answer, whatever the lines around it share.
          const defining = askedType === "definition" && definesTopic(line.folded, options.focus) ? 1 : 0;
          const worry = options.asksConcern && voicesConcern(line.text) ? 1 : 0;
          const dated = entryMonths.length > 0 && namesMonth(line.text, entryMonths, documentYear) ? 1 : 0;
          return (
            mass / total +
            (answersType(askedType, line.text, options.valueKind) ? LINE_TYPE_BONUS : 0) +
            defining +
            worry +
            dated
          );
        });
        best = { score, rank, block, lineScores, coverage, chunkLines };
      }
    }
  });
  if (!best) return undefined;
  const chunk = passages[best.rank]!.chunk;
  const trimmed = followedOn(
    trimBlock(best.block, options, total, best.lineScores, chunk.kind === "minutes"),
    best.block,
    options,
  );
  const carried = best.block.carried;
  const own = trimmed.filter((line) => !carried?.lines.has(line));
  const lines = shownLines(own, best.chunkLines, {
    askedType,
    focus: options.focus,
    sharesQuestionWord: (folded) => matchedTerms(folded, terms).size > 0,
    maxListChars: MAX_LIST_CHARS,
  }).map((text) => valueSentences(shorten(text, terms, total), options));
  let spans: ExcerptSpan[] = [{ chunk, lines }];
  if (carried && own.length < trimmed.length) {
    const runOnLines = trimmed
      .filter((line) => carried.lines.has(line))
      .map((line) => shorten(line.text, terms, total));
    spans = [...(lines.length > 0 ? spans : []), { chunk: carried.chunk, lines: runOnLines }];
  }
  const wholeBlock = trimmed.length === best.block.lines.length;
  // 「3つの切り口」 then ①…②…③: the items are the answer, without the description under each.
  const listed = ANNOUNCED_LIST_TYPES.has(askedType) ? announcedSpans(own, best.chunkLines, chunk, options) : undefined;
  if (listed) spans = listed;
  else if (
    askedType === "list" &&
    (wholeBlock || (trimmed.length > 1 && trimmed.at(-1) === best.block.lines.at(-1))) &&
    best.block.endsChunk &&
    trimmed.at(-1)?.bullet &&
    // A list as long as the question says it is is complete.
    (options.listSize === undefined || bulletCount(lines) < options.listSize)
  ) {
    const used = lines.reduce((sum, line) => sum + line.length, 0);
    const more =
      continuation(best.block, chunk, options, MAX_LIST_CHARS - used) ??
      (trimmed.at(-1)!.headingLike ? undefined : titledItems(best.block, trimmed.at(-1)!, chunk, options));
    if (more) spans.push(more);
  } else if (
    trimmed.every((line) => line.headingLike) &&
    // A title or two wait for their section; a table of contents (1 目的等 / 第1章 … / 第2章 …) is complete.
    trimmed.length <= 3 &&
    // Short numbered items (⑨非鉄金属ターゲット材 ⑲軟性内視鏡) are a list, not a title waiting for its section.
    trimmed.filter((line) => line.bullet).length < 2 &&
    // A label and its value (④ 特許出願非公開 / 24年5月から施行) say what was asked; no section waits for them.
    !trimmed.some((line) => !line.bullet && statesValue(line.text)) &&
    best.block.endsChunk
  ) {
    // A title that ends its chunk is never shown alone: what it heads is at the top of the next chunk.
    const more = sectionStart(best.block, chunk, options);
    if (more) spans.push(more);
  } else if (
    askedType === "list" &&
    pointsAheadWithoutItems(lines) &&
    // Nothing but titles after it in its own chunk (a figure's labels: 従来 / 制度見直し).
    best.chunkLines.slice(best.chunkLines.indexOf(trimmed.at(-1)!) + 1).every((line) => line.headingLike)
  ) {
    // 「下図のように」 with no items after it in its own chunk: the items it points to open the next one.
    const more = sectionStart(best.block, chunk, options);
    if (more && bulletCount(more.lines) >= 2) spans.push(more);
  } else if (
    askedType === "list" &&
    best.block.endsChunk &&
    trimmed.at(-1) === best.block.lines.at(-1) &&
    !trimmed.at(-1)!.headingLike
  ) {
    // 「まずはEWS構築に必要な要素を整理。」 closing its chunk: the next slide, titled with its words (「EWSに必要な
    // 要素」), sets out the items.
    const more = titledItems(best.block, trimmed.at(-1)!, chunk, options);
    if (more) spans.push(more);
  } else if (headsOnly(best.block) && best.block.labels) {
    // Nor is a label (○…法 附則) shown without the provision it heads.
    const first = best.block.labels.lines[0]!;
    spans[0] = { chunk, lines: [...lines, shorten(first.text, terms, total)] };
  }
  // 「①から③のいずれかにおいて…おそれがあるもの」: a line that refers to a range of numbered items reads with them.
  for (const span of spans) {
    // A line carried over from the next chunk refers to items of that chunk.
    const spanLines = span.chunk === chunk ? best.chunkLines : passageLines(span.chunk, options.isBoilerplate);
    const items = referredItems(span.lines, spanLines);
    const fresh = items.filter((item) => !span.lines.includes(item));
    if (fresh.length > 0) span.lines = [...span.lines, ...fresh];
  }
  // 「現在15技術を指定しており、今般、新たに4技術を追加」: the four are the last of the numbered list that follows.
  if (options.asksAdded) spans = withAddedItems(spans, chunk, best.chunkLines, options);
  // 「…スキームを新設する」 shown alone: the slide lists what that means under a sub-title that restates it.
  if (!listed && ANNOUNCED_LIST_TYPES.has(askedType)) spans = withRestatedItems(spans, chunk, best.chunkLines, options);
  // Before saying the documents lack the asked value, look in the rest of the cited passage: a figure
  // two blocks down is the passage's, and the citation would show it (「記載がありません」 would be false).
  // Lines the answer leaves out for the one that names who was asked: the passage was chosen for their words.
  let asideLines: string[] = [];
  const wantsValue = NUMERIC_TYPES.has(askedType) || options.valueKind !== undefined;
  const context = blockContext(chunk, best.block);
  const topics = topicContext(chunk, context);
  const spanLines = spans.flatMap((span) => span.lines);
  const rows = rowHeadsOf([...new Set([...withNext(chunk, options), ...spans.map((span) => span.chunk)])]);
  if (wantsValue && !carriesFor(askedType, readSpans(spans), context, options, topics, rows)) {
    const used = spanLines.reduce((sum, line) => sum + line.length, 0);
    const already = new Set([
      ...trimmed.map((line) => line.folded),
      ...spans.flatMap((span) => span.lines.map(foldForMatch)),
    ]);
    const holds = (line: PassageLine) =>
      !already.has(line.folded) &&
      used + line.text.length <= MAX_CHARS + MAX_LINE_CHARS &&
      carriesFor(askedType, [line.text], context, options, topics, rows);
    const holder = best.chunkLines.find(holds);
    // The same section run on into the next chunk (a member list after the slide's text) is still the passage's:
    // its section, or a section inside it (「参考:国際輸出管理レジーム概要」 under the chapter). Its lines are read
    // whole, not through `nextLines`: that skips the lines the block already carried over from there (a table's
    // next row, 「3. 参加国数」), which the trimmed excerpt may not show.
    const following = holder ? undefined : sectionRunOn(chunk, best.chunkLines, options);
    const runOnLines = following?.lines ?? [];
    // Its first line goes on from the cited block (a table's next row). Further down, the nearest line above it
    // that is about the question must name most of its topic (「経済安全保障と競争政策に関する研究会委員」 over the
    // chair): the next chunk may list another body's members.
    const aboutQuestion = (line: PassageLine) => options.focus.some((phrase) => mentions(line.folded, phrase));
    const nextHolder = runOnLines.find(
      (line, at) =>
        holds(line) && (at === 0 || headsTopic(runOnLines.slice(0, at).findLast(aboutQuestion), options.focus)),
    );
    // 「座長は誰」: the line that names the person is the answer; the block's lines without a name are what the
    // body was set up for. Another question asked with it (「議事は公開?」, "and were its meetings open") may be
    // answered by them.
    const nameOnly =
      (options.valueKind === "person" || options.valueKind === "incumbent") &&
      options.onlyPart === true &&
      !ALSO_ASKS_YES_NO.test(options.question ?? "");
    // The held line alone is the excerpt; the lines it replaces still count towards the passage's coverage.
    if (holder) {
      const at = spans.findIndex((span) => span.chunk === chunk);
      const held = shorten(holder.text, terms, total);
      if (nameOnly) {
        asideLines = spans.flatMap((span) => span.lines);
        spans = [{ chunk, lines: [held] }];
      } else if (at >= 0) spans[at] = { chunk, lines: [...spans[at]!.lines, held] };
      else spans.unshift({ chunk, lines: [held] });
    } else if (following && nextHolder && spans.every((span) => span.chunk !== following.next)) {
      const held = { chunk: following.next, lines: [shorten(nextHolder.text, terms, total)] };
      if (nameOnly) asideLines = spans.flatMap((span) => span.lines);
      spans = nameOnly ? [held] : [...spans, held];
    }
  }
  spans = withItsLabel(spans, chunk, best.chunkLines);
  // 「サプライチェーン強靱化と先端技術育成って…どれくらい」 answered for the first: the others' lines follow it.
  spans = withJoinedTopics(spans, chunk, best.chunkLines, options);
  spans = withCountedEvents(spans, chunk, best.chunkLines, options);
  const shown = spans.flatMap((span) => span.lines);
  // The block's one inline list line, shown alone (trimBlock picked it).
  const inlineFrom =
    trimmed.length === 1 && trimmed[0] === inlineList(best.block.lines, options)
      ? best.block.lines.map((line) => line.text)
      : undefined;
  const winner = best.score;
  const alsoSee = considered
    .filter(({ chunk: other }) => spans.every((span) => span.chunk.chunkId !== other.chunkId))
    .map(({ chunk: other }) => ({ chunk: other, score: bestByChunk.get(other.chunkId) ?? 0 }))
    .filter(({ score }) => score >= ALSO_SEE_SHARE * winner)
    .sort((a, b) => b.score - a.score)
    .slice(0, ALSO_SEE_MAX)
    .map(({ chunk: other }) => other);
  return {
    passageRank: best.rank,
    spans,
    // The document's title is read with its lines (the citation names it): its words count as covered, and so do
    // the lines set aside for the line that names who was asked.
    // A list set out on one line answers for the block it was picked from: the block's words say what it is a list of.
    coverage: massOf(
      matchedTerms(foldForMatch(`${chunk.title}\n${[...(inlineFrom ?? shown), ...asideLines].join("\n")}`), terms),
      terms,
      total,
    ),
    carries:
      (carriesFor(
        askedType,
        readSpans(spans),
        context,
        options,
        topics,
        rowHeadsOf(spans.flatMap((span) => withNext(span.chunk, options))),
      ) ||
        answersWithOneRemark(shown, options) ||
        namedInlineList(shown, options)) &&
      showsListSize(shown, options) &&
      // 「全部挙げて」 answered by 「テルビウム、ジスプロシウム等…7種」: the documents name some and leave the rest to 等.
      // The number of items the asker gives (「3つの類型」), all shown under a name for them, is the whole list: 等
      // inside an item (「外国法人等との間で」) cuts nothing short.
      !(
        askedType === "list" &&
        options.wantsAll &&
        !(options.listSize !== undefined && namesItems(`${context}\n${shown.join("\n")}`, options)) &&
        shown.some((line) => CUT_SHORT.test(line))
      ) &&
      // 「事例を全部、一覧で」 is not answered by two paragraphs about the casebook: every item asked for is a list
      // of items, not of paragraphs.
      !(askedType === "list" && options.wantsAll && !itemLike(shown)) &&
      // 「チェックリストの項目を全部」 is not answered by the study group's member list printed beside it.
      !(askedType === "list" && rosterOnly(shown) && !asksForPeople(options)),
    ...(alsoSee.length > 0 ? { alsoSee } : {}),
  };
}
