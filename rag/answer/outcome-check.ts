import { ERA_YEAR_BEFORE } from "../japanese-numbers.ts";
import { foldForMatch } from "../retrieve/fold.ts";

/**
 * 「結局達成できたんですか」「What did the interim report actually conclude?」: a question about how something
 * turned out. Documents written before the outcome say what was planned (「今春を目途に取りまとめる予定」,
 * 「回復に向けて全力で取り組む」); a plan quoted as the outcome would answer what was not asked.
 */

/** How it finally or officially turned out (結局, 最終的に, 正式に, 実際に(は)). */
const FINAL_ADVERBS = "結局|最終的に|正式に|実際に";
const OUTCOME_JA = new RegExp(
  `(?:${FINAL_ADVERBS}|その後|もう|すでに|既に)[^。？?]*(?:た|ました|できた|された|なった)(?:ん|の)?(?:です|でしょう|だ)?(?:か|っけ)?\\s*[？?。]?\\s*$`,
  "u",
);
const OUTCOME_EN = /\b(?:end(?:ed)? up|actually|finally|eventually|ultimately|in the end|since then|since that)\b/iu;
/** Did it end up …, what did it actually conclude: the past is asked, not a plan. */
const PAST_EN = /\b(?:did|was|were|has|have|had)\b/iu;

/** 「次にどの物資へ展開することが決まりましたか」: what has been decided. */
const DECIDED_JA =
  /(?:決ま(?:った|りました)|決定(?:した|された|しました|されました))(?:ん|の)?(?:です|でしょう|だ)?(?:か|っけ)/u;
const DECIDED_EN = /\b(?:was|were|has been|have been|had been)\s+(?:finally\s+|actually\s+)?decided\b/iu;

/** 「正式に指定されたのは、どの組織ですか」: what was officially done, named as the topic of the question. */
const OUTCOME_TOPIC_JA = new RegExp(`(?:${FINAL_ADVERBS})[^。？?]*(?:た|された|なった)(?:の|もの)(?:は|って)`, "u");

/**
 * 「委員から、実際に効果があったのか疑問を呈する発言は」 "Did anyone question whether the approach had actually worked?":
 * whether someone said it is asked; the outcome is only what they spoke of, and their remark answers.
 */
const ASKS_WHO_SAID_JA =
  /(?:誰か|委員|有識者|出席者|参加者)[^。？?]*(?:指摘|発言|言及|意見|疑問|問題提起|言って|述べ)/u;
const ASKS_WHO_SAID_EN =
  /\b(?:anyone|anybody|someone|members?|experts?|participants?)\b[^?]*\b(?:mention|question|raise|suggest|doubt|say|said|argue|comment|point(?:ed)? out|call(?:ed)? for|propose)/iu;

/** The question asks how something turned out (what was done, decided or reached), not what is planned. */
export function asksOutcome(question: string): boolean {
  const text = question.normalize("NFKC").trim();
  if (ASKS_WHO_SAID_JA.test(text) || ASKS_WHO_SAID_EN.test(text)) return false;
  return (
    OUTCOME_JA.test(text) ||
    OUTCOME_TOPIC_JA.test(text) ||
    DECIDED_JA.test(text) ||
    DECIDED_EN.test(text) ||
    (OUTCOME_EN.test(text) && PAST_EN.test(text))
  );
}

/** A plan, an aim or a proposal: what the documents say before the outcome is known. */
// 「横展開することが重要」: an opinion of what should be done is no more an outcome than a plan.
const PLANNED =
  /予定|目途|目指|べき|必要ではないか|必要がある|検討する|検討を進め|全力で取り組|見込み|提言|ことが重要/u;
/** Words that say something was done or decided. */
const DONE_WORDS = "した|された|決定|成立|公表|施行|達成|延期|撤回|停止";
/** What was done or decided, ending its clause: an outcome the documents do report. */
const DONE = new RegExp(`(?:${DONE_WORDS})(?:。|$|[、(（])`, "u");

/**
 * The quoted lines report no outcome: they only plan (「今春を目途に中間報告を取りまとめる予定」) or name the measure
 * (「基幹インフラ制度への医療分野の追加」), and no line says it was done, decided or reached.
 */
export function plansOnly(lines: readonly string[]): boolean {
  const text = lines.join("\n").normalize("NFKC");
  const planned = PLANNED.test(text) || lines.some((line) => MEASURE_NAMED.test(line.normalize("NFKC")));
  return planned && !lines.some((line) => DONE.test(line.normalize("NFKC")));
}

/** Any word that says something was done, chosen or agreed (選定, 締結, …された). */
const ANYTHING_DONE = new RegExp(
  `(?:${DONE_WORDS}|れた|った|んだ|指定|選定|採択|実施|開始|設置|発足|締結|署名|合意|追加|措置|取りまとめ|とりまとめ)`,
  "u",
);

/**
 * 「最終的にどの機関が選ばれたんですか」 answered by the requirements a body must meet (「①専門的な調査研究を行う能力」):
 * the lines say nothing was done at all, so they cannot say what was chosen.
 */
export function reportsNothingDone(lines: readonly string[]): boolean {
  return !lines.some((line) => ANYTHING_DONE.test(line.normalize("NFKC")));
}

/**
 * 「来年さらに引き下げられる見込みですか」「Is the tariff expected to be lowered next year?」: a question about what
 * is to come. A line that states how things stand (「日本については15%」) does not say what will happen.
 */
const PROSPECT_JA =
  /(?:来年|来年度|再来年|今後|将来|次回|次に|いずれ)[^。？?]*(?:か|っけ)\s*[？?]?\s*$|(?:見込み|見通し|予定|予測|予想)(?:は|って)?(?:ある|あり(?:ます)?)?(?:ん|の)?(?:です|でしょう|だ)?(?:か|っけ)|予定され(?:ている|てる)[^。？?]*(?:か|っけ)\s*[？?]?\s*$/u;
