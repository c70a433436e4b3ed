import { arabicOrdinals, ERA_YEAR_BEFORE, kanjiNumber } from "../japanese-numbers.ts";
import { foldForMatch } from "../retrieve/fold.ts";
import { ENGLISH_LABEL, japaneseLabel } from "../retrieve/query-analyzer.ts";
import { MONTH_NAME, monthNumber, sourceDates } from "../retrieve/source-dates.ts";
import { statedAmounts } from "./asked-values.ts";
import { namesCountryOtherwise } from "./country-mentions.ts";

/**
 * What an answer must contain for the question to count as answered: an explicitly named case,
 * article or edition must appear in the evidence, and a question that asks for a period, a count,
 * a contact or a penalty needs evidence of that type. Without it, taiwa abstains rather than
 * answering a neighbouring question.
 */
export interface Requirement {
  name: string;
  /** True when the evidence text (folded) satisfies it. */
  isMet(evidence: string): boolean;
}

// An edition may be numbered 第2次 (研究開発ビジョン(第二次)), in kanji as often as in digits.
const LABEL = /(事例|ケース|case)\s*(\d+)|第\s*([\d〇一二三四五六七八九十]+)\s*(版|条|章|節|項|号|回|次)|(\d+)\s*条/giu;

/** "the 9th expert meeting", "the 2nd edition": a numbered meeting or edition, named in English. */
const ENGLISH_ORDINAL = /\b(\d+)(?:st|nd|rd|th)\s+(?:[a-z-]+\s+){0,3}?(meeting|session|edition)\b/giu;

/**
 * The numbered labels a question names, folded as the documents write them: 事例5, 第2版, 第1章 ("Chapter 1"),
 * 第4条 ("Article 4"), 第9回 ("the 9th meeting").
 */
export function namedLabels(question: string): string[] {
  const text = question.normalize("NFKC");
  const labels = [...text.matchAll(LABEL)].map((match) =>
    arabicOrdinals(foldForMatch(match[0]).replace(/\s+/gu, ""))
      .replace(/^case/, "事例")
      .replace(/^ケース/, "事例"),
  );
  for (const match of text.matchAll(ENGLISH_LABEL)) labels.push(japaneseLabel(match[1]!, match[2]!));
  for (const match of text.matchAll(ENGLISH_ORDINAL))
    labels.push(`第${match[1]}${match[2]!.toLowerCase() === "edition" ? "版" : "回"}`);
  return [...new Set(labels)];
}

function labelRequirements(question: string): Requirement[] {
  return namedLabels(question).map((label) => ({
    name: `label:${label}`,
    isMet: (evidence: string) => arabicOrdinals(evidence).includes(label),
  }));
}

/** 「12番目の物資」: the item in that place of a list, which the quoted lines must number (⑫, 12.) or say. */
const ORDINAL_ITEM = /(?<![\d.])(\d{1,2})\s*番目/gu;

function ordinalRequirements(question: string): Requirement[] {
  return [...question.matchAll(ORDINAL_ITEM)].map((match) => {
    // Folded, ⑫ reads 12: the number stands alone, not inside another (112, 1.12).
    const placed = new RegExp(`(?<![\\d.,])${match[1]}(?![\\d.,])`, "u");
    return { name: `ordinal:${match[1]}`, isMet: (evidence: string) => placed.test(evidence.normalize("NFKC")) };
  });
}

const FISCAL_YEAR = /(?:fiscal(?:\s+year)?\s*|fy\s*)(20\d{2})|(20\d{2})\s*年度|令和\s*(\d{1,2})\s*年度/giu;

/**
 * A fiscal year the question names (fiscal 2026, 2026年度, 令和8年度): the evidence must name that year too, in
 * any of the documents' ways of writing it; an older year's budget does not answer it.
 */
