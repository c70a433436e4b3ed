import { foldForMatch } from "../retrieve/fold.ts";
import type { AskedType, Chunk, Citation, Language } from "../types.ts";
import { asksBreakdown } from "./answer-requirements.ts";
import { PARTIAL_TEXTS } from "./answer-texts.ts";
import type { AsksAbout } from "./asked-names.ts";
import { ASKED_LABELS, askedValueKind, KIND_LABELS } from "./asked-values.ts";
import { toCitation } from "./citations.ts";
import { displayLines, displaySpan, ownBracketed, withoutDanglingEnd } from "./display-lines.ts";
import { englishFigures } from "./english-figures.ts";
import { englishFrame, englishTerms, questionTerms, sectionPlace } from "./english-framing.ts";
import { englishItems } from "./english-items.ts";
import type { ReadSentence } from "./english-reading.ts";
import { eraNote } from "./era-note.ts";
import type { Excerpt, ExcerptSpan } from "./excerpt.ts";
import { japaneseLead, japaneseSource } from "./japanese-lead.ts";
import { type HeadedCell, headedRows, shortColumn } from "./table-rows.ts";
import type { Verdict } from "./yes-no-verdict.ts";

const BREAKDOWN_LABEL: Record<Language, string> = { ja: "内訳", en: "the breakdown" };

/**
 * The missing point named by the kind of value asked when the question says (期限, 提出先, 内訳), else by its type.
 */
function labelOf(askedType: AskedType, part: string): Record<Language, string> {
  if (asksBreakdown(part)) return BREAKDOWN_LABEL;
  const kind = askedValueKind(askedType, part);
  return kind ? KIND_LABELS[kind] : ASKED_LABELS[askedType];
}

export interface RenderedAnswer {
  answer: string;
  citations: Citation[];
}

/**
 * Each span's lines with a table's rows read against their header row, which may be in the span, earlier in its
 * chunk or in an earlier span; a header row whose every column now names its value is not shown again.
 */
function tableSpans(
  excerpts: readonly Excerpt[],
  asks?: AsksAbout,
): {
  lines: Map<ExcerptSpan, string[]>;
  cells: Map<string, HeadedCell[]>;
} {
  const spans = excerpts.flatMap((excerpt) => excerpt.spans);
  const headers = new Set<string>();
  const cells = new Map<string, HeadedCell[]>();
  const read = spans.map((span, at) => {
    const text = span.chunk.text.split("\n");
    const first = foldForMatch(span.lines[0] ?? "");
    const start = text.findIndex((line) => foldForMatch(line) === first);
    const earlier = spans.slice(0, at).flatMap((other) => other.chunk.text.split("\n"));
    const rows = headedRows(span.lines, [...earlier, ...text.slice(0, Math.max(0, start))], asks);
    for (const header of rows.headers) headers.add(header);
    for (const [line, row] of rows.cells) cells.set(line, row);
    return rows.lines;
  });
  const lines = new Map(
    spans.map((span, at) => {
      const kept = read[at]!.filter((line) => !headers.has(line));
      return [span, kept.length > 0 ? kept : read[at]!];
    }),
  );
  return { lines, cells };
}

