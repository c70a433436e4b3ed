import { escapeRegExp } from "../escape-regexp.ts";
import { ERA_YEAR_BEFORE, japaneseNumber } from "../japanese-numbers.ts";
import { englishDate } from "./english-figures.ts";
import { type Case, GERUND, lex, nounTerm, type Piece } from "./english-reading-pieces.ts";
import {
  ADJECTIVE,
  adjectives,
  capitalised,
  countedNoun,
  ingOf,
  listedIng,
  nounForm,
  ordinalWord,
  PREPOSITION,
  participleOf,
  pastOf,
  pluralOf,
  thirdPerson,
  titled,
  verbForm,
} from "./english-word-forms.ts";
import type { Morphology } from "./question-analysis.ts";
import { boxesApart } from "./run-on-boxes.ts";

/**
 * A quoted line read in English, word for word from the glossaries, for the reader of an English question:
 * 「基幹インフラ制度への医療分野の追加」 → "Addition of medical field to critical infrastructure system". Japanese puts a
 * modifier before what it modifies (AのB, AへのB), so the reading turns each chain around (B of A, B to A); a line
 * ending in an action (輸出管理を強化) reads as a headline ("Strengthen export control"). Every word comes from a
 * glossary, a figure's reading or the small grammar below. One word the glossaries do not know, or a construction
 * the grammar does not read, and the line is left unread rather than read in part: a partial reading can say
 * something the line does not.
 */

/** How English says a noun's part in the clause: each part is named for its preposition, but までに (until) is "by". */
function prepositionOf(role: Case, verb?: string): string {
  // 「特定国に依存」: depend on; 「15%で合意」: agree on 15%, not "in".
  const own = verb === undefined ? undefined : VERB_PREPOSITIONS[role]?.[verb.split(" ")[0]!];
  return own ?? (role === "until" ? "by" : role);
}

/** "on the review", or the phrase alone for a verb that takes its に as its object (tackle the issue). */
function withPreposition(preposition: string, phrase: string): string {
  return preposition === "" ? phrase : `${preposition} ${phrase}`;
}

/** Verbs whose で English says with another preposition: agree on. */
const VERB_IN: Readonly<Record<string, string>> = { agree: "on" };

/** Verbs that only carry out the action their object names (「議論を行う」). */
const CONDUCT: ReadonlySet<string> = new Set(["conduct", "carry out", "perform"]);

/** The verb the glossary gives for an object that is one action noun (検討: consider). */
function verbOfAction(words: readonly Piece[]): string | undefined {
  const [only] = words;
  return words.length === 1 && only?.kind === "term" && only.action ? verbForm(only.english) : undefined;
}

/** The verb of an object that is one action noun (議論: discuss, 周知: publicize); undefined for anything else. */
function actionVerb(words: readonly Piece[]): string | undefined {
  const [only] = words;
  if (words.length !== 1 || only?.kind !== "term") return undefined;
  const verb =
    verbForm(only.english) ?? (/^[a-z]+(?:ize|ise|ate|fy)$/u.test(only.english[0]!) ? only.english[0] : undefined);
  // 「対話を実施」: an action the glossary names by its noun only is engaged in (engage in dialogue).
  const noun = countedNoun(only.english);
  return verb ?? (noun === undefined ? undefined : `engage in ${noun}`);
}

/** Verbs whose を English says with a preposition right after the verb: aim for. */
const OBJECT_PREPOSITIONS: Readonly<Record<string, string>> = { aim: "for", strive: "for" };

/** Verbs whose を English says with a preposition, after the verb's other phrases: depend on X for Y. */
const OBJECT_AS: Readonly<Record<string, Case>> = { depend: "for", rely: "for" };

/** Verbs whose に English says with another preposition: depend on, participate in, be included in. */
const VERB_TO: Readonly<Record<string, string>> = {
  depend: "on",
  rely: "on",
  focus: "on",
  concentrate: "on",
  participate: "in",
  invest: "in",
  engage: "in",
  specialize: "in",
  enter: "into",
  // 「…に取り組む」: tackle the issue, no preposition.
  tackle: "",
  address: "",
  // 「…に配慮」: consider the movement, no preposition.
  consider: "",
  // 「技術流出に対して委縮する」: shrink back from it.
  shrink: "from",
  // 「本ガイダンスに記載された」: described in it.
  describe: "in",
};

/** Verbs whose に, in a clause before a noun, English says with the verb's participle: persons involved in …. */
const PARTICIPLE_TO: Readonly<Record<string, string>> = {
  involve: "involved in",
  limit: "limited to",
  relate: "related to",
};

/** A verb's own preposition for the particle a role stands for, where English does not say the role's own. */
const VERB_PREPOSITIONS: Partial<Record<Case, Readonly<Record<string, string>>>> = { to: VERB_TO, in: VERB_IN };

/** The verb an action term names: a verb's own word (高まる: rise), or the verb among an action noun's forms. */
function verbOf(piece: Extract<Piece, { kind: "term" }>): string | undefined {
  return piece.verb ? piece.english[0] : verbForm(piece.english);
}

function termWord(piece: Extract<Piece, { kind: "term" }>, asAction: boolean): string {
  const word = asAction ? nounForm(piece.english) : piece.english[0]!;
  return piece.names.reduce(
    (english, name) => english.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, "u"), titled(name)),
    word,
  );
}

/**
 * Words run together: 営業秘密管理 (one term); エンフォースメント強化 → strengthening of enforcement. A date in the run
 * (令和3年11月18日公表) is when, not what: publication on 18 November 2021.
 */
function compound(run: readonly Piece[]): string | undefined {
  const dates = run.filter((piece) => piece.kind === "figure" && piece.date);
  const pieces = dates.length > 0 && dates.length < run.length ? run.filter((piece) => !dates.includes(piece)) : run;
  // 「11/20開催」「令和3年11月18日公表」: held on 20 November, published on 18 November 2021.
  const only = pieces.length === 1 && pieces !== run ? pieces[0] : undefined;
  const verb = only?.kind === "term" && only.action ? verbOf(only) : undefined;
  // A verb of more than one word ("take effect") stays named (enforcement on 18 March).
  if (verb !== undefined && !verb.includes(" "))
    return `${participleOf(verb)} ${dates.map((date) => onDate((date as { english: string }).english)).join(" and ")}`;
  const read = undated(pieces);
  if (read === undefined || pieces === run) return read;
  return `${read} ${dates.map((date) => onDate((date as { english: string }).english)).join(" and ")}`;
}

/** on 30 October 2025, in August 2023. */
function onDate(date: string): string {
  return /^\d{1,2} [A-Z]/u.test(date) ? `on ${date}` : `in ${date}`;
}

function undated(pieces: readonly Piece[]): string | undefined {
  if (pieces.length === 0) return undefined;
  const words: string[] = [];
  let approx = "";
  for (const [at, piece] of pieces.entries()) {
    if (piece.kind === "approx") approx = `${piece.english} `;
    else if (piece.kind === "figure") {
      words.push(`${approx}${piece.english}`);
      approx = "";
    } else if (piece.kind === "term") words.push(termWord(piece, at === pieces.length - 1));
    else if (piece.kind === "aside") words.push(piece.english);
    else return undefined;
  }
  if (approx) return undefined;
  // 新しい資本主義: "new" before the glossary's "new capitalism" is said once.
  for (let at = words.length - 2; at >= 0; at--) if (words[at + 1]!.startsWith(`${words[at]} `)) words.splice(at, 1);
  // 経済安全保障上重要な海外事業: "overseas business important for economic security".
  const complemented = words.findIndex(
    (word, at) => at < words.length - 1 && /^\w+ (?:for|to|in) /u.test(word) && ADJECTIVE.test(word.split(" ")[0]!),
  );
  if (complemented >= 0 && pieces.slice(complemented + 1).every((piece) => piece.kind === "term"))
    return `${undated(pieces.slice(complemented + 1))} ${words[complemented]}`;
  const lastTerm = pieces.findLastIndex((piece) => piece.kind !== "aside");
  const last = pieces[lastTerm];
  const before = pieces.slice(0, lastTerm);
  // 「ゲノム学含む」: a verb after its object, as a phrase of its own (including genomics).
  if (last?.kind === "term" && last.verb && lastTerm > 0) {
    const verb = verbForm(last.english);
    const ing = verb === undefined ? undefined : listedIng(last.english, verb);
    if (ing === undefined) return undefined;
    return [`${ing} ${words.slice(0, lastTerm).join(" ")}`, ...words.slice(lastTerm + 1)].join(" ");
  }
  // 適切な管理: the adjective stays before its noun.
  if (before.length > 0 && before.every((piece) => piece.kind === "term" && piece.adjectival)) return words.join(" ");
  // An action closing a compound acts on what comes before it: 輸出管理強化 is the strengthening of export control.
  if (last?.kind === "term" && last.action && lastTerm > 0 && pieces[lastTerm - 1]!.kind === "term")
    return [`${words[lastTerm]} of ${words.slice(0, lastTerm).join(" ")}`, ...words.slice(lastTerm + 1)].join(" ");
  return words.join(" ");
}

/** A, B and C; 等 as "etc.". */
function coordinated(pieces: readonly Piece[]): string | undefined {
  const items: Piece[][] = [[]];
  let etc = false;
  for (const piece of pieces) {
    if (piece.kind === "and") items.push([]);
    else if (piece.kind === "etc") etc = true;
    else items.at(-1)!.push(piece);
  }
  const read = items.map(compound);
  if (read.some((item) => item === undefined)) return undefined;
  const words = read as string[];
  // 「AのみならずB」: not only A but also B, of two things only.
  if (pieces.some((piece) => piece.kind === "and" && piece.notOnly))
    return words.length === 2 && !etc ? `not only ${words[0]} but also ${words[1]}` : undefined;
  const listed = words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : words[0]!;
  return etc ? `${listed}, etc.` : listed;
}

/**
 * A noun phrase, each modifier turned around its noun: A の B への C → C to B of A. Items between commas are a list
 * of phrases (「ライセンスポリシー、受託者における…の徹底」), unless 等の closes them as the modifier of one noun
 * (「宇宙・航空、海洋、サイバー等の研究開発」). A bracket closing the phrase stays at its end.
 */
