import { parseJapaneseDate } from "../ingest/japanese-date.ts";
import { foldForMatch } from "../retrieve/fold.ts";
import type { Chunk } from "../types.ts";

/** One line of a passage, as a reader would see it in an excerpt. */
export interface PassageLine {
  /** The line as shown (markdown marks out, spaces collapsed; bullets kept). */
  text: string;
  folded: string;
  /** Starts with a bullet, (1), ① …: an item of a list. */
  bullet: boolean;
  /** A short line with no sentence in it (a slide title, a section label). */
  headingLike: boolean;
  /** Ends with ： or 「次の…」: the items follow. */
  introducesList: boolean;
  /**
   * A bullet whose last clause points to the items under it (「…上で、以下を検討することも有用である」): the bullets
   * after it are its items, though the source lost their indent.
   */
  leadsIntoItems: boolean;
}

/**
 * A dash (ー―－—) opens a slide's sub-item (「ー5年間で527億ドル支援」) under the item above it: no Japanese word
 * starts with one.
 */
export const SUB_ITEM = /^\s*[ー―－—–]/u;
/** Marks that open a list item. */
export const BULLET_MARKS = /[-・•●○◆◇■□▶▷➤➢→※*ー―－—–]/u;
/** A numbered item's mark: 1. (1) ①. */
export const NUMBERED_MARK = /\d+[.)．]|[(（]\d+[)）]|[①-⑳]/u;
/** A numbered item: a line that opens with its number. */
export const NUMBERED_ITEM = new RegExp(`^\\s*(?:${NUMBERED_MARK.source})`, "u");
/** A list item: a mark, a number (1. (1) ①). */
export const BULLET = new RegExp(`^\\s*(?:${BULLET_MARKS.source}|${NUMBERED_MARK.source})`, "u");
/** 「出典: …」「(出所) 日本銀行「…」より抜粋」: where a slide's figure came from, an attribution and not a statement. */
export const ATTRIBUTION = /^\s*[(（]?(?:出典|出所)[)）]?\s*[:：]?/u;
/**
 * A slide's key to its colours or markings (※赤字部分は改正部分, ※黒字箇所は…, 記号を付した項目は…, and the key
 * itself: ※「方針2021」 ●「戦略2021」): about the page, not the topic.
 */
const LAYOUT_KEY =
  /^\s*※?\s*(?:(?:[赤青黒緑黄灰]字|太字|下線|網掛け|色付き|[赤青黒緑黄]色)(?:の)?(?:部分|箇所)(?:は|が)|記号(?:を付した|の付いた|を付けた)(?:項目|箇所|部分))|^\s*[※●◎○★☆]\s*「[^」]+」\s*[●◎○★☆]/u;
/**
 * A line that starts inside a sentence: a chunk boundary or a PDF line break cut it. より, から and まで as words: a
 * sentence may open with ま or か (また、まず、かつて).
 */
const CUT_START = /^(?:[)）」』】、。，,をにがはでとのへもや等]|より|から|まで)/u;
/** A line that ends on a particle or a comma has not ended its sentence. */
const OPEN_END = /[をにがはとのへや、，]$/u;

/**
 * Whether `line` goes on with the sentence `previous` left open: the PDF broke a line there (「…パーツの一つと」
 * 「捉えている企業が多く…」). A short line ending so is a heading (「第0章 はじめに」), and an item or a heading of
 * its own after it starts something new.
 */
export function continuesLine(previous: PassageLine, line: PassageLine): boolean {
  return previous.text.length >= 20 && OPEN_END.test(previous.text) && !line.bullet && !line.headingLike;
}
const INTRODUCES_LIST = /([:：]|(次の|以下の|下記の|次のとおり)[^。]*。?)\s*$/u;
const MAX_HEADING_CHARS = 30;
const ITEMS_LEAD_IN = /(?:以下|次)(?:を|の(?:とおり|通り|ような|事項|点))[^、。]{0,20}。?$/u;
const MAX_LEAD_IN_CHARS = 80;
/** A line that is a full date and nothing else (令和7年11月7日). */
const DATE_ONLY =
  /^(?:令和|平成)?\s*[0-9〇一二三四五六七八九十元]+\s*年\s*[0-9〇一二三四五六七八九十]+\s*月\s*[0-9〇一二三四五六七八九十]+\s*日$/u;
const ASIDE = /^[(（][^()（）]*[)）]$/u;
/** A sentence that adds to the one before it (また、さらに、): after a bullet, more of the same item. */
const CONTINUES_ITEM = /^(?:また|さらに|加えて|併せて|あわせて)[、，,]/u;

/** A slide's page counter at the end of its title (「…の概要① / 2」「主な反応 (1/2)」): not part of what it says. */
const PAGE_COUNTER = /\s*[(（]?\s*(?<![\d/])([①-⑨]|[1-9])\s*\/\s*([1-9])\s*[)）]?\s*$/u;

/** More brackets closed than opened: the line goes on from a bracket a line before it opened. */
function unbalancedClose(text: string): boolean {
  const opened = (text.match(/[(（「『【]/gu) ?? []).length;
  const closed = (text.match(/[)）」』】]/gu) ?? []).length;
  return closed > opened;
}

