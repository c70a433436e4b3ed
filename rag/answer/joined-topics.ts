import type { IpadicFeatures } from "kuromoji";
import { nounClassOf } from "./noun-classes.ts";

/** What joins two topics in a question: 「AとB」「A、B、C」「AやB」「A及びB」. 「・」 is left out: it joins the words of one name. */
const JOINERS = new Set(["と", "、", ",", "や", "及び", "および", "並びに"]);
/** What may follow the last topic: the group is what the question is about (は, って, それぞれ), not a modifier of a noun. */
const AFTER_GROUP = new Set(["は", "って", "が", "を", "も", "について", "では", "で", "に", "それぞれ", "とも", "、"]);

/** Classes of a noun after 「AとBの」 that ask the same of each (例, 予算, 件数, 違い), unlike a generic one (関係, 内容). */
const ASKED_OF_EACH = new Set(["list", "amount", "count", "date", "comparison", "definition", "reason", "procedure"]);

interface Run {
  start: number;
  end: number;
  phrase: string;
}

/** Noun runs, a prefix kept with its noun (再/改訂/版 → 再改訂版). */
function nounRuns(tokens: readonly IpadicFeatures[]): Run[] {
  const runs: Run[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0)
      runs.push({
        start,
        end,
        phrase: tokens
          .slice(start, end)
          .map((token) => token.surface_form)
          .join(""),
      });
    start = -1;
  };
  tokens.forEach((token, at) => {
    const noun =
      (token.pos === "名詞" && !["代名詞", "非自立", "副詞可能"].includes(token.pos_detail_1)) ||
      (token.pos === "接頭詞" && tokens[at + 1]?.pos === "名詞");
    // A one-letter noun that is really punctuation (「?」 read as a noun) ends the run.
    if (noun && !/^[?？!！]$/u.test(token.surface_form)) {
      if (start < 0) start = at;
    } else close(at);
  });
  close(tokens.length);
  return runs;
}

/**
 * Topics the question joins as equals (「サプライチェーン強靱化と先端技術育成って」「初版、改訂版、再改訂版はそれぞれ」): each
 * asks the same thing, so an answer that gives it for one of them must give it for the others. Only a group that the
 * question is about counts: 「日本と米国の関係」 asks about one relation.
 */
export function joinedTopics(tokens: readonly IpadicFeatures[]): string[] {
  const runs = nounRuns(tokens);
  let best: Run[] = [];
  let group: Run[] = [];
  const closeGroup = () => {
    const last = group.at(-1);
    const after = last ? tokens[last.end]?.surface_form : undefined;
    // 「理念や要件の例」「半導体と蓄電池の予算」: what is asked of each (例, 予算), not a topic of its own (関係).
    const askedOfEach = after === "の" && ASKED_OF_EACH.has(nounClassOf(tokens[last!.end + 1]?.surface_form ?? ""));
    if (group.length > best.length && group.length >= 2 && (AFTER_GROUP.has(after ?? "") || askedOfEach)) best = group;
    group = [];
  };
  runs.forEach((run, at) => {
    const previous = runs[at - 1];
    const joined =
      previous !== undefined && run.start === previous.end + 1 && JOINERS.has(tokens[previous.end]!.surface_form);
    if (!joined) closeGroup();
    group.push(run);
  });
  closeGroup();
  const phrases = best.map((run) => run.phrase);
  return phrases.every((phrase) => phrase.length >= 2 && nounClassOf(phrase) === "none") ? phrases : [];
}