function nounPhrase(all: readonly Piece[]): string | undefined {
  // 「情報交換、連携、再編といった行為」: といった after a list gives examples of the noun after it, all of them.
  const example = all.findLastIndex((piece) => piece.kind === "link" && piece.english === "such as");
  if (example > 0 && all.slice(0, example).some((piece) => piece.kind === "and" && piece.comma)) {
    const [examples, noun] = [nounPhrase(all.slice(0, example)), nounPhrase(all.slice(example + 1))];
    return examples === undefined || noun === undefined ? undefined : `${noun} such as ${examples}`;
  }
  // 「…の再輸出規制や…の輸出規制等の新たな輸出管理措置」: two phrases closed by 等の are examples of the noun after
  // (new export control measures such as …).
  const etcOf = all.findIndex((piece, at) => piece.kind === "etc" && ofLink(all[at + 1]));
  if (
    etcOf > 0 &&
    all.slice(0, etcOf).filter((piece) => piece.kind === "and" && piece.phrases).length === 1 &&
    all.slice(0, etcOf).some(isLink) &&
    all.slice(etcOf + 2).every((piece) => piece.kind === "term") &&
    etcOf + 2 < all.length
  ) {
    const [examples, noun] = [nounPhrase(all.slice(0, etcOf)), nounPhrase(all.slice(etcOf + 2))];
    return examples === undefined || noun === undefined ? undefined : `${pluralOf(noun)} such as ${examples}`;
  }
  const commas = all.flatMap((piece, at) => (piece.kind === "and" && piece.comma ? [at] : []));
  const lastComma = commas.at(-1);
  // A written comma, not 及び, among the joins.
  const writtenComma = commas.some((at) => pauses(all[at]));
  // 「…、…、新たな技術管理など、様々な対応」: など and a comma before the last phrase give examples of it, all of them
  // (various responses such as …).
  if (lastComma !== undefined && pauses(all[lastComma]) && commas.length >= 2 && all[lastComma - 1]?.kind === "etc") {
    const [examples, noun] = [nounPhrase(all.slice(0, lastComma - 1)), nounPhrase(all.slice(lastComma + 1))];
    if (examples === undefined || noun === undefined) return undefined;
    return `${/^(?:various|diverse|many) /u.test(noun) ? pluralOf(noun) : noun} such as ${examples}`;
  }
  // 「…製品の再輸出規制やレアアース及び電池の…輸出規制」: with no written comma, one や or と joins the two phrases and
  // 及び only two nouns inside the second; the two phrases are read below.
  const oneJoin = all.filter((piece) => piece.kind === "and" && piece.phrases).length === 1 && !writtenComma;
  if (lastComma !== undefined && !oneJoin) {
    const after = all.slice(lastComma + 1);
    const items: Piece[][] = [[]];
    for (const piece of all) {
      if (piece.kind === "and" && piece.comma) items.push([]);
      else items.at(-1)!.push(piece);
    }
    const links = (item: readonly Piece[]) => item.filter((piece) => piece.kind === "link").length;
    // 「AのB及びCのD」 or a long last item is a list of phrases; 「人工衛星、ロケットの部品」 is one noun with two modifiers.
    // 「レアアース及び電池の生産設備・材料・技術の輸出規制」: bare nouns joined by 及び, not by a comma, are what the chain
    // after them is of (export controls of … of rare earths and batteries), not phrases of their own.
    const nounsJoined =
      !writtenComma && items.slice(0, -1).every((item) => item.length === 1 && item[0]!.kind === "term");
    const phrases = items.slice(0, -1).some((item) => links(item) > 0) || (links(after) > 1 && !nounsJoined);
    // 「宇宙・航空、海洋、サイバー等の研究開発」: 等 closes the items as the modifier of one noun. Closing the line
    // instead, after three items or more the first of which link nouns of their own (「資金支援、…のための協議会設置、
    // …の委託等」), it only says there are more.
    const modifier = after.some(
      (piece, at) => piece.kind === "etc" && after.slice(at + 1).some((later) => later.kind === "link"),
    );
    const listed = items.length >= 3 && items.slice(0, -1).some((item) => links(item) > 0) && !modifier;
    if (phrases && (listed || !after.some((piece) => piece.kind === "etc"))) {
      const read = items.map(chain);
      if (read.some((item) => item === undefined)) return undefined;
      const words = read as string[];
      return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
    }
  }
  // 「国際情勢の変化と社会課題の解決」: two chains joined by と or や, each with its own of-phrase, are two phrases
  // (change of international situation and solution of social issues), not one chain around a pair. Not when the
  // second links otherwise (「利用や調達に関する調査」): its link then governs both (investigation on use and
  // procurement).
  const joins = all.flatMap((piece, at) => (piece.kind === "and" && piece.phrases ? [at] : []));
  // Nouns joined inside one link of a side (「レアアース及び電池の…」) leave the two phrases as they are.
  const innerJoin = (piece: Piece) => piece.kind === "and" && piece.pause !== true && !piece.phrases;
  const ands = all.filter((piece) => piece.kind === "and" && !innerJoin(piece)).length;
  if (joins.length === 1 && ands === 1) {
    const [left, right] = [all.slice(0, joins[0]), all.slice(joins[0]! + 1)];
    const links = (side: readonly Piece[]) => side.filter((piece) => piece.kind === "link");
    const whole = (side: readonly Piece[]) =>
      side.every((piece) => ["term", "link", "figure", "aside", "prefix"].includes(piece.kind) || innerJoin(piece));
    const ofOnly = links(right).every((link) => (link as { english: string }).english === "of");
    // 「国産ドローンの機体と重要構成部品の量産体制の構築」: a thing beside an action is one of what the action is of.
    const actionOf = (side: readonly Piece[]) => namesAction(side.at(-1));
    // 「海外展開や海外人材の活用」: an action alone beside another with its own of-phrase is a phrase of its own
    // (overseas expansion and the use of foreign talent), not a second thing the other acts on.
    const etc = right.at(-1)?.kind === "etc";
    const own = etc ? right.slice(0, -1) : right;
    const actions = actionOf(left) && actionOf(own) && links(left).length === 0 && links(own).length > 0 && ofOnly;
    if (
      actions &&
      whole(left) &&
      whole(own) &&
      !left.some((piece) => piece.kind === "and") &&
      !own.some((piece) => piece.kind === "and")
    ) {
      const [a, b] = [chain(left), chain(own)];
      return a === undefined || b === undefined ? undefined : `${a} and ${b}${etc ? ", etc." : ""}`;
    }
    // With nouns joined inside (「…の維持・強化と投資促進のバランスの実現」), a second phrase that runs on through more
    // than one link may be what all before it is of; it stands alone only beside a head of the same kind (再輸出規制,
    // 輸出規制).
    const lastWord = (side: readonly Piece[]) => {
      const head = side.at(-1);
      return head?.kind === "term" ? head.english[0]!.split(" ").at(-1) : undefined;
    };
    const joinedInside = [...left, ...right].some(innerJoin);
    const bounded = !joinedInside || links(right).length <= 1 || lastWord(left) === lastWord(right);
    if (
      (actionOf(left) || !actionOf(right)) &&
      links(left).length > 0 &&
      links(right).length > 0 &&
      ofOnly &&
      bounded &&
      whole(left) &&
      whole(right) &&
      right.at(-1)?.kind === "term"
    ) {
      const [a, b] = [chain(left), chain(right)];
      return a === undefined || b === undefined ? undefined : `${a} and ${b}`;
    }
    const parallel = parallelHeads(left, right);
    if (parallel !== undefined) return parallel;
  }
  return chain(all);
}

/**
 * 「適合事業者の認定基準や個人の適性評価の審査基準の明確化」: the noun after と or や reaches as far as the noun that
 * names the same kind of thing as the one before it (認定基準, 審査基準: both criteria); what follows is of both
 * (clarification of the certification criteria of … and the review criteria of …). Without such a pair (「ドローンの
 * 機体と重要構成部品の量産体制の構築」) where the second item ends is unsure, and the phrase is left unread.
 */
function parallelHeads(left: readonly Piece[], right: readonly Piece[]): string | undefined {
  const leftHead = left.at(-1);
  if (leftHead?.kind !== "term" || leftHead.action || !left.slice(0, -1).some(isLink)) return undefined;
  const kind = leftHead.english[0]!.split(" ").at(-1)!;
  const plainChain = (side: readonly Piece[]) => side.every((piece) => piece.kind === "term" || ofLink(piece));
  const pair = right.findIndex(
    (piece, at) =>
      at > 0 &&
      piece.kind === "term" &&
      !piece.action &&
      piece.english[0]!.split(" ").at(-1) === kind &&
      ofLink(right[at + 1]),
  );
  if (pair < 0 || !plainChain(left) || !plainChain(right)) return undefined;
  const [a, b, head] = [chain(left), chain(right.slice(0, pair + 1)), chain(right.slice(pair + 2))];
  return a === undefined || b === undefined || head === undefined ? undefined : `${head} of ${a} and ${b}`;
}

function chain(all: readonly Piece[]): string | undefined {
  let end = all.length;
  // 「調査研究業務の委託(シンクタンク)等」: the brackets and the 等 closing a chain close all of it (outsourcing of
  // research (think tank), etc.), not its last noun.
  while (end > 0 && (all[end - 1]!.kind === "aside" || all[end - 1]!.kind === "etc")) end--;
  const etc = all.slice(end).some((piece) => piece.kind === "etc") && all.slice(0, end).some(isLink);
  if (!etc) for (end = all.length; end > 0 && all[end - 1]!.kind === "aside"; ) end--;
  const closing = all.slice(end).flatMap((piece) => (piece.kind === "aside" ? [piece.english] : []));
  const pieces = end > 0 ? all.slice(0, end) : all;
  const parts: { words: Piece[]; link?: string }[] = [{ words: [] }];
  for (const piece of pieces) {
    if (piece.kind === "link") {
      if (parts.at(-1)!.words.length === 0) return undefined;
      parts.at(-1)!.link = piece.english;
      parts.push({ words: [] });
    } else parts.at(-1)!.words.push(piece);
  }
  // 「コロナ禍からの回復とウクライナ情勢の下での運営」「事業者の認定基準や個人の適性評価」: と or や inside a chain may
  // join the right item to all that comes before it, or to what follows only, not to the left item. Only after
  // "of", between two actions (「半導体の利用や調達に関する調査」), does the link before surely reach both.
  const unsure = parts
    .slice(1, -1)
    .some(({ words }, at) =>
      words.some(
        (piece, k) =>
          piece.kind === "and" &&
          piece.phrases === true &&
          (parts[at]!.link !== "of" || !namesAction(words[k - 1]) || !namesAction(words[k + 1])),
      ),
    );
  if (unsure) return undefined;
  // The head of a chain that is an action is named as one: 医療分野の追加 → addition of the medical field.
  const head = parts.at(-1)!.words;
  if (parts.length > 1 && head.length === 1 && head[0]!.kind === "term" && head[0]!.action) {
    const only = head[0]!;
    parts[parts.length - 1] = { words: [{ ...only, english: [nounForm(only.english)] }] };
  }
  const read = parts.map(({ words, link }) => ({ english: coordinated(words), link }));
  if (read.some(({ english }) => english === undefined)) return undefined;
  // 特定の製品 is specific products, not products of specific: an adjective goes before the noun it is linked to.
  const merged: { english: string; link?: string }[] = [];
  for (const [at, part] of read.entries()) {
    const before = merged.at(-1);
    if (at > 0 && before && read[at - 1]!.link === "of" && adjectives(before.english)) {
      merged[merged.length - 1] = {
        english: `${before.english} ${part.english!}`,
        ...(part.link ? { link: part.link } : {}),
      };
    } else merged.push({ english: part.english!, ...(part.link ? { link: part.link } : {}) });
  }
  let english = merged.at(-1)!.english;
  for (let at = merged.length - 2; at >= 0; at--) {
    const { english: modifier, link } = merged[at]!;
    // 組織内の体制: "system within the organization", the glossary's own preposition in place of "of".
    // 企業の多く: many of companies, the things counted as many.
    const counted = link === "of" && /^(?:many|most|some|several)$/u.test(english) ? pluralOf(modifier) : modifier;
    // 事業者間における情報交換: "information exchange between businesses", not "in between".
    english =
      (link === "of" || link === "in") && PREPOSITION.test(modifier)
        ? `${english} ${modifier}`
        : `${english} ${link} ${counted}`;
  }
  const closed = end > 0 && closing.length > 0 ? `${english} ${closing.join(" ")}` : english;
  // 「ロシア等への輸出禁止措置等」: etc. said once.
  return etc && !closed.endsWith("etc.") ? `${closed}, etc.` : closed;
}

function isLink(piece: Piece): boolean {
  return piece.kind === "link";
}

/** の between two nouns, read "of". */
function ofLink(piece: Piece | undefined): boolean {
  return piece?.kind === "link" && piece.english === "of";
}

/** A written comma (、), not 及び: it pauses the line, and may set off what comes before it. */
function pauses(piece: Piece | undefined): boolean {
  return piece?.kind === "and" && piece.pause === true;
}

/**
 * A clause's noun phrases, each with the particle that follows it, and the words after the last particle (its verb
 * and what comes with it); undefined when a particle has no noun before it.
 */
function byRole(pieces: readonly Piece[]): { roles: { role: Case; words: Piece[] }[]; current: Piece[] } | undefined {
  const roles: { role: Case; words: Piece[] }[] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind === "case") {
      if (current.length === 0) return undefined;
      roles.push({ role: piece.marks, words: current });
      current = [];
    } else current.push(piece);
  }
  return { roles, current };
}

