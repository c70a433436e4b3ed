import { randomUUID } from "node:crypto";
import { GLOSS_WEIGHT, glossesOf, saidOnlyInGloss } from "../retrieve/bracket-gloss.ts";
import { foldForMatch } from "../retrieve/fold.ts";
import { KatakanaSpellings } from "../retrieve/katakana-spelling.ts";
import type { LexicalSearchIndex } from "../retrieve/lexical-search-index.ts";
import { NamedSources } from "../retrieve/named-sources.ts";
import { type AnalyzedQuery, countedLetters } from "../retrieve/query-analyzer.ts";
import { namesStateAsOf } from "../retrieve/source-dates.ts";
import type {
  AbstainReason,
  Answerer,
  AnswerRequest,
  AnswerResult,
  Chunk,
  Language,
  MissingPart,
  Passage,
  RetrievalFilter,
} from "../types.ts";
import { asksWhatWasAdded } from "./added-items.ts";
import { answerRequirements, namedEntitiesMissing, namedLabels } from "./answer-requirements.ts";
import { ABSTAIN_MESSAGES, ANTITRUST_NOTE, ANTITRUST_PATTERN, legalJudgementMessage } from "./answer-texts.ts";
import { ASKS_COUNTRIES, countriesBeyondQuestion } from "./asked-countries.ts";
import { type AsksAbout, asksAbout, asksForRows } from "./asked-names.ts";
import { withAskedPlace } from "./asked-places.ts";
import { asksForRemarks } from "./asked-remarks.ts";
import { withAskedRows, withAskedTableRows, withAskedValueRows } from "./asked-rows.ts";
import {
  askedValueKind,
  asksEveryItem,
  carriesValue,
  countsItems,
  NUMERIC_TYPES,
  statedAmounts,
  statedCounts,
  statedItemCount,
  type ValueKind,
  withoutStatedFigures,
} from "./asked-values.ts";
import { askerAsOne, isAside, situationOf } from "./asker-situation.ts";
import { toCitation, topicsOf } from "./citations.ts";
import { asksAboutConcerns } from "./concerns.ts";
import { asksContents } from "./contents-excerpt.ts";
import { bracketedJapanese, SCENE_CLAUSE_EN } from "./english-question.ts";
import { englishReading, englishSentences } from "./english-reading.ts";
import { termWords } from "./english-reading-pieces.ts";
import { definingEvent, eventsOfOtherParts, eventWords } from "./event-words.ts";
import {
  bestExcerpt,
  CUT_SHORT,
  countsWithoutItems,
  type Excerpt,
  type ExcerptOptions,
  FISCAL_YEAR,
  mentions,
  namesItemsOnly,
  PROSE_TYPES,
  pointsAheadWithoutItems,
  type WeightedTerm,
} from "./excerpt.ts";
import { focusFoundInWords } from "./focus-check.ts";
import { usesContext, withContext } from "./follow-up.ts";
import { withJoinedItems } from "./joined-items.ts";
import { unwrittenLaws } from "./named-laws.ts";
import { namesAbsentMinutes } from "./named-minutes.ts";
import { measuredStem, namesMeasure, namesMeasuredTopic, namesPeriodOf, nounClassOf } from "./noun-classes.ts";
import { roundsByNumber } from "./numbered-rounds.ts";
import { entryMonths, withoutOtherMonths } from "./other-months.ts";
import {
  asksOutcome,
  asksProspect,
  asksRule,
  callsForClarityOnly,
  datesAllBefore,
  plansOnly,
  reportsNothingDone,
  statesOnly,
} from "./outcome-check.ts";
import { passageLines, repeatedLines } from "./passage-lines.ts";
import {
  analyzeQuestion,
  type Morphology,
  namesAction,
  type QuestionAnalysis,
  type QuestionPart,
} from "./question-analysis.ts";
import { HEARD_MARKERS, premiseOf, READ_MARKERS, statedChanges, statedMonths } from "./question-premise.ts";
import { screenQuestion } from "./question-screen.ts";
import { renderAnswer, renderPartial } from "./render-answer.ts";
import { namesBeyondSetAside, setAsideOf } from "./set-aside.ts";
import { withoutShown } from "./shown-before.ts";
import { leadsWithSource, lectureFrame, sourceFrame } from "./source-frame.ts";
import { namesTermOnly } from "./term-only.ts";
import { type Verdict, verdictAsked, verdictIn } from "./yes-no-verdict.ts";

export { toCitation, topicsOf };

import { validateQuestion } from "./validate-question.ts";

export interface ExtractiveAnswererOptions {
  /** Read on every question, so a rebuilt index (new ingest, FAQ) takes effect at once. */
  corpus: { readonly index: LexicalSearchIndex; readonly tokenizer: Morphology };
  maxQuestionChars?: number;
  /** Below this share of the question's terms in the best excerpt, the documents are taken not to answer. */
  minCoverage?: number;
  /** Below this share of the focus (idf-weighted) in the evidence, the question is out of the corpus. */
  minFocus?: number;
  newId?: () => string;
}

/** Bodies of states a question may set Japan against (NATO, the EU, the G7), typed in Latin letters. */
const FOREIGN_BODY = /(?<![A-Za-z])(?:NATO|EU|G7|G20|WTO|OECD|ASEAN)(?![A-Za-z])/u;
/**
 * What the asker states before asking (「NATOは…5%にするとのことですが、」, "China put 7 billion yuan into quantum R&D.")
 * and the rest, which asks; no background when the question opens by asking.
 */
const BACKGROUND_JA = new RegExp(
  `^(.{4,}?(?:${[...READ_MARKERS, "は分かりました", "はわかりました"].join("|")})[、。,]?)(.+)$`,
  "su",
);
const BACKGROUND_EN = /^([^?]*?[.!])\s+([^.!]*\?.*)$/su;

/** 「それぞれ」「両方」: the question asks about each of the things it named before. */
const POINTS_TO_NAMED = /それぞれ|それら|これら|どちらも|両方|各々/u;

/** Hearsay the asker passes on before asking (「…合意したそうですが、」「…と聞きましたが、」). */
const HEARSAY_JA = new RegExp(`^(.{4,}?(?:${HEARD_MARKERS.join("|")})[、。,]?)(.+)$`, "su");
function splitBackground(question: string): [string | undefined, string] {
  const match = question.match(BACKGROUND_JA) ?? question.match(HEARSAY_JA) ?? question.match(BACKGROUND_EN);
  return match ? [match[1]!, match[2]!] : [undefined, question];
}

/**
 * An excerpt's lines as the answer shows them, from `timelineRows` (its lines with a timeline cut to the rows the
 * question names, `withAskedRows`): the rows of a table the question names, and the lines about the month it names.
 */
function askedLines(
  timelineRows: string[],
  part: QuestionPart,
  question: string,
  asks: AsksAbout | undefined,
  asksRows: AsksAbout | undefined,
  focus: readonly string[],
): string[] {
  const rows = withJoinedItems(
    withAskedValueRows(withAskedTableRows(timelineRows, asksRows), asks),
    part.joined ?? [],
    focus,
  );
  // A date part's lines give the dates asked for, whichever month they name.
  return part.askedType === "date" ? rows : withoutOtherMonths(rows, question);
}

/** What the answer shows, with the titles it stands under, folded. */
function shownWithTitles(shown: readonly Excerpt[]): string {
  return foldForMatch(
    shown
      .flatMap((excerpt) =>
        excerpt.spans.flatMap((span) => [span.chunk.title, ...span.chunk.sectionPath, ...span.lines]),
      )
      .join("\n"),
  );
}

/** How the documents say Japan (folded): 日本, 我が国, 国内, 日系 …. */
const JAPAN_WORDS = /日本|我が国|わが国|我国|国内|日系|邦人|japan/u;

const RETRIEVE_LIMIT = 10;
/** Values that state a fact of record (who, how many people, which names, where, which law), not a legal reading. */
const FACT_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>([
  "person",
  "incumbent",
  "members",
  "names",
  "place",
  "law",
]);
const DEFAULT_MIN_COVERAGE = 0.1;
const DEFAULT_MIN_FOCUS = 0.5;
/** 「その後どうなった」「それ以降の動き」 ("how did it expand after that"): the part asks what came after. */
const WHAT_FOLLOWED =
  /その後|それ以降|それ以後|あれから|その次に|\b(?:after that|since then|afterwards|subsequently)\b/iu;
/** 「何回改訂」「何度」 "how many times": a count of times an event happened. */
const COUNTS_TIMES = /何回|何度|いく度|how many times/iu;
/** Terms of the rest of the question count this much when excerpting for one part. */
const OTHER_PART_WEIGHT = 0.3;
/** The question words that ask for a description: what kind of thing, how, why. */
const ASKS_DESCRIPTION = /どういう|どんな|どのよう|なぜ|どうして|\b(?:how|why|what kind)\b/iu;
/** Parts asking a figure: a line that carries it answers them, whatever else it says. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(["amount", "count"]);
/** Types whose answer names items: a part that asks what was added asks for them. */
const ITEM_TYPES: ReadonlySet<string> = new Set(["list", "definition"]);
/** A line that states something: a list item or a sentence, not a title. */
const STATEMENT = /^\s*(?:[-・•]|[①-⑳])|[。、]/u;
/** A partial answer quotes what the documents say only when it is this close to the question. */
const MIN_PARTIAL_COVERAGE = 0.3;
/**
 * Terms with kana endings (verbs, adjectives) or of one character, and 場合, which frames the asker's condition
 * (「輸出する場合、」) and is in any line that sets one of its own (「得ている場合は」).
 */
const WEAK_TERM = /^.$|\p{Script=Hiragana}|^場合$/u;
const WEAK_TERM_WEIGHT = 0.3;
/** 2025年2月, 令和7年4月: a month of a year. */
const MONTH_OF_YEAR = /^(\d{4}|令和\d{1,2})年\d{1,2}月$/u;
/** 2022年度, 令和4年度 as a whole phrase: a fiscal year, which a table of yearly figures gives a row of its own. */
const FISCAL_YEAR_PHRASE = new RegExp(`^(?:${FISCAL_YEAR.source})$`, "u");
/** Terms only the question's named source has (「…ガイドライン案では、」) weigh this much in choosing its lines. */
const FRAME_WEIGHT = 0.3;
/** The weight of a term only the asker's situation has (「社内研修で説明したいのですが」): it may still name the topic. */
const SITUATION_WEIGHT = 0.5;
/** About the idf of a topical noun: a stated number weighs like one. */
const NUMBER_MASS = 3;