/** Excerpt lines, each followed by the [n] of the passage it is copied from; English gets a framing sentence per excerpt. */
function renderExcerpts(
  excerpts: Excerpt[],
  lang: Language,
  askedTypes: readonly AskedType[],
  {
    resolved,
    verdict,
    question,
    reading,
    asks,
    laterVerdicts = [],
  }: {
    resolved: boolean;
    verdict?: Verdict;
    laterVerdicts?: readonly LaterVerdict[];
    question: string;
    reading?: EnglishReader | undefined;
    /** The table columns the question names, when it names some: the others are left out of the rows. */
    asks?: AsksAbout | undefined;
  },
): RenderedAnswer {
  const citations: Citation[] = [];
  const numberOf = (chunk: Chunk) => {
    const known = citations.find((citation) => citation.chunkId === chunk.chunkId);
    if (known) return known.n;
    citations.push(toCitation({ chunk }, citations.length + 1));
    return citations.length;
  };
  let framed = "";
  // The yes or no of a yes/no question comes first, with the number of the passage whose line says it.
  const spanSaying = (line: string) =>
    excerpts.flatMap((excerpt) => excerpt.spans).find((span) => span.lines.includes(line));
  const decided = verdict && spanSaying(verdict.line);
  const tabled = tableSpans(excerpts, asks);
  // Lines given in English need no glossary of their terms.
  const readLines = new Set<string>();
  // Whether some Japanese line is followed by its key words in English: a glossary line after the quotes says less.
  let keyWorded = false;
  // The yes or no opens the lead of the excerpt that says it, when that is the first.
  const verdictLeads = lang === "ja" && decided !== undefined && excerpts[0]?.spans.includes(decided);
  const blocks = excerpts.map((excerpt, at) => {
    const shown = excerpt.spans.map((span, spanAt) => {
      const lines = displaySpan(tabled.lines.get(span) ?? span.lines);
      // A title or 「以下のとおり。」 closing the excerpt heads nothing it shows; in a table of contents it is a chapter.
      const closes = spanAt === excerpt.spans.length - 1 && !excerpt.contents;
      return {
        span,
        n: numberOf(span.chunk),
        lines: closes ? withoutDanglingEnd(lines) : lines,
      };
    });
    // A near-equal passage is listed among the sources, not quoted or named in the text: the answer
    // says only what was asked, and the reader still finds the second place the documents say it.
    for (const other of excerpt.alsoSee ?? []) numberOf(other);
    // A second excerpt from the same document is not introduced again, unless it opens with a title of its own.
    const chunk = excerpt.spans[0]!.chunk;
    const fresh = chunk.docId !== framed;
    framed = chunk.docId;
    // The title a quote opens with is read as the quote's place, in the sentence that introduces it.
    const first = shown[0]!;
    const titles = openingTitles(first.lines, first.span.chunk, first.span.lines);
    first.lines = first.lines.slice(titles.length);
    const title = titles.length > 0 ? titles.join("」の「") : undefined;
    if (lang === "ja") {
      const lines = shown.flatMap(({ n, lines }) => lines.map((line) => `${line}[${n}]`));
      const source = fresh ? japaneseSource(chunk) : title !== undefined ? "同じ資料" : undefined;
      const lead = source !== undefined ? japaneseLead(source, first.n, title) : undefined;
      const opened = at === 0 && verdictLeads && verdict ? `${VERDICT_WORDS[verdict.says]}${lead ?? ""}` : lead;
      return { text: [...(opened ? [opened] : []), ...lines].join("\n"), introduced: opened !== undefined };
    }
    // A line the glossaries and the grammar read whole is given in English, its Japanese after it; so is a remark of
    // several sentences most of which they read, the rest marked as left out (…) and given in the Japanese after it.
    // A line's sentences are read once, for the English given first and for the part read beside the Japanese.
    const read = shown.flatMap(({ n, lines }) =>
      lines.map((line) => {
        const whole = reading?.read(line);
        const sentences = whole === undefined && resolved ? reading?.sentences?.(line) : undefined;
        return { line, n, sentences, english: whole ?? mostlyInEnglish(sentences) };
      }),
    );
    for (const { line, english } of read) if (english) readLines.add(line);
    const allRead = read.every(({ english }) => english !== undefined);
    // The quoted items read in English when the glossaries name them all: the answer itself, not only its source.
    // Only the lines still in Japanese: a line read whole already gives its items in English.
    const unread = read.filter(({ english }) => english === undefined).map(({ line }) => line);
    const items = allRead ? undefined : englishItems(unread, reading?.read, { bracketed: askedTypes.includes("list") });
    // Key words help a reader with every line left in Japanese, beside lines read in English too (readers graded a
    // long remark left bare beside one read worse than one glossed). Beside items named in English they are clutter,
    // and so they are in a declined or partial answer, which quotes only where to look.
    const keyWorthy = (line: string) => resolved && items === undefined && !BRACKETED_TITLE.test(line);
    const lines = read.map(({ line, n, sentences, english }) => {
      if (english) return inEnglish(line, english, n);
      const worthy = keyWorthy(line);
      const partly = worthy ? partlyInEnglish(sentences, reading) : undefined;
      if (partly !== undefined) {
        keyWorded = true;
        return `${line}[${n}]\n  (${partly})`;
      }
      const words = worthy ? (reading?.keyWords?.(line, MAX_KEY_WORDS) ?? []) : [];
      if (words.length < MIN_KEY_WORDS) return `${line}[${n}]`;
      keyWorded = true;
      return `${line}[${n}]\n  (key words: ${words.join("; ")})`;
    });
    if (items) lines.push(`In English: ${items.join("; ")}[${first.n}].`);
    const place = titles.length > 0 ? titles.join("」 › 「") : undefined;
    // The section's title in English too, when every title reads whole: the reader learns where the quote stands.
    const titlesRead = titles.map((title) => reading?.read(title));
    const placeEnglish =
      titles.length > 0 && titlesRead.every((title) => title !== undefined) ? titlesRead.join(" › ") : undefined;
    if (placeEnglish !== undefined) for (const title of titles) readLines.add(title);
    const frame = fresh
      ? englishFrame(chunk, place, allRead, placeEnglish)
      : place !== undefined
        ? `Under ${sectionPlace(place, placeEnglish)} in the same document${allRead ? "" : ", quoted in Japanese"}:`
        : undefined;
    return { text: [...(frame ? [frame] : []), ...lines].join("\n"), introduced: frame !== undefined };
  });
  const body = joinedBlocks(blocks);
  // Numbered after the quotes, so a passage keeps the number of its first quoted line.
  const said = verdict && decided && !verdictLeads ? [VERDICT_TEXTS[verdict.says][lang](numberOf(decided.chunk))] : [];
  if (lang === "ja") {
    const era = resolved ? eraNote(question, excerpts[0]?.spans.flatMap((span) => span.lines) ?? []) : undefined;
    return { answer: [...said, body, ...(era ? [era] : [])].join("\n"), citations };
  }
  // An answer leads with the asked figures of its first excerpt read in English, so an English reader gets the
  // values before the Japanese quotes they come from. Another excerpt's figures, and a partial answer's, are read
  // after the quotes: they may not be the ones asked.
  // A passage's line is shown as display lines (its slide marks left out), a title without its brackets
  // (「<今後のスケジュール予定>」 read as the quote's place): it was given in English when they all were.
  const givenInEnglish = (line: string) =>
    displayLines(line).every((shown) =>
      [shown, shown.replace(/^- /u, ""), ownBracketed(shown)].some((form) => form !== undefined && readLines.has(form)),
    );
  const quoted = excerpts
    .flatMap((excerpt) => excerpt.spans.flatMap((span) => span.lines))
    .filter((line) => !givenInEnglish(line))
    .join("\n");
  const seen = new Set<string>();
  const first = resolved ? excerpts.slice(0, 1) : [];
  const rest = resolved ? excerpts.slice(1) : excerpts;
  const askedTerms = questionTerms(question);
  const asked = [...askedTerms.keys()].map(foldForMatch);
  const named = new Map([...askedTerms].map(([term, label]) => [term.normalize("NFKC"), label]));
  const asksWhat = ASKS_WHAT.test(question);
  // The asked figures lead even above a quote read whole in English: paired readers preferred the answer that puts
  // them first (74 of 76 pairs), the value asked before the sentence it stands in.
  const lead = figuresLine(first, askedTypes, numberOf, { leads: true, seen, tabled, asked, named, asksWhat });
  // After the quotes, a figure of a line given in English is already read there: listed again, it is clutter.
  const after = figuresLine(rest, askedTypes, numberOf, {
    leads: false,
    seen,
    tabled,
    asked,
    named,
    asksWhat,
    skip: givenInEnglish,
  });
  const terms = keyWorded ? undefined : englishTerms(quoted, askedTerms, [...seen]);
  // "When was it published, and is it binding?": the later part's yes or no is said in English too, beside its own
  // words, before the quotes, as the first part's is ("Is it binding on companies? No[1].").
  // A later part that asks the first again in other words ("Is it binding? Do companies have to follow it?") is
  // answered by the yes or no already said.
  const laterSaid = laterVerdicts.flatMap(({ asked: part, verdict: later }) => {
    if (verdict && later.line === verdict.line && later.says === verdict.says) return [];
    const span = spanSaying(later.line);
    if (!span) return [];
    const words = part.trim().replace(/[?.]*$/u, "?");
    return [`${words.charAt(0).toUpperCase()}${words.slice(1)} ${VERDICT_TEXTS[later.says].en(numberOf(span.chunk))}`];
  });
  return {
    answer: [
      ...said,
      ...(lead ? [lead] : []),
      ...laterSaid,
      body,
      ...(after ? [after] : []),
      ...(terms ? [terms] : []),
    ].join("\n\n"),
    citations,
  };
}