/** One clause: its noun phrases by their particles, and the action it ends with, read as a headline. */
function clause(all: readonly Piece[], negated = false): string | undefined {
  // An adverb anywhere in the clause (「まず、…」) goes before its verb; a comma after it only pauses.
  const adverbs = all.flatMap((piece) => (piece.kind === "adverb" ? [piece.english] : []));
  const pieces = all.filter(
    (piece, at) => piece.kind !== "adverb" && !(piece.kind === "and" && piece.comma && all[at - 1]?.kind === "adverb"),
  );
  const split = byRole(pieces);
  if (split === undefined) return undefined;
  const { roles, current } = split;
  const when = roles.filter(({ role }) => role === "when").map(({ words }) => nounPhrase(words));
  // 「先端技術については、」: what the clause is about, said first (regarding …).
  const about = roles.filter(({ role }) => role === "regarding").map(({ words }) => nounPhrase(words));
  // 「調査によると、」: the source, said first too (according to …).
  const sources = roles.filter(({ role }) => role === "according to").map(({ words }) => nounPhrase(words));
  // 「欧米企業と比較して、」: what the clause is measured against, said first too (compared with …).
  const measures = roles.filter(({ role }) => role === "compared with").map(({ words }) => nounPhrase(words));
  const rest = roles.filter(({ role }) => !LEADING_ROLES.has(role));
  const time = [
    ...sources.map((source) => `according to ${source}, `),
    ...measures.map((measure) => `compared with ${measure}, `),
    ...(when.length > 0 ? [`${when.map((date) => onDate(date ?? "")).join(" and ")}, `] : []),
    ...about.map((topic) => `regarding ${topic}, `),
  ].join("");
  if ([...when, ...about, ...sources, ...measures].some((phrase) => phrase === undefined)) return undefined;
  // 「迅速に対応」: an adverb says how an action is done, so the line is read as its verb, or not at all.
  const closing = current.at(-1);
  const verbal = adverbs.length > 0 && closing?.kind === "term" && closing.action;
  // 「…の策定に向けて」「当面の経済財政運営について」: a heading that is only its phrase (toward …, on …).
  const heading = rest.length === 1 && current.length === 0 ? rest[0]! : undefined;
  // A coordination inside a chain (「AのBとCのD」) is not turned around: its scope would be misplaced.
  const coordinatedChain =
    heading?.words.some((piece) => piece.kind === "and") && heading.words.some((piece) => piece.kind === "link");
  if (
    heading &&
    HEADING_ROLES.has(heading.role) &&
    !coordinatedChain &&
    adverbs.length === 0 &&
    !negated &&
    time === ""
  ) {
    const phrase = nounPhrase(heading.words);
    return phrase === undefined ? undefined : `${heading.role} ${phrase}`;
  }
  // 「経産省関係では、半導体、蓄電池、…の8つ」: where the list holds, then the list (METI-related: semiconductors, …).
  const listed = current.filter((piece) => piece.kind === "and" && piece.comma).length >= 2;
  if (
    rest.length === 1 &&
    rest[0]!.role === "in" &&
    listed &&
    current.every((piece) => NOUN_PHRASE_PIECES.has(piece.kind) || piece.kind === "and") &&
    !(closing?.kind === "term" && closing.action) &&
    adverbs.length === 0 &&
    !negated &&
    time === ""
  ) {
    const [place, list] = [nounPhrase(rest[0]!.words), nounPhrase(current)];
    return place === undefined || list === undefined ? undefined : `${place}: ${lowerFirst(list)}`;
  }
  if (rest.length === 0 && closing?.kind !== "modal" && !verbal) {
    if (adverbs.length > 0 || negated) return undefined;
    const phrase = nounPhrase(current);
    return phrase === undefined ? undefined : `${time}${phrase}`;
  }
  // 「無人航空機は、海外製が国内シェア9割」: what the clause is about, then its own subject and what that is (for …, …
  // is …). Not with an action, whose topic and subject English cannot tell apart.
  const [about2, subject2] = rest;
  if (
    rest.length === 2 &&
    about2?.role === "topic" &&
    subject2?.role === "subject" &&
    !(closing?.kind === "term" && closing.action) &&
    time === "" &&
    adverbs.length === 0
  ) {
    const topicAt = all.findIndex((piece) => piece.kind === "case" && piece.marks === "topic");
    const after = all.slice(topicAt + 1);
    const said = clause(after[0]?.kind === "and" ? after.slice(1) : after, negated);
    const topic = nounPhrase(about2.words);
    return said === undefined || topic === undefined ? undefined : `for ${definite(topic)}, ${lowerFirst(said)}`;
  }
  // 「…の拡張のため、1.5億ドルの低金利融資」: a headline naming a thing, with what it is for (a loan of … for …). Only
  // with such phrases: a subject, an object or a topic needs a verb.
  if (
    rest.length > 0 &&
    rest.every(({ role }) => FRAMING_ROLES.has(role)) &&
    // 「強靱で持続可能な…」: で after a quality joins two qualities, no place.
    !current.some((piece) => piece.kind === "term" && piece.adjectival) &&
    closing?.kind === "term" &&
    !closing.action &&
    !closing.adjectival &&
    adverbs.length === 0 &&
    !negated &&
    current.every((piece) => NOUN_PHRASE_PIECES.has(piece.kind))
  ) {
    const named = nounPhrase(current);
    // 「…前提で、不競法の対象」: a headline naming what a law covers says the thing is subject to it.
    const head = named === undefined ? undefined : (subjectTo(named) ?? named);
    const phrases = rest.map(({ role, words }) => {
      const phrase = definite(nounPhrase(words));
      // 「…前提で」: on the premise of ….
      const on = role === "in" && phrase !== undefined && /^(?:the )?premise\b/u.test(phrase);
      return phrase === undefined ? undefined : `${on ? "on" : prepositionOf(role)} ${phrase}`;
    });
    if (head !== undefined && phrases.every((phrase) => phrase !== undefined))
      return `${time}${head} ${phrases.join(" ")}`;
  }
  // 「商務省が輸出管理を担当」: the subject is in charge of the object.
  if (closing?.kind === "term" && closing.english[0] === "in charge" && current.length === 1) {
    const subjects = rest.filter(({ role }) => role === "subject" || role === "topic");
    const objects = rest.filter(({ role }) => role === "object");
    if (subjects.length > 1 || objects.length !== 1 || rest.length !== subjects.length + 1 || adverbs.length > 0)
      return undefined;
    const subject = subjects.length === 1 ? definite(nounPhrase(subjects[0]!.words)) : undefined;
    const object = definite(nounPhrase(objects[0]!.words));
    if (object === undefined || (subjects.length === 1 && subject === undefined)) return undefined;
    return `${time}${subject === undefined ? "" : `${subject} ${be(subject)} `}in charge of ${object}`;
  }
  // 「転職そのものを制限する法令はない」: there is no law restricting ….
  if (current.length === 1 && current[0]!.kind === "absent") {
    const [only] = rest;
    const thing = rest.length === 1 ? nounPhrase(only!.words) : undefined;
    if (thing === undefined || adverbs.length > 0 || negated) return undefined;
    return `${time}there ${be(thing)} no ${thing}`;
  }
  // 「(営業秘密の漏洩は)不競法の対象となる」: what the clause's subject becomes, or what it is for the case at hand (it).
  const becomes = rest.at(-1)?.role === "becomes" && current.length === 0 ? rest.at(-1)! : undefined;
  if (becomes) {
    const subjects = rest.slice(0, -1);
    if (subjects.length > 1 || subjects.some(({ role }) => role !== "topic" && role !== "subject")) return undefined;
    if (adverbs.length > 0 || negated) return undefined;
    const subject = subjects.length === 1 ? definite(nounPhrase(subjects[0]!.words)) : "it";
    const complement = nounPhrase(becomes.words);
    if (subject === undefined || complement === undefined) return undefined;
    return `${time}${subject} ${be(subject)} ${subjectTo(complement) ?? `to be ${complement}`}`;
  }
  // 「強靱化が必要である」: the subject, and what it is; 「体制作りも重要」: it is so too.
  const predicate = current.length === 1 ? current[0] : undefined;
  const also = rest.some(({ role }) => role === "also");
  if (
    predicate?.kind === "term" &&
    predicate.adjectival &&
    rest.length === 1 &&
    (rest[0]!.role === "topic" || rest[0]!.role === "subject" || also)
  ) {
    const subject = definite(nounPhrase(rest[0]!.words));
    if (subject === undefined) return undefined;
    return `${time}${subject} ${be(subject)} ${also ? "also " : ""}${predicate.english[0]}`;
  }
  if (also) return undefined;
  // 「技術管理の徹底が目的」「対象は15技術」: the subject, and the noun it is.
  const closingNoun = current.at(-1);
  if (
    rest.length === 1 &&
    (rest[0]!.role === "topic" || rest[0]!.role === "subject") &&
    current.length > 0 &&
    adverbs.length === 0 &&
    !negated &&
    !(closingNoun?.kind === "term" && closingNoun.action) &&
    // 「海外依存度が高い原材料の…」: an adjective right after が says what the noun after it is like; the sentence goes on.
    !current.some((piece) => piece.kind === "term" && piece.adjectival) &&
    // Only a noun phrase, and no coordination inside a chain (「AのBやCのD等が…」), whose scope the turned-around chain
    // would misplace.
    current.every((piece) => NOUN_PHRASE_PIECES.has(piece.kind)) &&
    // (Two nouns joined with no chain around them, 「国防・安保関連支出は…」, are one subject.)
    !(rest[0]!.words.some((piece) => piece.kind === "and") && rest[0]!.words.some(isLink))
  ) {
    const subject = definite(nounPhrase(rest[0]!.words));
    const complement = nounPhrase(current);
    if (subject === undefined || complement === undefined) return undefined;
    return `${time}${subject} ${be(subject)} ${subjectTo(complement) ?? complement}`;
  }
  // 「…が整備されていない」「日本が入っておらず」: the clause's action denied.
  const denied = current.at(-1)?.kind === "not";
  if (denied) current.pop();
  const modal = current.at(-1)?.kind === "modal" ? (current.pop() as { english: string }).english : undefined;
  const passive =
    current.at(-1)?.kind === "passive" ? (current.pop() as { past: boolean; potential?: boolean }) : undefined;
  const adverb = adverbs.map((word) => `${word} `).join("");
  // The clause ends in an action: the last term of what follows the last particle.
  const last = current.at(-1);
  if (last?.kind !== "term" || !last.action) return undefined;
  const own = verbOf(last);
  if (own === undefined) return undefined;
  const before = current.slice(0, -1);
  const subjects = rest.filter(({ role }) => role === "topic" || role === "subject");
  if (subjects.length > 1) return undefined;
  // Only a plain statement with its subject is denied ("does not impose"); a passive, a modal or a headline is not.
  // A passive may be denied too, when the line denies it itself (「…が整備されていない」: is not put in place).
  const not = negated || denied;
  // 「(不正の目的に限られない)」: what is not so of the thing the line is about, with no subject said (not limited to …).
  if (
    denied &&
    passive !== undefined &&
    !passive.potential &&
    modal === undefined &&
    subjects.length === 0 &&
    before.length === 0 &&
    rest.length === 1 &&
    rest[0]!.role === "to" &&
    PARTICIPLE_TO[own] !== undefined
  ) {
    const phrase = nounPhrase(rest[0]!.words);
    return phrase === undefined ? undefined : `${time}not ${adverb}${PARTICIPLE_TO[own]} ${definite(phrase)}`;
  }
  if (not && (subjects.length !== 1 || modal !== undefined || (passive !== undefined && !denied) || passive?.potential))
    return undefined;
  const objects = [
    ...rest.filter(({ role }) => role === "object"),
    ...(before.length > 0 ? [{ role: "object" as const, words: before }] : []),
  ];
  // 「議論を行い」「周知を行う」: conducting an action is doing it (discuss, publicize).
  // 「検討を加え」: adding an action is doing it too, but only an action the glossary gives a verb for (機能を加える
  // adds a function).
  const done =
    objects.length !== 1
      ? undefined
      : CONDUCT.has(own)
        ? actionVerb(objects[0]!.words)
        : own === "add"
          ? verbOfAction(objects[0]!.words)
          : undefined;
  if (done !== undefined) objects.splice(0);
  const verb = done ?? own;
  // 「同法の見直しについて検討する」: what is considered or discussed is the verb's object in English (consider the
  // review), not "consider on".
  const topicAsObject =
    objects.length === 0 && TOPIC_VERBS.has(verb) && rest.filter(({ role }) => role === "on").length === 1;
  if (topicAsObject) objects.push({ role: "object", words: rest.find(({ role }) => role === "on")!.words });
  // 「…に向けて、…の政策に取り組む」: a part the verb takes as its object (tackle the policy) comes first.
  const others = rest
    .filter(
      ({ role }) => role !== "topic" && role !== "subject" && role !== "object" && !(topicAsObject && role === "on"),
    )
    .sort((a, b) => Number(prepositionOf(a.role, verb) !== "") - Number(prepositionOf(b.role, verb) !== ""));
  // 「原材料の多くを特定国に依存」: English depends on the place for the thing (depend on … for many of …).
  const objectAs = OBJECT_AS[verb];
  if (objectAs !== undefined) others.push(...objects.splice(0).map(({ words }) => ({ role: objectAs, words })));
  const dated = pieces.some((piece) => piece.kind === "figure" && piece.date);
  const subjectWords = subjects.length === 1 ? nounPhrase(subjects[0]!.words) : undefined;
  // "export controls were strengthened": a subject that ends in a plural, or lists two things, takes "were".
  const many = subjectWords !== undefined && plural(subjectWords);
  // Each other part with the preposition the verb says it with ("as research and development expenses").
  const placedPart = ({ role, words }: { role: Case; words: Piece[] }) => {
    const phrase = definite(nounPhrase(words));
    return phrase === undefined ? undefined : withPreposition(prepositionOf(role, verb), phrase);
  };
  // What may or should be done to a thing, said in the passive with the other parts after it.
  const modalPassive = (must: string, roles: readonly { role: Case; words: Piece[] }[]) => {
    const placed = roles.map(placedPart);
    if (placed.some((phrase) => phrase === undefined)) return undefined;
    return `${must} ${adverb}be ${participleOf(verb)}${placed.map((phrase) => ` ${phrase}`).join("")}`;
  };
  // 「…を発出する場合もある」 with no subject: the object may be done (an inform … may be issued).
  // 「…について、…の明確化を図るべき」 likewise: the object should be done, and what it is about is said first.
  if (
    (modal === "may" || modal === "should") &&
    subjects.length === 0 &&
    objects.length === 1 &&
    passive === undefined &&
    !not
  ) {
    const thing = nounPhrase(objects[0]!.words);
    const about = others.filter(({ role }) => role === "on").map(({ words }) => definite(nounPhrase(words)));
    const done = modalPassive(
      modal,
      others.filter(({ role }) => role !== "on"),
    );
    if (thing === undefined || done === undefined || about.some((phrase) => phrase === undefined)) return undefined;
    const regarding = about.map((phrase) => `regarding ${phrase}, `).join("");
    // What may be done is one of its kind (an inform … may be issued); what should be, the thing itself.
    const named = modal === "may" && !plural(thing) ? withArticle(thing) : definite(thing)!;
    return `${time}${regarding}${named} ${done}`;
  }
  // 「費用は、…として支出することができるものとする」: a topic the verb can only act on, with no object, is what the
  // action may be done to (costs may be spent as …).
  if (
    modal !== undefined &&
    modal !== "should" &&
    subjects.length === 1 &&
    subjects[0]!.role === "topic" &&
    objects.length === 0 &&
    passive === undefined &&
    !not &&
    TRANSITIVE.has(verb)
  ) {
    const thing = definite(nounPhrase(subjects[0]!.words));
    const done = modalPassive(modal, others);
    return thing === undefined || done === undefined ? undefined : `${time}${thing} ${done}`;
  }
  const parts = [
    ...subjects.map(({ words }) => definite(nounPhrase(words))),
    passive?.potential
      ? `${subjects.length === 0 ? "" : "can be "}${adverb}considered`
      : passive
        ? `${subjects.length === 0 ? "" : passive.past || dated ? (many ? "were " : "was ") : many ? "are " : "is "}${not ? "not " : ""}${adverb}${participleOf(verb)}`
        : modal
          ? `${modal} ${adverb}${verb}`
          : not
            ? `${dated ? "did" : many ? "do" : "does"} not ${adverb}${verb}`
            : `${adverb}${dated ? pastOf(verb) : subjects.length > 0 && !many ? thirdPerson(verb) : verb}`,
    ...objects.map(({ words }) => {
      const phrase = definite(nounPhrase(words));
      // 「解決を目指す」: aim for the resolution.
      return phrase === undefined || OBJECT_PREPOSITIONS[verb] === undefined
        ? phrase
        : `${OBJECT_PREPOSITIONS[verb]} ${phrase}`;
    }),
    ...others.map(placedPart),
  ];
  if (parts.some((part) => part === undefined)) return undefined;
  return `${time}${parts.join(" ")}`;
}

