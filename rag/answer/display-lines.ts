import { NUMBERED_MARK } from "./passage-lines.ts";
import { withBoxesApart } from "./run-on-boxes.ts";

/**
 * How a quoted line is shown. Slides mark their items with ▶, ◆, ✓ or ・ after the list's own "-", and run
 * several items into one line (「◆ 引き抜き… ◆ 転職に伴い…」, 「ー5年間で…支援ー生産…」). Shown as they are,
 * they read as fragments; shown as one "- " item each, they read as a list. The words are the passage's own.
 */
const ITEM_MARKS = /^\s*(?:[-・•●○◆◇■□▶▷➤➢✓✔]\s*)+/u;
/** Marks that say something (※ a note, → a consequence, 1. a number): kept as they are. */
const MEANINGFUL_MARK = new RegExp(`^\\s*(?:※|→|${NUMBERED_MARK.source})`, "u");
/** ◆ or ▶ inside a line: the next item of a slide that ran its items together. */
const INLINE_ITEM = /\s*[◆▶➤]\s*/u;
/** A long-vowel mark used as an item mark: after anything but katakana (支援ー生産), not inside a word (データ). */
const DASH_ITEM = /(?<![ァ-ヴー])ー/u;

/**
 * A connective that ties a line to the one before it (他方、 このため、 また、): the excerpt shows the line without
 * that one, so the connective points at nothing. 「ただし、」 states a condition and stays.
 */
const CONNECTIVE =
  /^(?:他方|一方|このため|そのため|ただ|また|なお|さらに|加えて|具体的には|その上で|しかし|しかしながら|したがって|そこで|このほか|この他|そのほか|その他)[、,]\s*/u;
/**
 * A note mark (※, ※1, (※)) before a whole statement (「(※) 例えば、…できる。」「※「試験法」において、…を強化」):
 * shown as the answer, the statement is no footnote. A labelled note (「※対象品目:…」) and a short one keep their mark.
 */
const NOTE_MARK = /^(?:[(（]※\d*[)）]|※\d*)\s*/u;
const NOTE_STATEMENT = /^[^:：]{20,}$/u;

function withoutNoteMark(body: string): string {
  const mark = body.match(NOTE_MARK)?.[0];
  if (!mark) return body;
  const rest = body.slice(mark.length);
  return NOTE_STATEMENT.test(rest) && /[。．]$|[、,]/u.test(rest) ? rest : body;
}

/** The line without what only made sense beside the lines the excerpt leaves out. */
function standAlone(line: string): string {
  const mark = line.match(/^- /u)?.[0] ?? "";
  const body = line.slice(mark.length);
  const plain = withoutNoteMark(body).replace(CONNECTIVE, "");
  return plain === "" ? line : `${mark}${plain}`;
}

function items(text: string): string[] {
  const body = text.replace(ITEM_MARKS, "");
  if (INLINE_ITEM.test(body)) return body.split(INLINE_ITEM).filter((item) => item.trim() !== "");
  // 「ー5年間で…支援ー生産…」: only a line that opens with the mark uses it between items.
  if (/^\s*ー/u.test(text))
    return text
      .replace(/^\s*ー/u, "")
      .split(DASH_ITEM)
      .filter((item) => item.trim() !== "");
  return [body];
}

/** A month of a year that opens a timeline's entry (2023年12月, 令和5年4月). */
const ENTRY_DATE = /(?:(?:19|20)\d{2}|令和\d{1,2}|R\d{1,2})年\d{1,2}月/gu;
const MIN_TIMELINE_ENTRIES = 3;

/**
 * 「2023年8月ガリウム、ゲルマニウム2023年12月黒鉛2024年9月アンチモン」: a slide's timeline extracted as one run. A
 * space around each entry's date sets the entries apart; the words and their order stay the passage's own.
 */
function spacedTimeline(line: string): string {
  if ((line.match(ENTRY_DATE) ?? []).length < MIN_TIMELINE_ENTRIES) return line;
  return line.replace(ENTRY_DATE, (date, at: number) => {
    const before = at > 0 && !/[\s(（【「-]/u.test(line[at - 1]!) ? " " : "";
    const after = /[\s)）】」、,]/u.test(line[at + date.length] ?? " ") ? "" : " ";
    return `${before}${date}${after}`;
  });
}

/**
 * A timeline run (three or more short dated entries on one line, spaced by `spacedTimeline`) as its head (what precedes
 * the first date, or "") and one row per entry, each its date and what follows it up to the next date; undefined for any
 * other line.
 */
function timelineParts(line: string): { head: string; rows: string[] } | undefined {
  const starts = [...line.matchAll(ENTRY_DATE)].map((match) => match.index!);
  if (starts.length < MIN_TIMELINE_ENTRIES) return undefined;
  const head = line
    .slice(0, starts[0])
    .replace(/^\s*-\s*/u, "")
    .trim();
  // A date inside a sentence (「2023年8月の措置を皮切りに、…」) is no row of a table: each entry must be short.
  const rows = starts.map((start, at) => line.slice(start, starts[at + 1]).trim());
  if (rows.some((row) => row.length > MAX_ENTRY_CHARS || /[。．]/u.test(row))) return undefined;
  return { head, rows };
}

/**
 * A timeline run as one row per entry: a reader finds the asked row instead of picking it out of a run of rows. The
 * rows stay one quoted line, as the document's table is one passage: the passage's number follows the last row.
 */
