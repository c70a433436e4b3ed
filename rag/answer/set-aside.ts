import { foldForMatch } from "../retrieve/fold.ts";

/** A name the asker sets aside: kanji, katakana or Latin, as in 「補助金以外に」「テルビウムとジスプロシウム以外の」. */
const NAME = "[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z0-9]{2,12}";
// A comma in a question parts its clauses (「中・重レアアース7種、テルビウムと…以外の」); と, や and ・ join a list.
const SET_ASIDE = new RegExp(`((?:${NAME}(?:と|・|や))*${NAME})以外(?:に|で|の)`, "gu");

/**
 * 「補助金以外に」「経産省以外の所管分」「テルビウムとジスプロシウム以外の5種」: the names the asker sets aside, each
 * folded, the items of a list one by one.
 */
export function setAsideOf(text: string): string[] {
  const names = [...text.normalize("NFKC").matchAll(SET_ASIDE)].flatMap((match) => match[1]!.split(/[と・や]/u));
  return [...new Set(names.filter((name) => name.length >= 2).map(foldForMatch))];
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;

/** `name` in `text` as a word of its own: テルビウム is not in イッテルビウム. */
function namesAsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + name.length] ?? "";
    const glued =
      (KATAKANA.test(name[0]!) && KATAKANA.test(before)) || (KATAKANA.test(name.at(-1)!) && KATAKANA.test(after));
    if (!glued) return true;
  }
  return false;
}

/** 「経産省関係では、半導体、…」: a set-aside name as the topic of a list, whose items are then its own. */
const TOPIC_END = /(?:は|では|には|について|関係|関連|所管)$/u;
/** Words that go on past what was just named: 「補助金…のみならず、税制…」. */
const GOES_ON_WORDS = "のみならず|だけでなく|だけではなく|に加え|以外にも|のほか";
const GOES_ON = new RegExp(GOES_ON_WORDS, "u");
const GOES_ON_SOON = new RegExp(`^(?:[^、。]{0,20}?)(?:${GOES_ON_WORDS})`, "u");

/** The folded line names `noun` and goes on past it: 「補助金や低利融資による投資支援のみならず、…」. */
export function goesBeyond(folded: string, noun: string): boolean {
  const at = folded.indexOf(noun);
  return at >= 0 && GOES_ON_SOON.test(folded.slice(at + noun.length));
}

/** Where one entry of a line ends: a space, a full stop, or the date that opens the next entry of a timeline row. */
const ENTRY_BREAK = /[\s。]+|(?=(?:19|20)\d{2}年\d{1,2}月)/u;

/**
 * Whether the lines name something beyond what the asker sets aside. Only the lines that name a set-aside item
 * are about the set asked of; each answers where its list goes on past the set-aside names to an item the question
 * does not name. 「テルビウム、ジスプロシウム等中・重レアアース7種」 names the two the asker already has, and
 * 「経産省関係では、半導体、蓄電池…」 lists the very part the asker sets aside.
 */
export function namesBeyondSetAside(lines: readonly string[], setAside: readonly string[], question: string): boolean {
  if (setAside.length === 0) return true;
  const asked = foldForMatch(question);
  const isAside = (piece: string) => setAside.some((name) => namesAsWord(piece, name));
  const about = lines.map((line) => line.normalize("NFKC").toLowerCase()).filter((line) => isAside(foldForMatch(line)));
  // Lines that never name what is set aside are about something else, for the other checks to judge.
  if (about.length === 0) return true;
  return about.some((line) =>
    line.split(ENTRY_BREAK).some((entry) => {
      const pieces = entry
        .split(/[、,]/u)
        .map(foldForMatch)
        .filter((piece) => piece.length > 0);
      const aside = pieces.filter(isAside);
      if (aside.length === 0 || aside.some((piece) => TOPIC_END.test(piece))) return false;
      if (aside.some((piece) => GOES_ON.test(piece))) return true;
      return pieces.some((piece) => !isAside(piece) && !asked.includes(piece));
    }),
  );
}