/** 「…は外為法の対象」: what a law or a scheme covers is subject to it, not its "target"; undefined for another noun. */
function subjectTo(phrase: string): string | undefined {
  const covered = phrase.match(/^target of (.+)$/u);
  return covered ? `subject to ${covered[1]}` : undefined;
}

/** A noun that names an action by its ending: expansion, development, compliance. */
const ACTION_NOUN = /(?:tion|sion|ment|ance|ence)$/u;

/**
 * A term that names an action: one the glossary gives a verb for, or one whose noun says so by its ending (明確化:
 * clarification; 海外展開: overseas expansion, with no verb given).
 */
function namesAction(piece: Piece | undefined): boolean {
  return piece?.kind === "term" && (piece.action || ACTION_NOUN.test(piece.english[0]!));
}

/** A thing said as the subject: "the" before a phrase an of-phrase makes particular, "an" or "a" before one alone. */
function withArticle(phrase: string): string {
  const definiteOne = definite(phrase)!;
  if (definiteOne !== phrase || DETERMINED.test(phrase) || /^[A-Z]/u.test(phrase) || /s$/u.test(phrase.split(" ")[0]!))
    return definiteOne;
  return `${/^[aeiou]/u.test(phrase) ? "an" : "a"} ${phrase}`;
}

/** Roles a clause says before all else: when, what about, by whose account and against what. */
const LEADING_ROLES: ReadonlySet<Case> = new Set(["when", "regarding", "according to", "compared with"]);

/** Adjectives of need, whose に is what something is needed for (分離精製に必要な薬剤). */
const NEEDED = /^(?:necessary|essential|indispensable|vital|needed|required)$/u;

/** What a headline naming a thing may say with it: what it is for, where, under or through what. */
const FRAMING_ROLES: ReadonlySet<Case> = new Set(["for", "toward", "in", "under", "through"]);

/** The pieces of a noun phrase alone: terms and figures, their links, asides and affixes. */
const NOUN_PHRASE_PIECES: ReadonlySet<Piece["kind"]> = new Set([
  "term",
  "figure",
  "aside",
  "link",
  "etc",
  "approx",
  "prefix",
]);

/** What a heading may be about, said with its preposition alone. */
const HEADING_ROLES: ReadonlySet<Case> = new Set(["toward", "on"]);

/**
 * "consider the review of the Act", "from the perspective of securing …": inside a sentence, a noun that an of-phrase
 * makes particular takes "the". A headline item keeps English's headline style, without it.
 */
function definite(phrase: string | undefined): string | undefined {
  if (phrase === undefined || DETERMINED.test(phrase) || !/^[a-z][a-z-]*(?: [a-z-]+){0,2} of /u.test(phrase))
    return phrase;
  return `the ${phrase}`;
}

const DETERMINED =
  /^(?:the|a|an|this|these|those|its|their|each|all|every|various|mere|further|about|up to|a total of|new|current|former|many|most|some|several)\b/u;

/**
 * Whether a subject is plural: its head ends in a plural or lists two things. Not "the trade of Japan and China" or
 * "dialogue with industry associations": what counts is the head, before the phrase that describes it.
 */
function plural(subject: string): boolean {
  const head = subject.split(HEAD_END)[0]!;
  // A country's name is one country, though it ends in s.
  if (/^(?:the )?(?:United States|Netherlands|Philippines)$/u.test(head)) return false;
  return /[^s]s$/u.test(head) || / and /u.test(head) || /^(?:many|most|some|several) of |^all /iu.test(subject);
}

/** "is" or "are", as the subject is one thing or several. */
function be(subject: string): "is" | "are" {
  return plural(subject) ? "are" : "is";
}

const HEAD_END =
  / (?:of|with|to|in|on|for|from|by|toward|under|through|based on|according to|such as|accompanying|as) /u;

/** Verbs whose topic (について) English makes their object: consider the review, discuss the cases. */
const TOPIC_VERBS: ReadonlySet<string> = new Set(["consider", "discuss", "examine", "study", "review", "deliberate"]);

/**
 * Clauses joined by し、, or by a comma after an action whose clause has its particles (「24年5月から施行、15分野指定」):
 * each read, then joined with "and".
 */
function sentence(all: readonly Piece[]): string | undefined {
  // 「本ガイダンスは、企業に義務を課すものではなく、選択肢を示すもの」: the topic does not do the one, but does the
  // other. Both clauses are the topic's: the second is read with it, and the topic said once.
  const contrast = all.findIndex((piece) => piece.kind === "contrast");
  if (contrast >= 0) {
    const first = paused(all.slice(0, contrast));
    const second = paused(all.slice(contrast + 1));
    if (first === undefined || second === undefined) return undefined;
    const topicEnd = first.findIndex((piece) => piece.kind === "case" && piece.marks === "topic");
    if (topicEnd < 0 || second.some((piece) => piece.kind === "case" && piece.marks === "topic")) return undefined;
    const topic = first.slice(0, topicEnd + 1);
    const subject = nounPhrase(first.slice(0, topicEnd));
    const denied = clause(first, true);
    const said = clause([...topic, ...second]);
    if (subject === undefined || denied === undefined || said === undefined || !said.startsWith(`${subject} `))
      return undefined;
    return `${denied}, but ${said.slice(subject.length + 1)}`;
  }
  // 「…会合で、…が…を達成することが発表されるとともに、…」: it was announced that …; a place set off by a comma before
  // the clause is where it was announced, said first.
  const reportedAt = all.findIndex((piece) => piece.kind === "reported");
  if (reportedAt > 0) {
    let before = all.slice(0, reportedAt);
    let place = "";
    const placeEnd = before.findIndex(
      (piece, at) => piece.kind === "case" && piece.marks === "in" && pauses(before[at + 1]),
    );
    if (placeEnd > 0) {
      const where = nounPhrase(before.slice(0, placeEnd));
      if (where === undefined) return undefined;
      place = `at ${definite(where)}, `;
      before = before.slice(placeEnd + 2);
    }
    const said = paused(before);
    const what = said === undefined ? undefined : clause(said);
    if (what === undefined || !said!.some((piece) => piece.kind === "case" && piece.marks === "subject"))
      return undefined;
    const head = `${place}it was ${(all[reportedAt] as { english: string }).english} that ${lowerFirst(what)}`;
    const after = all.slice(reportedAt + 1);
    if (after.length === 0) return head;
    if (after[0]!.kind !== "break") return undefined;
    const rest = sentence(after.slice(1));
    return rest === undefined ? undefined : `${head}, and ${lowerFirst(rest)}`;
  }
  // 「…化合物を含む、外国で生産された特定の…製品」: a clause set off by a comma before a line that is only a noun phrase
  // describes that noun too (products produced abroad, including …).
  const commaAfterVerb = all.findIndex(
    (piece, at) => pauses(piece) && all[at - 1]?.kind === "term" && (all[at - 1] as { verb?: boolean }).verb === true,
  );
  if (commaAfterVerb > 0) {
    const described = withRelatives(all.slice(commaAfterVerb + 1));
    const clausePieces = withRelatives(all.slice(0, commaAfterVerb));
    if (
      described !== undefined &&
      clausePieces !== undefined &&
      described.every((piece) => NOUN_PHRASE_PIECES.has(piece.kind)) &&
      !clausePieces.some((piece) => piece.kind === "case" && (piece.marks === "topic" || piece.marks === "subject"))
    ) {
      const noun = nounPhrase(described);
      const read = noun === undefined ? undefined : relativeClause(clausePieces, noun);
      if (read !== undefined) return read;
    }
  }
  // 「正社員に限った議論ではなく、広く…人物を想定している」: rather than the noun phrase, the rest.
  const rather = all.findIndex((piece) => piece.kind === "rather");
  if (rather > 0) {
    const before = withRelatives(all.slice(0, rather));
    // An action (「…に委縮するのではなく」) is said as doing it (rather than shrinking back …).
    const action = before === undefined ? undefined : infinitive(before);
    const instead = before?.every((piece) => NOUN_PHRASE_PIECES.has(piece.kind))
      ? nounPhrase(before)
      : action === undefined
        ? undefined
        : ingClause(action);
    const rest = sentence(all.slice(rather + 1));
    return instead === undefined || rest === undefined ? undefined : `rather than ${instead}, ${lowerFirst(rest)}`;
  }
  // 「シンクタンクも活用しながら、検討を進める」: the sentence's action, and the one done alongside it. A topic before
  // (「我が国は…と連携しつつ、…」) is the subject of both.
  const during = all.findIndex((piece) => piece.kind === "while");
  // 「…を把握するとともに、…を得ながら、…を整理」: an action done first, then one done alongside another. Each is read
  // on its own, as headlines: no subject, which English would need to share between them.
  const first = all.slice(0, during).findLastIndex((piece) => piece.kind === "break");
  if (during >= 0 && first >= 0) {
    const subjects = all.some(
      (piece) => piece.kind === "case" && (piece.marks === "topic" || piece.marks === "subject"),
    );
    const [left, right] = [sentence(all.slice(0, first)), sentence(all.slice(first + 1))];
    const but = (all[first] as { but?: boolean }).but === true;
    return subjects || left === undefined || right === undefined
      ? undefined
      : `${left}${but ? ", but " : ", and "}${right}`;
  }
  if (during >= 0) {
    const before = all.slice(0, during);
    const topicEnd = before.findIndex((piece) => piece.kind === "case" && piece.marks === "topic");
    const topic = topicEnd >= 0 ? before.slice(0, topicEnd + 1) : [];
    // Only an action with its object or partner: a bare noun (「連携しつつ」) would read as a thing, not an action.
    const own = before.slice(topic.length);
    const alongside = own.some((piece) => piece.kind === "case") ? infinitive(own) : undefined;
    const main = sentence([...topic, ...all.slice(during + 1)]);
    const gerund = alongside === undefined ? undefined : ingClause(alongside);
    return gerund === undefined || main === undefined ? undefined : `${main}, while ${gerund}`;
  }
  // 「…を防止するため、…」: what the sentence does, then what it does it for.
  const purpose = all.findIndex((piece) => piece.kind === "purpose" && !piece.modifies);
  if (purpose >= 0) {
    const aim = infinitive(all.slice(0, purpose));
    const main = sentence(all.slice(purpose + 1));
    return aim === undefined || main === undefined ? undefined : `to ${aim}, ${main}`;
  }
  // 「…が台頭する中、…」: the circumstance (as …), then what the sentence says.
  const circumstance = all.findIndex((piece) => piece.kind === "circumstance" && !piece.modifies);
  if (circumstance >= 0) {
    const mark = all[circumstance] as { english: string };
    // Only a clause with its own subject reads as one ("as export controls are strengthened"); without it the
    // English would need a subject the line does not give.
    // 「…に対し、…を輸出する際、」: a comma after a particle only pauses the clause.
    const own = paused(all.slice(0, circumstance));
    if (own === undefined) return undefined;
    const subject = own.some(
      (piece) => piece.kind === "case" && (piece.marks === "subject" || piece.marks === "topic"),
    );
    // 「営業秘密を漏洩した場合は、」: with no subject, a condition on what is done to its object (if trade secrets are
    // leaked).
    // 「…を輸出する際、」 with no subject: when doing it (when exporting …).
    const doing = (() => {
      if (subject || mark.english !== "when") return undefined;
      const action = infinitive(own);
      return action === undefined ? undefined : ingClause(action);
    })();
    const before = subject ? clause(own) : mark.english === "if" ? doneTo(own) : doing;
    const main = sentence(all.slice(circumstance + 1));
    return before === undefined || main === undefined ? undefined : `${mark.english} ${before}, ${main}`;
  }
  const pieces = paused(all);
  if (pieces === undefined) return undefined;
  const clauses: Piece[][] = [[]];
  // How each clause after the first joins the one before: and, or but (「…が、」).
  const joins: string[] = [];
  for (const [at, piece] of pieces.entries()) {
    const current = clauses.at(-1)!;
    const before = pieces[at - 1];
    // 「…論点が提起され、」: a passive closes its clause too.
    const ends =
      piece.kind === "and" &&
      piece.comma &&
      ((before?.kind === "term" && before.action) || before?.kind === "passive") &&
      current.some((word) => word.kind === "case");
    if (piece.kind === "break" || ends) {
      clauses.push([]);
      joins.push(piece.kind === "break" && piece.but ? ", but " : ", and ");
    } else current.push(piece);
  }
  const read = clauses.map((words) =>
    clause(words.filter((piece, at) => !(at === words.length - 1 && piece.kind === "and"))),
  );
  if (read.some((english) => english === undefined)) return undefined;
  return read.map((english, at) => (at === 0 ? english : `${joins[at - 1]}${english}`)).join("");
}