type Fields = Omit<AnswerResult, "id" | "question" | "lang" | "mode" | "latencyMs">;

/** Names a Japanese question spells in Latin letters (CISTEC, MPIA, JUCIP), folded. */
function latinNames(text: string): string[] {
  return (text.normalize("NFKC").match(/[A-Za-z][A-Za-z0-9&-]{2,}/gu) ?? []).map(foldForMatch);
}

/** What the documents write: each passage's title and text. */
function documentTexts(chunks: readonly Chunk[]): string[] {
  return chunks.map((chunk) => `${chunk.title}\n${chunk.text}`);
}

/**
 * "IPC", "CRMA": an acronym an English question types in capitals that the lexicon could not translate (its focus
 * keeps it as typed), folded; a fiscal year (FY2021) is none. FEFTA or FDI are translated (外為法, 対内直接投資), so
 * they are not among them.
 */
function untranslatedAcronyms(question: string, focus: string[]): string[] {
  const kept = new Set(focus);
  return (question.normalize("NFKC").match(/\b[A-Z]{3,}[A-Z0-9&]*\b/gu) ?? [])
    .map(foldForMatch)
    .filter((name) => kept.has(name));
}

/**
 * 「AI法」「IT導入補助金」「DX案件」: a Latin name and the first kanji of the noun it heads, folded. Written nowhere in
 * the documents, it names a law, programme or case they do not cover (they write AI戦略 or 経済安保法, not AI法).
 * A question word (GDP比何%) is not part of a name.
 */
function latinCompounds(text: string): string[] {
  return [...text.normalize("NFKC").matchAll(/(?<![A-Za-z0-9])([A-Za-z]{2,}[A-Za-z0-9]*)(\p{Script=Han})/gu)]
    .filter((match) => !/[何幾]/u.test(match[2]!))
    .map((match) => foldForMatch(`${match[1]}${match[2]}`));
}

/**
 * Phrases the asker puts in 「」 or 『』 (「3つのP」): the exact words to find. A quoted question (「施行後何年」)
 * is the pattern of what is asked, not words of the documents.
 */
function quotedNames(text: string): string[] {
  return [...text.normalize("NFKC").matchAll(/[「『]([^」』]{2,30})[」』]/gu)]
    .map((match) => match[1]!)
    .filter((phrase) => !/(何|いつ|どの|どれ|どこ|いくつ|いくら|誰|だれ)/u.test(phrase))
    .map(foldForMatch);
}

/**
 * 「研究会は」「事前報告って」「審査には」: the particle that marks what a Japanese question is about; 「業界団体の名前」
 * 「局、名前と設置時期」: the phrase whose name, date or number is asked.
 */
const TOPIC_PARTICLE = /^[」』)]?(?:について(?:は)?|とは|って|には|は(?!じ))/u;
const OWNER_OF_ASKED =
  /^[」』)]?[の、](?=[^、。]{0,3}(?:名前|名称|氏名|時期|日付|期限|期間|件数|数|金額|額|率|割合|場所|提出先))/u;

/** The act named before a topic particle (追加 of 「医療分野の追加は」). */
const ACT_BEFORE_TOPIC = /^[^はっ、。？?]{1,8}(?=は|って)/u;

/**
 * How a missing part's topic is named in the answer: the phrase the part marks as its topic (「研究会は何回」,
 * 「事前報告って…何日前」), the last one when there are several, with the phrase it belongs to (「共同研究の契約」);
 * else its first focus phrase (「特定重要物資」). A phrase that only restates what is asked (時期, 件数) is no topic,
 * and two phrases joined (「特許・本来」) read as keywords, not as the asker's topic.
 */
function focusLabel(part: QuestionPart, question: string): string {
  // The analysis reads letters in lower case (kプログラム): the label is written as the asker wrote it.
  const text = question.normalize("NFKC");
  // 「「Trusted Thinktank Network」ってなに」: a name the asker quotes as the topic is named whole.
  const folded = text.toLowerCase();
  const partText = part.text.normalize("NFKC");
  const quotedTopic = partText.match(/「([^」]{2,40})」(?=って|とは|は(?!じ))/u)?.[1];
  if (quotedTopic) {
    const at = folded.indexOf(quotedTopic.toLowerCase());
    return at >= 0 ? text.slice(at, at + quotedTopic.length) : quotedTopic;
  }
  // 「527億ドルって、そのうち研究開発向けがいくら」: the share asked of a whole the asker gives is what is missing.
  const share = partText.match(/(?:その)?うち[、,]?\s*([^、。？?\s「」『』]{2,20}?)(?:は|が|って)/u)?.[1];
  if (share && !/^(の|に|で)/u.test(share)) return share;
  // 「医療分野の追加は、いつから」: the act and what it is done to.
  const acted = part.actedOn?.[0];
  if (acted !== undefined) {
    const owner = `${acted}の`;
    for (let at = text.indexOf(owner); at >= 0; at = text.indexOf(owner, at + 1)) {
      const act = text.slice(at + owner.length).match(ACT_BEFORE_TOPIC)?.[0];
      if (act) return `${owner}${act}`;
    }
    // 「医療分野が追加されるのは」: the same act said as a clause.
    const clause = text
      .slice(text.indexOf(`${acted}が`) + acted.length + 1)
      .match(/^(?:[^、。?？]{1,20}?(?:に|へ))?(\p{Script=Han}{2,4})(?=され|する|し)/u)?.[1];
    if (text.includes(`${acted}が`) && clause) return `${owner}${clause}`;
  }
  const partAt = Math.max(0, folded.indexOf(partText.toLowerCase()));
  const marked = part.focus
    // 施行 of 「施行はいつ」 is what the date is of, not whose; 分野 of 「技術分野って、何分野」 is the counter.
    .filter(
      (phrase) =>
        phrase !== "" &&
        nounClassOf(phrase) === "none" &&
        eventWords(phrase).length === 1 &&
        !part.focus.some((other) => other !== phrase && other.includes(phrase)),
    )
    .flatMap((phrase) => {
      const at = folded.indexOf(phrase, partAt);
      if (at < 0 || folded.slice(0, at).endsWith("何")) return [];
      const after = folded.slice(at + phrase.length);
      // 「(適性評価)って」 names the topic again; 「(補正)って」「(補正)の予算額」 is a short note on the name before it.
      if (folded[at - 1] === "(") return phrase.length >= 3 && TOPIC_PARTICLE.test(after) ? [{ phrase, at }] : [];
      return TOPIC_PARTICLE.test(after) || OWNER_OF_ASKED.test(after) ? [{ phrase, at }] : [];
    })
    .sort((a, b) => b.at - a.at)[0];
  if (marked) {
    // 「技術管理スキームの事前報告って」: the topic with the phrase that says whose it is.
    const before = folded.slice(0, marked.at);
    const owner = part.focus
      .map((phrase) => [`${phrase}の`, `${phrase}」の`].find((written) => before.endsWith(written)))
      .find((written) => written !== undefined);
    const from = owner ? marked.at - owner.length : marked.at;
    // 「試験社の出資比率は何％」: the measured name after the owner is what the documents lack, not the company.
    const after = folded.slice(marked.at + marked.phrase.length);
    const measured = part.focus.find((phrase) => namesMeasure(phrase) && after.startsWith(`の${phrase}`));
    const to = marked.at + marked.phrase.length + (measured ? measured.length + 1 : 0);
    return text.slice(from, to).replace(/[「」『』]/gu, "");
  }
  // 「補助率も知りたいです」: the measured name the part asks (補助率) says the gap better than the question's topic.
  const measured = part.ownFocus.find((candidate) => namesMeasure(candidate) && measuredStem(candidate) !== undefined);
  const phrase = measured ?? part.focus[0] ?? "";
  const at = folded.indexOf(phrase);
  return at >= 0 && phrase !== "" ? text.slice(at, at + phrase.length) : phrase;
}

/**
 * The phrases a value is checked against, folded: 相互関税率 names the topic as well as the asked amount; 来年度
 * only restates the asked date, and 中身, 理由 or 一覧 name what is asked, not what about; 返済期間 is a period of 返済.
 */
function topicPhrases(phrases: readonly string[]): string[] {
  return [...new Set(phrases)]
    .filter((phrase) => {
      // 「年度ごとに何本」: what the figures are given per, which a table's rows say (令和3年度: 81本), not a topic.
      if (PER_UNIT.test(phrase.normalize("NFKC"))) return false;
      const nounClass = nounClassOf(phrase);
      // 相互関税率 names what is measured; a bare 数 or 割合 only restates what is asked.
      return (
        nounClass === "none" ||
        ((nounClass === "amount" || nounClass === "count") && namesMeasuredTopic(phrase, nounClass)) ||
        namesPeriodOf(phrase)
      );
    })
    .map(foldForMatch);
}

