import { SMALL_WORDS, vocabularyAcronyms } from "../retrieve/english-lexicon.ts";

/**
 * English word forms for a reading built from glossary entries: the verb and the noun among a term's translations
 * (strengthen, strengthening), a verb's past and third person, and the capitals the lower-case vocabulary drops.
 */

const NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ture|ship|ity|sis|al)$/u;
/** How far down its list a term's noun form may be before the verb's -ing form is used instead. */
const NOUN_FORM_WITHIN = 4;

/** Verbs English also uses as nouns as they stand: support of, review of, not supporting of. */
const NOUN_TOO = new Set(
  "support review use start change control increase decrease report need request transfer export import release design plan study survey research reform return exchange delay ban cut test trade supply demand access focus shift aid debate outline issue claim visit share launch guide order record rise fall end halt".split(
    " ",
  ),
);

const IRREGULAR_PAST: Record<string, string> = {
  build: "built",
  begin: "began",
  hold: "held",
  set: "set",
  make: "made",
  draw: "drew",
  lay: "laid",
  seek: "sought",
  take: "took",
  understand: "understood",
  undertake: "undertook",
  lead: "led",
  bring: "brought",
  keep: "kept",
  meet: "met",
  send: "sent",
  spend: "spent",
  give: "gave",
  find: "found",
  grow: "grew",
  rise: "rose",
  become: "became",
  put: "put",
  cut: "cut",
  win: "won",
  sell: "sold",
  buy: "bought",
  think: "thought",
  say: "said",
  tell: "told",
  know: "knew",
  see: "saw",
  show: "showed",
  write: "wrote",
  choose: "chose",
  speak: "spoke",
  fall: "fell",
  leave: "left",
  lose: "lost",
  pay: "paid",
  stand: "stood",
  hear: "heard",
  feel: "felt",
  mean: "meant",
  get: "got",
  go: "went",
  run: "ran",
  shut: "shut",
  spread: "spread",
  let: "let",
  hit: "hit",
  read: "read",
  bear: "bore",
  drive: "drove",
  forecast: "forecast",
};

/** A phrasal verb inflects its first word only: "set up" → "sets up". */
function onHead(verb: string, inflect: (head: string) => string): string {
  const [head = "", ...rest] = verb.split(" ");
  return [inflect(head), ...rest].join(" ");
}

/** "publish" → "published", "specify" → "specified", "hold" → "held". */
export function pastOf(verb: string): string {
  return onHead(
    verb,
    (head) =>
      IRREGULAR_PAST[head] ??
      (DOUBLED.has(head)
        ? `${head}${head.at(-1)}ed`
        : head.endsWith("e")
          ? `${head}d`
          : /[^aeiou]y$/u.test(head)
            ? `${head.slice(0, -1)}ied`
            : `${head}ed`),
  );
}