/**
 * A clause with no subject and one object, said of the object in the passive: 「転職に伴い営業秘密を漏洩した」 → "trade
 * secrets are leaked with job change". Undefined for any other clause.
 */
function doneTo(all: readonly Piece[]): string | undefined {
  const pieces = paused(all);
  const split = pieces && byRole(pieces.filter((piece) => piece.kind !== "adverb"));
  if (split === undefined || pieces!.some((piece) => piece.kind === "adverb")) return undefined;
  const { roles, current } = split;
  const objects = roles.filter(({ role }) => role === "object");
  const last = current.at(-1);
  if (objects.length !== 1 || current.length !== 1 || last?.kind !== "term" || !last.action) return undefined;
  if (roles.some(({ role }) => ["topic", "subject", "also", "when", "becomes"].includes(role))) return undefined;
  const verb = verbOf(last);
  const thing = definite(nounPhrase(objects[0]!.words));
  const others = roles
    .filter(({ role }) => role !== "object")
    .map(({ role, words }) => {
      const phrase = definite(nounPhrase(words));
      return phrase === undefined ? undefined : withPreposition(prepositionOf(role, verb), phrase);
    });
  if (verb === undefined || thing === undefined || others.some((phrase) => phrase === undefined)) return undefined;
  return `${thing} ${be(thing)} ${participleOf(verb)}${others.map((phrase) => ` ${phrase}`).join("")}`;
}

/** The clause's relative clauses read, and a comma after a particle (「指針に基づき、」) only a pause. */
function paused(pieces: readonly Piece[]): Piece[] | undefined {
  return withRelatives(pieces)?.filter(
    (piece, at, list) => !(piece.kind === "and" && piece.comma && list[at - 1]?.kind === "case"),
  );
}

/** Words an infinitive may open with before its verb (「まず」 first, 「未然に」 proactively). */
const LEADING_ADVERB = /^(?:also|first|further|especially|already|always|continuously|urgently|\w+ly)$/u;

/** "also use think tanks" → "also using think tanks": the infinitive's verb as its -ing form. */
function ingClause(infinitive: string): string | undefined {
  return withVerbInflected(infinitive, ingOf);
}

/** An infinitive with its verb, the first word after its leading adverbs, inflected; undefined when it has none. */
function withVerbInflected(infinitive: string, inflect: (verb: string) => string): string | undefined {
  const words = infinitive.split(" ");
  const at = words.findIndex((word) => !LEADING_ADVERB.test(word));
  if (at < 0) return undefined;
  words[at] = inflect(words[at]!);
  return words.join(" ");
}

/**
 * What an action is done for, as English's infinitive without "to": 「不正輸出を未然に防止する」 → "proactively prevent
 * illegal export". A clause with a subject, a topic or a date of its own is not one.
 */
function infinitive(pieces: readonly Piece[]): string | undefined {
  const ownClause = (piece: Piece) =>
    ["purpose", "circumstance", "relative", "break", "modal", "passive"].includes(piece.kind) ||
    (piece.kind === "figure" && piece.date);
  if (pieces.some(ownClause)) return undefined;
  const split = byRole(pieces.filter((piece) => piece.kind !== "adverb"));
  if (split === undefined || split.roles.some(({ role }) => ["topic", "subject", "when"].includes(role)))
    return undefined;
  const last = split.current.at(-1);
  if (last?.kind !== "term" || !last.action) return undefined;
  return clause(pieces);
}

/**
 * Each clause that describes the noun after it, read with that noun as one term: 「政府が公表した指針」 → "guideline
 * published by government", 「営業秘密を取得する行為」 → "act acquiring trade secrets". The clause runs back to the
 * line's start, a topic (は), a comma or the end of another clause.
 */
function withRelatives(input: readonly Piece[]): Piece[] | undefined {
  let pieces = input;
  const out: Piece[] = [];
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at]!;
    const forNoun = piece.kind === "purpose" && piece.modifies;
    const forTime = piece.kind === "circumstance" && piece.modifies === true;
    // 「供給に不可欠な役務」「我が国にとって重要なサプライチェーン」: an adjective with its complement before a noun
    // (services essential to supply).
    // に before other adjectives (「組織に十分な権限を与える」) is the verb's, not the adjective's.
    const quality = pieces[at + 1];
    const complemented =
      piece.kind === "case" &&
      quality?.kind === "term" &&
      quality.adjectival &&
      (piece.marks === "for" || (piece.marks === "to" && NEEDED.test(quality.english[0]!))) &&
      pieces[at + 2]?.kind === "term";
    if (complemented) {
      let start = out.length;
      while (start > 0 && ["term", "link", "figure", "aside", "prefix"].includes(out[start - 1]!.kind)) start--;
      // 「…に不可欠な設備・材料・技術」: the noun may be several.
      let end = at + 2;
      while (
        end < pieces.length &&
        (pieces[end]!.kind === "term" || (pieces[end]!.kind === "and" && !(pieces[end] as { comma: boolean }).comma))
      )
        end++;
      const complement = start < out.length ? chain(out.slice(start)) : undefined;
      const head = pieces.slice(at + 2, end);
      const noun = head.some((word) => word.kind === "and") ? coordinated(head) : undated(head);
      if (complement === undefined || noun === undefined) return undefined;
      out.splice(start, out.length - start, nounTerm(`${noun} ${quality.english[0]} for ${complement}`));
      at = end - 1;
      continue;
    }
    if (piece.kind !== "relative" && !forNoun && !forTime) {
      out.push(piece);
      continue;
    }
    let start = out.length;
    while (start > 0) {
      const before = out[start - 1]!;
      // 「情報交換、連携、再編といった…から実施する行為」: といった names examples of the noun the clause describes, no
      // part of the clause.
      // 「10月9日、…を含む製品」: the date set off by a comma is the sentence's, not the clause's.
      if (
        (before.kind === "case" && (before.marks === "topic" || before.pause === true)) ||
        (before.kind === "and" && before.comma) ||
        (before.kind === "link" && before.english === "such as") ||
        before.kind === "break" ||
        before.kind === "relative"
      )
        break;
      start--;
    }
    // 「…を維持し、…を確保することは重要」: the named action is the last of several, whose subject the English would
    // need to be all of them.
    if (out[start - 1]?.kind === "break" && isGerund(pieces[at + 1])) return undefined;
    let end = at + 1;
    // 「…を組み合わせた総合的な知見・分析能力」: the clause describes both nouns ・ joins.
    while (
      end < pieces.length &&
      (["term", "figure", "aside"].includes(pieces[end]!.kind) ||
        (isPair(pieces[end]) && end > at + 1 && pieces[end + 1]?.kind === "term"))
    )
      end++;
    // 「外国で生産された特定のレアアース関連製品」: an adjective the clause ends on (特定の) goes with the noun after it:
    // the clause describes "specific rare earth-related products".
    const describedAdjective = pieces[at + 1];
    if (
      end === at + 2 &&
      describedAdjective?.kind === "term" &&
      adjectives(describedAdjective.english[0]!) &&
      ofLink(pieces[end]) &&
      pieces[end + 1]?.kind === "term"
    ) {
      let last = end + 1;
      while (pieces[last + 1]?.kind === "term") last++;
      const nouns = pieces.slice(end + 1, last + 1);
      const named = undated(nouns);
      if (named !== undefined)
        pieces = [
          ...pieces.slice(0, at + 1),
          nounTerm(`${describedAdjective.english[0]} ${named}`),
          ...pieces.slice(last + 1),
        ];
    }
    const head = pieces.slice(at + 1, end);
    // 「…際の官民連携等」: the etc. of the noun stays with it, before the time it is for.
    const etc = forTime && pieces[end]?.kind === "etc";
    if (etc) end++;
    const bare = head.length === 0 ? undefined : head.some(isPair) ? coordinated(head) : undated(head);
    const noun = bare !== undefined && etc ? `${bare}, etc.,` : bare;
    const before = out.slice(start);
    // 「連携を強化するための官民対話」: "public-private dialogue to strengthen cooperation".
    const aim = forNoun ? infinitive(before) : undefined;
    // 「…がサイバー攻撃を受けた際の官民連携」: "public-private partnership for when … receive cyberattacks", only
    // with the clause's own subject.
    const time =
      forTime && before.some((word) => word.kind === "case" && word.marks === "subject") ? clause(before) : undefined;
    const english =
      noun === undefined
        ? undefined
        : forTime
          ? time === undefined
            ? undefined
            : `${noun} for when ${time}`
          : !forNoun
            ? relativeClause(before, noun)
            : aim === undefined
              ? undefined
              : `${noun} to ${aim}`;
    if (english === undefined) return undefined;
    out.splice(start, out.length - start, nounTerm(english));
    at = end - 1;
  }
  return out;
}

/**
 * ・ between two nouns (知見・分析能力), which a clause before them describes together. Not a comma, nor と or や, which
 * may join a whole phrase to the one the clause describes (「我が国を取り巻く環境変化と日本経済」).
 */
function isPair(piece: Piece | undefined): boolean {
  return piece?.kind === "and" && !piece.comma && !piece.notOnly && !piece.phrases;
}

function isGerund(piece: Piece | undefined): boolean {
  return piece?.kind === "term" && piece.english[0] === GERUND;
}

/** Nouns a clause before them names the content of (観点, 目的): English joins the action with "of". */
const OF_ACTION_HEADS = new Set([
  "premise",
  "perspective",
  "viewpoint",
  "purpose",
  "aim",
  "goal",
  "objective",
  "need",
  "importance",
  // 「適切な対策を講じるという姿勢」: the stance the clause names (stance of taking …).
  "stance",
  // 「…を失うような場合への対策」: the cases the clause names (cases of losing …).
  "cases",
]);