const PER_UNIT = /.(?:ごと|毎)$/u;
const JAPANS = /\bJapan['’]s\b/u;

/** 「our board in Tokyo」「my plant at Osaka」, 「当社の東京本社」「うちの大阪工場」: the asker's own place. */
const ASKER_PLACE_EN = /\b(?:our|my)\s+(?:[a-z-]+\s+){0,3}(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?/gu;
const ASKER_PLACE_JA = /(?:当社|弊社|うち|我が社|私たち)の?[^、。？?\s]{0,8}?(?:本社|工場|拠点|支社|事業所|オフィス)/gu;

/**
 * A question about a final edition (「正式版で追加された項目」, "the final version"): what the draft (案) says does
 * not answer it. The quoted lines or their headings must name the final edition.
 */
const ASKS_FINAL_EDITION =
  /正式版|最終版|確定版|完成版|\bfinal (?:version|edition|text)\b|\bfinali[sz]ed (?:version|guidelines?)\b/iu;
const FINAL_EDITION = /正式版|最終版|確定版|完成版/u;

/** The documents' synonyms of a phrase, and for an English question the other senses of its translation. */
function synonymsFor(index: LexicalSearchIndex, analysis: QuestionAnalysis): (term: string) => string[] {
  return (term) => [...index.synonymsOf(term), ...(analysis.otherSenses?.[term] ?? [])];
}

/** Folded title, headings and text of each chunk once, for checking what the evidence names. */
function foldedChunks(chunks: Chunk[]): string {
  return [...new Set(chunks)]
    .map((chunk) => foldForMatch(`${chunk.title}${chunk.sectionPath.join(" ")}${chunk.text}`))
    .join("\n");
}

/**
 * A place that only qualifies the name after it, when the quoted lines give that name (米国 before CHIPS法):
 * the name says which one is meant.
 */
function qualifiesQuotedName(place: string, focus: readonly string[], quoted: string): boolean {
  const at = focus.indexOf(place);
  const named = focus[at + 1];
  const names = named?.match(/[a-z]{3,}/gu) ?? [];
  return at >= 0 && names.length > 0 && names.every((name) => quoted.includes(name));
}

/**
 * A place said only inside a longer topic phrase (ウクライナ in 「ウクライナ侵略直後」) dates or names an event;
 * it is not where the asked thing is. A place said on its own (「台湾の」→ 台湾) is. Japanese only: an English
 * question's phrases are joined translations (South Korea's approach → 韓国アプローチ), not compounds.
 */
function onlyInsideEvent(place: string, focus: readonly string[]): boolean {
  return !focus.includes(place) && focus.some((phrase) => phrase.includes(place));
}

/**
 * 「2025年11月の資料では」, "the November 2025 material": the asker says which document to read, so its passages
 * are the ones quoted when any was retrieved; another document's closer wording does not answer for it.
 */
function fromNamedSources(passages: Passage[], months: readonly string[]): Passage[] {
  if (months.length === 0) return passages;
  const named = passages.filter(({ chunk }) => months.some((month) => chunk.date?.startsWith(month)));
  return named.length > 0 ? named : passages;
}

/** 「現在いくつ」「これまでに」「最新の資料だと」 "so far", "currently": the state as the newest document gives it. */
const ASKS_CURRENT_JA = /現在|最新|これまでに|直近|現時点|目下/u;
const ASKS_CURRENT_EN = /\b(?:now|currently|current|latest|so far|to date|most recent)\b/iu;
/** How much an older document's passage counts when the current state is asked and a newer document was retrieved. */
const OLDER_SOURCE_FACTOR = 0.6;

/** 「例えば、…」: a line that gives examples, not the whole set. */
const EXAMPLES = /(?:^|[(（）)※\s、。])例えば[、,]/u;

/**
 * 「最新の資料で」「今は」 "the latest": the newest state, as against a document the question names. Narrower than
 * `asksCurrent`: 「現在」「現時点」 also name the state as of the document the question names.
 */
const ASKS_LATEST = /最新|今は|今の|現状|\b(?:latest|most recent|now)\b/iu;
/** 「…のときから変わってますか」「…と比べて」: a change since, or a comparison with, what the named document says. */
const ASKS_CHANGE = /変わ|変化|比べ|比較|違い|違う|増え|減っ|\b(?:chang|differ|compar|increas|decreas)/iu;

/**
 * The months of the documents that each answer for themselves: the ones the question names by date, and the newest
 * one in the index beside a single named one when the question asks the latest and how it changed since.
 */
function comparedWithLatest(
  question: string,
  named: readonly string[],
  chunks: readonly { date?: string }[],
): string[] {
  if (named.length !== 1 || !ASKS_LATEST.test(question) || !ASKS_CHANGE.test(question)) return [...named];
  const newest = newestDate(chunks.map(({ date }) => date)).slice(0, 7);
  return newest === "" || newest.startsWith(named[0]!) || named[0]!.startsWith(newest)
    ? [...named]
    : [...named, newest];
}

/** The newest of the dates (ISO, so compared as text); "" when none is given. */
function newestDate(dates: readonly (string | undefined)[]): string {
  return dates.reduce<string>((latest, date) => (date && date > latest ? date : latest), "");
}

function asksCurrent(text: string): boolean {
  return ASKS_CURRENT_JA.test(text) || ASKS_CURRENT_EN.test(text);
}

/**
 * A question about the current state reads the newest retrieved document first: an older slide's count (11物資) is
 * what was, not what is. The order of the rest is kept; a passage without a date is not demoted.
 */
function newestFirst(passages: Passage[], text: string): Passage[] {
  if (!asksCurrent(text)) return passages;
  const newest = newestDate(passages.map(({ chunk }) => chunk.date));
  if (newest === "") return passages;
  return passages
    .map((passage) =>
      passage.chunk.date && passage.chunk.date.slice(0, 7) < newest.slice(0, 7)
        ? { ...passage, score: passage.score * OLDER_SOURCE_FACTOR }
        : passage,
    )
    .sort((a, b) => b.score - a.score);
}

/** A line over items (「① サプライチェーン強靱化」 over 「- 11の…を指定。」), no sentence of its own: it says where they are. */
function headsItems(line: string, after: readonly string[]): boolean {
  return (
    !line.startsWith("- ") && !/[。．]/u.test(line) && after.length > 0 && after.every((next) => next.startsWith("- "))
  );
}

/**
 * Answers without a language model. The question is analysed (focus, asked type, parts); the answer
 * is a coherent excerpt of the best passage for each part, with its list structure, each line followed
 * by [n]. It is resolved only when every part's excerpt carries a value of the asked type; otherwise it
 * is partial (what the documents say, and plainly what they do not) or declined.
 */
export class ExtractiveAnswerer implements Answerer {
  private corpusCache?: {
    chunks: readonly Chunk[];
    boilerplate: Set<string>;
    byPosition: Map<string, Chunk>;
    /** How the documents spell their katakana words, once asked for. */
    spellings?: KatakanaSpellings;
    /** Which documents a question names as its source (「GRIPSの講義資料だと」), once asked for. */
    sources?: NamedSources;
  };

  constructor(private readonly options: ExtractiveAnswererOptions) {}

  /** The question analysis this answerer works from (the generated path reuses it). */
  analyze(question: string): QuestionAnalysis {
    const { index, tokenizer } = this.options.corpus;
    return analyzeQuestion(
      question,
      tokenizer,
      (word) => index.writesAcronym(word),
      (text, upTo) => index.passagesWriting(text, upTo),
    );
  }

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    const started = performance.now();
    const received = validateQuestion(request.question, this.options.maxQuestionChars);
    const { index } = this.options.corpus;
    // Read in the documents' spelling (セキュリティー → セキュリティ): the asker's own words are what is logged.
    const facts = this.corpusFacts(index);
    facts.spellings ??= KatakanaSpellings.fromTexts(documentTexts(index.chunks));
    const question = roundsByNumber(askerAsOne(facts.spellings.respell(received)));
    // The documents the question names as its source (「GRIPSの講義資料だと」) are the ones read, when they hold a
    // passage.
    facts.sources ??= new NamedSources(index.chunks.filter((chunk) => !chunk.superseded));
    const sources = facts.sources.namedIn(question);
    const analysis = this.analyze(question);
    const own = index.analyze(question);
    const query = usesContext(analysis, request.context) ? withContext(own, index.analyze(request.context)) : own;
    const lang = own.lang;
    const base = {
      id: request.id ?? this.options.newId?.() ?? randomUUID(),
      question: received,
      lang,
      mode: "extractive" as const,
    };
    const finish = (fields: Fields): AnswerResult => ({
      ...base,
      ...fields,
      latencyMs: Math.round(performance.now() - started),
    });

    const screened = screenQuestion(question) ?? (analysis.ownCase ? "legal-judgement" : undefined);
    if (screened === "prompt-injection") return finish(this.abstain(screened, lang, []));
    const filter = this.filterFor(index, question, request.filter);
    // A later part searches all the documents: the source named may be for the first part only ("the definition in
    // the 2025 METI briefing, and how did the minister describe it in 2022?"). A source named before the question
    // ("According to METI's deck, when…, and what…?") is every part's.
    const named = sources.filter((docId) => filter?.docIds?.includes(docId) ?? true);
    const framed = leadsWithSource(question);
    const sourced = named.length > 0 ? index.searchAnalyzed(query, { ...filter, docIds: named }, RETRIEVE_LIMIT) : [];
    const passages = sourced.length > 0 ? sourced : index.searchAnalyzed(query, filter, RETRIEVE_LIMIT);
    if (screened) return finish(this.abstain(screened, lang, passages, question));
    if (passages.length === 0) return finish(this.abstain("no-evidence", lang, passages));

    const excerpts = this.excerpts(
      index,
      question,
      analysis,
      query,
      passages,
      filter,
      this.lessenedTerms(index, question, analysis),
      framed ? { docIds: named, months: query.sourceDates } : undefined,
    );
    const first = excerpts[0];
    if (!first?.excerpt || first.excerpt.coverage < (this.options.minCoverage ?? DEFAULT_MIN_COVERAGE))
      return finish(this.abstain("no-evidence", lang, passages));
    // The asker's own situation (「うちは黒鉛を扱っていますが、」) names no row it asks about, unless the question points
    // back to what it named (「それぞれいつから」).
    const situation = situationOf(question, POINTS_TO_NAMED.test(question));
    const asked = situation.reduce((rest, piece) => rest.replace(piece, ""), question);
    // An English question names a row by its initials (WA) or by the Japanese the glossary gives for its words
    // (graphite → 黒鉛). Its table columns are shown whole: a column named in words the glossary lacks (Australia
    // Group) would look unnamed and be left out.
    const translated = lang === "en" ? [...own.compounds, ...own.searchText.split(/\s+/u)] : [];
    const asks = asksAbout(asked, translated);
    const asksRows = asksForRows(asked, translated);
    const asksColumns = lang === "ja" ? asks : undefined;
    // The places the question names (日本 of 「日本の自動車」, of "Japanese cars"): a row of figures per country is
    // read for them.
    const placesIn = (text: string) => index.properNouns(text, "地域");
    const asksFigure = analysis.parts.some((part) => NUMERIC_TYPES.has(part.askedType));
    const askedPlaces = new Set(asksFigure ? placesIn(lang === "en" ? translated.join(" ") : asked) : []);
    // 「2025年2月に加えた鉱物をすべて」: the timeline cut to the named month's row gives the items of that row, though
    // the whole table ends others with 等.
    const answeredByRows = new Set<QuestionPart>();
    const shown = excerpts.flatMap(({ excerpt, part }) =>
      excerpt
        ? [
            {
              ...excerpt,
              spans: excerpt.spans.map((span) => {
                const rows = withAskedRows(span.lines, asks);
                const cut = rows.join("\n");
                if (part.askedType === "list" && cut !== span.lines.join("\n") && !CUT_SHORT.test(cut))
                  answeredByRows.add(part);
                return {
                  ...span,
                  lines: askedLines(rows, part, question, asks, asksRows, [...part.focus, ...analysis.focus]).map(
                    (line) => (NUMERIC_TYPES.has(part.askedType) ? withAskedPlace(line, askedPlaces, placesIn) : line),
                  ),
                };
              }),
            },
          ]
        : [],
    );
    const evidence = this.evidenceText(passages, [
      ...shown,
      ...excerpts.flatMap(({ strayFind }) => (strayFind ? [strayFind] : [])),
    ]);
    // A follow-up without its thread (「それはいつから？」) has no topic to answer about.
    const noTopic = !analysis.standsAlone && !usesContext(analysis, request.context);
    if (noTopic || this.outOfCorpus(index, question, query, analysis, evidence, shown))
      return finish(this.abstain("no-evidence", lang, passages));

    const missing = this.missingParts(
      index,
      question,
      excerpts.map((found) =>
        found.excerpt && answeredByRows.has(found.part)
          ? { ...found, excerpt: { ...found.excerpt, carries: true } }
          : found,
      ),
    );
    // Nothing asked is answered and the best excerpt is only loosely related: decline rather than quote it.
    if (missing.length === analysis.parts.length && first.excerpt.coverage < MIN_PARTIAL_COVERAGE)
      return finish({ ...this.abstain("no-evidence", lang, passages), missing: this.missingList(missing) });
    const askedTypes = excerpts.flatMap(({ part, excerpt }) => (excerpt ? [part.askedType] : []));
    const { tokenizer } = this.options.corpus;
    const reading =
      lang === "en"
        ? {
            read: (line: string) => englishReading(line, tokenizer),
            keyWords: (line: string, max: number) => termWords(line, tokenizer, max),
            sentences: (line: string) => englishSentences(line, tokenizer),
          }
        : undefined;
    const { answer, citations } =
      missing.length === 0
        ? renderAnswer(
            shown,
            lang,
            askedTypes,
            first.verdict,
            question,
            reading,
            asksColumns,
            excerpts
              .slice(1)
              .flatMap(({ part, verdict }) => (verdict && lang === "en" ? [{ asked: part.text, verdict }] : [])),
          )
        : renderPartial(
            shown,
            missing.map(({ part, focus, unconfirmed }) => ({
              part: part.text,
              // A one-part question is not pasted back: the gap is about all of it.
              named: analysis.parts.length > 1,
              askedType: part.askedType,
              focus,
              unconfirmed,
            })),
            lang,
            askedTypes,
            question,
            reading,
            asksColumns,
          );
    // The note follows what is asked and answered, not every word of a long cited slide.
    // Who chaired the study group or when the casebook came out is a fact, not a reading of the law that a reader
    // could take for advice on their own case: the note is for questions a legal reading could hang on.
    const factual = analysis.parts.every((part) => {
      const kind = askedValueKind(part.askedType, part.text);
      return NUMERIC_TYPES.has(part.askedType) || (kind !== undefined && FACT_KINDS.has(kind));
    });
    const notes =
      !factual && (ANTITRUST_PATTERN.test(question) || ANTITRUST_PATTERN.test(answer)) ? [ANTITRUST_NOTE[lang]] : [];
    return finish({
      resolved: missing.length === 0,
      answer,
      citations,
      retrieved: this.retrieved(passages),
      ...(missing.length > 0
        ? {
            reason: "partial" as const,
            missing: this.missingList(missing),
          }
        : {}),
      notes,
      topics: topicsOf(passages),
    });
  }

  /** Per index: boilerplate lines and chunks by position (for lists that run into the next chunk). */
  private corpusFacts(index: LexicalSearchIndex) {
    if (this.corpusCache?.chunks !== index.chunks) {
      const byPosition = new Map<string, Chunk>();
      for (const chunk of index.chunks) byPosition.set(`${chunk.docId}#${chunk.ordinal}`, chunk);
      this.corpusCache = { chunks: index.chunks, boilerplate: repeatedLines(index.chunks), byPosition };
    }
    return this.corpusCache;
  }

  /** Terms of one part at full weight, the rest of the question's below them. */
  private termsFor(
    index: LexicalSearchIndex,
    query: AnalyzedQuery,
    part: QuestionPart | undefined,
    lessened: ReadonlyMap<string, number>,
    analyzedPart: (part: QuestionPart) => AnalyzedQuery,
    earlierParts: readonly QuestionPart[] = [],
  ): WeightedTerm[] {
    const partQuery = part && part.text.length > 0 ? analyzedPart(part) : undefined;
    const own = new Map<string, number>();
    const add = (term: string, mass: number) => own.set(term, Math.max(own.get(term) ?? 0, mass));
    const scale = (term: string) => (!partQuery ? 1 : own.has(term) ? 1 : OTHER_PART_WEIGHT);
    if (partQuery) {
      for (const { term, weight } of partQuery.words) add(term, weight * index.words.idf(term));
      for (const { term, weight } of partQuery.bigrams) add(term, 0.4 * weight * index.bigrams.idf(term));
    }
    // What the earlier parts asked, which their excerpts answer.
    const ownTerms = new Set(own.keys());
    const earlierTerms = new Set(
      (partQuery ? earlierParts : []).flatMap((earlier) => {
        const analyzed = analyzedPart(earlier);
        return [...analyzed.words, ...analyzed.bigrams].map(({ term }) => term);
      }),
    );
    // The labels a when/where question searches for (query.labels) help find the passage; the answer need not hold them.
    for (const { term, weight } of query.words) add(term, scale(term) * weight * index.words.idf(term));
    for (const { term, weight } of query.bigrams) add(term, scale(term) * 0.4 * weight * index.bigrams.idf(term));
    // Verbs (言われる, 足りる) and lone kanji say little about which line answers; nouns say what is asked.
    // A count the asker states (4つ, 14事業), not a year, picks out the line that has it, however common digits are.
    const counts = statedCounts(part?.text ?? query.searchText);
    return [...own].map(([term, mass]) => ({
      term,
      ...(partQuery && !ownTerms.has(term) && earlierTerms.has(term) ? { earlierPart: true } : {}),
      mass:
        (counts.has(term) ? Math.max(mass, NUMBER_MASS) : WEAK_TERM.test(term) ? mass * WEAK_TERM_WEIGHT : mass) *
        (lessened.get(term) ?? 1),
    }));
  }

  /**
   * Terms that say less about which line answers than about which passage to read, with their weight: those only the
   * document the question names as its source has (「経済安全保障経営ガイドライン案では、」), and those only the asker's
   * own situation has (「社内研修で説明したいのですが、」「従業員100人ほどのメーカーです。」), before what is asked.
   */
  private lessenedTerms(index: LexicalSearchIndex, question: string, analysis: QuestionAnalysis): Map<string, number> {
    const termsOf = (text: string) => {
      const analyzed = index.analyze(text);
      return new Set([...analyzed.words, ...analyzed.bigrams].map(({ term }) => term));
    };
    const text = question.normalize("NFKC");
    const lessened = new Map<string, number>();
    // What is said only in these pieces; `kept` takes out what stays a topic wherever it stands.
    const lessen = (said: readonly string[], weight: number, kept = (piece: string) => piece) => {
      if (said.length === 0) return;
      const rest = termsOf(said.reduce((left, piece) => left.replace(piece, " "), text));
      const own = termsOf(said.map(kept).join(" "));
      for (const term of own) if (!rest.has(term) && !lessened.has(term)) lessened.set(term, weight);
    };
    const frame = sourceFrame(question);
    if (frame) lessen([frame], FRAME_WEIGHT);
    // The situation is the topic when what is asked names none of its own (「「2つのQ」を説明したいのですが、それぞれ何を
    // 指していますか」).
    const situation = situationOf(
      text,
      analysis.parts.some((part) => part.refersBack),
    );
    const asksOwnTopic = analysis.focus.some(
      (phrase) => !situation.some((piece) => piece.includes(phrase)) && !frame?.includes(phrase),
    );
    // A phrase the asker quotes in its situation (「経済安全保障とは」) is the topic all the same.
    if (asksOwnTopic) lessen(situation, SITUATION_WEIGHT, (piece) => piece.replace(/「[^」]*」/gu, " "));
    // 「…活用法（セキュリティ・クリアランスの法律）」: the aside says what the name is; the line that answers names it.
    lessen(glossesOf(text), GLOSS_WEIGHT);
    return lessened;
  }

  /** One excerpt per part; a later part gets its own only when the first does not already answer it. */
  private excerpts(
    index: LexicalSearchIndex,
    question: string,
    analysis: QuestionAnalysis,
    query: AnalyzedQuery,
    passages: Passage[],
    filter: RetrievalFilter | undefined,
    lessened: ReadonlyMap<string, number>,
    /** The documents every part reads, when the question opens with them: by issuer, or by month. */
    framedSource?: { docIds: readonly string[]; months: readonly string[] },
  ) {
    const facts = this.corpusFacts(index);
    // A later part searches on its own words; it reads the framed source when that holds passages for it.
    const laterCandidates = (partQuery: AnalyzedQuery): Passage[] => {
      const own = (docIds?: readonly string[]) =>
        index.searchAnalyzed(partQuery, docIds ? { ...filter, docIds: [...docIds] } : filter, RETRIEVE_LIMIT);
      if (!framedSource) return own();
      const sourced = framedSource.docIds.length > 0 ? own(framedSource.docIds) : [];
      const found = sourced.length > 0 ? sourced : own();
      return framedSource.months.length === 1 ? fromNamedSources(found, framedSource.months) : found;
    };
    const shared = {
      isBoilerplate: (folded: string) => facts.boilerplate.has(folded),
      nextChunk: (chunk: Chunk) => facts.byPosition.get(`${chunk.docId}#${chunk.ordinal + 1}`),
    };
    const synonyms = synonymsFor(index, analysis);
    // A phrase is said in a (folded) text as itself or as any of its synonyms: 経産省 says 経済産業省 (METI).
    const saysIn = (text: string, phrase: string) =>
      [phrase, ...synonyms(phrase)].some((variant) => mentions(text, foldForMatch(variant)));
    const phraseWords = new Map(
      Object.entries(analysis.phraseWords ?? {}).map(([phrase, words]) => [
        foldForMatch(phrase),
        words.map(foldForMatch),
      ]),
    );
    const single = analysis.parts.length === 1;
    // 「…どれですか？全部挙げてください。」: a later part with no topic of its own that asks what the one before asks
    // restates it; the question still asks one thing.
    const asksOneThing =
      single ||
      analysis.parts.every(
        (part, at) =>
          at === 0 ||
          (part.elliptical && part.ownFocus.length === 0 && part.askedType === analysis.parts[at - 1]!.askedType),
      );
    const results: {
      part: QuestionPart;
      excerpt?: Excerpt;
      coveredBy?: number;
      verdict?: Verdict;
      /** A stray find left unshown: what it says still counts as evidence read, as it did before it was set aside. */
      strayFind?: Excerpt;
    }[] = [];
    const shown = new Set<string>();
    // Each part's words, analysed once: its own search, its terms, and the terms later parts leave to it.
    const analyzedParts = new Map<QuestionPart, AnalyzedQuery>();
    const analyzedPart = (part: QuestionPart): AnalyzedQuery => {
      const known = analyzedParts.get(part);
      if (known) return known;
      const analyzed = index.analyze(part.text);
      analyzedParts.set(part, analyzed);
      return analyzed;
    };
    // Whether the question asks what was said at a meeting is the whole question's, the same for each part.
    const asksRemarks = asksForRemarks(question);
    // 「今いくつ？今回追加されたのはどれ？」: the count's line is the one that counts the addition, too, so every part
    // reads it with the items added. "How many were added" asks a count, not which; "…how many were added, and which
    // ones?" asks which of those the earlier words name, an elliptical part leaning on them.
    const asksAdded = analysis.parts.some(
      (part) => ITEM_TYPES.has(part.askedType) && asksWhatWasAdded(part.elliptical ? question : part.text),
    );
    const normalizedQuestion = question.normalize("NFKC");
    const framed = saidOnlyInFrame(index, normalizedQuestion);
    let first: { part: QuestionPart; options: ExcerptOptions } | undefined;
    const coveredUnlessFound = new Map<QuestionPart, number>();
    analysis.parts.forEach((part, at) => {
      // What this part adds to the earlier ones (正式版 after パブコメ).
      const earlierFocus = [...new Set(analysis.parts.slice(0, at).flatMap((other) => other.focus))];
      // 「…revised for the second time, and which expert meeting dealt with that revision」: 改訂 is the earlier part's
      // アクションプラン再改訂 again; only 有識者会議 is added.
      const added = part.ownFocus.filter(
        (phrase) => nounClassOf(phrase) === "none" && !earlierFocus.some((earlier) => earlier.includes(phrase)),
      );
      // An elliptical part (「あと制度自体はいつから？」) is about the whole question's topic; one that adds a topic
      // of its own (「正式版はいつごろ」) is answered on its own words first.
      // 「どういう仕組み？あと、いつから施行？」: what a thing is or how it works is described, not dated; a line on the
      // event another part dates (「円滑な施行に向けた取組」) does not describe it.
      // A part asking who or which (「責任者は誰」) names a value, which the other part's event does not change.
      const othersEventWords =
        PROSE_TYPES.has(part.askedType) && ASKS_DESCRIPTION.test(part.text)
          ? eventsOfOtherParts(part, analysis.parts)
          : [];
      const terms = this.termsFor(
        index,
        query,
        single || (part.elliptical && added.length === 0) ? undefined : part,
        lessened,
        analyzedPart,
        analysis.parts.slice(0, at),
      ).filter(({ term }) => !othersEventWords.some((word) => term.length >= 2 && word.includes(term)));
      const valueKind = askedValueKind(part.askedType, part.text);
      // The words of the events a date part asks about (提出 → 提出, 上程), folded.
      const event = (part.events ?? []).flatMap(eventWords).map(foldForMatch);
      // An earlier excerpt that carries the value this part asks for, though it does not name the part's topic.
      let carrier: { at: number; asked: string[] } | undefined;
      if (at > 0) {
        const earlier = results.findIndex(({ excerpt }) => {
          const lines = excerpt?.spans.flatMap((span) => span.lines) ?? [];
          // 「下図のように…(特定類型)」 without the items it points to names the list a later part asks for; it
          // does not give it.
          const pointsAhead = part.askedType === "list" && pointsAheadWithoutItems(lines);
          return excerpt !== undefined && !pointsAhead && carriesValue(part.askedType, lines, valueKind);
        });
        // A line that only names items (「①物品の詳細さ　②リアルタイム性…」) says nothing of one of them: a part asking
        // about one (「リアルタイム性の一番高いレベルは」) needs its own line.
        const earlierLines = results.flatMap(({ excerpt }) => excerpt?.spans.flatMap((span) => span.lines) ?? []);
        const earlierText = foldForMatch(earlierLines.filter((line) => !namesItemsOnly(line)).join(""));
        // What this part adds to the earlier ones must be in the earlier excerpt; a part that adds no topic of its
        // own is about theirs.
        // A pronoun's topic ("is it still in force") is the earlier part's: what the part says itself must be there.
        // "What are the percentages?" after "which countries hold the main shares…": a part asking a figure whose own
        // words only name the measure (割合, 件数) is about the earlier parts' topic, as an elliptical part is.
        const namesOnlyAsked =
          FIGURE_TYPES.has(part.askedType) &&
          !part.elliptical &&
          part.ownFocus.length > 0 &&
          part.ownFocus.every((phrase) => nounClassOf(phrase) !== "none");
        const asked =
          added.length > 0
            ? added
            : part.elliptical
              ? part.focus
              : namesOnlyAsked
                ? earlierFocus.filter((phrase) => nounClassOf(phrase) === "none")
                : part.ownFocus;
        // A month the part names (「2025年2月に追加された鉱物」) picks out its own line: the earlier one must say it. So
        // does a fiscal year (「令和3年度と4年度は何本」 after the target 「令和3年度から令和7年度にかけて」).
        // A year is a date, not a topic the part adds: it is read from the part's own words.
        const dated = [...new Set([...asked, ...part.ownFocus])].filter(
          (phrase) => MONTH_OF_YEAR.test(phrase) || FISCAL_YEAR_PHRASE.test(phrase),
        );
        const said = (phrase: string) => saysIn(earlierText, phrase);
        // 「施行された年も」 after 「いつ成立した」: the earlier date is of another event unless its line says this one.
        const eventSaid =
          part.askedType !== "date" || event.length === 0 || event.some((word) => earlierText.includes(word));
        // "…published, and is it binding on companies?": a yes/no part asks whether something holds of its topic
        // (binding: 義務, 拘束). An earlier excerpt that names the topic (企業) but says none of that does not answer it.
        const holdsWords = terms.filter(
          ({ term, earlierPart }) =>
            !earlierPart &&
            !part.focus.some((phrase) => [phrase, ...synonyms(phrase)].some((word) => word.includes(term))),
        );
        const holdsSaid =
          part.askedType !== "yes-no" ||
          holdsWords.length === 0 ||
          holdsWords.some(({ term }) => earlierText.includes(foldForMatch(term)));
        // 「いつから施行されていて、どういう仕組みなんですか」: a line that only dates the other part's event (「24年5月から
        // 施行」) does not describe the thing; the part needs its own lines.
        // (A title over it, 「④ 特許出願非公開」, names the thing and says nothing of it.)
        const onOthersEvent = (line: string) => othersEventWords.some((word) => foldForMatch(line).includes(word));
        const stated = earlierLines.filter((line) => onOthersEvent(line) || /[。、]/u.test(line));
        const datesOnly = othersEventWords.length > 0 && stated.length > 0 && stated.every(onOthersEvent);
        // 「また、どんな場面を対象に」 asks what the guide's chapters take up, which an earlier line about the guide
        // does not list, though it names the guide.
        const contentsAsked = asksContents(foldForMatch(part.text), foldForMatch(question));
        // 「…いつで、柱になっている制度は何」: a date line under 「…の4つの柱」 names the pillars without listing them.
        const countedOnly = countsWithoutItems(earlierLines, asked);
        // "…, and which ones does it name?" after a definition that gives examples (「例えば、文化保護、…等…を総称して」):
        // examples are not the ones the document names; the part gets its own excerpt.
        const examplesOnly =
          part.askedType === "list" && earlierLines.length > 0 && earlierLines.every((line) => EXAMPLES.test(line));
        if (
          earlier >= 0 &&
          eventSaid &&
          !datesOnly &&
          !countedOnly &&
          !examplesOnly &&
          !contentsAsked &&
          asked.some(said) &&
          dated.every((phrase) => earlierText.includes(foldForMatch(phrase)))
        ) {
          // Its own search may find nothing the earlier excerpt does not show (the documents say it in other words):
          // then the earlier excerpt still answers it.
          if (!holdsSaid) coveredUnlessFound.set(part, earlier);
          else {
            // "…, and is it binding?" answered by the earlier lines: its yes or no is read from them (in English, where
            // it is said beside the part's words).
            const asking =
              part.askedType === "yes-no" && analysis.lang === "en" ? verdictAsked(part.text, []) : undefined;
            const lines = results[earlier]?.excerpt?.spans.flatMap((span) => span.lines) ?? [];
            const verdict = asking ? verdictIn(lines, terms, asking) : undefined;
            results.push({ part, coveredBy: earlier, ...(verdict ? { verdict } : {}) });
            return;
          }
        }
        if (
          earlier >= 0 &&
          FIGURE_TYPES.has(part.askedType) &&
          dated.every((phrase) => earlierText.includes(foldForMatch(phrase)))
        )
          carrier = { at: earlier, asked };
      }
      // 「いつ成立して、いつ施行」: the event another part asks the date of (施行) is no topic of this part's.
      const othersEvents = analysis.parts
        .filter((other) => other !== part)
        .flatMap((other) => other.events ?? [])
        .filter((other) => !(part.events ?? []).includes(other));
      const focus = topicPhrases([...part.focus, ...analysis.focus.filter((phrase) => !othersEvents.includes(phrase))]);
      // A value must be about what the question asks, not about the asker's aside (「前に見た資料だと11物資だった気が
      // するんですが。」): the aside's words still pick the passage, but are no topic the figure must name.
      // "Japan's clarified rules": Japan's own, which its government's documents need not say, not a topic of the value.
      const ownedByJapan = analysis.lang === "en" && JAPANS.test(part.text);
      const valueFocus = topicPhrases([
        ...(part.elliptical ? part.ownFocus : part.focus),
        ...analysis.parts
          .filter((other) => other === part || !isAside(other.text))
          .flatMap((other) => other.ownFocus)
          .filter((phrase) => !othersEvents.includes(phrase)),
      ])
        .filter((phrase) => !(ownedByJapan && phrase === "日本"))
        // 「…活用法（セキュリティ・クリアランスの法律）はいつできて」: the value's line names the law, not its gloss.
        .filter((phrase) => !saidOnlyInGloss(normalizedQuestion, phrase))
        // "According to the GRIPS lecture, when was …": the lecture says where to read, not what the value is of. A
        // name from it the documents write may still be said beside the value.
        .filter((phrase) => !framed(phrase) || index.writes(phrase));
      // A later part searches on its own words (the rest of the question weighing less): its answer may be elsewhere.
      // The first part reads the document the question names by date, when one was retrieved.
      // The state as of a month (「2024年2月の時点では」) is what one document of that month gives: every part reads it,
      // unless the question asks for the newest state too. A document named as such (「2024年2月の資料では」) is read
      // first by the first part only: a later part may ask what another document says.
      const namedOne = query.sourceDates.length === 1 && namesStateAsOf(question) && !asksCurrent(question);
      const candidates =
        at === 0
          ? newestFirst(fromNamedSources(passages, query.sourceDates), question)
          : fromNamedSources(
              laterCandidates(withContext(analyzedPart(part), query)),
              namedOne ? query.sourceDates : [],
            );
      // A part with no topic of its own is about what the question names (「みなし輸出」 in the sentence before).
      // 「3つのP」, "the 3 Ps": the set the question counts is named as it is, like a quoted name.
      const naming = part.elliptical ? question : part.text;
      const quoted = [...new Set([...quotedNames(naming), ...countedLetters(naming).map(foldForMatch)])];
      // An English question's topic phrases are its translated words glued together (研究予算), not the documents'
      // names: their pieces stay words of the question.
      // 「補助金以外に」「テルビウムとジスプロシウム以外の5種」: what the asker sets aside, for the excerpt and the check.
      const setAside = setAsideOf(part.text);
      const partLabels = namedLabels(part.text);
      const verdictAsking =
        part.askedType === "yes-no" ? verdictAsked(part.text, analysis.lang === "ja" ? focus : []) : undefined;
      const options: ExcerptOptions = {
        // In English, the names the lexicon could not translate (MPIA, NSG) are the Latin phrases of the focus.
        names:
          analysis.lang === "ja"
            ? [...latinNames(part.text), ...quoted]
            : [
                ...part.focus.filter((phrase) => /^[a-z][a-z0-9&.-]{2,}$/u.test(phrase)),
                ...bracketedJapanese(part.elliptical ? question : part.text),
              ],
        // A meeting or an edition (第6回, 第2版) may be named only on an earlier slide; a chapter or case heads its own.
        // A month of a year the part is about (「2025年2月に追加された」) is said on the line that answers it.
        editions: partLabels.filter((label) => /^第\d+[版回]$/u.test(label)),
        labels: [
          ...partLabels.filter((label) => /^(第\d+[章条節項号]|事例\d+)$/u.test(label)),
          ...part.focus.filter((phrase) => MONTH_OF_YEAR.test(phrase)).map(foldForMatch),
        ],
        quoted,
        askedType: part.askedType,
        ...(verdictAsking ? { verdict: verdictAsking } : {}),
        ...(part.subject
          ? { subject: part.subject.flatMap((name) => [name, ...synonyms(name)]).map(foldForMatch) }
          : {}),
        ...(part.actedOn
          ? { actedOn: part.actedOn.flatMap((name) => [name, ...synonyms(name)]).map(foldForMatch) }
          : {}),
        valueKind,
        // Requests are written as requests (「…してほしい」), not named: a slide of them ranks below the slides that say
        // the question's other words (官民の戦略的対話), so more passages are read for them.
        ...(valueKind === "requests" ? { depth: RETRIEVE_LIMIT } : {}),
        listSize: statedItemCount(part.text),
        countsItems: countsItems(part.text),
        ...(part.askedType === "count" && COUNTS_TIMES.test(part.text) && event.length > 0
          ? { countedEvent: event }
          : {}),
        ...(event.length > 0 ? { event } : {}),
        wantsAll: asksEveryItem(part.text),
        asksConcern: asksAboutConcerns(part.text),
        datedBy: entryMonths(part.text),
        partFocus: topicPhrases(part.ownFocus.length > 0 ? part.ownFocus : part.focus),
        asksRemarks,
        terms,
        focus,
        valueFocus,
        besides: setAside,
        // 「成立はいつ」: the event asked is an act too; whether a dated line is of it is the event's check.
        actions: focus.filter(
          (phrase) => namesAction(phrase, this.options.corpus.tokenizer) || event.includes(foldForMatch(phrase)),
        ),
        stated: statedAmounts(question),
        ...(part.askedNoun ? { itemsOf: [foldForMatch(part.askedNoun)] } : {}),
        ...(part.joined ? { joined: part.joined.map(foldForMatch) } : {}),
        asksWhatFollowed: WHAT_FOLLOWED.test(part.text),
        asksAdded,
        question: foldForMatch(question),
        variantsOf: (phrase) => synonyms(phrase).map(foldForMatch),
        onlyPart: asksOneThing,
        laterPart: at > 0,
        ...(single ? {} : { partQuestion: foldForMatch(part.text) }),
        wordsOf: (phrase) => phraseWords.get(phrase) ?? [],
        ...shared,
        shown,
      };
      const shallow = bestExcerpt(candidates, options);
      // 「WTOの加盟って何か国？」: the passage with the figure may rank below five that share the question's words
      // without it. It answers when it is as much on the question as the excerpt that has no figure. An English
      // question's topic is glossed word by word, too loosely to tell a lower passage's figure (287 entities
      // sanctioned) from the one asked (how many manufacturers were surveyed): it stays with the top five.
      const deeper =
        shallow &&
        !shallow.carries &&
        analysis.lang === "ja" &&
        NUMERIC_TYPES.has(part.askedType) &&
        options.depth === undefined
          ? bestExcerpt(candidates, { ...options, depth: RETRIEVE_LIMIT })
          : undefined;
      const found = shallow && deeper?.carries && deeper.coverage >= shallow.coverage ? deeper : shallow;
      const foundLines = found?.spans.flatMap((span) => span.lines) ?? [];
      // 「新しく追加された物資は何」 answered by a line that never says 追加 names other things.
      const act = ["definition", "list"].includes(part.askedType) ? definingEvent(part.text) : undefined;
      const actUnsaid =
        act !== undefined &&
        found !== undefined &&
        !eventWords(act).some((word) =>
          foldForMatch(
            `${foundLines.join("\n")}\n${found.spans.map((span) => span.chunk.sectionPath.join(" ")).join("\n")}`,
          ).includes(foldForMatch(word)),
        );
      // 「来年さらに引き下げられる見込みですか」 answered by today's rate (「日本については15%」) is not answered.
      const prospectUnanswered =
        asksProspect(part.text) &&
        statesOnly(foundLines) &&
        (["yes-no", "definition", "list", "amount", "count"].includes(part.askedType) ||
          (part.askedType === "date" &&
            datesAllBefore(
              foundLines,
              found?.spans.map((span) => span.chunk.date).find((date) => date !== undefined),
            )));
      // 「どこまで共有してよいとされていますか」 answered by a call for that to be made clear is not answered.
      const ruleUnstated = asksRule(part.text) && callsForClarityOnly(foundLines, part.focus);
      // 「…ってなに？」 answered by a line that is only the term, or only the question's words, says nothing of what it is.
      const termOnly =
        part.askedType === "definition" &&
        valueKind === undefined &&
        // A title over the lines (「① サプライチェーン強靱化」) is shown as where they are, not as what they say.
        namesTermOnly(
          foundLines.filter((line, at) => !headsItems(line, foundLines.slice(at + 1))),
          part.focus,
          part.text,
        );
      // 「結局達成できたんですか」 answered by a plan (「回復に向けて全力で取り組む」), or 「最終的にどの機関が選ばれた」 by
      // the requirements a body must meet, is not answered.
      const outcomeUnreported =
        asksOutcome(part.text) &&
        (plansOnly(foundLines) || (["definition", "list"].includes(part.askedType) && reportsNothingDone(foundLines)));
      // 「テルビウムとジスプロシウム以外の5種は」 answered by the line that names only those two is not answered.
      const nothingBeyond =
        ["definition", "list"].includes(part.askedType) && !namesBeyondSetAside(foundLines, setAside, question);
      const excerpt =
        found && (outcomeUnreported || prospectUnanswered || ruleUnstated || actUnsaid || termOnly || nothingBeyond)
          ? { ...found, carries: false }
          : found;
      // 「何物資が指定されていて、支援の総額は」: the earlier line (12物資指定、総額約2.4兆円) gives the amount without
      // saying 支援. Another item of the same slide that does not say it either (② 先端技術育成 50の重要技術、
      // 総額5000億円) is no better an answer, only another topic's figure.
      const carrierChunks = new Set(carrier && results[carrier.at]?.excerpt?.spans.map((span) => span.chunk.chunkId));
      if (carrier && excerpt?.carries && excerpt.spans.every((span) => carrierChunks.has(span.chunk.chunkId))) {
        const foundText = foldForMatch(
          `${foundLines.join("\n")}\n${excerpt.spans.map((span) => span.chunk.sectionPath.join(" ")).join("\n")}`,
        );
        if (!carrier.asked.some((phrase) => saysIn(foundText, phrase))) {
          results.push({ part, coveredBy: carrier.at });
          return;
        }
      }
      const textOf = (shownExcerpt: Excerpt) =>
        foldForMatch(
          shownExcerpt.spans
            .flatMap((span) => [...span.lines, span.chunk.sectionPath.at(-1) ?? span.chunk.title])
            .join("\n"),
        );
      // 「第5回の会議、開催日時と会場どこだった？リモート参加もできた？」: a later part's passage that says none of what
      // the part adds (リモート参加) is as loose a find as an elliptical part's: it answers the part only if it names
      // the question's topic.
      // An English phrase is the glossary's words glued together (日本車両 for "Japanese cars"): one of its words said
      // is enough to keep the find.
      const addedTopic = topicPhrases(added);
      const saysAdded = (text: string) =>
        addedTopic.some(
          (phrase) => saysIn(text, phrase) || (phraseWords.get(phrase) ?? []).some((word) => saysIn(text, word)),
        );
      const firstShown = results.findIndex(({ excerpt: other }) => other !== undefined);
      const excerptText = excerpt && textOf(excerpt);
      const strays = excerptText !== undefined && firstShown >= 0 && !saysAdded(excerptText);
      // 「「非貿易的関心事項」ってどういう意味で、具体的にはどんなテーマが」: a part with no topic of its own is about the
      // first part's. A passage found on its own words (重点テーマの設定) that names none of that topic answers
      // another question; the earlier excerpt, which names it, is the answer.
      // "What is the MPIA, and is the United States part of it?": a yes/no part that points back asks about the first
      // part's topic too; a passage on its own words (米国) that names none of that topic is about something else.
      // "…what concern did a member raise, and what did they propose instead?": a part that points back and adds at most
      // one word (提案) asks about the earlier part's topic, as such a yes/no part does. A figure ("how much support
      // backs it?") is held to its topic by the value check.
      const asksOfEarlier =
        part.refersBack &&
        (part.askedType === "yes-no" || (part.ownFocus.length <= 1 && !NUMERIC_TYPES.has(part.askedType)));
      const topicEarlier = at > 0 && (part.elliptical || strays || asksOfEarlier) ? firstShown : -1;
      if (topicEarlier >= 0 && excerpt && excerptText !== undefined) {
        // "When and where was the 5th meeting held, and …": a bare first part ("When") leaves the topic to the next.
        const topicPart =
          analysis.parts.slice(0, at).find((earlier) => earlier.ownFocus.length > 0) ?? analysis.parts[0]!;
        const topic = topicPhrases(topicPart.ownFocus).filter((phrase) => nounClassOf(phrase) === "none");
        const names = (text: string) => topic.some((phrase) => saysIn(text, phrase));
        const earlierExcerpt = results[topicEarlier]!.excerpt!;
        // A date or a figure the earlier excerpt does not give is still to be found (「いつから？」 after 「どういう人？」).
        // So is a name, a place or a form the part asks for (「担当者の名前」), when its excerpt is only a stray find.
        const earlierGives =
          (!NUMERIC_TYPES.has(part.askedType) && (valueKind === undefined || part.elliptical)) ||
          carriesValue(
            part.askedType,
            earlierExcerpt.spans.flatMap((span) => span.lines),
            valueKind,
          );
        // A later part's excerpt quotes only what it asks (⑩ 法令違反したときは…): the rest of the same list, in the
        // passage beside the earlier excerpt's, says whose it is (⑦ 輸出管理の責任者…).
        // A title alone (「25年6月以降の米中の国境措置の動向」) is no item of that list.
        const beside = excerpt.spans.filter(
          (span) =>
            span.lines.some((line) => STATEMENT.test(line)) &&
            earlierExcerpt.spans.some(
              (earlier) =>
                earlier.chunk.docId === span.chunk.docId && Math.abs(earlier.chunk.ordinal - span.chunk.ordinal) <= 1,
            ),
        );
        const besideText = foldForMatch(beside.map((span) => span.chunk.text).join("\n"));
        if (topic.length > 0 && !names(excerptText) && !names(besideText) && names(textOf(earlierExcerpt))) {
          if (earlierGives) {
            results.push({ part, coveredBy: topicEarlier, ...(part.elliptical ? {} : { strayFind: excerpt }) });
            return;
          }
          // What the part asks (a name, a date) is in neither: the stray find is not shown as its answer.
          if (!part.elliptical && !excerpt.carries) {
            results.push({ part, strayFind: excerpt });
            return;
          }
        }
      }
      // What an earlier part's excerpt already shows is not shown again: the rest of the excerpt, or nothing.
      const fresh = excerpt && withoutShown(excerpt, shown);
      if (excerpt && !fresh) {
        const earlier = results.findIndex(({ excerpt: other }) => other !== undefined);
        results.push(excerpt.carries && earlier >= 0 ? { part, coveredBy: earlier } : { part });
        return;
      }
      if (fresh) for (const span of fresh.spans) for (const line of span.lines) shown.add(foldForMatch(line));
      const verdict =
        fresh && verdictAsking
          ? verdictIn(
              fresh.spans.flatMap((span) => span.lines),
              terms,
              verdictAsking,
            )
          : undefined;
      results.push({ part, excerpt: fresh, ...(verdict ? { verdict } : {}) });
      if (at === 0) first = { part, options };
    });
    for (const result of results) {
      const covering = coveredUnlessFound.get(result.part);
      if (covering !== undefined && result.excerpt === undefined && result.coveredBy === undefined)
        result.coveredBy = covering;
    }
    // 「2024年2月の資料と2025年12月の資料でそれぞれいくつ」: each document named by date answers for itself. So does the
    // newest document beside the one named, when the question asks for the latest and whether it changed since then
    // (「最新の資料で確認したい。2024年2月の資料のときから変わってますか」).
    const months = comparedWithLatest(question, query.sourceDates, index.chunks);
    if (first && months.length >= 2)
      for (const month of months) {
        // A later part that asks no figure ("Did the number change?") may quote another line of that document
        // (必要な数量のドローン): that is not its figure. A part asking one (「2025年12月の資料での指定分野数も」) is.
        const shownFrom = results.some(
          ({ part, excerpt }) =>
            (part === first?.part || FIGURE_TYPES.has(part.askedType) || part.askedType === "date") &&
            excerpt?.spans.some((span) => span.chunk.date?.startsWith(month)),
        );
        if (shownFrom) continue;
        // The first part searched the question's own passages; when they all came from other months, the document of
        // this month is searched on its own for the figure asked.
        const fromMonth = passages.filter(({ chunk }) => chunk.date?.startsWith(month));
        // Only for a figure: a search for 「それぞれ何て書いてありますか」 alone finds any line of that document.
        const searched = fromMonth.length === 0 && FIGURE_TYPES.has(first.part.askedType);
        const docIds = searched
          ? [...new Set(index.chunks.filter(({ date }) => date?.startsWith(month)).map(({ docId }) => docId))]
          : [];
        const own = docIds.length > 0 ? index.searchAnalyzed(query, { ...filter, docIds }, RETRIEVE_LIMIT) : fromMonth;
        if (own.length === 0) continue;
        // Its options already hold `shown`, the lines quoted so far.
        const found = bestExcerpt(own, first.options);
        const more = found && withoutShown(found, shown);
        // That document's own figure (12物資指定), beside the one already quoted: the part is answered by the first.
        const lines = more?.spans.flatMap((span) => span.lines) ?? [];
        if (!more || !carriesValue(first.part.askedType, lines, first.options.valueKind)) continue;
        for (const line of lines) shown.add(foldForMatch(line));
        // Read beside the first document's figure, before what later parts quote.
        const after = results.findLastIndex(({ part }) => part === first?.part);
        results.splice(after + 1, 0, { part: first.part, excerpt: more, coveredBy: 0 });
      }
    return results;
  }

  /** Folded text of the top passages and of everything excerpted (with headings and titles). */
  private evidenceText(passages: Passage[], excerpts: Excerpt[]): string {
    const chunks = [
      ...passages.slice(0, 3).map(({ chunk }) => chunk),
      ...excerpts.flatMap((excerpt) => excerpt.spans.map((span) => span.chunk)),
    ];
    return foldedChunks(chunks);
  }

  /**
   * The cited chunks, and the chunk before each when the section runs on from it (the slide's lead-in names the
   * country: 「米国を中心とした…」 then 「第二次トランプ政権下での関税措置」).
   */
  private quotedContext(index: LexicalSearchIndex, excerpts: Excerpt[]): string {
    const facts = this.corpusFacts(index);
    const chunks = excerpts.flatMap((excerpt) => excerpt.spans.map((span) => span.chunk));
    const before = chunks.flatMap((chunk) => facts.byPosition.get(`${chunk.docId}#${chunk.ordinal - 1}`) ?? []);
    const dates = [...new Set(chunks.flatMap((chunk) => (chunk.date ? [chunk.date] : [])))];
    return `${foldedChunks([...chunks, ...before])}\n${dates.join("\n")}`;
  }

  /** The question's subject is not in the evidence: a named case or edition, a place, or most of its focus. */
  private outOfCorpus(
    index: LexicalSearchIndex,
    question: string,
    query: AnalyzedQuery,
    analysis: QuestionAnalysis,
    evidence: string,
    shown: Excerpt[],
  ): boolean {
    const quoted = this.quotedContext(index, shown);
    const requirements = answerRequirements(question);
    if (requirements.some((requirement) => requirement.name.startsWith("label:") && !requirement.isMet(evidence)))
      return true;
    if (namesAbsentMinutes(question, index.chunks)) return true;
    // 「Rapidusへの政府支援」「GDPRの制裁金」: a name the Japanese question spells in Latin letters that the documents
    // never write is a topic they do not cover.
    const focusPhrases = [...analysis.focus, ...analysis.parts.flatMap((part) => part.focus)];
    const names =
      analysis.lang === "ja"
        ? [...latinNames(question), ...latinCompounds(question)]
        : untranslatedAcronyms(question, focusPhrases);
    // The body that issued a document (「GRIPSの講義資料」) is where to read, not a topic.
    const { sources } = this.corpusFacts(index);
    if (names.some((name) => !index.writes(name) && !sources?.isIssuer(name))) return true;
    // 「…2026年4月から全面禁止すると決めたとありますが」: a premise dated by a month no document writes, or stating an end
    // of a thing (a ban, an abolition) the passages read do not say, is not the documents' to confirm.
    const premise = premiseOf(question);
    if (
      premise !== undefined &&
      (statedMonths(premise).some((forms) => !forms.some((form) => index.writes(form))) ||
        statedChanges(premise).some((forms) => !forms.some((form) => evidence.includes(foldForMatch(form)))))
    )
      return true;
    if (
      analysis.lang === "ja" &&
      unwrittenLaws(
        focusPhrases,
        (name) => index.writes(name),
        (name) => index.synonymsOf(name),
      ).length > 0
    )
      return true;
    // 「非上場会社の株式を取得する場合の閾値」: documents that never write 非上場 speak only of listed companies.
    if ((analysis.negated ?? []).some((stem) => !index.writes(stem))) return true;
    // A year or a figure the point is tied to is read in what is quoted (and its documents' dates), not in any top passage.
    if (
      requirements.some(
        (requirement) => /^(year|fiscal|ordinal|day|figure):/u.test(requirement.name) && !requirement.isMet(quoted),
      )
    )
      return true;
    // Where the asker is (「for our board in Tokyo」「当社の東京本社」) is not what the question is about.
    const placesAsked = question
      .normalize("NFKC")
      .replace(SCENE_CLAUSE_EN, "")
      .replace(ASKER_PLACE_EN, " ")
      .replace(ASKER_PLACE_JA, " ");
    const placeText =
      placesAsked === question.normalize("NFKC") ? query.searchText : index.analyze(placesAsked).searchText;
    const places = index.properNouns(placeText, "地域").filter(
      (name) =>
        name !== "日本" &&
        name.length > 1 &&
        // The tagger reads a word as a place only beside another (産品 after 海外製): alone it must still be one.
        index.properNouns(name, "地域").includes(name) &&
        !qualifiesQuotedName(name, analysis.focus, quoted) &&
        !(analysis.lang === "ja" && onlyInsideEvent(name, analysis.focus)),
    );
    // The tagger knows no Latin region: the EU, typed as such, is a place too.
    if (/(?<![A-Za-z])EU(?![A-Za-z])/u.test(placesAsked)) places.push("EU");
    // Japan goes without saying, unless the question sets it against another place its background names (「NATOは5%
    // とのことですが、日本の目標は」, "China put 7 billion yuan in. What is the Japanese figure?"): then the quoted lines
    // must be Japan's, and the other place, which the asker already has, need not be quoted.
    const [background, asking] = splitBackground(placesAsked);
    const placesIn = (text: string) => index.properNouns(index.analyze(text).searchText, "地域");
    const askedPlaces = background === undefined ? [] : placesIn(asking);
    const contrasted =
      background !== undefined &&
      askedPlaces.includes("日本") &&
      (placesIn(background).some((name) => name !== "日本") || FOREIGN_BODY.test(background));
    if (contrasted && !JAPAN_WORDS.test(shownWithTitles(shown))) return true;
    const required = contrasted ? places.filter((name) => askedPlaces.includes(name)) : places;
    // A place the question names must be in what is quoted: 台湾's list is not answered by a line on the US one.
    if (namedEntitiesMissing(required, quoted, (name) => index.synonymsOf(name)).length > 0) return true;
    // The asked parts' topics, not the asker's background (「優秀なエンジニアがライバル会社に移ろうとしてます」).
    const asked = [...new Set(analysis.parts.flatMap((part) => (part.refersBack ? analysis.focus : part.focus)))];
    const found = focusFoundInWords(
      asked,
      (phrase) => analysis.phraseWords?.[phrase],
      evidence,
      synonymsFor(index, analysis),
    );
    return found < (this.options.minFocus ?? DEFAULT_MIN_FOCUS);
  }

  /** Parts whose excerpt does not carry a value of the asked type, and typed requirements the evidence lacks. */
  private missingParts(
    index: LexicalSearchIndex,
    question: string,
    excerpts: { part: QuestionPart; excerpt?: Excerpt; coveredBy?: number }[],
  ): { part: QuestionPart; focus: string; unconfirmed?: "quoted" | "cited" }[] {
    const missing = excerpts
      .filter(({ excerpt, coveredBy }) => coveredBy === undefined && !excerpt?.carries)
      .map(({ part, excerpt }) => ({
        part,
        focus: focusLabel(part, question),
        ...(excerpt ? { unconfirmed: this.valueInCited(part, excerpt, statedAmounts(question)) } : {}),
      }));
    if (missing.length > 0) return missing;
    // Dates, counts and amounts are checked on the excerpt above; a contact or a penalty has no asked type of its own.
    // Checked on what the answer shows, not on everything retrieved: a penalty elsewhere is not this one.
    const shownLines = excerpts.flatMap(({ excerpt }) => excerpt?.spans.flatMap((span) => span.lines) ?? []).join("\n");
    const shownText = foldForMatch(shownLines);
    // 「どの国が選ばれたのか」 is not answered by the criteria countries were chosen by: the lines must name one.
    const countriesPart = excerpts.find(({ part }) => ASKS_COUNTRIES.test(part.text.normalize("NFKC")));
    if (
      countriesPart &&
      countriesBeyondQuestion(index.properNouns(shownLines, "地域"), question, countriesPart.part.focus, shownLines)
        .length === 0
    )
      return [{ part: countriesPart.part, focus: focusLabel(countriesPart.part, question) }];
    const editionPart = excerpts.find(({ part }) => ASKS_FINAL_EDITION.test(part.text.normalize("NFKC")));
    if (editionPart) {
      const headings = excerpts.flatMap(
        ({ excerpt }) => excerpt?.spans.flatMap((span) => span.chunk.sectionPath) ?? [],
      );
      if (!FINAL_EDITION.test(`${shownLines}\n${headings.join("\n")}`))
        return [{ part: editionPart.part, focus: focusLabel(editionPart.part, question) }];
    }
    const unmet = answerRequirements(question).find(
      (requirement) =>
        ["contact", "penalty", "breakdown", "per-unit", "filings"].includes(requirement.name) &&
        !requirement.isMet(shownText),
    );
    if (!unmet) return [];
    // The part that asks it (「これって罰則があるの？」 after 「いつ出ました？」), not the first.
    const part =
      excerpts.find(({ part: asking }) =>
        answerRequirements(asking.text).some((requirement) => requirement.name === unmet.name),
      )?.part ?? excerpts[0]!.part;
    return [{ part, focus: focusLabel(part, question) }];
  }

  /**
   * The cited passages hold a value of the asked kind that the check could not tie to the topic: the answer
   * says it could not confirm the point, not that the documents lack it (the citation may show it).
   */
  private valueInCited(part: QuestionPart, excerpt: Excerpt, stated: string[]): "quoted" | "cited" | undefined {
    const kind = askedValueKind(part.askedType, part.text);
    if (!NUMERIC_TYPES.has(part.askedType) && kind === undefined) return undefined;
    // The asker's own figure (「2030年100兆円の目標に対して」) quoted back is no figure of the passage's.
    const own = (lines: string[]) => withoutStatedFigures(part.askedType, lines, stated);
    if (carriesValue(part.askedType, own(excerpt.spans.flatMap((span) => span.lines)), kind)) return "quoted";
    // The passage as an excerpt reads it: without the document's own date under its title, which the citation gives.
    const cited = excerpt.spans.flatMap((span) => passageLines(span.chunk, () => false).map((line) => line.text));
    return carriesValue(part.askedType, own(cited), kind) ? "cited" : undefined;
  }

  private missingList(missing: { part: QuestionPart }[]): MissingPart[] {
    return missing.map(({ part }) => ({ part: part.text, askedType: part.askedType }));
  }

  /** An older version is searched only when the question names it. */
  private filterFor(
    index: LexicalSearchIndex,
    question: string,
    filter: RetrievalFilter | undefined,
  ): RetrievalFilter | undefined {
    if (filter?.includeSuperseded) return filter;
    const folded = foldForMatch(question);
    const namesOld = index.supersededNames().some((name) => folded.includes(name));
    return namesOld ? { ...filter, includeSuperseded: true } : filter;
  }

  /** `question` picks the desk an own-case question is sent to, and whether the antitrust note goes with it. */
  private abstain(reason: AbstainReason, lang: Language, passages: Passage[], question = ""): Fields {
    const ownCase = reason === "legal-judgement";
    return {
      resolved: false,
      answer: ownCase ? legalJudgementMessage(question, lang) : ABSTAIN_MESSAGES[reason][lang],
      citations: [],
      retrieved: this.retrieved(passages),
      reason,
      notes: ownCase && ANTITRUST_PATTERN.test(question) ? [ANTITRUST_NOTE[lang]] : [],
      topics: topicsOf(passages),
    };
  }

  private retrieved(passages: Passage[]) {
    return passages.slice(0, RETRIEVE_LIMIT).map(({ chunk, score }) => ({
      docId: chunk.docId,
      chunkId: chunk.chunkId,
      text: chunk.text,
      score: Math.round(score * 1000) / 1000,
    }));
  }
}

/**
 * Whether a phrase is said only in the document the question names as its source (「GRIPSの講義では」, "according to
 * the GRIPS lecture"): every search term of it is the frame's and none is the rest of the question's.
 */
function saidOnlyInFrame(index: LexicalSearchIndex, question: string): (phrase: string) => boolean {
  // Only a lecture's: a law or a guideline the question names is often what it asks about.
  const frame = lectureFrame(question);
  if (!frame) return () => false;
  const termsOf = (text: string) => {
    const analyzed = index.analyze(text);
    return new Set([...analyzed.words].map(({ term }) => term));
  };
  const inFrame = termsOf(frame);
  const rest = termsOf(question.replace(frame, " "));
  return (phrase) => {
    const terms = [...termsOf(phrase)];
    return terms.length > 0 && terms.every((term) => inFrame.has(term) && !rest.has(term));
  };
}