function fiscalYearRequirements(question: string): Requirement[] {
  return [...question.matchAll(FISCAL_YEAR)].map((match) => {
    const western = match[1] ?? match[2];
    const year = western ? Number(western) : Number(match[3]) + ERA_YEAR_BEFORE.令和!;
    const reiwa = year - ERA_YEAR_BEFORE.令和!;
    const forms = [
      `${year}年度`,
      `令和${reiwa}年度`,
      `r${reiwa}年度`,
      `r${reiwa}補正`,
      `${year % 100}年度`,
      `fy${year}`,
    ];
    // 「令和3、4年度補正予算」 names 令和3年度 among others.
    const listed = new RegExp(`(?:令和|r)(?:\\d+[、・,])*${reiwa}(?:[、・,]\\d+)*年度`, "u");
    return {
      name: `fiscal:${year}年度`,
      isMet: (evidence: string) => forms.some((form) => evidence.includes(form)) || listed.test(evidence),
    };
  });
}

/** 「2024年の中間報告」「2024年に改訂された」: a year that qualifies what is asked, not a range (2024年まで) or a source. */
const QUALIFYING_YEAR = /(?<![\d/])((?:19|20)\d{2})年(?=の|に(?!かけ))/gu;

/**
 * A year the question ties its point to (「2024年の中間報告は何月何日」) must be a year the quoted passages name,
 * in any of the documents' ways of writing it (2024年, 令和6年, R6, 24年5月, 24/05/14, 2024-10-01): a report of
 * another year does not answer it. A year naming the source (「2024年の資料では」) says where to look instead.
 */
/**
 * "benchmarks … for 2030", "assets frozen in 2022", "by 2030", "in May 2022": the English for a year the point is tied
 * to. "Since 2021" or "as of 2025" bound a range or date a source; a document named by its year is taken out before.
 */
const ENGLISH_QUALIFYING_YEAR = new RegExp(
  `\\b(?:in|for|by|during)\\s+(?:(?:early|late|mid)[- ]?)?(?:(?:${MONTH_NAME})\\s+)?((?:19|20)\\d{2})\\b`,
  "giu",
);

/** Whether the evidence names the year in any of the documents' ways of writing it (2024年, 令和6年, R6, 24年, 2024-10-01). */
function namesYear(year: number, evidence: string): boolean {
  const reiwa = year - ERA_YEAR_BEFORE.令和!;
  const short = String(year % 100).padStart(2, "0");
  const forms = [`${year}年`, `${year}/`, `${year}-`, `${year}.`];
  if (reiwa >= 1) forms.push(`令和${reiwa}年`, `令和${kanjiNumber(reiwa)}年`, `r${reiwa}`);
  if (reiwa === 1) forms.push("令和元年");
  return forms.some((form) => evidence.includes(form)) || new RegExp(`(?<!\\d)${short}(年|/)`, "u").test(evidence);
}

/** 「2009～2011年平均」, "the 2009-2011 average": a span of years the point is tied to. */
const YEAR_SPAN = /(?<![\d/])((?:19|20)\d{2})\s*[～~〜\-－–—]\s*((?:19|20)\d{2})(?!\d)/gu;

function yearRequirements(question: string): Requirement[] {
  const { rest } = sourceDates(question);
  const years = [...rest.matchAll(QUALIFYING_YEAR), ...rest.matchAll(ENGLISH_QUALIFYING_YEAR)].map((match) => {
    const year = Number(match[1]);
    return { name: `year:${year}`, isMet: (evidence: string) => namesYear(year, evidence) };
  });
  // A figure of 2019-2021 does not answer for 2009-2011: the span's first year must be named.
  const spans = [...rest.matchAll(YEAR_SPAN)].map((match) => {
    const [from, to] = [Number(match[1]), Number(match[2])];
    return { name: `year:${from}-${to}`, isMet: (evidence: string) => namesYear(from, evidence) };
  });
  return [...years, ...spans];
}

/** 「9月26日に追加された団体」「10月30日の会談」: a day that qualifies what is asked, not a range (9月26日まで). */
const QUALIFYING_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})日(?=の|に(?!かけ)|付|時点|現在)/gu;

/** "in the 26 September 2022 round", "on October 9, 2025": the English for a day the point is tied to. */
const ENGLISH_QUALIFYING_DAY = new RegExp(
  `\\b(?:on|in the|of the|from the)\\s+(?:(\\d{1,2})\\s+(${MONTH_NAME})|(${MONTH_NAME})\\s+(\\d{1,2})(?!\\d))`,
  "giu",
);

/**
 * A day the question ties its point to must be a day the quoted passages or their documents' dates name (9月26日, 9/26, 2024-10-01): what was added
 * on another day does not answer it. A day naming the source (「2024年10月1日の議事要旨では」) says where to look.
 */