/**
 * The excerpts' blocks, a blank line before each one its own sentence introduces. A further quote from the same
 * place of the same document goes on under the one before it: set apart by a blank line, it reads as a stray
 * fragment with nothing saying where it comes from.
 */
function joinedBlocks(blocks: readonly { text: string; introduced: boolean }[]): string {
  return blocks.map((block, at) => (at === 0 ? "" : block.introduced ? "\n\n" : "\n") + block.text).join("");
}

/** How an English answer reads its Japanese quotes (`englishReading` and `termWords` with the corpus's tokenizer). */
export interface EnglishReader {
  /** The line in English, or undefined when the glossaries and the grammar cannot read it whole. */
  read: (line: string) => string | undefined;
  /** The glossary's words for the terms a line names, in its order. */
  keyWords?: (line: string, max: number) => string[];
  /** Each sentence of a line of two or more, with its English where it can be read. */
  sentences?: (line: string) => ReadSentence[] | undefined;
}

/**
 * A remark of several sentences most of which read in English (at least half its text): those sentences in English in
 * the line's order, "…" where one is left out; undefined otherwise. The Japanese quoted after it holds the whole.
 */
function mostlyInEnglish(sentences: readonly ReadSentence[] | undefined): string | undefined {
  if (sentences === undefined) return undefined;
  const readLength = sentences.reduce((sum, { text, english }) => sum + (english === undefined ? 0 : text.length), 0);
  const total = sentences.reduce((sum, { text }) => sum + text.length, 0);
  if (readLength === 0 || readLength * 2 < total) return undefined;
  return sentences
    .map(({ english }) => (english === undefined ? "…" : closedSentence(english)))
    .join(" ")
    .replace(/(?:… )+…/gu, "…");
}