function clean(text: string): string {
  const line = text
    .replace(/^\s*#{1,6}\s*/u, "")
    .replace(/\*\*/g, "")
    // Markdown's escapes (110\$/kg) are not part of what the document says.
    .replace(/\\([$*_])/gu, "$1")
    // U+3000 is what ingest leaves of a table's cell break: kept, so a row can be read against its header.
    .replace(/[\t ]*\u3000[\t\u3000 ]*/gu, "\u3000")
    .replace(/[\t ]+/g, " ")
    .trim();
  const untitled = line.replace(PAGE_COUNTER, "");
  return untitled !== line && !line.includes("。") && untitled.length >= 4 ? untitled : line;
}

function describe(text: string): PassageLine {
  const bullet = BULLET.test(text);
  const body = bullet ? text.replace(BULLET, "") : text;
  return {
    text,
    folded: foldForMatch(text),
    bullet,
    // A numbered short line (① サプライチェーン強靱化) is a heading too; a short bullet item is not.
    headingLike:
      (!bullet || /^\s*(?:[①-⑳]|[(（]\d+[)）])/u.test(text)) &&
      body.length <= MAX_HEADING_CHARS &&
      !/[。、,]/u.test(body),
    introducesList: INTRODUCES_LIST.test(text),
    leadsIntoItems: bullet && ITEMS_LEAD_IN.test(text) && text.length <= MAX_LEAD_IN_CHARS,
  };
}

/**
 * The readable lines of a chunk: no empty lines, no attributions, no boilerplate, and no line that
 * starts inside a sentence (it is joined to the line before it, or dropped at the top of a chunk).
 */
export function passageLines(chunk: Chunk, isBoilerplate: (folded: string) => boolean): PassageLine[] {
  const lines: PassageLine[] = [];
  for (const [at, raw] of chunk.text.split("\n").entries()) {
    const text = clean(raw);
    // The chunk opens inside a bracket the chunk before it opened (「パブコメ経て9月30日閣議決定)」): a tail, not a title.
    if (at === 0 && unbalancedClose(text)) continue;
    // Outside a list, fewer than four letters is a stray label or a page number, never an answer.
    const letters = text.replace(BULLET, "").replace(/[\p{P}\p{S}\s]/gu, "").length;
    if (letters < (BULLET.test(text) ? 1 : 4)) continue;
    if (ATTRIBUTION.test(text.replace(BULLET, "")) || LAYOUT_KEY.test(text) || isBoilerplate(foldForMatch(raw)))
      continue;
    // The document's own date under its title: the citation gives it, and quoted it reads as the answer to いつ.
    if (chunk.date && DATE_ONLY.test(text.normalize("NFKC")) && parseJapaneseDate(text) === chunk.date) continue;
    // A line wholly in parentheses is an aside to the line before it (a date, a budget), not a statement.
    if (CUT_START.test(text) || ASIDE.test(text)) {
      const previous = lines.at(-1);
      if (previous && !previous.text.endsWith("。")) lines[lines.length - 1] = describe(`${previous.text}${text}`);
      continue;
    }
    // 「- …場を設定してほしい。」「また、…窓口を設けてほしい。」: a sentence that goes on from a bullet is the same item.
    const previous = lines.at(-1);
    if (previous?.bullet && CONTINUES_ITEM.test(text)) {
      lines[lines.length - 1] = describe(`${previous.text}${text}`);
      continue;
    }
    lines.push(describe(text));
  }
  return lines;
}

/**
 * Lines repeated across many chunks (slide footers, running headers, a slogan on every page): they say
 * nothing about any one question. Neighbouring chunks overlap by a few lines, so a line must recur
 * beyond that overlap to count. One pass over the corpus; the caller keeps the result per index.
 */
export function repeatedLines(chunks: readonly Chunk[], minChunks = 4): Set<string> {
  const counts = new Map<string, number>();
  for (const chunk of chunks) {
    for (const line of new Set(chunk.text.split("\n").map(foldForMatch)))
      if (line.length >= 4) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= minChunks).map(([line]) => line));
}

/** How a document's chunks follow one another, and which lines are its boilerplate. */
export interface ChunkReading {
  nextChunk: (chunk: Chunk) => Chunk | undefined;
  isBoilerplate: (folded: string) => boolean;
}

/**
 * A chunk's lines, then those of the chunks after it in its document, at most `chunks` chunks in all. Chunks overlap: a
 * line read before (in `seen`, which this fills) is not read again.
 */
export function* linesOnward(
  chunk: Chunk,
  reading: ChunkReading,
  chunks: number,
  seen: Set<string> = new Set(),
): Generator<{ chunk: Chunk; lines: PassageLine[] }> {
  let current: Chunk | undefined = chunk;
  for (let read = 0; current && read < chunks; read++, current = reading.nextChunk(current)) {
    const lines = passageLines(current, reading.isBoilerplate).filter((line) => !seen.has(line.folded));
    for (const line of lines) seen.add(line.folded);
    yield { chunk: current, lines };
  }
}