const PROSPECT_EN =
  /\b(?:expected to|going to|likely to|set to|plans? to|planned to|will\b[^?]*\b(?:next|future|coming|upcoming|further))\b|\bnext (?:year|fiscal year)\b|\b(?:forecasts?|outlook|projections?|projected|predictions?|predicted)\b/iu;
/** A line that looks ahead: a plan, an outlook, a direction. */
const LOOKS_AHEAD =
  /予定|見込|見通し|方針|検討|目指|目途|めど|今後|将来|計画|予想|引き続き|していく|進めていく|図っていく|expected|plan|will/iu;

/**
 * "What are executives expected to recognise?": what people are expected to do is a norm they are held to
 * (認識すべき), not a forecast.
 */
const PEOPLE =
  "(?:companies|firms|businesses|executives|management|managers|boards?|directors|operators|exporters|importers|members|employees|staff|organi[sz]ations|associations|people|we|you|they|[a-z]+(?:ors|ants|facturers|porters|sellers|buyers|suppliers|providers|developers|holders|owners|users|leaders|workers|researchers))";
/** 「executives are expected to」 and, asked, 「are executives expected to」. */
const HELD_TO = new RegExp(
  `\\b(?:${PEOPLE}\\s+(?:are|is|were|was|be)|(?:are|is|were|was)\\s+(?:the\\s+|its\\s+|their\\s+)?${PEOPLE})\\s+expected to\\b`,
  "giu",
);

export function asksProspect(question: string): boolean {
  const text = question.normalize("NFKC").trim();
  return PROSPECT_JA.test(text) || PROSPECT_EN.test(text.replace(HELD_TO, ""));
}

/** A measure named as a noun (「基幹インフラ制度への医療分野の追加」): on a policy slide, a step to be taken. */
const MEASURE_NAMED =
  /(?:追加|拡大|導入|創設|新設|整備|強化|見直し|改正|引き下げ|引下げ|引き上げ|引上げ|撤廃|延長)\s*$/u;

/** The quoted lines only state how things stand: nothing in them looks ahead. */
export function statesOnly(lines: readonly string[]): boolean {
  return !lines.some((line) => {
    const text = line.normalize("NFKC");
    return LOOKS_AHEAD.test(text) || MEASURE_NAMED.test(text);
  });
}

/** A date written with its year: 2024年5月, 令和6年, 24年5月, 24/05/14. */
const DATED =
  /((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?|令和\s*(\d{1,2}|元)\s*年(?:\s*(\d{1,2})\s*月)?|(?<![\d/])(\d{2})\s*年\s*(\d{1,2})\s*月|(?<![\d/])(\d{2})\/(\d{1,2})\/\d{1,2}(?![\d/])/gu;

/** Year and month of each date a line writes with its year (month 0 when only the year is written). */
function yearMonths(line: string): [number, number][] {
  return [...line.normalize("NFKC").matchAll(DATED)].map((match) => {
    if (match[1]) return [Number(match[1]), Number(match[2] ?? 0)];
    if (match[3]) return [ERA_YEAR_BEFORE.令和! + (match[3] === "元" ? 1 : Number(match[3])), Number(match[4] ?? 0)];
    if (match[5]) return [2000 + Number(match[5]), Number(match[6])];
    return [2000 + Number(match[7]), Number(match[8])];
  });
}

/**
 * 「次回改訂はいつ頃の予定」 answered by the dates of past revisions (「24/05/14 : アクションプラン改訂版」): every
 * date the lines give is, by its year, before the document was issued, so none says when the next one comes. A date
 * without its year (「1月正式版を公表」 on a schedule) may be ahead and is taken as answering.
 */
export function datesAllBefore(lines: readonly string[], issued: string | undefined): boolean {
  const [year, month] = (issued ?? "").split("-").map(Number);
  if (!year) return false;
  const dated = lines.filter((line) => /\d/u.test(line));
  if (dated.length === 0) return false;
  return dated.every((line) => {
    const dates = yearMonths(line);
    return (
      dates.length > 0 && dates.every(([y, m]) => y < year || (y === year && m > 0 && month !== undefined && m < month))
    );
  });
}

/**
 * 「認定基準は具体的にどのように定められていますか」「どこまで共有してよいとされていますか」: the question asks what a rule
 * says, as it stands.
 */
const ASKS_RULE =
  /(?:とされて|定められて|決められて|決まって|規定されて|示されて)(?:い)?(?:ます|いる|る)?(?:か|の|んですか)|どこまで[^。？?]{0,30}(?:よい|いい|可能|できる|許され)/u;
/**
 * A line that calls for the point to be made clear (「認定基準…の明確化を図るべき」「どこまで可能なのか、政府のガイダンスも
 * 必要」): it says the rule is not yet stated, which answers no question about what the rule says.
 */
const CALLS_FOR_CLARITY =
  /明確化(?:を図るべき|すべき|が必要|を求め)|明確にすべき|明らかにすべき|(?:どこまで|どのように|どの程度|何が)[^。]{0,40}のか[、,]?[^。]{0,30}(?:必要|べき|求め|ほしい|欲しい)/u;

export function asksRule(question: string): boolean {
  return ASKS_RULE.test(question.normalize("NFKC"));
}

/** Every quoted line that names a topic phrase only calls for it to be made clear. */
export function callsForClarityOnly(lines: readonly string[], focus: readonly string[]): boolean {
  const naming = lines.filter((line) => focus.some((phrase) => foldForMatch(line).includes(phrase)));
  return naming.length > 0 && naming.every((line) => CALLS_FOR_CLARITY.test(line.normalize("NFKC")));
}