/** A sentence's English with its full stop: "…, etc." already ends its sentence. */
function closedSentence(english: string): string {
  return english.endsWith(".") ? english : `${english}.`;
}

/**
 * A remark of several sentences of which some read in English: those sentences in English, in quotes, and the key
 * words of the rest; undefined when none reads.
 */
function partlyInEnglish(
  sentences: readonly ReadSentence[] | undefined,
  reading: EnglishReader | undefined,
): string | undefined {
  if (sentences === undefined || sentences.every(({ english }) => english === undefined)) return undefined;
  const read = sentences.flatMap(({ english }) => (english === undefined ? [] : [`"${closedSentence(english)}"`]));
  const rest = sentences
    .filter(({ english }) => english === undefined)
    .map(({ text }) => text)
    .join("。");
  const words = rest === "" ? [] : (reading?.keyWords?.(rest, MAX_KEY_WORDS) ?? []);
  const restWords = words.length >= MIN_KEY_WORDS ? `; key words of the rest: ${words.join("; ")}` : "";
  return `in English, in part: ${read.join(" ")}${restWords}`;
}

/**
 * A Japanese line an English reader gets with the English of the terms it names: fewer than two say nothing the
 * answer's framing does not, and past a dozen and a half the list is no longer read as the line's gist.
 */
