import { ERA_YEAR_BEFORE } from "../japanese-numbers.ts";
import { MONTH_NAME, monthNumber } from "../retrieve/source-dates.ts";
import { askedMonths } from "./other-months.ts";

/**
 * What a question takes as given before it asks (「…を全面禁止すると決めたとありますが、」, "Since the revision scrapped
 * the scheme, …"). A premise the documents do not bear out is no ground to answer on: quoting a passage about the
 * topic would read as confirming it.
 */

/** What the asker read before asking (「…とありますが、」「…とのことですが、」): the extractive answerer's background too. */
export const READ_MARKERS: readonly string[] = ["とのことですが", "とありますが", "とされていますが"];
/** What the asker heard before asking (「…そうですが、」「…と聞きましたが、」): its hearsay too. */
export const HEARD_MARKERS: readonly string[] = [
  "そうですが",
  "そうですけど",
  "と聞きましたが",
  "と聞いたのですが",
  "と聞いたんですが",
  "らしいですが",
  "みたいですが",
];

const PREMISE_MARKERS = [
  ...READ_MARKERS,
  "と書いてありますが",
  "と書かれていますが",
  ...HEARD_MARKERS,
  "と聞いていますが",
  "らしいですけど",
].join("|");
/** 「…撤回したって書いてありましたよね。」: a premise stated as read, which the asker wants confirmed. */
const CONFIRMED_PREMISE =
  "([^。？?！!]{4,}?)(?:と|って)(?:書いて|書かれて)?(?:ありました|ありましたよ|ましたよ|いましたよ)ね[、。,？?]";
/** 「…とありますが、」「…と聞きましたが、」「…らしいですが、」: the sentence that states the premise, up to its marker. */
const PREMISE_JA = new RegExp(`([^。？?！!]{4,}?)(?:${PREMISE_MARKERS})[、。,]|${CONFIRMED_PREMISE}`, "u");

/** "Since the 2025 revision scrapped the scheme, what replaced it?": the clause that takes something as done. */
const PREMISE_EN = /^\s*(?:since|given that|now that|considering that)\s+([^,?]{8,}),\s*\S/iu;

export function premiseOf(question: string): string | undefined {
  const text = question.normalize("NFKC");
  const japanese = text.match(PREMISE_JA);
  return (japanese?.[1] ?? japanese?.[2] ?? text.match(PREMISE_EN)?.[1])?.trim();
}

/**
 * Ends of a thing: a ban, an abolition, a halt, a duty imposed. Each is written in the question (`asked`) and, where
 * the documents say it, in their words (`written`, folded as the evidence is).
 */
const STATUS_CHANGES: readonly { asked: RegExp; written: readonly string[] }[] = [
  { asked: /禁止|禁じ|\b(?:bann?(?:ed|s|ing)?|prohibit(?:ed|s|ing)?|outlaw(?:ed)?)\b/iu, written: ["禁止", "禁じ"] },
  {
    asked:
      /廃止|撤廃|廃され|\b(?:scrap(?:ped|s)?|abolish(?:ed|es)?|repeal(?:ed|s)?|eliminat(?:ed|es)|did away with|done away with)\b/iu,
    written: ["廃止", "撤廃", "廃され"],
  },
  {
    asked:
      /中止|停止|凍結|打ち切|\b(?:suspend(?:ed|s)?|halt(?:ed|s)?|froze|frozen|freez(?:es|ing)|discontinu(?:ed|es))\b/iu,
    written: ["中止", "停止", "凍結", "打ち切", "延期"],
  },
  { asked: /撤回|\b(?:withdr(?:ew|awn)|retract(?:ed)?|revoked?)\b/iu, written: ["撤回", "取り消", "取消"] },
  { asked: /義務化|義務付け|義務づけ|\b(?:made (?:it )?mandatory|mandated)\b/iu, written: ["義務"] },
];

/** The documents' words for each end of a thing the premise states, one list per change. */
export function statedChanges(premise: string): string[][] {
  return STATUS_CHANGES.filter(({ asked }) => asked.test(premise)).map(({ written }) => [...written]);
}

/** The months a premise dates what it states by (2026年4月, 令和8年4月, April 2026), each as the forms documents write. */
export function statedMonths(premise: string): string[][] {
  // 2026年4月 and 令和8年4月, read as other-months.ts reads a document's; a year is one of 1900–2099.
  const months: [number, number][] = askedMonths(premise).flatMap(({ year, month }) =>
    year !== undefined && year >= 1900 && year < 2100 ? [[year, month] as [number, number]] : [],
  );
  const named = new RegExp(`\\b(${MONTH_NAME})\\s+((?:19|20)\\d{2})\\b`, "giu");
  for (const [, month, year] of premise.matchAll(named)) months.push([Number(year), monthNumber(month!)]);
  // 「26年4月」 is also found inside 「2026年4月」; 「26/4/1」 is how a slide writes a day of it.
  return months.map(([year, month]) => [
    `${year % 100}年${month}月`,
    `令和${year - ERA_YEAR_BEFORE.令和!}年${month}月`,
    `${year % 100}/${month}/`,
  ]);
}