/** The noun a clause describes, and the clause after it as English puts it. */
function relativeClause(pieces: readonly Piece[], head: string | undefined): string | undefined {
  if (head === undefined) return undefined;
  // 「極微量であっても…を含む」: "even in trace amounts" goes after what the verb takes, the other adverbs before it.
  const adverbWords = pieces.flatMap((piece) => (piece.kind === "adverb" ? [piece.english] : []));
  const adverbs = adverbWords.filter((word) => !word.startsWith("even ")).map((word) => `${word} `);
  const trailing = adverbWords.filter((word) => word.startsWith("even ")).map((word) => ` ${word}`);
  const words = pieces.filter((piece) => piece.kind !== "adverb");
  // 「…を取得していない取引先」: business partners not obtaining …; the denial goes before the verb's form.
  const denied = words.at(-1)?.kind === "not";
  if (denied) {
    words.pop();
    adverbs.unshift("not ");
  }
  const passive = words.at(-1)?.kind === "passive";
  if (passive) words.pop();
  // 「管理を強化すべき重要技術」: what should be done to the noun's (technologies for which control should be strengthened).
  const should = words.at(-1)?.kind === "modal" ? (words.pop() as { english: string }).english : undefined;
  const verb = words.pop();
  if (verb?.kind !== "term" || !verb.action) return undefined;
  const base = verbOf(verb);
  if (base === undefined) return undefined;
  const split = byRole(words);
  if (split === undefined) return undefined;
  const { roles, current } = split;
  const objects = [
    ...roles.filter(({ role }) => role === "object"),
    ...(current.length > 0 ? [{ role: "object" as Case, words: current }] : []),
  ];
  const subjects = roles.filter(({ role }) => role === "subject");
  // 「本年4月に開催された会議」: when the action was done (held in April this year), said last.
  const dates = roles.filter(({ role }) => role === "when").map(({ words }) => nounPhrase(words));
  const others = roles.filter(({ role }) => !["subject", "object", "topic", "when"].includes(role));
  // 「自社の技術情報に関わる人物」「正社員に限った議論」: the noun as the verb's participle has it (involved in, limited to).
  const participle = PARTICIPLE_TO[base];
  const to = roles.filter(({ role }) => role === "to");
  if (
    participle !== undefined &&
    to.length === 1 &&
    roles.length === 1 &&
    current.length === 0 &&
    !passive &&
    !should
  ) {
    const phrase = nounPhrase(to[0]!.words);
    return phrase === undefined ? undefined : `${head} ${adverbs.join("")}${participle} ${definite(phrase)}`;
  }
  // 「国内において…の指示の下で行動する者」: where and how an action with no object is done, each said as it is.
  const placedOnly =
    objects.length === 0 &&
    subjects.length === 0 &&
    others.length > 0 &&
    others.length <= 2 &&
    others.every(
      ({ role }) =>
        INTRANSITIVE_ROLES.has(role) ||
        (role === "to" && (VERB_TO[base] !== undefined || PARTICIPLE_TO[base] !== undefined)),
    );
  // One particle at most: a longer clause (「今春を目途に中間報告を取りまとめる予定」) is beyond what this reads safely.
  const undatedRoles = roles.filter(({ role }) => role !== "when");
  // What should be done to the noun's (「…の観点から管理を強化すべき重要技術」): its object, and where or how at most.
  const shouldPlaced =
    should !== undefined &&
    objects.length === 1 &&
    others.length <= 1 &&
    others.every(({ role }) => INTRANSITIVE_ROLES.has(role));
  // 「転職によって技術優位性を失う場合」: the content a noun of view or of cases names, with its object and how at most.
  const contentPlaced =
    OF_ACTION_HEADS.has(head) &&
    subjects.length === 0 &&
    objects.length === 1 &&
    others.length === 1 &&
    (others[0]!.role === "by" || INTRANSITIVE_ROLES.has(others[0]!.role));
  if (
    roles.some(({ role }) => role === "topic" || role === "also") ||
    dates.length > 1 ||
    dates.some((date) => date === undefined) ||
    (undatedRoles.length > 1 && !placedOnly && !shouldPlaced && !contentPlaced)
  )
    return undefined;
  const read = (list: { words: Piece[] }[]) => list.map(({ words: phrase }) => nounPhrase(phrase));
  const objectWords = read(objects);
  const subjectWords = read(subjects);
  const otherWords = others.map(({ role, words: phrase }) => {
    // 国内において: "in Japan", the glossary's own phrase, not "in domestic".
    const single = phrase.length === 1 && phrase[0]!.kind === "term" ? phrase[0] : undefined;
    const own =
      role === "in"
        ? (single?.english.find((form) => form.startsWith("in ")) ??
          // 外国で: "abroad", not "in foreign".
          single?.english.find((form) => form === "abroad" || form === "overseas"))
        : undefined;
    if (own !== undefined) return own.replace(/\bjapan\b/u, "Japan");
    const english = nounPhrase(phrase);
    return english === undefined ? undefined : withPreposition(prepositionOf(role, base), english);
  });
  if ([...objectWords, ...subjectWords, ...otherWords].some((word) => word === undefined)) return undefined;
  const tail = [...[...otherWords, ...dates.map((date) => onDate(date!))].map((word) => ` ${word}`), ...trailing].join(
    "",
  );
  if (should !== undefined) {
    if (passive || denied || subjects.length > 0 || objects.length !== 1 || head === GERUND) return undefined;
    return `${head} for which ${objectWords[0]} ${should} be ${adverbs.join("")}${participleOf(base)}${tail}`;
  }
  // 「営業秘密を保護すること」: the action itself, named by its -ing form (protecting trade secrets).
  if (head === GERUND) {
    if (passive || subjects.length > 0) return undefined;
    const ing = listedIng(verb.english, base) ?? ingOf(base);
    if (objects.length > 0) return `${adverbs.join("")}${ing} ${objectWords.join(" and ")}${tail}`;
    return placedOnly ? `${adverbs.join("")}${ing}${tail}` : undefined;
  }
  // The noun is what the action is done to: "guideline published (by government)".
  // (Not a verb with no object of its own: 「双方が歩み寄るコミュニケーション」 is no communication "compromised by" both,
  // nor 「政官民が取り組む体制」 a system "tackled by" them.)
  if (
    passive ||
    (objects.length === 0 && subjects.length === 1 && !INTRANSITIVE.has(base) && VERB_TO[base] === undefined)
  )
    return `${head} ${adverbs.join("")}${participleOf(base)}${subjects.length === 1 && !passive ? ` by ${subjectWords[0]}` : ""}${tail}`;
  // The noun does the action: "act acquiring trade secrets"; a noun of purpose or view is "of" it: 「…を確保する観点」
  // → "perspective of securing …".
  if (objects.length > 0 && subjects.length === 0) {
    const ing = listedIng(verb.english, base) ?? ingOf(base);
    const of = OF_ACTION_HEADS.has(head) ? "of " : "";
    return `${head} ${of}${adverbs.join("")}${ing} ${objectWords.join(" and ")}${tail}`;
  }
  // 「指示の下で行動する者」: an action with no object, only where or how: "persons acting under instruction". Not with
  // に or による, whose English preposition depends on the verb (に取り組む: tackle, によって感じた: felt through).
  // 「経済安全保障の観点から実施する行為」: a verb that takes an object, with none, is done to the noun (acts conducted
  // from …).
  if (placedOnly && !OF_ACTION_HEADS.has(head) && TRANSITIVE.has(base))
    return `${head} ${adverbs.join("")}${participleOf(base)}${tail}`;
  if (placedOnly && !OF_ACTION_HEADS.has(head))
    return `${head} ${adverbs.join("")}${listedIng(verb.english, base) ?? ingOf(base)}${tail}`;
  return undefined;
}

/** Verbs that take no object: the noun a clause with one describes is not what they act on. */
const INTRANSITIVE: ReadonlySet<string> = new Set(["arise", "compromise", "occur", "emerge", "happen", "exist"]);

/** Verbs that always take an object: with none in a clause, the noun it describes is what they act on. */
const TRANSITIVE: ReadonlySet<string> = new Set([
  "conduct",
  "implement",
  "carry out",
  "perform",
  "publish",
  "announce",
  "adopt",
  "establish",
  "designate",
  "hold",
  "issue",
  "impose",
  "introduce",
  "provide",
  "spend",
  "allocate",
  "disclose",
]);

/** Where or how an action with no object is done, said with the same preposition whatever the verb. */
const INTRANSITIVE_ROLES: ReadonlySet<Case> = new Set([
  "using",
  "under",
  "in",
  "from",
  "with",
  "based on",
  "in accordance with",
]);

/** 「対象:半導体、蓄電池」「10%→1%」: each side read, the mark kept. */
const SEPARATOR = /\s*([:→⇒※])\s*/u;

/**
 * The first match of `pattern` outside brackets: 「閾値引下げ(現行10%→1%:…)」 is one phrase with an aside, whose
 * arrow and colon belong to the aside.
 */
function outsideBrackets(text: string, pattern: RegExp): RegExpMatchArray | null {
  const global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
  for (const match of text.matchAll(global)) {
    const before = text.slice(0, match.index);
    const open = (before.match(/[(（「『【[<]/gu) ?? []).length;
    const close = (before.match(/[)）」』】\]>]/gu) ?? []).length;
    if (open === close) return match;
  }
  return null;
}