const MIN_KEY_WORDS = 2;
const BRACKETED_TITLE = /^【[^】]+】$/u;
const MAX_KEY_WORDS = 16;

/** 「- 輸出管理制度の見直し」 → "- Review of export control system (「輸出管理制度の見直し」)[1]". */
function inEnglish(line: string, english: string, n: number): string {
  const bullet = line.match(/^- /u)?.[0] ?? "";
  // Rows shown one to a line are quoted on one, set apart as the reading sets them apart.
  return `${bullet}${english} (「${line.slice(bullet.length).replaceAll("\n", " / ")}」)[${n}]`;
}

const VERDICT_WORDS: Record<Verdict["says"], string> = { yes: "はい。", no: "いいえ。" };

const NUMBERED_HEADING = /^(?:[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}\.)\s*[^\s\d、,。．:：]{2,30}$/u;

/**
 * The title a quote opens with, when it is one: set apart as 【title】 over the items under it, or a heading of the
 * passage's own section. A first line that states something (「12物資指定、総額約2.4兆円」) is never taken for one.
 */
function sectionTitle(line: string, chunk: Chunk): string | undefined {
  const bracketed = line.match(/^【(.+)】$/u)?.[1];
  // A title names; a line that runs on with 、 states (「12物資指定、総額約2.4兆円」), though set apart over items.
  if (bracketed !== undefined) return /[、,]/u.test(bracketed) ? undefined : bracketed;
  // A numbered heading over what follows (「③ 人材流出」「① サプライチェーン」) names the part, like a title.
  if (NUMBERED_HEADING.test(line)) return line;
  const folded = foldForMatch(line);
  return chunk.sectionPath.some((heading) => foldForMatch(heading) === folded) ? line : undefined;
}

/** A numbered line: ① …, (1) …, 1. …, 第2章 …, as items of a list or sub-headings are. */
const NUMBERED = /^(?:[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}\.|第\d+[章節])/u;
/** Longer than this, an unpunctuated first line is a sentence the slide left without 。, not a title. */
const MAX_TITLE_CHARS = 45;

/**
 * A short line that names without stating (no 、 or 。, no figure first), lays out no table row (no wide space or tab)
 * and pairs no label with a value.
 */
function namesOnly(line: string): boolean {
  return (
    !line.startsWith("- ") &&
    line.length <= MAX_TITLE_CHARS &&
    !/[、,。．\u3000\t:：]/u.test(line) &&
    // 「① 12物資」 opens with a figure: it states how many, over the sum under it.
    !/^\d/u.test(line.replace(NUMBERED, "").trim())
  );
}

/**
 * The titles a quote opens with, outermost first: a title by `sectionTitle`, or a line that only names, over the
 * lines it heads (「4. 特許出願の非公開「特許出願非公開基本方針」(第5章第65条)」 over its description); then a
 * numbered sub-title under it (「ガイドライン(案)の主な内容④」 over 「(1)自律性確保の取組(一部抜粋)」). A line followed by
 * another that only names and is numbered alike or not at all is one of a run of labels or items (「重要土地等調査法」
 * / 「経済安全保障推進法(令和4年成立)」), not their title. At least one line is left to quote.
 */