function timelineEntries(line: string): string[] | undefined {
  const parts = timelineParts(line);
  return parts && [...(parts.head === "" ? [] : [parts.head]), parts.rows.join("\n")];
}

/** A line's timeline (`timelineParts`) as the answer shows it, or undefined for any other line. */
export function timelineRows(line: string): { head: string; rows: string[] } | undefined {
  return timelineParts(spacedTimeline(line));
}
const MAX_ENTRY_CHARS = 60;

export function displayLines(original: string): string[] {
  const line = withBoxesApart(original);
  const spaced = spacedTimeline(line);
  const entries = timelineEntries(spaced);
  if (entries) return entries;
  // 「※このほか、」 alone: a connective whose sentence the next lines are, with nothing of its own to show.
  if (/^[\s\-・]*(?:※\d*\s*)?$/u.test(line.replace(CONNECTIVE_ANYWHERE, ""))) return [];
  // Dates in a sentence (「2023年8月の措置を皮切りに、…」) are read as the sentence has them.
  return splitItems(/[。．]/u.test(line) ? line : spaced).map(standAlone);
}

/** A connective with its comma, wherever it stands in a line that may hold nothing else. */
const CONNECTIVE_ANYWHERE = new RegExp(CONNECTIVE.source.replace(/^\^/u, ""), "u");

function splitItems(line: string): string[] {
  if (MEANINGFUL_MARK.test(line)) return [line];
  const marked = ITEM_MARKS.test(line) || /^\s*ー/u.test(line);
  const found = items(line);
  if (!marked && found.length === 1) return [line];
  // 「3 人材流出 ◆ 引き抜き… ◆ 転職…」: what comes before the first mark heads the items.
  return found.map((item, at) => (at === 0 && !marked ? item.trim() : `- ${item.trim()}`));
}

/** A slide's title: short, no sentence in it, no mark of its own; 「次のとおり:」 introduces rather than titles. */
function isTitle(line: string): boolean {
  return line.length <= 60 && !/[。．]|[:：]\s*$/u.test(line) && !ITEM_MARKS.test(line) && !MEANINGFUL_MARK.test(line);
}

/**
 * The lines of one quoted span as shown: a title the items under it follow is set apart as 【title】, so it reads
 * as what the list is about rather than as a clipped sentence.
 */
export function displaySpan(lines: readonly string[]): string[] {
  const shown = lines.flatMap(displayLines);
  // 「→「特定重要技術」に該当する場合は…」 follows from a line the span leaves out: first, its arrow points at nothing.
  if (shown[0] !== undefined) shown[0] = shown[0].replace(/^(- )?[→⇒]\s*(?=\S)/u, "$1");
  return shown.map((line, at) => {
    if (!isTitle(line) || !shown[at + 1]?.startsWith("- ")) return line;
    // 「<今後のスケジュール予定>」 is bracketed already: its own brackets give way to 【】, not doubled.
    return `【${ownBracketed(line) ?? line}】`;
  });
}

/** What a line the document itself sets in brackets says inside them: 「<今後のスケジュール予定>」 → 今後のスケジュール予定. */
export function ownBracketed(line: string): string | undefined {
  return line.match(/^\s*[<＜【[]\s*(.*?)\s*[>＞】\]]\s*$/u)?.[1];
}

/** 「(抄)」「(一部抜粋)」 after a title: what it heads is given in part. */
const EXCERPT_MARK = /[(（](?:抄|抜粋|一部抜粋)[)）]$/u;

/** 「以下は、その初期的な評価。」「下図のとおり。」: a line's last sentence that points at a chart or list after it. */
const POINTS_AT_CHART = /(?<=[。．])\s*(?:以下|下図|下表|次)(?:は|に|の(?:とおり|通り))[^。．]*[。．]?\s*$/u;

/** 「以下のとおり。」「次のとおり:」: a line that points at what follows it. */
const POINTS_AHEAD = /(?:以下|次)の(?:とおり|通り)[。:：]?$|(?:以下|下記)[。:：]$/u;

/**
 * The lines of an excerpt's last span without what dangles at its end: a title with nothing under it
 * (「審査・採択基準(抄)」) or a line pointing at what follows (「…は以下のとおり。」), which the excerpt does not show.
 * What the span states is kept, whatever it ends with.
 */
export function withoutDanglingEnd(lines: readonly string[]): string[] {
  const kept = [...lines];
  // 「…調査研究を実施中。以下は、その初期的な評価。」: a last sentence that points at a chart below points at nothing shown.
  const closing = kept.at(-1);
  const pointing = closing?.match(POINTS_AT_CHART);
  if (closing !== undefined && pointing?.index !== undefined && pointing.index > 0)
    kept[kept.length - 1] = closing.slice(0, pointing.index);
  while (kept.length > 1) {
    const last = kept.at(-1)!;
    // A title is a line of its own with no figure in it: 「1月正式版を公表」 or 「- 12物資指定、総額約2.4兆円」 state something.
    // 「- 審査・採択基準(抄)」 is a title the list it closes was bulleted with: (抄) marks what it heads as cut.
    const heading = !last.startsWith("- ") || EXCERPT_MARK.test(last);
    const title = heading && isTitle(last.replace(/^- /u, "")) && !/[\d、,]/u.test(last.normalize("NFKC"));
    if (!title && !POINTS_AHEAD.test(last.replace(/^- /u, ""))) break;
    kept.pop();
  }
  return kept;
}