function dayRequirements(question: string): Requirement[] {
  const { rest } = sourceDates(question);
  const days = [
    ...[...rest.matchAll(QUALIFYING_DAY)].map((match) => [Number(match[1]), Number(match[2])] as const),
    ...[...rest.matchAll(ENGLISH_QUALIFYING_DAY)].map((match) =>
      match[1]
        ? ([monthNumber(match[2]!), Number(match[1])] as const)
        : ([monthNumber(match[3]!), Number(match[4])] as const),
    ),
  ].filter(([month, day]) => month >= 1 && day >= 1 && day <= 31);
  return days.map(([month, day]) => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const forms = [
      new RegExp(`(?<!\\d)${month}月${day}日`, "u"),
      new RegExp(`(?<!\\d)(?:${month}|${pad(month)})[/.](?:${day}|${pad(day)})(?!\\d)`, "u"),
      // A document's own date (2024-10-01), which the quoted passages are read with.
      new RegExp(`\\d{4}-${pad(month)}-${pad(day)}`, "u"),
    ];
    return { name: `day:${month}月${day}日`, isMet: (evidence: string) => forms.some((form) => form.test(evidence)) };
  });
}

const COUNTERS = "分野|件|社|か国|カ国|ヶ国|品目|項目|技術|事業|団体|物資|類型|本|人|回";
const TYPED: { name: string; asks: RegExp; evidence: RegExp }[] = [
  {
    name: "contact",
    asks: /(電話番号|代表番号|内線|連絡先|メールアドレス|phone number|telephone|e-?mail address|extension number)/iu,
    evidence: /(\d{2,4}-\d{2,4}-\d{3,4}|内線\d+|[\w.]+@[\w.]+)/u,
  },
  {
    name: "period",
    asks: /(何年間|何か月間|何ヶ月間|何カ月間|有効期間|有効期限|何年有効|how many years|how long (is|are|does|will)[^?]*(valid|last))/iu,
    evidence: /(\d+(年間|か月|ヶ月|カ月)|有効期間|有効期限)/u,
  },
  {
    name: "penalty",
    asks: /(罰則|罰金|懲役|過料|制裁金|\bpenalt(y|ies)\b|\bpunish|\bfines? (of|up to|for)\b)/iu,
    // 「義務を課すものではなく」 answers whether breaking it is punished: there is nothing to punish.
    evidence: /(罰則|罰金|懲役|過料|制裁金|義務を課すものではな|義務ではな|法的拘束力(は|が|の)な|強制するものではな)/u,
  },
  {
    name: "amount",
    asks: /(いくら|金額|費用|手数料|何円|何億|予算額|出資額|補助額|罰金額|how much)/iu,
    evidence: /(\d[\d,.]*\s*(円|ドル|ユーロ|億|兆|万)|[億兆]円)/u,
  },
  {
    // 「1株当たりの価格」「per share」: a figure per unit, which a total (株式4億ドル相当分) does not give.
    name: "per-unit",
    asks: /(?:1|一)\s*(?:株|人|社|件|台|トン|kg|キロ)\s*(?:当たり|あたり)|\bper (?:share|unit|person|head|capita|employee|company|vehicle|car|kg|kilogram|ton|tonne)\b/iu,
    evidence: /当たり|あたり|\/\s*(?:株|人|社|件|台|t|kg|トン)|毎|単価|per\b/iu,
  },
  {
    // 「事前報告は何件くらい提出されてる」「インフォームは何件発出」: how many were filed or issued, a tally of acts
    // that only a figure in 件 (or a 件数) gives; 「15技術を指定」 counts what the scheme covers, not what was filed.
    name: "filings",
    asks: /何件[^。？?]{0,8}(提出|出され|出て|寄せ|集ま|発出|受理|受け付け|届い|届け出|申請され|相談され)|\bhow many\b[^.?!]{0,50}\b(have been|has been|were|was|are being)\s+(filed|submitted|received|issued|lodged|made)\b/iu,
    evidence: /\d[\d,]*\s*件|件数/u,
  },
  {
    name: "count",
    asks: new RegExp(`何(${COUNTERS})|いくつ|how many`, "iu"),
    evidence: new RegExp(`\\d+(${COUNTERS})|[一二三四五六七八九十]+(つ|${COUNTERS})`, "u"),
  },
];