function openingTitles(lines: string[], chunk: Chunk, quoted: readonly string[] = []): string[] {
  const [line, next, third] = lines;
  if (line === undefined || next === undefined) return [];
  // 「<第1章が想定する技術流出のケース>」 under 「技術流出対策ガイドンス(第1版)」 is a box's label on the slide, in its own
  // brackets: a sub-title of the line above it, not one of a run of names (which the display brackets as titles).
  const boxed =
    BRACKETED_TITLE.test(next) &&
    !BRACKETED_TITLE.test(line) &&
    quoted.some((raw) => ownBracketed(raw) === next.slice(1, -1));
  const sibling = namesOnly(next) && !boxed && (!NUMBERED.test(next) || NUMBERED.test(line));
  const first = sectionTitle(line, chunk) ?? (namesOnly(line) && !sibling ? line : undefined);
  if (first === undefined) return [];
  const nextTitle = sectionTitle(next, chunk);
  const sub =
    third !== undefined &&
    (nextTitle !== undefined || boxed || (NUMBERED.test(next) && !NUMBERED.test(line) && namesOnly(next)));
  return sub && !(namesOnly(third) && NUMBERED.test(third) && !third.startsWith("- "))
    ? [first, nextTitle ?? (boxed ? next.slice(1, -1) : next)]
    : [first];
}

const VERDICT_TEXTS: Record<Verdict["says"], Record<Language, (n: number) => string>> = {
  yes: { ja: (n) => `はい。資料[${n}]には次のとおりあります。`, en: (n) => `Yes[${n}].` },
  no: { ja: (n) => `いいえ。資料[${n}]には次のとおりあります。`, en: (n) => `No[${n}].` },
};

const MAX_FIGURES_SHOWN = 4;
/** The kinds of figure an English answer reads out. */
const FIGURE_TYPES: AskedType[] = ["date", "amount", "count"];
/** The kinds of figure read out for a question that asks none. */
const OTHER_FIGURE_TYPES: AskedType[] = ["amount", "count"];
/**
 * "What's the KPI for inward FDI stock, and by when?": the question asks what the thing is before its date, so the
 * sum its words stand beside (「2030年に100兆円とする目標」) is asked too. Not "What year…", which asks only the date.
 */