function englishOfText(written: string, morphology: Morphology): string | undefined {
  // 「5%(①…)」: kuromoji takes %( for one word; apart, the bracket opens an aside.
  const text = written.replace(/%(?=[(（])/gu, "% ");
  // 「(うち経産省関連4)」: how many of those before are of a kind (of which 4 METI-related).
  const ofWhich = text.match(/^うち(\S+?)(\d+)$/u);
  if (ofWhich) {
    const kind = englishOfText(ofWhich[1]!, morphology);
    return kind === undefined ? undefined : `of which ${ofWhich[2]} ${lowerFirst(kind)}`;
  }
  // 「<場所>経済産業省本館…」: a slide's label before what it labels.
  const labelled = text.match(/^<([^<>]{1,10})>\s*(\S.*)$/u);
  if (labelled) {
    const [label, rest] = [englishOfText(labelled[1]!, morphology), englishOfText(labelled[2]!, morphology)];
    return label === undefined || rest === undefined ? undefined : `${label}: ${lowerFirst(rest)}`;
  }
  // 「①中核的国防支出は少なくとも3.5%、②…は上限1.5%」: numbered items inside brackets, each read on its own
  // (NFKC has made ① a 1 by now: items numbered 1, 2, … in turn, each after a comma.)
  const items = text.split(/、(?=\d(?![\d.,%]))/u);
  if (items.length >= 2 && items.every((item, at) => new RegExp(`^${at + 1}(?![\\d.,%])`, "u").test(item))) {
    const read = items.map((item, at) => {
      const english = englishOfText(item.slice(String(at + 1).length), morphology);
      return english === undefined ? undefined : `(${at + 1}) ${lowerFirst(english)}`;
    });
    return read.every((item) => item !== undefined) ? read.join(", ") : undefined;
  }
  // 「中国:55%、チリ:30%」: pairs of label and value, each read on its own.
  const pairs = text.split(/[、,]/u);
  if (pairs.length > 1 && pairs.every((pair) => SEPARATOR.test(pair))) {
    const read = pairs.map((pair) => englishOfText(pair, morphology));
    return read.every((pair) => pair !== undefined) ? read.join("; ") : undefined;
  }
  const separated = outsideBrackets(text, SEPARATOR);
  if (separated?.index !== undefined && separated.index > 0) {
    const left = englishOfText(text.slice(0, separated.index), morphology);
    const right = englishOfText(text.slice(separated.index + separated[0].length), morphology);
    if (left === undefined || right === undefined) return undefined;
    return separated[1] === ":"
      ? `${left}: ${right}`
      : separated[1] === "※"
        ? `${left} (note: ${right})`
        : `${left} → ${right}`;
  }
  // 「このため、…」「例えば、…」: a word that links the sentence to the one before, said first as English says it.
  const opener = text.match(OPENER);
  if (opener) {
    const rest = englishOfText(text.slice(opener[0].length), morphology);
    const word = OPENERS[opener[1]!]!;
    // 「また、…も協力」: also said once.
    const said = rest?.replace(new RegExp(`^${word} `, "iu"), "");
    // "note that" runs on into its clause; the others are set off by a comma.
    return said === undefined ? undefined : `${word}${word.endsWith(" that") ? "" : ","} ${said}`;
  }
  // 「うち20億ドルは…」: a share of the sum the line before gives (of which, …).
  const share = text.match(/^うち(?=[0-9０-９])/u);
  if (share) {
    const rest = englishOfText(text.slice(share[0].length), morphology);
    return rest === undefined ? undefined : `of which ${lowerFirst(rest)}`;
  }
  // 「第3に、…」「第二に、…」: a point a speech numbers, said as English numbers one (third, …).
  const numbered = text.match(ORDINAL_OPENER);
  const point = numbered ? japaneseNumber(numbered[1]!) : undefined;
  if (numbered && point !== undefined) {
    const rest = englishOfText(text.slice(numbered[0].length), morphology);
    return rest === undefined ? undefined : `${ordinalWord(point)}, ${lowerFirst(rest)}`;
  }
  // 「…が提起され、「…が必要」とされた」: what was said, quoted, after what led to it.
  const stated = text.match(QUOTED_STATEMENT);
  if (stated) {
    const [led, said] = [stated[1]!, stated[2]!].map((part) => englishOfText(part, morphology));
    // The clause before takes the past of 「とされた」 (the issue was raised, and it was stated …).
    const past = led?.replace(/\b(is|are) (?=\w+(?:ed|en)\b)/u, (be) => (be === "is " ? "was " : "were "));
    return past === undefined || said === undefined ? undefined : `${past}, and it was stated that ${lowerFirst(said)}`;
  }
  // 「以下「有識者会議」という。」: the short name the text goes on to use (hereinafter "expert meeting").
  const hereinafter = text.match(/^以下[、,]?\s*「([^「」]+)」という。?$/u);
  if (hereinafter) {
    const name = englishOfText(hereinafter[1]!, morphology);
    return name === undefined ? undefined : `hereinafter "${lowerFirst(name)}"`;
  }
  // 「セキュリティ・クリアランスとは、…を定めるもの」「経済安全保障とは、…を確保すること」: a definition, said as one.
  const defined = definition(text, morphology);
  if (defined !== undefined) return defined;
  // 「第四条政府は、…」: a provision's article number, said first.
  const article = text.match(/^第([0-9〇一二三四五六七八九十]+)条\s*(?=\S)/u);
  const articleNumber = article ? japaneseNumber(article[1]!) : undefined;
  if (article && articleNumber !== undefined) {
    const rest = englishOfText(text.slice(article[0].length), morphology);
    return rest === undefined ? undefined : `Article ${articleNumber}: ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  // 「…検討を加え、必要があると認めるときは、…措置を講ずる」: a provision's condition, as law in English words it.
  const found = text.match(/^(.+[^、])、\s*必要があると認めるときは、\s*(.+)$/u);
  if (found) {
    const [before, after] = [found[1]!, found[2]!].map((part) => englishOfText(part, morphology));
    return before === undefined || after === undefined
      ? undefined
      : `${before}, and when it finds it necessary, ${lowerFirst(after)}`;
  }
  // 「技術移転を止めることが目的ではなく、技術管理を徹底することが目的」: what the aim is not, and what it is.
  const contrasted = text.match(NOT_BUT_AIM);
  if (contrasted) {
    const [not, said] = [contrasted[1]!, contrasted[3]!].map((action) => {
      const pieces = lex(action, morphology, (inner) => englishOfText(inner, morphology));
      return pieces && infinitive(pieces);
    });
    const aim = lex(contrasted[2]!, morphology, () => undefined);
    const noun = aim?.length === 1 && aim[0]!.kind === "term" && !aim[0]!.action ? aim[0]!.english[0] : undefined;
    if (not === undefined || said === undefined || noun === undefined) return undefined;
    return `the ${noun} is not to ${not}, but to ${said}`;
  }
  // 「…を行うことが必要」: an action said to be needed, with no subject of its own (it is necessary to …).
  const needed = text.match(NEEDED_ACTION);
  if (needed) {
    const pieces = lex(needed[1]!, morphology, (inner) => englishOfText(inner, morphology));
    const action = pieces && neededAction(pieces);
    const quality = lex(needed[3]!, morphology, () => undefined)?.[0];
    if (action === undefined || quality?.kind !== "term" || !quality.adjectival) return undefined;
    const said = `it is ${needed[2] === "も" ? "also " : ""}${quality.english[0]} to ${action.aim}`;
    return action.lead === undefined ? said : `${action.lead}, ${said}`;
  }
  // 「(~12月26日)」: until the date.
  const until = text.match(/^[~〜～]\s*(\d.*)$/u);
  if (until) {
    const end = englishOfText(until[1]!, morphology);
    return end === undefined ? undefined : `until ${end}`;
  }
  // 「令和四年法律第四十三号」: an Act's number as Japan cites it (Act No. 43 of 2022).
  const lawNumber = text.match(LAW_NUMBER);
  if (lawNumber) {
    const year = japaneseNumber(lawNumber[2]!);
    const n = japaneseNumber(lawNumber[3]!);
    if (year !== undefined && n !== undefined) return `Act No. ${n} of ${ERA_YEAR_BEFORE[lawNumber[1]!]! + year}`;
  }
  // A document's fixed section names, which no glossary lists as words.
  const section = SECTION_NAMES[text];
  if (section) return section;
  // 「組織の代表者を輸出管理の責任者とする」: one thing made another, the two noun phrases read on their own.
  const made = text.match(MADE_INTO);
  if (made) {
    const [thing, role] = [made[1]!, made[2]!].map((phrase) => englishOfText(phrase, morphology));
    return thing === undefined || role === undefined
      ? undefined
      : `Designate ${lowerFirst(thing)} as ${lowerFirst(role)}`;
  }
  // 「対応を単なるコストではなく、投資と捉える」: one thing regarded as another, and what it is not regarded as.
  const regarded = text.match(REGARDED_AS);
  if (regarded) {
    const [thing, not, role] = [regarded[1]!, regarded[2], regarded[3]!].map((phrase) =>
      phrase === undefined ? "" : englishOfText(phrase, morphology),
    );
    if (thing === undefined || not === undefined || role === undefined) return undefined;
    const verb = regarded[4]!.startsWith("位置") ? "Position" : "Regard";
    return `${verb} ${lowerFirst(thing)} as ${lowerFirst(role)}${not ? `, not as ${lowerFirst(not)}` : ""}`;
  }
  // 「…の策定が必要ではないか」: a member's suggestion, asked as English asks one (isn't … necessary?).
  const suggested = text.match(/^(.+?)(?:なの)?ではないか$/u);
  if (suggested) {
    const said = englishOfText(suggested[1]!, morphology);
    const toDo = said?.match(/^it is (also )?(necessary|important|essential) to (.+)$/u);
    if (toDo) return `Isn't it ${toDo[1] ?? ""}${toDo[2]} to ${toDo[3]}?`;
    const quality = said?.match(/^(.+) (is|are) (also )?(necessary|important|essential)$/u);
    if (quality === undefined || quality === null) return undefined;
    return `${quality[2] === "is" ? "Isn't" : "Aren't"} ${lowerFirst(quality[1]!)} ${quality[3] ?? ""}${quality[4]}?`;
  }
  // 「国際協調を進めていきたい」: what the speaker would like to do.
  const wished = wishedAction(text, morphology);
  if (wished) {
    const action = englishOfText(wished, morphology);
    return action === undefined || !/^[A-Za-z][a-z]+ /u.test(action)
      ? undefined
      : `We would like to ${lowerFirst(action)}`;
  }
  // 「対話を欠かさない」「…を実施しない」: an action the line says not to take, read as the action and "do not".
  const negated = negatedAction(text, morphology);
  if (negated) {
    const action = englishOfText(negated.positive, morphology);
    return action === undefined || !/^[A-Za-z][a-z]+ /u.test(action)
      ? undefined
      : `${negated.never ? "Never" : "Do not"} ${lowerFirst(action)}`;
  }
  const pieces = lex(text, morphology, (inner) => englishOfText(inner.replace(/。$/u, ""), morphology));
  const read = pieces && sentence(pieces);
  if (read !== undefined) return read;
  // 「パブリックコメントを開始(~12月26日)」: an aside after the line's verb is said after the sentence.
  const aside = text.match(TRAILING_ASIDE);
  if (!aside) return undefined;
  const [main, inner] = [aside[1]!, aside[2]!].map((part) => englishOfText(part, morphology));
  return main === undefined || inner === undefined ? undefined : `${main} (${inner})`;
}

/**
 * 「AとはBもの」: A is something that does B; 「AとはBすること」: A means doing B; 「AとはB(名詞)」: A means B. Undefined
 * when a part does not read.
 */
function definition(text: string, morphology: Morphology): string | undefined {
  const match = text.match(DEFINED);
  if (!match) return undefined;
  // The term defined is a noun phrase (「日本は…相手国とはEPA締結済み」 is no definition, but "with" them).
  const named = lex(match[1]!, morphology, (inner) => englishOfText(inner, morphology));
  if (named === undefined || named.some((piece) => !NAMING_PIECES.has(piece.kind))) return undefined;
  const term = englishOfText(match[1]!, morphology);
  if (term === undefined) return undefined;
  const body = match[2]!;
  const ending = body.match(/^(.+[^、])(もの|こと)$/u);
  if (ending) {
    const pieces = lex(ending[1]!, morphology, (inner) => englishOfText(inner, morphology));
    const action = pieces && infinitive(pieces);
    if (action === undefined) return undefined;
    if (ending[2] === "こと") {
      const doing = ingClause(action);
      return doing === undefined ? undefined : `${term} means ${doing}`;
    }
    const does = thirdPersonClause(action);
    return does === undefined ? undefined : `${term} is something that ${does}`;
  }
  const pieces = lex(body, morphology, (inner) => englishOfText(inner, morphology));
  const last = pieces?.at(-1);
  // Only a noun phrase: a clause ending in a verb says what is done, no definition.
  if (pieces === undefined || last?.kind !== "term" || last.action) return undefined;
  const relatives = withRelatives(pieces);
  const phrase = relatives && nounPhrase(relatives);
  return phrase === undefined ? undefined : `${term} means ${lowerFirst(phrase)}`;
}

/** What a defined term is made of: nouns, their links and asides, and 等. */
const NAMING_PIECES: ReadonlySet<Piece["kind"]> = new Set(["term", "link", "aside", "etc", "prefix", "figure", "and"]);

const DEFINED = /^([^、。]{1,30}?)とは[、,]?\s*(\S.*)$/u;

/** "appropriately manage information" → "appropriately manages information": an infinitive said of one thing. */
function thirdPersonClause(infinitive: string): string | undefined {
  return withVerbInflected(infinitive, thirdPerson);
}

/** Words a sentence opens with that link it to the one before, and their English. */
const OPENERS: Readonly<Record<string, string>> = {
  また: "also",
  このため: "for this reason",
  そのため: "for this reason",
  その際: "in doing so",
  その上で: "on that basis",
  例えば: "for example",
  具体的には: "specifically",
  一方: "meanwhile",
  一方で: "meanwhile",
  他方: "on the other hand",
  他方で: "on the other hand",
  加えて: "in addition",
  併せて: "at the same time",
  今後: "going forward",
  なお: "note that",
  // 「これに対して、」: in response to what the line before says, not the verb's に.
  これに対して: "in response to this",
  これに対し: "in response to this",
};

const LAW_NUMBER = /^(令和|平成|昭和)([元0-9〇一二三四五六七八九十]+)年法律第([0-9〇一二三四五六七八九十]+)号$/u;

const ORDINAL_OPENER = /^第([0-9〇一二三四五六七八九十]+)に、\s*(?=\S)/u;

const OPENER = new RegExp(`^(${Object.keys(OPENERS).join("|")})、\\s*(?=\\S)`, "u");

/**
 * The action a line says is needed, as an infinitive: 「…を維持し、…を確保する」 → "maintain …, and secure …"; 「…に配慮
 * しつつ、…を図る」 → "seek …, while considering …". What it is needed for (「企業が…を生き残る上で、」) leads the sentence:
 * "For companies to survive …".
 */
function neededAction(pieces: readonly Piece[]): { aim: string; lead?: string } | undefined {
  const purpose = pieces.findIndex((piece) => piece.kind === "purpose" && !piece.modifies);
  if (purpose >= 0) {
    const rest = neededAction(pieces.slice(purpose + 1));
    const before = pieces.slice(0, purpose);
    const subjects = before.flatMap((piece, at) =>
      piece.kind === "case" && (piece.marks === "subject" || piece.marks === "topic") ? [at] : [],
    );
    if (rest === undefined || rest.lead !== undefined || subjects.length > 1) return undefined;
    const subject = subjects.length === 1 ? definite(nounPhrase(before.slice(0, subjects[0]))) : undefined;
    const aim = infinitive(before.slice(subjects.length === 1 ? subjects[0]! + 1 : 0));
    if (aim === undefined || (subjects.length === 1 && subject === undefined)) return undefined;
    return { aim: rest.aim, lead: subject === undefined ? `To ${aim}` : `For ${pluralOf(subject)} to ${aim}` };
  }
  const during = pieces.findIndex((piece) => piece.kind === "while");
  if (during >= 0) {
    const alongside = infinitive(pieces.slice(0, during));
    const main = neededAction(pieces.slice(during + 1));
    const gerund = alongside === undefined ? undefined : ingClause(alongside);
    return gerund === undefined || main === undefined || main.lead !== undefined
      ? undefined
      : { aim: `${main.aim}, while ${gerund}` };
  }
  const clauses: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind === "break" && !piece.but) clauses.push([]);
    else clauses.at(-1)!.push(piece);
  }
  // Each clause with its relative clauses read (「…の観点から実施する行為について、」).
  const read = clauses.map((clause) => {
    const pieces = paused(clause);
    return pieces && infinitive(pieces);
  });
  if (read.some((aim) => aim === undefined)) return undefined;
  return { aim: read.map((aim, at) => (at === 0 ? aim! : lowerFirst(aim!))).join(", and ") };
}

/** 「…が提起され、「…が必要」とされた」: a clause, then a quote said as what was stated. */
const QUOTED_STATEMENT = /^(.+[^、])、\s*「([^「」]+)」とされ(?:た|ている)$/u;

/** 「AすることがNではなく、BすることがN」: two actions, the one N (an aim) is not and the one it is. */
const NOT_BUT_AIM = /^(.+[^、])ことが([^、。をがはにでと]{1,8})ではなく、\s*(.+[^、])ことが\2(?:である|です|だ)?$/u;

/** 「…を行うことが必要(である)」「…ことも重要」: an action and the quality of doing it. */
const NEEDED_ACTION = /^(.+[^、])こと(が|も|は)(重要|必要|不可欠|必須)(?:である|です|だ)?$/u;

const TRAILING_ASIDE = /^(.*\S)\s*\(([^()]+)\)$/u;

/** 「AをBと捉える」「AをCではなくBと位置付ける」 of noun phrases (no other particle than の in any). */
const REGARDED_AS =
  /^([^をがはにでと、]{2,30})を(?:([^をがはにでと、]{2,30})ではなく、?)?([^をがはにでと、]{2,30})と(捉える|考える|みなす|位置付ける|位置づける)$/u;

/**
 * 「…を進めていきたい」「…を確認したい」: an object, a verb and たい closing the line, as the line with the verb in its
 * plain form. Not a request of others (「…していただきたい」), which is no wish of the speaker's own action.
 */
function wishedAction(text: string, morphology: Morphology): string | undefined {
  if (!text.endsWith("たい")) return undefined;
  const tokens = morphology.morphemes(text);
  if (tokens.at(-1)?.basic_form !== "たい" || tokens.at(-1)?.pos !== "助動詞") return undefined;
  if (!tokens.some((token) => token.surface_form === "を" && token.pos === "助詞")) return undefined;
  const rest = tokens.slice(0, -1);
  // 「進めていき」: the verb before the auxiliary いく and its て.
  while (rest.length > 0 && (rest.at(-1)!.basic_form === "いく" || rest.at(-1)!.surface_form === "て")) rest.pop();
  const verb = rest.at(-1);
  if (verb?.pos !== "動詞" || ["いただく", "もらう", "くださる", "頂く"].includes(verb.basic_form)) return undefined;
  return `${text.slice(0, verb.word_position - 1)}${verb.basic_form}`;
}

/**
 * Verbs whose negation English says with another verb: 「欠かさない」 is never to neglect (怠る), not "do not lack".
 */
const NEGATED_AS: Readonly<Record<string, string>> = { 欠かす: "怠る" };

/**
 * 「…を実施しない」: an object, a verb and ない closing the line. Returned as the line with the verb in its plain form,
 * for the action to be read and negated. A verb with no object (「変わらない」) reads as a state, not an action.
 */
