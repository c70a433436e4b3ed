import { WHEN_ASKED } from "../retrieve/asked-type.ts";
import { foldForMatch } from "../retrieve/fold.ts";
import { countedLetters, JAPANESE_SCRIPT } from "../retrieve/query-analyzer.ts";
import { type NounClass, nounClassOf } from "./noun-classes.ts";
import type { AskedType, QuestionAnalysis, QuestionPart } from "./question-analysis.ts";

/** "in FY2021 and FY2022", "for 2023 and 2024": years asked each for itself, not a range ("between FY2021 and FY2025"). */
const YEARS_JOINED =
  /(?<!\bbetween\s+(?:fy\s?|fiscal\s+(?:year\s+)?)?)\b(?:fy\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d{2}\s*(?:,|and|&)\s*(?:fy\s?|fiscal\s+(?:year\s+)?)?(?:19|20)\d{2}\b/iu;
/** A year as the question's focus reads it: 令和3年度, 2021年度, 2021年. */
const YEAR_PHRASE = /^(?:\d{4}|令和\d{1,2}|平成\d{1,2})年度?$/u;

/** The years a clause asks of each (令和3年度, 令和4年度 of "in FY2021 and FY2022"): each has a value of its own. */
function joinedYears(clause: string, focus: readonly string[]): string[] {
  const years = focus.filter((phrase) => YEAR_PHRASE.test(phrase));
  return years.length >= 2 && YEARS_JOINED.test(clause) ? years : [];
}

/** "which law", "which 2025 law", "which ministry": one thing asked by a singular noun (not "which sectors"). */
const WHICH_ONE =
  /\bwhich (?:\d{4} )?(?:[a-z-]+ )?(?:law|act|ministry|agency|body|organi[sz]ation|company|firm|country|document|meeting|council|committee|office|department|system|scheme|programme|program|framework|strategy|plan|guideline|edition|version)\b(?!s)/i;

/** English question cues, first match wins: the asked type of one English clause. */
const CUES: [AskedType, RegExp][] = [
  ["comparison", /\b(difference|differ|compare[ds]?|comparison|versus|vs\.?)\b/i],
  ["reason", /\b(why|reason|rationale|purpose)\b/i],
  [
    "date",
    new RegExp(
      `${WHEN_ASKED.source}|\\b(what (date|year|month|time)|since when|until when|deadline|how long|(exact|specific)( \\w+)? date|month and day)\\b`,
      "i",
    ),
  ],
  [
    "amount",
    /\b(how much|what (amount|percentage|share|rate)|what ([a-z-]+ ){0,3}(size|scale|shares?|shareholdings?|stakes?|thresholds?|percentages?|rates?|ratios?)|market size|budget|cost|price|(tax|tariff|subsidy|interest) rates?|percentages?|fines?|fees?)\b/i,
  ],
  ["count", /\bhow many\b/i],
  // "which law" asks for one thing, as "what is" does; "which sectors", "what principles should…" and "what basic
  // principles are executives expected to…" for the items (what one is to do, as "should" says; not "what concerns
  // were raised", which one remark may answer).
  // "list-controlled items" names a kind of item; it does not ask for a list.
  ["definition", WHICH_ONE],
  // "What elements did it identify as necessary": the things a document sets out are its items, as 「要素として何が
  // 整理されていますか」 asks.
  [
    "list",
    /\bwhat ([a-z-]+ )?[a-z]{3,}[^siu\s]s (did|does|do)\b[^?]*\b(identify|list|set out|name|cite|specify|enumerate)\b/i,
  ],
  [
    "list",
    /\b(what are|which|who (are|were)|list(?!-)|name (the|all)|what (kinds?|types?|sectors|technologies|items|measures)|what ([a-z-]+ )?[a-z]{3,}[^s\s]s (should|must|can|could|will|would)|what ([a-z-]+ )?[a-z]{3,}[^siu\s]s (are|were) (?:[a-z-]+ ){1,3}(?:expected|required|supposed|asked|encouraged|obliged|urged) to|what \d+ (?:[a-z-]+ )?[a-z]{3,}[^s\s]s)\b/i,
  ],
  // "How does the system work" asks what the mechanism is (「どういう仕組み」), "how does the paper define (explain,
  // describe) X" and "how is X defined" what X is, and "how does the material explain what X is" asks what X is: none
  // asks for steps.
  [
    "definition",
    /\bhow (?:do|does|did|would|will|is|are|was|were)\b[^?.;:]*?\b(?:work|works|operate|operates|function|functions|define|defines|defined|explain|explains|explained|describe|describes|described)\b|\b(?:explain|describe)s? what\b/i,
  ],
  ["procedure", /\b(how (do|does|can|should|to)|what should|steps?|procedure|process for)\b/i],
  ["definition", /\b(what (is|does|was)|what's|who|whom|mean|explain|describe)\b/i],
  ["yes-no", /^(is|are|does|do|did|can|could|should|will|has|have|was|were)\b/i],
];

// "I" only as a capital: a lower-case i is no pronoun in a question typed with care, and /i would read "i.e.".
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|I|I'm|I've|I'd)\b/u;
const LEGALITY =
  /\b(legal|legally|illegal|lawful|lawfully|unlawful|break(?:s|ing)? (?:any|the|a) (?:laws?|rules?)|against the law|allowed|permitted|violat\w*|breach\w*|ok|okay|need (a |an )?([\w-]+ ){0,3}(license|licence|permit|approval|notification)|required to (notify|report|file|apply)|(have|need) to (file|notify|report|apply)|comply|compliant|infring\w*|approved|sue|liable|liability|penali[sz]ed|fined|prosecuted|(?:antitrust|antimonopoly|legal|competition[- ]law|compliance) (?:problem|issue|risk)s?|(?:problem|issue) under|break(?:s|ing)? [A-Z]{2,}\w*|(?:get|be|are|is) in trouble|should (?:we|i|my \w+|our \w+) (?:report|notify|file|apply)|(?:have|has|need|needs) to (?:stop|cease|halt|suspend)|does (?:that|this|it) mean (?:we|our|i|my)\b|(?:valid|void|invalid|enforceable) under (?:\w+ ){0,3}(?:law|act|rules?|code))\b/i;

/** "Is that legal?" after "We export drones to China.": the legal point is about what the asker said before. */
const POINTS_BACK = /^\s*(?:(?:is|are|was|would|could|will|can|does|do|might|may)\s+)?(?:it|this|that|doing so)\b/i;

/**
 * The asker asks how the law treats their own case: the sentence with the legal point names them ("can we …
 * legally"), or points back to a sentence that does. A reporting frame ("Our compliance team is asking: does the
 * guidance legally oblige companies …?") asks about the documents, not about the asker.
 */
function asksOwnCase(text: string): boolean {
  const sentences = text.split(/(?<=[.?!:;])\s+/u);
  // The asker told their own situation in a sentence before this one.
  const toldBefore = (at: number, told: RegExp) => sentences.slice(0, at).some((before) => told.test(before));
  return sentences.some(
    (sentence, at) =>
      (LEGALITY.test(sentence) &&
        (FIRST_PERSON.test(sentence) || (POINTS_BACK.test(sentence) && toldBefore(at, FIRST_PERSON)))) ||
      (OWN_DECISION.test(sentence) && toldBefore(at, FIRST_PERSON)) ||
      (AUTHORITY_VERDICT.test(sentence) && (FIRST_PERSON.test(sentence) || toldBefore(at, FIRST_PERSON))) ||
      (LEGALITY.test(sentence) && toldBefore(at, OWN_PLAN)) ||
      OWN_STATUS.test(sentence),
  );
}

/**
 * "A fund made a tender offer for our company. Will the government block the acquisition?", "We plan to license our
 * know-how. Will METI let this go through?": how an authority will rule on the asker's own matter, which only the
 * authority can say. The matter is named as one already told (this, us, the acquisition); "Will the government block
 * foreign acquisitions?" or "…stop the transfer of critical technology?" asks about policy, whoever asks.
 */
const AUTHORITY_VERDICT =
  /\b(?:will|would|could|might|can|is|are)\s+(?:the\s+)?(?:(?:Japanese|Japan's|national|competent)\s+)?(?:government|ministry|METI|authorit(?:y|ies)|regulators?|they|JFTC|(?:Fair Trade )?Commission)\s+(?:(?:likely|going)\s+to\s+|probably\s+|actually\s+)?(?:block|stop|approve|allow|let|reject|deny|refuse|clear|object to|veto|order|accept|penali[sz]e|punish|fine)\s+(?:(?:this|that|it|us|me|our|my)\b|the\s+[\w-]+(?=\s*(?:[?.,;]|$)|\s+(?:or|and|go|through)\b))/iu;

/**
 * "We want to move an engineer to another team, but he refuses. Is the transfer valid under labour law?": after the
 * asker's own plan, a legal point about "the transfer" is about that plan.
 */
const OWN_PLAN =
  /\b(?:we|i)\s*(?:(?:want|plan|intend|would like|'d like)(?! to (?:know|understand|learn|confirm|check|ask|clarify|see|find out|make sure)\b)|(?:are|'re|am|'m) (?:planning|going|thinking|about))\b/iu;

/**
 * "We're a listed maker and a fund took 4%. Given the guidelines, should we go private?": after telling their own
 * situation, the asker asks what their company should decide, which only the company can. "What should we do under the
 * guidance?" asks what the guidance says, and a bare "Should we appoint an officer?" tells no situation.
 */
const OWN_DECISION = /(?:^|[,;:]\s*|\b(?:so|then)\s+)should\s+(?:we|I|my\s+\w+|our\s+\w+)\b/iu;

/**
 * "Will we be certified as an eligible business?", "Does our firm qualify?", "Is our company subject to prior
 * notification?": how a scheme classes the asker (certified, designated, covered) is an authority's ruling on
 * their own case, as 「当社は認定されますか」 is. The asker is the subject of the status; "Which companies are
 * eligible?" asks about the scheme, whoever asks.
 */
const OWN_STATUS =
  /\b(?:will|would|could|can|are|am|is|do|does|did|shall|might|may)\s+(?:we|I|our(?:\s+[\w-]+){1,3}?|my(?:\s+[\w-]+){1,3}?)\s+(?:(?:still|then|likely|really|actually|automatically|ever|also)\s+)?(?:(?:(?:be|become|get)\s+)?(?:(?:\w+ly)\s+)?(?:certified|approved|accredited|licensed|designated|selected|recogni[sz]ed|qualified|exempt(?:ed)?|eligible|covered(?! in\b)|subject\s+to|treated\s+as|classed\s+as|classified\s+as|regarded\s+as)|qualify|count\s+as|fall\s+(?:under|within))\b/iu;

/**
 * 「When Russia invaded Ukraine, how many days of oil…」: a when-clause with a subject of its own, before the
 * question word, sets the scene. The documents may call that event 「今回の事態」: its names are background, neither
 * the topic nor places the quote must name.
 */
export const SCENE_CLAUSE_EN =
  /^\s*when\s+(?!(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could|should)\b)[^.?!,]*,\s*(?=(?:what|which|how|who|whom|why|where)\b)/iu;

/**
 * The administrative event an English date question asks about, as the documents name it (event-words.ts groups
 * the other words for each): "when did it take effect" is 施行, "when was it announced" 発表. "Enacted" or "set up"
 * are not read: an English asker says "enacted" of a law the documents date by when it took effect, or by the date
 * after its name, and a part that must find the enactment declines the answer those lines give.
 */
const ENGLISH_EVENTS: [string, RegExp][] = [
  [
    "施行",
    /\b(?:take|took|taken|takes) effect|\b(?:come|came|comes|enter|entered|enters|go|went) into (?:force|effect)|\bin force\b|\beffective\b|\b(?:start|started|begin|began) to apply|\benforced\b/i,
  ],
  ["発表", /\b(?:announced?|unveiled|published|publication|released?)\b/i],
  ["提出", /\bsubmit(?:ted)?\b/i],
  // "When should the government review it": a law reviews itself 「施行後三年を目途として…検討を加え」.
  ["見直し", /\breview(?:ed|s|ing)?\b/i],
];

/** "those provisions", "these measures": a thing the question has already named, pointed back to. */
const NAMED_BEFORE =
  /\b(?:those|these|this|that|such|the same)\s+(?:[a-z-]+\s+)?(?:provisions?|measures?|rules?|controls?|regulations?|requirements?|changes?|steps?|restrictions?|parts?)\b/iu;

/** The clause without the words of the events it asks the date of. */
function withoutEvents(clause: string): string {
  return ENGLISH_EVENTS.reduce((text, [, pattern]) => text.replace(new RegExp(pattern.source, "giu"), " "), clause);
}

function englishEvents(clause: string): string[] {
  return ENGLISH_EVENTS.filter(([, pattern]) => pattern.test(clause)).map(([event]) => event);
}

/** "What about X?", "and how about X?": asks of X what the clause before asked. */
const WHAT_ABOUT = /^\s*(?:and\s+|but\s+)?(?:what|how)\s+about\b/iu;

/** A follow-up: opens with "and/what about", or leans on a pronoun for its subject. */
const OPENS_FOLLOW_UP = /^(and|so|then|also|what about|how about)\b/i;
const PRONOUN = /\b(it|its|they|them|their|those|these|this|that)\b/i;

/**
 * Names the lexicon cannot translate (Tokyo, NSG, Wassenaar): capitalised words past a clause's first word.
 * The documents either name them too, or do not answer the question.
 */
function untranslatedNames(clause: string, leftover: readonly string[]): string[] {
  const unknown = new Set(leftover);
  return clause
    .split(/(?<=[.?!:;])\s+/)
    .flatMap((sentence) => sentence.split(/\s+/).slice(1))
    .map((word) => word.replace(/[’']s$|[^\p{L}\p{N}&.-]+/gu, "").replace(/\.$/u, ""))
    .filter((word) => /^\p{Lu}/u.test(word) && unknown.has(word.toLowerCase()));
}

/**
 * 「What are the three principles…」「List the sectors…」「What principles should executives…」「The guideline lists
 * principles…; what are they?」: the noun whose items a list question asks for.
 */
const ASKED_ITEMS = [
  /\b(?:(?:what|which)\s+(?:are|were)\s+the|lists?\s+(?:all\s+)?(?:the\s+)?|name\s+(?:all\s+)?the)\s*(?:\d+\s+|main\s+|key\s+)*([a-z][a-z-]+)/i,
  /\b(?:what|which)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?([a-z][a-z-]+s)\s+(?:should|must|do|does|did|are|were|have|has|can|could|will|would)\b/i,
  // "The guidelines set out principles that top management should keep in mind. What are they?"
  /\b(?:set|sets|lists?|names?|identif(?:y|ies)|gives?|includes?|contains?|proposes?|outlines?|has|have)\s+(?:out\s+)?(?:(?:a|the|some|several|key|main|\d+)\s+)*([a-z][a-z-]+s)\b(?=.*\b(?:what|which)\s+(?:are|were)\s+(?:they|these|those)\b)/i,
];

function askedNounOf(clause: string, translate: Translate): { askedNoun?: string } {
  const noun = ASKED_ITEMS.map((pattern) => clause.match(pattern)?.[1]).find((found) => found !== undefined);
  const askedNoun = noun ? translate(noun).japanese[0] : undefined;
  return askedNoun ? { askedNoun } : {};
}

/**
 * "Under the K Program, can the cost … be charged?", "We're joining a project. Can the costs …": an inverted
 * auxiliary with no wh-word asks whether, also after a reporting frame ("Our team is asking: does …"). "Can you
 * list…" is a request.
 */
const YES_NO_INVERSION = /(?:^|[,.:;]\s*)(?:is|are|does|do|did|can|could|should|will|has|have|was|were)\s(?!you\b)/i;
const WH_WORD = /\b(?:what|when|where|which|who|whom|how|why)\b/i;

/** 「What is the effective date for …」: the noun phrase a bare "what is" asks for, up to its first preposition. */
const WHAT_IS_NOUN =
  /\bwhat(?:'s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+|its\s+|their\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+(?:of|for|to|under|in|on|at|by|that|which|when|if|set|paid|applied)\b|\s*[?.]|$)/i;
const MEASURED_TYPES: Partial<Record<NounClass, AskedType>> = { date: "date", amount: "amount", count: "count" };

function typeOf(clause: string, translate: Translate): AskedType {
  if (YES_NO_INVERSION.test(clause) && !WH_WORD.test(clause)) return "yes-no";
  for (const [type, cue] of CUES) {
    if (!cue.test(clause)) continue;
    if (type !== "definition") return type;
    // "What is X" asks what X is, unless X names a date, an amount or a count (施行日, 金額): then it asks that.
    const noun = clause.match(WHAT_IS_NOUN)?.[1];
    const asked = noun
      ? translate(noun)
          .japanese.map((word) => MEASURED_TYPES[nounClassOf(word)])
          .find((measured) => measured !== undefined)
      : undefined;
    return asked ?? type;
  }
  return "definition";
}

/** A clause that asks: a question, a wh-word, a request ("Please list …", "Tell me …"), or more of the same ("… too"). */
const ASKS =
  /\?|\b(?:what|when|where|which|who|whom|whose|how|why|whether)\b|^(?:please\s+)?(?:tell|give|list|explain|describe|name|show|summari[sz]e|provide|include|confirm|clarify|compare|outline|let me know)\b|\b(?:also|too|as well)\b/iu;
/**
 * "I need the person's name and affiliation.": a need of something new is a request. "Need the list for a memo", "We
 * need it for the board" and "I need to summarise …" say what the answer is for.
 */
const NEEDS =
  /^(?:i|we)?\s*(?:need|want|would like|'d like)\s+(?!to\b|(?:it|this|that|these|those|them|(?:the|a|an)\s+(?:list|answer|summary|overview|rundown|breakdown)|this information)\b)/iu;

/**
 * Clauses that ask: split on question marks, on "Also," / "and also" (not on an "also" inside a clause: "Did it
 * also talk with …" is one question), on ", and up to what …" (not on ", and by when", which asks the date of what
 * came before), and on a yes/no question joined on ("When was it published, and is it binding?": a second thing
 * asked, of its own type). A dash ("Who put it together — which ministry …") restates the question it follows. A
 * statement after the question ("Need the list for a supplier memo.", "We are filing next month.") tells why the
 * asker asks; it asks nothing of its own.
 */
function clauses(text: string): string[] {
  return text
    .split(
      /(?<=\?)\s+|(?<=^|[.?!,]\s*)(?:also|additionally),?\s+|\band also,?\s+|,?\s+and\s+(?=(?:what|when|where|which|who|how|why)\b|(?:up to|by|at|to|from)\s+(?:what|how)\b|(?:is|are|was|were|does|do|did|can|could|must|should|will|would|has|have)\s+(?:it|they|there|this|that|these|those|its|their|the|a|an)\b)/i,
    )
    .map((clause) => clause.trim())
    .filter((clause) => /[a-z]{3}/i.test(clause))
    .filter((clause, at) => at === 0 || ASKS.test(clause) || NEEDS.test(clause));
}

/**
 * An English question read with simple cues (when, how many, what are, why, how); its focus is the
 * glossary's Japanese for its terms, so the checks compare like with like against Japanese passages.
 */
type Translate = (text: string) => {
  japanese: string[];
  compounds: string[];
  compoundWords: string[][];
  leftover: string[];
  senses: Record<string, string[]>;
};

/**
 * The translated words a focus phrase is made of, when it joins several (日本国内無人市場 → 日本, 国内, 無人機,
 * 市場): the documents write the words, seldom the glued phrase.
 */
function wordsOfPhrases(focus: string[], translated: ReturnType<Translate>): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const phrase of focus)
    for (const compound of translated.compoundWords) {
      const inside = compound.filter((word) => phrase.includes(word));
      if (inside.length >= 2) words[phrase] = inside;
    }
  return words;
}

/** Words a glossed phrase does not run back past: articles, prepositions, question words and auxiliaries. */
const GLOSS_STOP =
  "the|a|an|of|for|on|in|under|about|to|by|with|and|or|what|which|how|many|much|when|who|where|why|is|are|was|were|does|did|do|has|have|had|can|could|will|would|should|must";
/** Japanese in brackets ("(再改訂)"), the text inside captured. */
const BRACKETED = `[（(]\\s*([^()（）]*${JAPANESE_SCRIPT.source}[^()（）]*?)\\s*[)）]`;
/** The English words a Japanese term in brackets right after them names ("the second revision (再改訂) of"). */
const GLOSSED_WORDS = new RegExp(
  `(\\b(?:${GLOSS_STOP})\\s+|^|[,:;]\\s*)(?:(?!(?:${GLOSS_STOP})\\b)[A-Za-z'"‘’“”-]+\\s+){0,3}(?!(?:${GLOSS_STOP})\\b)[A-Za-z'"‘’“”-]+\\s*(${BRACKETED})`,
  "giu",
);

/**
 * The asker's own Japanese for a phrase ("the second revision (再改訂)") is the documents' word for it: the English
 * words before it are not glossed as well (第2改訂, which the documents never write), and the term in brackets stands.
 */
export function withoutGlossedWords(clause: string): string {
  return clause.replace(GLOSSED_WORDS, (_, before: string, bracketed: string) => `${before}${bracketed}`);
}

const BRACKETED_JAPANESE = new RegExp(BRACKETED, "gu");

/** The Japanese terms an English question sets in brackets ("the second revision (再改訂)"), folded: names it spells out. */
export function bracketedJapanese(text: string): string[] {
  return [...text.matchAll(BRACKETED_JAPANESE)].map((match) => foldForMatch(match[1]!));
}

/** A later clause's pronoun for the thing an earlier one named ("is it still in force", "what did they say about it"). */
const PRONOUN_BACK =
  /\b(?:it|its|they|them|their)\b|\b(?:about|of|on|for|with|to) (?:this|that|these|those)\b(?!\s+[a-z])/iu;

export function analyzeEnglish(
  text: string,
  japaneseFocus: (japanese: string) => string[],
  translate: Translate,
  /** Names the documents write in Latin letters as the question types them ("AI Diffusion Rule"). */
  writtenNames: readonly string[] = [],
): QuestionAnalysis {
  const whole = translate(text);
  const focusOfClause = (typed: string) => {
    const clause = withoutGlossedWords(typed);
    // The whole question, read once already, is not translated again.
    const { compounds, leftover } = clause === text ? whole : translate(clause);
    // The documents' own Latin name says the topic better than its words glossed one by one (ai分野普及ルール for
    // "AI Diffusion Rule"): the gloss, which they never write, is no topic of the question.
    const written = writtenNames.filter((name) => foldForMatch(clause).replace(/,/gu, "").includes(foldForMatch(name)));
    const glosses = written.flatMap((name) => translate(name).compounds);
    const glossed = compounds.filter((phrase) => !glosses.some((gloss) => phrase.includes(gloss)));
    const names = [
      ...untranslatedNames(clause, leftover).map((name) => name.toLowerCase()),
      ...written.map(foldForMatch),
      ...countedLetters(clause).map(foldForMatch),
    ];
    // A Japanese name typed into the English (「the METI 技術流出対策ガイダンス」) is the documents' own word for the topic.
    const typedJapanese = leftover.filter((word) => JAPANESE_SCRIPT.test(word)).flatMap((word) => japaneseFocus(word));
    return [...new Set([...glossed.flatMap((phrase) => japaneseFocus(phrase)), ...typedJapanese, ...names])];
  };
  const asked = text.replace(SCENE_CLAUSE_EN, "");
  const focus = focusOfClause(asked);
  const split = clauses(text);
  const clauseTexts = split.length > 0 ? split : [text];
  // "…, and what about Japanese cars?": the same question again, of another thing; its own words ask nothing.
  const types: AskedType[] = [];
  for (const [at, clause] of clauseTexts.entries())
    types.push(at > 0 && WHAT_ABOUT.test(clause) ? types[at - 1]! : typeOf(clause, translate));
  const parts: QuestionPart[] = clauseTexts.map((clause, at) => {
    const own = clause.replace(SCENE_CLAUSE_EN, "");
    // "when do those provisions take effect": the provisions are the ones the question has named, and taking
    // effect is the event asked; the clause names no topic of its own.
    const pointsBack =
      NAMED_BEFORE.test(own) &&
      focusOfClause(withoutEvents(own.replace(new RegExp(NAMED_BEFORE.source, "giu"), " "))).length === 0;
    const partFocus = pointsBack ? [] : focusOfClause(own);
    const elliptical = partFocus.length === 0;
    const askedType = types[at]!;
    const events = askedType === "date" ? englishEvents(clause) : [];
    const pronounBack = at > 0 && PRONOUN_BACK.test(own);
    const joined = joinedYears(own, partFocus);
    return {
      text: clause,
      askedType,
      ...(askedType === "list" ? askedNounOf(clause, translate) : {}),
      // "Is it still in force?": the pronoun's topic is the question's, beside what the part adds (in force).
      focus: elliptical ? focus : pronounBack ? [...new Set([...partFocus, ...focus])] : partFocus,
      elliptical,
      ownFocus: partFocus,
      refersBack: /\b(it|this|that|those|these|they|them)\b/i.test(clause),
      ...(events.length > 0 ? { events } : {}),
      ...(joined.length > 0 ? { joined } : {}),
    };
  });
  const ownTopic = focus.length > 0 || whole.leftover.length > 1;
  const allFocus = [...new Set([...focus, ...parts.flatMap((part) => part.focus)])];
  return {
    lang: "en",
    askedType: parts[0]!.askedType,
    focus,
    phraseWords: wordsOfPhrases(allFocus, whole),
    otherSenses: Object.fromEntries(
      allFocus.flatMap((phrase) => (whole.senses[phrase] ? [[phrase, whole.senses[phrase]]] : [])),
    ),
    parts,
    ownCase: asksOwnCase(text),
    // A pronoun needs the thread only when the question names no topic of its own ("When did it start?").
    standsAlone: ownTopic && !OPENS_FOLLOW_UP.test(text) && !(PRONOUN.test(text) && focus.length === 0),
  };
}
