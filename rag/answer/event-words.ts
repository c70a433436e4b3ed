import { foldForMatch } from "../retrieve/fold.ts";

/**
 * Words the documents use for the same administrative event (施行 is also 適用開始, 公表 also 発表): a date
 * answers 「いつ施行された？」 when its line says any of them.
 */
const EVENT_GROUPS: readonly (readonly string[])[] = [
  ["施行", "適用", "開始", "発効", "運用"],
  ["公表", "発表", "公開", "公布"],
  ["提出", "上程"],
  ["成立", "可決", "制定"],
  ["策定", "決定", "取りまとめ", "とりまとめ"],
  ["設置", "設立", "創設", "発足", "新設"],
  ["改訂", "改定", "改正"],
  // A law reviews itself in its own words: 「施行後三年を目途として…検討を加え」.
  ["見直し", "検討を加え"],
  ["導入", "開始"],
  ["指定", "選定"],
  ["追加", "拡大", "加え", "新た"],
];

/** Every event word the documents use. */
export const EVENT_WORDS: readonly string[] = [...new Set(EVENT_GROUPS.flat())];

/** The event and the other words for it (施行 → 施行, 適用, 開始, 発効, 運用); the event alone when none is known. */
export function eventWords(event: string): string[] {
  const groups = EVENT_GROUPS.filter((group) => group.includes(event));
  return [...new Set([event, ...groups.flat()])];
}

/**
 * A name with its event word said the other ways (再改定 → 再改訂, 再改正): the asker's 再改定 is the documents' 再改訂.
 */
export function eventVariants(phrase: string): string[] {
  const variants = EVENT_GROUPS.flatMap((group) =>
    group.flatMap((word) =>
      phrase.includes(word) ? group.filter((other) => other !== word).map((other) => phrase.replace(word, other)) : [],
    ),
  );
  return [phrase, ...new Set(variants)];
}

/**
 * 「新しく追加された物資は何」「変更された点は」: the act that picks out the asked thing, said in the clause before
 * it. A line that does not say the act (「11の特定重要物資を指定」) names the things, not the one the act touched.
 */
const DEFINING_EVENT =
  /([\p{Script=Han}]{2})(?:さ|し)(?:れ)?た([\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?:は|って|が|とは)(?:何|なに|どれ|どこ|どんな|どういう)/u;

export function definingEvent(part: string): string | undefined {
  return part.normalize("NFKC").match(DEFINING_EVENT)?.[1];
}

interface EventfulPart {
  text: string;
  askedType: string;
  events?: string[];
}

/**
 * 「どういう仕組み？あと、いつから施行？」: the events other parts of the question date (施行) that this part does not
 * say itself. They are no words of this part's: a line on them (「円滑な施行に向けた取組」) answers the other part.
 */
export function eventsOfOtherParts(part: EventfulPart, parts: readonly EventfulPart[]): string[] {
  const own = foldForMatch(part.text);
  // 「指定されたら外国に出願できなくなる？」 asks whether, not when: its act (指定) may well be what this part is about.
  return parts
    .filter((other) => other !== part && other.askedType === "date")
    .flatMap((other) => other.events ?? [])
    .map(foldForMatch)
    .filter((word) => !own.includes(word));
}