/** "rise" → "rises", "apply" → "applies", "set up" → "sets up": a verb after its subject. */
export function thirdPerson(verb: string): string {
  return onHead(verb, (head) =>
    /(?:s|sh|ch|x|o)$/u.test(head) ? `${head}es` : /[^aeiou]y$/u.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`,
  );
}

/** "utilize" → "utilizing": the first word only, without doubling a consonant. */
export function ingOf(verb: string): string {
  return onHead(verb, (head) =>
    DOUBLED.has(head) ? `${head}${head.at(-1)}ing` : `${head.replace(/(?<=[^e])e$/u, "")}ing`,
  );
}

/** Verbs that double their last consonant before -ed and -ing (occurred, transferring, planned). */
const DOUBLED: ReadonlySet<string> = new Set([
  "occur",
  "recur",
  "incur",
  "refer",
  "prefer",
  "transfer",
  "confer",
  "deter",
  "commit",
  "admit",
  "permit",
  "submit",
  "omit",
  "control",
  "dispel",
  "compel",
  "propel",
  "expel",
  "plan",
  "stop",
  "ban",
  "ship",
  "drop",
  "step",
  "regret",
  "compel",
  "equip",
]);

/** The -ing form of `verb` as a term's list gives it (strengthening, using), or undefined. */
export function listedIng(forms: readonly string[], verb: string): string | undefined {
  return forms.find((form) => form === `${verb}ing` || form === `${verb.replace(/e$/u, "")}ing`);
}

/** The verb among a term's forms: one whose past or -ing form the list also gives (strengthen, strengthened). */
export function verbForm(forms: readonly string[]): string | undefined {
  return forms.find((form) => {
    const head = form.split(" ")[0]!;
    return (
      !/(?:ing|ed)$/u.test(head) &&
      !NOUN_ENDING.test(head) &&
      (forms.includes(pastOf(form)) || forms.includes(ingOf(form)))
    );
  });
}

/** The form that names an action (addition, strengthening), for an action inside a noun phrase. */
export function nounForm(forms: readonly string[]): string {
  const verb = verbForm(forms);
  if (verb === undefined || verb !== forms[0] || NOUN_TOO.has(verb)) return forms[0]!;
  const noun = forms.slice(0, NOUN_FORM_WITHIN).find((form) => NOUN_ENDING.test(form));
  if (noun) return noun;
  return listedIng(forms, verb) ?? verb;
}

/** A person's or a body's name in capitals: oshima masahiko → Oshima Masahiko. */
export function titled(english: string): string {
  return english
    .split(" ")
    .map((word, at) =>
      at > 0 && SMALL_WORDS.has(word) ? word : word.replace(/^[a-z]/u, (letter) => letter.toUpperCase()),
    )
    .join(" ");
}

/** Countries and regions, and the words for their people, which the vocabulary writes in lower case. */
const PLACE_NAMES = new Set(
  "china chinese japan japanese korea korean taiwan taiwanese russia russian india indian europe european america american canada canadian mexico mexican brazil brazilian germany german france french britain british italy italian australia australian indonesia indonesian vietnam vietnamese philippines chile ukraine ukrainian netherlands dutch asia asian africa african lithuania turkey israel singapore malaysia thailand belarus".split(
    " ",
  ),
);

/**
 * Initials in capitals (meti → METI, us-china → US-China), as the glossary's longer forms spell them out, and the
 * names of countries.
 */
export function capitalised(english: string): string {
  const acronyms = vocabularyAcronyms();
  return english
    .replace(/\br&d\b/gu, "R&D")
    .replace(/\b[a-z]+\b/gu, (word) =>
      acronyms.has(word) ? word.toUpperCase() : PLACE_NAMES.has(word) ? titled(word) : word,
    );
}

export const PREPOSITION =
  /^(?:within|in|for|to|from|on|at|by|with|under|between|among|across|against|outside|inside)\s/u;

/** Adjectives only: "specific", "domestic and foreign". */
export function adjectives(phrase: string): boolean {
  return phrase
    .replace(/,/gu, "")
    .split(" ")
    .every((word) => word === "and" || (ADJECTIVE.test(word) && !NOUNS_LIKE_ADJECTIVES.has(word)));
}

/** Nouns that end as adjectives do (talent, participant, proposal): "foreign talent" names a thing. */
const NOUNS_LIKE_ADJECTIVES: ReadonlySet<string> = new Set([
  "talent",
  "agent",
  "patent",
  "event",
  "content",
  "student",
  "president",
  "client",
  "component",
  "incident",
  "percent",
  "parent",
  "plant",
  "merchant",
  "applicant",
  "participant",
  "consultant",
  "material",
  "capital",
  "proposal",
  "approval",
  "initiative",
  "incentive",
  "directive",
  "hospital",
  "terminal",
  "signal",
  "trial",
]);

/** An English adjective by its ending: specific, critical, various, relevant. */
export const ADJECTIVE = /(?:ic|al|ive|ous|(?<!m)ent|ant|ble|ary|ful|less|certain|foreign|^early|^future)$/u;

/** rapid → rapidly, strategic → strategically, necessary → necessarily, flexible → flexibly; undefined for a phrase. */
export function adverbOf(adjective: string): string | undefined {
  if (!/^[a-z]+$/u.test(adjective) || !ADJECTIVE.test(adjective) || NOUNS_LIKE_ADJECTIVES.has(adjective))
    return undefined;
  if (adjective.endsWith("ic")) return `${adjective}ally`;
  if (adjective.endsWith("ble")) return `${adjective.slice(0, -1)}y`;
  if (/[^aeiou]y$/u.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  return `${adjective}ly`;
}

const IRREGULAR_PARTICIPLE: Record<string, string> = {
  begin: "begun",
  draw: "drawn",
  take: "taken",
  undertake: "undertaken",
  give: "given",
  grow: "grown",
  rise: "risen",
  become: "become",
  win: "won",
  seek: "sought",
  know: "known",
  see: "seen",
  show: "shown",
  write: "written",
  choose: "chosen",
  speak: "spoken",
  fall: "fallen",
  go: "gone",
  run: "run",
  bear: "borne",
  drive: "driven",
};

/** The participle of a passive: strengthened, held, taken. */
export function participleOf(verb: string): string {
  return onHead(verb, (head) => IRREGULAR_PARTICIPLE[head] ?? pastOf(head));
}

/** An adjective's noun of its quality, as English regularly forms it: indispensable → indispensability. */
const QUALITY_NOUNS: [RegExp, string][] = [
  [/able$/u, "ability"],
  [/ible$/u, "ibility"],
  [/ant$/u, "ance"],
  [/ent$/u, "ence"],
  [/(?:ive|ous)$/u, "$&ness"],
];

/** The noun of a quality an adjective's form makes (不可欠性: indispensable → indispensability), when English forms one. */
export function qualityNoun(forms: readonly string[]): string | undefined {
  for (const form of forms) {
    if (!/^[a-z]+$/u.test(form)) continue;
    const rule = QUALITY_NOUNS.find(([ending]) => ending.test(form));
    if (rule) return form.replace(rule[0], rule[1]);
  }
  return undefined;
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** 2 → second, 12 → 12th: an ordinal as English writes it in running text. */
export function ordinalWord(n: number): string {
  const word = ORDINAL_WORDS[n - 1];
  if (word !== undefined) return word;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "member state" → "member states", "policy" → "policies": a noun phrase's head made plural, as after "all". */
/**
 * The first form when it is one word the list gives with its own plural too (dialogue, dialogues): a thing counted,
 * so a noun, not a verb's base. Undefined otherwise.
 */
export function countedNoun(forms: readonly string[]): string | undefined {
  const noun = forms[0];
  if (noun === undefined || !/^[a-z]+$/u.test(noun)) return undefined;
  const plural = pluralOf(noun);
  return plural !== noun && forms.includes(plural) ? noun : undefined;
}

export function pluralOf(noun: string): string {
  if (/(?:s|ics|ment|ware|data|phy|ness|ing)$/u.test(noun) || /\s(?:of|for|to|in|on|with)\s/u.test(noun)) return noun;
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:sh|ch|x|z)$/u.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
