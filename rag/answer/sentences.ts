import { ATTRIBUTION, BULLET as LIST_ITEM } from "./passage-lines.ts";

/** A sentence of a passage, with where it starts (for keeping extracted sentences in reading order). */
export interface Sentence {
  text: string;
  start: number;
  /** An enumeration: bullets joined to their introduction, or three or more items in a row. */
  isList?: boolean;
}

const BULLET = new RegExp(`${LIST_ITEM.source}\\s*`, "u");
const HEADING = /^\s*#{1,6}\s/u;
/** A line that introduces a list ("次の11物資が指定された。", "例:"). */
const INTRODUCES_LIST = /([:：]|(次の|以下の|下記の|次のとおり|主な)[^。]*。)\s*$/u;
const MAX_LIST_ITEM_CHARS = 40;
const MAX_UNIT_CHARS = 240;

function hasContent(text: string): boolean {
  return text.replace(/[\p{P}\p{S}\s]/gu, "").length >= 4;
}

/** Markdown emphasis out, and table cells (tabs, runs of spaces) read as one line. */
function clean(text: string): string {
  return text
    .replace(/[*#]+/g, "")
    .replace(/[\t\u3000 ]+/g, " ")
    .trim();
}

/**
 * Splits passage text into sentences: on 。！？ and on line breaks, because slide text puts one
 * statement per bullet without a full stop. Markdown headings are not sentences. A run of short
 * bullets joins the line that introduces it, so "次の11物資が指定された" carries its list.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let listHost: Sentence | undefined;
  for (const rawLine of text.split("\n")) {
    const start = offset;
    offset += rawLine.length + 1;
    if (HEADING.test(rawLine) || ATTRIBUTION.test(rawLine.replace(BULLET, ""))) {
      listHost = undefined;
      continue;
    }
    const bullet = rawLine.match(BULLET);
    const line = clean(bullet ? rawLine.slice(bullet[0].length) : rawLine);
    if (line === "") continue;
    if (
      bullet &&
      listHost &&
      line.length <= MAX_LIST_ITEM_CHARS &&
      listHost.text.length + line.length < MAX_UNIT_CHARS
    ) {
      listHost.text += listHost.text.endsWith(":") || listHost.text.endsWith("：") ? ` ${line}` : `、${line}`;
      listHost.text = listHost.text.replace(/。、/u, ": ");
      listHost.isList = true;
      continue;
    }
    listHost = undefined;
    for (const part of splitLine(line, start)) {
      sentences.push(part);
      listHost = INTRODUCES_LIST.test(part.text) ? part : undefined;
    }
  }
  return sentences
    .filter((sentence) => hasContent(sentence.text))
    .map((sentence) =>
      sentence.isList || (sentence.text.match(/[、,]/gu)?.length ?? 0) >= 3 ? { ...sentence, isList: true } : sentence,
    );
}

function splitLine(line: string, start: number): Sentence[] {
  // English sentences end with ". "; Japanese ones never contain a bare period.
  const parts = /[a-z]\. [A-Z]/.test(line)
    ? line.split(/(?<=[a-z]\.) (?=[A-Z])/)
    : (line.match(/[^。！？!?]+[。！？!?]?/gu) ?? []);
  return parts.map((part) => ({ text: part.trim(), start })).filter((part) => part.text !== "");
}