const ASKS_WHAT =
  /^\s*what(?:'s|’s|\s+(?:is|are|was|were))\s+(?!(?:the\s+)?(?:year|date|day|month|deadline|time|period)\b)/iu;

/**
 * The name a figure dates or measures when the quote writes it in brackets right after the name (「重要土地等調査法」
 * (2021年6月), 経済安全保障推進法(2022年5月)): with several such figures, which is which. Not a figure's own unit
 * (527億ドル(約7兆円)): that bracket converts it.
 */
function ownerOf(text: string, quoted: string): string | undefined {
  const normalized = text.normalize("NFKC");
  const at = normalized.indexOf(`(${quoted}`);
  if (at < 0) return undefined;
  const before = normalized.slice(0, at);
  return (
    before.match(/「([^「」]{2,30})」\s*$/u)?.[1] ??
    before.match(/(?<![\d.,])([\p{Script=Han}\p{Script=Katakana}ー・]{3,20})$/u)?.[1]
  );
}

/**
 * 「経済安全保障推進法(令和4年成立)」 over 「サイバー対処能力強化法」(2025年5月): when the asker named a thing whose figure
 * the lines give, another named thing's figure on another line is not theirs.
 */
function ownersAsked<Figure extends { owner: string | undefined; line: string | undefined }>(
  figures: readonly Figure[],
  named: ReadonlyMap<string, string>,
): readonly Figure[] {
  // A line that dates the named thing may date others beside it (「試験調査法」(2021年6月)や、…): those stay.
  const askedLines = new Set(
    figures.filter(({ owner }) => owner !== undefined && named.has(owner)).map(({ line }) => line),
  );
  if (askedLines.size === 0) return figures;
  return figures.filter(({ owner, line }) => owner === undefined || named.has(owner) || askedLines.has(line));
}

/** "Key figures: 11 May 2022 (2022年5月11日)[1]; 2030 (2030年)[2]." for the asked figures quoted. */
function figuresLine(
  excerpts: Excerpt[],
  askedTypes: readonly AskedType[],
  numberOf: (chunk: Chunk) => number,
  {
    leads,
    seen,
    tabled,
    asked,
    named,
    asksWhat,
    skip,
  }: {
    leads: boolean;
    /** Lines whose figures are not listed. */
    skip?: (line: string) => boolean;
    /** "What's the KPI …, and by when?": a date question that also asks what the thing is. */
    asksWhat: boolean;
    seen: Set<string>;
    tabled: ReturnType<typeof tableSpans>;
    asked: readonly string[];
    named: ReadonlyMap<string, string>;
  },
): string | undefined {
  const read = (text: string) => englishFigures(text, askedTypes, { withYears: leads });
  // "What is the target for inward FDI stock" asks no figure, but 「100兆円とする目標」 beside its words is the answer:
  // a question that asks what, why or how also gets the sums and counts its words stand beside in the first excerpt.
  // (Not its dates, which are as often the background the asker gave; nor a further excerpt's, which may be another
  // topic's.)
  // A list question ("which goods fall under METI?") is answered by the items: the count beside its words (11 goods)
  // is not what it asks, and leading with it reads as the answer. A sum beside them (the budget) still leads.
  const listOnly = !asksWhat && askedTypes.every((type) => FIGURE_TYPES.includes(type) || type === "list");
  const otherTypes =
    leads && (askedTypes.some((type) => !FIGURE_TYPES.includes(type)) || asksWhat)
      ? OTHER_FIGURE_TYPES.filter((type) => !askedTypes.includes(type) && !(listOnly && type === "count"))
      : [];
  // 「2030年に100兆円とする目標」 beside the asked 対内直接投資残高 is the asked figure; 「(令和5年4月26日、…会議決定)」
  // in the same line dates something else. A figure is read when its clause says a word of the question, unless
  // none does (an asked kind of figure only).
  const beside = (text: string) => {
    const normalized = text.normalize("NFKC");
    // 「サイバー対処能力強化法」(2025年5月): a date in brackets after a quoted name is in the name's clause.
    const clauses = normalized.split(/[、。「\n]|」(?![(（])/u);
    const saysAsked = ({ quoted }: { quoted: string }) => {
      const clause = clauses.find((part) => part.includes(quoted)) ?? "";
      return asked.some((term) => foldForMatch(clause).includes(term));
    };
    const readings = read(text);
    const said = readings.filter(saysAsked);
    const others = englishFigures(text, otherTypes)
      .filter(saysAsked)
      .filter(
        ({ quoted }) => !readings.some((known) => known.quoted.includes(quoted) || quoted.includes(known.quoted)),
      );
    // Both readings are of the same text: where each says its figure orders them (1月 after 11月26日, 12月26日).
    return [...(said.length > 0 ? said : readings), ...others].sort((a, b) => a.at - b.at);
  };
  const figures = excerpts
    .flatMap((excerpt) => excerpt.spans)
    .flatMap((span) => {
      const n = numberOf(span.chunk);
      const lines = (tabled.lines.get(span) ?? span.lines).filter((line) => !skip?.(line));
      const prose = lines.filter((line) => !tabled.cells.has(line)).join("\n");
      // A table row's figures are each read with its column (「NSG: 48 countries」), or two columns' equal values
      // (42か国, 42か国) would read as one.
      return [
        ...lines.flatMap((line) =>
          (tabled.cells.get(line) ?? []).flatMap(({ column, value }) =>
            read(value).map(({ quoted, english }) => ({
              key: `${shortColumn(column)} ${quoted}`,
              text: `${shortColumn(column)}: ${english} (${quoted})[${n}]`,
            })),
          ),
        ),
        ...ownersAsked(
          beside(prose).map((figure) => {
            const owner = ownerOf(prose, figure.quoted);
            const line = lines.find((text) => text.includes(figure.quoted) && (!owner || text.includes(owner)));
            return { ...figure, owner, line };
          }),
          named,
        ).map(({ quoted, english, owner }) => {
          const label = owner === undefined ? "" : `${named.get(owner) ?? `「${owner}」`} — `;
          return { key: quoted, text: `${label}${english} (${quoted})[${n}]` };
        }),
      ];
    })
    .filter(({ key }) => !seen.has(key) && seen.add(key))
    .slice(0, MAX_FIGURES_SHOWN);
  if (figures.length === 0) return undefined;
  return `${leads ? "Key figures" : "Figures"}: ${figures.map(({ text }) => text).join("; ")}.`;
}

/** The excerpts as the answer; `askedTypes` are what the question's parts ask (an English answer reads their figures). */
export function renderAnswer(
  excerpts: Excerpt[],
  lang: Language,
  askedTypes: readonly AskedType[] = [],
  verdict?: Verdict,
  question = "",
  reading?: EnglishReader,
  asks?: AsksAbout,
  laterVerdicts: readonly LaterVerdict[] = [],
): RenderedAnswer {
  return renderExcerpts(excerpts, lang, askedTypes, {
    resolved: true,
    question,
    reading,
    asks,
    laterVerdicts,
    ...(verdict ? { verdict } : {}),
  });
}

/** The yes or no a later part of the question asks ("…, and is it binding?"), with that part's own words. */
export interface LaterVerdict {
  asked: string;
  verdict: Verdict;
}

/** What the documents do say, then plainly what they do not, and that the question went to the ministry. */
export function renderPartial(
  excerpts: Excerpt[],
  missing: { part: string; named?: boolean; askedType: AskedType; focus: string; unconfirmed?: "quoted" | "cited" }[],
  lang: Language,
  askedTypes: readonly AskedType[] = [],
  question = "",
  reading?: EnglishReader,
  asks?: AsksAbout,
): RenderedAnswer {
  const said =
    excerpts.length > 0
      ? renderExcerpts(excerpts, lang, askedTypes, { resolved: false, question, reading, asks })
      : { answer: "", citations: [] };
  const gaps = missing.map(({ part, named = true, askedType, focus, unconfirmed }) => {
    // A value in the quoted lines that could not be tied to the topic is named as such, not said to be missing.
    const texts =
      unconfirmed === "quoted"
        ? PARTIAL_TEXTS.quotedUnconfirmed
        : unconfirmed === "cited"
          ? PARTIAL_TEXTS.unconfirmed
          : PARTIAL_TEXTS.missing;
    const label = labelOf(askedType, part);
    return lang === "ja" ? texts.ja(focus, label.ja) : texts.en(named ? part : "", label.en);
  });
  const answer = [
    // A Japanese quote is introduced by its own lead (「…の資料[1]には、次のとおりあります。」).
    ...(said.answer ? [...(lang === "ja" ? [] : [PARTIAL_TEXTS.intro[lang]]), said.answer, ""] : []),
    ...gaps,
    PARTIAL_TEXTS.handedOver[lang],
  ].join("\n");
  return { answer, citations: said.citations };
}

/** The missing parts named plainly, and the hand-over to the ministry (for answers written by a model). */
export function missingText(missing: { part: string; askedType: AskedType }[], lang: Language): string {
  const gaps = missing.map(({ part, askedType }) =>
    lang === "ja"
      ? PARTIAL_TEXTS.missing.ja("", labelOf(askedType, part).ja)
      : PARTIAL_TEXTS.missing.en(part, labelOf(askedType, part).en),
  );
  return [...gaps, PARTIAL_TEXTS.handedOver[lang]].join("\n");
}