function negatedAction(text: string, morphology: Morphology): { positive: string; never: boolean } | undefined {
  // Every phrase of a line is read through here: only one that ends in ない is worth tokenising again.
  if (!text.endsWith("ない")) return undefined;
  const tokens = morphology.morphemes(text);
  const last = tokens.at(-1);
  const verb = tokens.at(-2);
  if (last?.surface_form !== "ない" || last.pos !== "助動詞" || verb?.pos !== "動詞") return undefined;
  if (!tokens.slice(0, -2).some((token) => token.surface_form === "を" && token.pos === "助詞")) return undefined;
  // 「企業は技術を保有していない」: a clause with its own subject is denied by the grammar (does not hold), not made an
  // instruction ("Do not …").
  if (tokens.some((token) => (token.surface_form === "は" || token.surface_form === "が") && token.pos === "助詞"))
    return undefined;
  const stem = text.slice(0, verb.word_position - 1);
  const replaced = NEGATED_AS[verb.basic_form];
  return { positive: `${stem}${replaced ?? verb.basic_form}`, never: replaced !== undefined };
}

const SECTION_NAMES: Readonly<Record<string, string>> = {
  はじめに: "Introduction",
  おわりに: "Conclusion",
  目次: "Contents",
};

/** 「AをBとする」 of two noun phrases (no other particle than の in either). */
const MADE_INTO = /^([^をがはにでと、]{2,30})を([^をがはにでと、]{2,30}(?<!もの|こと))とする$/u;

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** An item mark the line opens with: ① → (1), (2), 3. */
const ITEM_MARK =
  /^(?:([①-⑳])|[(（]([0-9０-９]{1,2})[)）]|([0-9]{1,2})(?:\.(?!\d)|\s(?=[^\s\d]))|(I{1,3}|IV|V|VI{1,3})(?:\.\s*|\s))\s*/u;

/**
 * The line in English, or undefined when a word or a construction is beyond the glossaries and the grammar. Each
 * sentence (。) is read, and all must be.
 */
export function englishReading(line: string, morphology: Morphology): string | undefined {
  // A table's rows shown one to a line (a timeline cut to the asked rows) are read row by row, all or none.
  if (line.includes("\n")) {
    const rows = line.split("\n").map((row) => englishReading(row, morphology));
    return rows.every((row) => row !== undefined) ? rows.join("; ") : undefined;
  }
  let body = line
    .replace(/\[\d+\]/gu, "")
    // Slides mark items with arrows, ticks and dashes as well as bullets (「▶ 研究会を設置」「✓ 有罪判決」「ー半導体」).
    .replace(/^[\s\-・●○◆◇■□※▶▷►➤✓✔◎ー]+/u, "")
    // 「本館 17 階第 1 特別会議室」: spaces a PDF's text leaves beside a number inside a phrase, which set no boxes apart.
    .replace(/(?<=\d)[ \u3000]+(?=[階第号条章])|(?<=[館階第])[ \u3000]+(?=\d)/gu, "")
    .trim();
  // 「<日時>2024年10月1日(火)15:00-17:00」: a meeting's date and hours, as the head of its minutes gives them.
  const held = body.normalize("NFKC").match(MEETING_TIME);
  if (held) {
    const date = englishDate(Number(held[1]), Number(held[2]), Number(held[3]));
    const weekday = held[4] ? ` (${WEEKDAYS[held[4]]})` : "";
    const hours = held[5] ? `, ${held[5]}-${held[6]}` : "";
    return date === undefined ? undefined : `Date and time: ${date}${weekday}${hours}`;
  }
  let mark = "";
  // 「角南篤　公益財団法人笹川平和財団理事長(座長)」: a person, then after a wide space who they are.
  const titledPerson = body.match(/^([^\s　]{2,8})　+([^\s(（].*)$/u);
  if (titledPerson) {
    const tokens = morphology.morphemes(titledPerson[1]!);
    const person = tokens.every((token) => token.pos_detail_2 === "人名")
      ? englishOfText(titledPerson[1]!, morphology)
      : undefined;
    const role = person === undefined ? undefined : englishOfText(titledPerson[2]!, morphology);
    if (person !== undefined && role !== undefined) return `${person}, ${lowerFirst(role)}`;
  }
  // 「→ 先端の安全保障技術は…」: what follows from the line before, said as such.
  const follows = body.match(/^[→⇒]\s*/u);
  if (follows) {
    mark = "→ ";
    body = body.slice(follows[0].length);
  }
  // 「①物品の詳細さ　②リアルタイム性　③対象範囲」: a line of numbered items only, each read, all or none.
  // (Apart by spaces, as a slide sets them; 「①…、②…を実施」 is one sentence, whose verb is of all of them.)
  if (/^[①-⑳][^①-⑳]+(?:[\s　]+[①-⑳][^①-⑳]+)+$/u.test(body) && !/、[①-⑳]/u.test(body)) {
    const items = body.split(/(?=[①-⑳])/u).map((item) => item.trim());
    const read = items.map((item) => {
      const english = englishReading(item.slice(1), morphology);
      return english === undefined ? undefined : `(${item.charCodeAt(0) - 0x245f}) ${english}`;
    });
    return read.every((item) => item !== undefined) ? `${mark}${read.join("; ")}` : undefined;
  }
  // Before NFKC, which reads ③ as a plain 3.
  const item = body.match(ITEM_MARK);
  if (item) {
    const n = item[1]
      ? item[1].charCodeAt(0) - 0x245f
      : item[4]
        ? item[4]
        : Number((item[2] ?? item[3])!.normalize("NFKC"));
    mark = `${mark}(${n}) `;
    body = body.slice(item[0].length);
  }
  // 「…①対日M&Aや…、②クロスボーダーの…」: items numbered inside a sentence are a list the grammar would run together.
  // Inside brackets (「5%(①…、②…)」) they are an aside's items, read each on its own.
  const asideItems = /[(（][①-⑳][^()（）、]*(?:、[①-⑳][^()（）、]*)+[)）]/gu;
  if (/[①-⑳]/u.test(body.replace(asideItems, ""))) return undefined;
  // 「第1章 生産拠点の…」「参考資料 …チェックリスト」: a chapter's or an appendix's title, read as its label and the title.
  const titled = body.normalize("NFKC");
  const chapter = titled.match(/^(?:第(\d{1,2})章\s+|参考資料\s*)(?=\S)/u);
  if (chapter) {
    mark = `${mark}${chapter[1] === undefined ? "Reference material" : `Chapter ${Number(chapter[1])}`}: `;
    body = titled.slice(chapter[0].length);
  }
  // A table's row read against its header (「参加国数: NSG (原子力供給国グループ) 48か国 / WA (…) 42か国」): its label,
  // then each column's value, all read or none.
  const headedRow = body.match(HEADED_ROW);
  if (headedRow) {
    const label = englishReading(headedRow[1]!, morphology);
    const cells = headedRow[2]!.split(" / ").map((cell) => englishReading(withoutNameGloss(cell), morphology));
    if (label === undefined || cells.some((cell) => cell === undefined)) return undefined;
    return `${mark}${label}: ${cells.join("; ")}`;
  }
  // 「→技術分野等によるスクリーニング 保全審査 保全指定 …」: a flow chart's boxes, set apart as the chart shows them, each
  // read, all or none.
  const boxes = boxesApart(body);
  if (boxes) {
    const read = boxes.map((box) => englishReading(box, morphology));
    if (read.some((box) => box === undefined)) return undefined;
    return `${mark}${read.map((box, at) => (at === 0 ? box! : lowerFirst(box!))).join(" / ")}`;
  }
  // 「自動車・自動車部品　追加関税率:25%」: a short label, one wide space, then what it labels (a row of two cells).
  // Not an item number (「(17の2)」) nor a person's name, whose title follows (read above, or left unread).
  const labelled = body.match(/^([^\s　(（]{2,12})　([^　\t]+)$/u);
  if (labelled && !morphology.morphemes(labelled[1]!).some((token) => token.pos_detail_2 === "人名")) {
    const [label, rest] = [englishReading(labelled[1]!, morphology), englishReading(labelled[2]!, morphology)];
    return label === undefined || rest === undefined ? undefined : `${mark}${label}: ${lowerFirst(rest)}`;
  }
  // 「…追加関税率:25% … 日本、EUについては、…15%」: an ellipsis between two statements, each read.
  const elided = body.split(/\s+…\s+/u);
  if (elided.length === 2) {
    const read = elided.map((part) => englishReading(part, morphology));
    return read.some((part) => part === undefined) ? undefined : `${mark}${read[0]} … ${lowerFirst(read[1]!)}`;
  }
  // A table's row (cells apart by wide spaces or tabs) is read against its header, not as a phrase.
  // Spaces around a colon or before an aside (「25/5/23 : 第7回有識者会議 (アクションプラン再改訂)」) set no cells apart.
  const cells = body.replace(/\s*([:：→⇒])\s*/gu, "$1").replace(/\s+(?=[(（](?!\d{1,2}[)）]))/gu, "");
  if (/[\u3000\t]|\S\s{2,}\S/u.test(body) || (cells.match(/ /gu)?.length ?? 0) > 2) return undefined;
  // 「→技術分野等によるスクリーニング保全審査保全指定外国出願制限補償」: a flow chart's boxes run together, twenty
  // characters and more with no particle or mark between them, are no phrase the grammar can order.
  if (RUN_ON_BOXES.test(body.normalize("NFKC"))) return undefined;
  body = body
    .normalize("NFKC")
    // ※1, or ※ right after a word (「特定重要物資※を指定」): a footnote's mark, not a note.
    // 「(※1)」: a footnote's mark in brackets of its own, no aside.
    .replace(/\(※\d*\)/gu, "")
    .replace(/※\d+|※(?=[をがはのにでと、。)]|$)/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  // 「(参考) 貿易管理のミッション」: a label the line opens with stays first.
  const label = body.match(/^\((参考|注)\)\s*/u);
  if (label) {
    mark = `${mark}(${label[1] === "参考" ? "reference" : "note"}) `;
    body = body.slice(label[0].length);
  }
  if (body.toLowerCase().length !== body.length) return undefined;
  const sentences = outsideBracketsSplit(body)
    .map((part) => part.trim())
    .filter(Boolean);
  if (sentences.length === 0) return undefined;
  const read: string[] = [];
  for (const part of sentences) {
    const english = englishOfText(part, morphology);
    if (english === undefined) return undefined;
    read.push(english.charAt(0).toUpperCase() + english.slice(1));
  }
  const english = `${mark}${read.map(capitalised).join(". ")}`;
  // A timeline's row (「2023年12月 黒鉛」) is its date and what it dates, not a sentence set in that month.
  const dated = TIMELINE_ROW.test(body) ? english.match(/^In ([A-Z][a-z]+ \d{4}), (.+)$/u) : null;
  // An era's year the figures did not turn into the Western year (「令和3、4年度」 → "reiwa 3 and 4") says nothing to an
  // English reader: the line stays in Japanese.
  if (/\b(?:reiwa|heisei|showa)\b/iu.test(english)) return undefined;
  return dated ? `${dated[1]}: ${dated[2]}` : english;
}

const RUN_ON_BOXES = /[\p{Script=Han}\p{Script=Katakana}ー]{20,}/u;

/** Sentences apart at 。, but not at one inside brackets (「(以下「有識者会議」という。)」 is an aside of its sentence). */
function outsideBracketsSplit(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if ("(「『【[<".includes(char)) depth++;
    else if (")」』】]>".includes(char)) depth = Math.max(0, depth - 1);
    else if (char === "。" && depth === 0) {
      sentences.push(text.slice(start, at));
      start = at + 1;
    }
  }
  sentences.push(text.slice(start));
  return sentences;
}

const MEETING_TIME =
  /^<日時>\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:\(([月火水木金土日])\))?\s*(?:(\d{1,2}:\d{2})\s*[-~〜–]\s*(\d{1,2}:\d{2}))?$/u;

const WEEKDAYS: Readonly<Record<string, string>> = {
  月: "Mon",
  火: "Tue",
  水: "Wed",
  木: "Thu",
  金: "Fri",
  土: "Sat",
  日: "Sun",
};

/**
 * Each sentence (。) of a line of two or more in English, or undefined where it cannot be read: a remark read in part
 * ("The United States places CFIUS under the Ministry of Finance") says more to an English reader than key words.
 * Undefined for a line of one sentence.
 */
export function englishSentences(line: string, morphology: Morphology): ReadSentence[] | undefined {
  const sentences = line
    .replace(/\[\d+\]/gu, "")
    .split("。")
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
  if (sentences.length < 2) return undefined;
  return sentences.map((text) => ({ text, english: englishReading(`${text}。`, morphology) }));
}

/** A sentence of a line, and its English when the glossaries and the grammar read it whole. */
export interface ReadSentence {
  text: string;
  english: string | undefined;
}

/** A row as table-rows.ts writes it against its header: 「label: column value / column value」. */
const HEADED_ROW = /^([^:/]{1,30}): ((?:[^/]+ \/ )+[^/]+)$/u;

/**
 * 「NSG (原子力供給国グループ) 48か国」: a Latin name's Japanese gloss in brackets only says the name again; the name
 * stays, as the asker of an English question knows it.
 */
function withoutNameGloss(cell: string): string {
  return cell.replace(/^([A-Z][A-Za-z0-9&.-]*)\s*\([^()]*\)\s*/u, "$1 ");
}

/** A row of a timeline: a month of a year, a space, and the row's words (no clause of its own). */
const TIMELINE_ROW = /^(?:19|20)\d{2}年\d{1,2}月 [^、。を]+(?:、[^、。を]+)*$/u;