/**
 * 「物資ごとの内訳」「何にいくらずつ」「how is it broken down」: the parts of a whole, one by one. 「それぞれいくら」 and
 * "each of the two" ask as often for the sums of two topics, each of which may be found on its own.
 */
const ASKS_BREAKDOWN =
  /内訳|ごとの(?:金額|額|予算|配分)|いくらずつ|broken down|breakdown|split (?:between|among|across)/iu;
const ABOUT_MONEY = /円|ドル|ユーロ|予算|金額|いくら|\$|¥|€|budget|fund|money|how much/iu;

/** Whether the question asks how a sum of money is split (「約9,500億円の物資ごとの内訳」). */
export function asksBreakdown(question: string): boolean {
  return ASKS_BREAKDOWN.test(question) && ABOUT_MONEY.test(question);
}

/** The sums of money a text writes, keyed as compared (約9,500億円 → 9500億円, $7.5bn → 75億ドル). */
function sumsOf(text: string): string[] {
  return statedAmounts(text).filter((key) => /(?:円|ドル|ユーロ)$/u.test(key));
}

/**
 * A question that asks how a sum is split needs at least two sums the asker did not give: the whole it names
 * (「約9,500億円の内訳」, "the $7.5bn"), or one share the asker already knows, is not the split.
 */
function breakdownRequirements(question: string): Requirement[] {
  if (!asksBreakdown(question)) return [];
  const given = new Set(sumsOf(question));
  return [
    {
      name: "breakdown",
      isMet: (evidence: string) => new Set(sumsOf(evidence).filter((sum) => !given.has(sum))).size >= 2,
    },
  ];
}

/**
 * A figure of three digits or more the question states as what it is about (「3,007社の回答のうち」, "the 3,007
 * manufacturers surveyed", 「287団体」): not a year, a date, a rate, a sum or an article, nor a head count (「従業員300人
 * ほど」, "about 300 employees"), which is the asker's own size.
 */
const STATED_FIGURE =
  /(?<![\d,.]|[$¥€]\s?|\b(?:USD|JPY|EUR|US\$)\s?)(\d{1,3}(?:,\d{3})+|\d{3,})(?![\d,.])(?!\s*(?:年|月|日|条|号|%|％|円|ドル|ユーロ|億|兆|万|人|名|(?:full-time )?(?:employees|staff|workers|people|persons|million|billion|trillion|yen|dollars|percent)\b))/gu;

/**
 * The passages quoted must write that figure (3,007 or 3007): a survey or a list of another size is another one. A
 * year written alone (2024) is a date, not a figure.
 */
function figureRequirements(question: string): Requirement[] {
  const { rest } = sourceDates(question);
  return [...rest.matchAll(STATED_FIGURE)]
    .map((match) => match[1]!.replace(/,/gu, ""))
    .filter((digits) => !/^(?:19|20)\d{2}$/u.test(digits))
    .map((digits) => {
      const written = new RegExp(`(?<![\\d,.])${digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ",?")}(?![\\d])`, "u");
      return { name: `figure:${digits}`, isMet: (evidence: string) => written.test(evidence.normalize("NFKC")) };
    });
}

export function answerRequirements(question: string): Requirement[] {
  const folded = question.normalize("NFKC");
  const requirements = [
    ...labelRequirements(folded),
    ...fiscalYearRequirements(folded),
    ...yearRequirements(folded),
    ...dayRequirements(folded),
    ...ordinalRequirements(folded),
    ...breakdownRequirements(folded),
    ...figureRequirements(folded),
  ];
  for (const typed of TYPED) {
    if (typed.asks.test(folded))
      requirements.push({ name: typed.name, isMet: (evidence) => typed.evidence.test(evidence) });
  }
  return requirements;
}

/** Names in the question (countries, organisations, people) that the evidence must mention. */
export function namedEntitiesMissing(
  names: string[],
  evidence: string,
  variants: (name: string) => string[],
): string[] {
  return names.filter(
    (name) =>
      ![name, ...variants(name)].some((form) => evidence.includes(foldForMatch(form))) &&
      !namesCountryOtherwise(name, evidence),
  );
}
