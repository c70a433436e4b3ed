import { numberWordsAsDigits } from "../retrieve/english-lexicon.ts";
import { countedLetters } from "../retrieve/query-analyzer.ts";
import type { Language } from "../types.ts";
import { BULLET } from "./passage-lines.ts";
import type { AskedType } from "./question-analysis.ts";

const DIGITS = "[0-9０-９]";
const KANJI_NUMBER = "[一二三四五六七八九十百千]";
const DATE = new RegExp(
  `((19|20)${DIGITS}{2}\\s*年|令和\\s*(${DIGITS}+|元)\\s*年|平成\\s*${DIGITS}+\\s*年|${DIGITS}{1,2}\\s*月|${DIGITS}{1,2}\\s*日|${DIGITS}{2,4}\\s*[/.]\\s*${DIGITS}{1,2}|(19|20)${DIGITS}{2}|${DIGITS}+\\s*(年間|か月|ヶ月|カ月|日間|年度)|${KANJI_NUMBER}+\\s*年|年度内|上旬|中旬|下旬|年内|年度末)`,
  "u",
);
/** A law's number (令和四年法律第四十三号) names the law; its year is no date of anything asked. */
const LAW_NUMBER =
  /(令和|平成|昭和)\s*[元0-9０-９一二三四五六七八九十]+\s*年\s*法律第\s*[0-9０-９一二三四五六七八九十百]+\s*号/gu;

function holdsDate(text: string): boolean {
  return DATE.test(text.replace(LAW_NUMBER, ""));
}

/** Dollars written with the sign, before or after the figure ($140M, 110$/kg), escaped as markdown writes it. */
const DOLLAR_SIGN = "\\\\?\\$";
const SIGNED_DOLLARS = `${DOLLAR_SIGN}\\s*${DIGITS}`;
const AMOUNT = new RegExp(
  `(${DIGITS}[\\d,.，]*\\s*(円|ドル|ユーロ|元|億|兆|万|%|％|割|倍|パーセント|${DOLLAR_SIGN})|${SIGNED_DOLLARS}|[億兆]円|${KANJI_NUMBER}+割)`,
  "u",
);
const SUPPLY = new RegExp(`${DIGITS}+\\s*(日分|週間分|か月分|ヶ月分|カ月分|年分)`, "u");
/**
 * A number counting things (14の業界団体, 15技術, 8つ) or a stock in days of use (240日分の備蓄): not a year, a
 * date, money, R3 or a section number.
 */
const COUNTERS =
  "つ|の|件|社|か国|カ国|ヶ国|国|分野|品目|物資|技術|事業|団体|類型|項目|領域|制度|名|人|回|本|個|種類|種|者|機関|プロジェクト|拠点|業種|省庁|府省|カ所|か所|項|点|品|施設|日分|週間分|か月分|ヶ月分|カ月分|年分|トン";
const COUNT = new RegExp(
  // 14対象事業, 50重要技術: a short qualifier may stand between the number and its counter noun.
  // 世界第5位 answers 何位: a rank is counted too. A survey's sample, (n=3,007), counts those who answered: only a
  // question asking how many companies or people (COMPANIES, PEOPLE) is answered by it, not 「何件の事例」.
  `(第?${DIGITS}+\\s*位|(?<![A-Za-z\\d/.第])${DIGITS}+\\s*(${COUNTERS})|(?<![A-Za-z\\d/.第年月])${DIGITS}+(?![年月日度号条章版回期])[一-龥]{1,3}(分野|品目|物資|技術|事業|団体|類型|項目|領域|制度|機関|業種)|${KANJI_NUMBER}+\\s*(つ|件|社|か国|カ国|分野|品目|物資|技術|事業|団体|類型|項目|領域|制度|の))`,
  "u",
);

/** A section number opening a line and set apart from its heading by a space: 「1 技術流出を防ぐために」. */
const HEADING_NUMBER = /^\s*\d{1,2}\s+(?=\S)/u;
const ONE_OF = /の(?:一|ひと)つ/gu;
/** An item's own number: 「- ① 自社ビジネスを…」, 「(2) 経済安保への…」, 「3. マルチ…」. */
const ITEM_NUMBER = /^\s*(?:[-・•*]\s*)?(?:([\u2460-\u2473])|[(（](\d{1,2})[)）]|(\d{1,2})[.．)）](?!\d))/u;

/**
 * How many items a list numbers from 1 in order (①②③ → 3), other lines between them allowed: a numbered list says
 * how many there are without a counter word. 0 when the lines number nothing, or not from 1.
 */
export function enumeratedCount(lines: readonly string[]): number {
  // 「③電解銅箔　⑬正負極バインダ」 is a table's row of two columns: its numbers do not run down the lines.
  if (lines.some((line) => (line.match(/[\u2460-\u2473]/gu) ?? []).length > 1)) return 0;
  let next = 1;
  for (const line of lines) {
    const match = ITEM_NUMBER.exec(line);
    if (!match) continue;
    const number = match[1] ? match[1].charCodeAt(0) - 0x2460 + 1 : Number((match[2] ?? match[3])!.normalize("NFKC"));
    if (number === next) next++;
  }
  return next - 1;
}
/** Words that mark a line as giving a reason (「…のため、」「…ので」「背景には」): what ranks a block for a 「なぜ」. */
export const REASON_MARK =
  /(ため[、に]|ので|により|によって|背景|理由|要因|性質上|限界|課題|懸念|欠ける|できない|おそれ)/u;
/**
 * Words that give a cause, a purpose or what makes a thing matter: the ranking marker's, and more (「…を踏まえ」
 * 「…を目的として」「経済安保上重要な相手」「…が必要」). A 「なぜ」 answered by lines with none of them states a fact and
 * leaves the why unsaid. The ranking marker stays narrower: it only prefers one block to another, and picks worse
 * blocks when it is this wide.
 */
const GIVES_REASON = new RegExp(
  `${REASON_MARK.source}|ため|よう[、に]|に伴い|踏まえ|を受け|べく|目的|狙い|趣旨|観点から|から[、。]|重要|必要`,
  "u",
);

/** Bullet and numbered lines: the items a list is laid out as. */
export function bulletLines(lines: string[]): string[] {
  return lines.filter((line) => BULLET.test(line));
}

export function bulletCount(lines: string[]): number {
  return bulletLines(lines).length;
}

/** The longest piece of an enumeration on one line (工作機械・産業用ロボット is two pieces). */
export const MAX_PIECE_CHARS = 24;

/** A line cut where an enumeration would separate its items: at 、 ・ , and before a circled number. */
export function enumerationPieces(line: string): string[] {
  return line.split(/[、・,]|(?=[①-⑳])/u).filter((piece) => piece.trim() !== "");
}

/** Items of an enumeration in the excerpt: bullet lines, or 「、」/「・」-joined items on one line. */
export function itemCount(lines: string[]): number {
  const bullets = bulletCount(lines);
  // On one line, an enumeration is three or more short pieces (半導体、蓄電池、クラウド), not a sentence's commas.
  const inline = Math.max(
    0,
    ...lines.map((line) => {
      const short = enumerationPieces(line).filter((piece) => piece.length <= MAX_PIECE_CHARS).length;
      return short >= 3 ? short : 0;
    }),
  );
  return Math.max(bullets, inline, ...lines.map(quotedRun));
}

const QUOTED_RUN = /(?:「[^「」]{1,40}」){2,}/gu;

/** 「自律性の向上」「優位性・不可欠性の確保」「国際秩序の維持・強化」という方向性: quotes set side by side are the items. */
function quotedRun(line: string): number {
  return Math.max(0, ...[...line.matchAll(QUOTED_RUN)].map((run) => run[0].split("」").length - 1));
}

/**
 * The kind of value a question's wording asks for: a length of time is not a point in time (何年間有効 is
 * not answered by 2024年), a deadline is a date something must happen by, a rate is not a sum of money;
 * and, whatever the asked type, a person in a role, a place or a form.
 */
export type ValueKind =
  | "duration"
  | "deadline"
  | "day"
  | "rate"
  | "money"
  | "person"
  | "incumbent"
  | "breakdown"
  | "names"
  | "members"
  | "place"
  | "form"
  | "verdict"
  | "calculation"
  | "companies"
  | "countries"
  | "people"
  | "cases"
  | "law"
  | "change"
  | "requests";

// 「何年保存」「何か月有効」: a time counter run straight into what lasts (no に/から/まで) asks for how long.
const ASKS_DURATION =
  /(何(?:年|か月|ヶ月|カ月)(?=(?!何)[一-龥]{2}|かか|続|もつ|持つ)|(?:最長|最短|最大)で?(?:何|どのくらい|どれくらい)|何年間|何か月|何ヶ月|何カ月|何日間|何週間|何日(?:くらい|ぐらい|ほど)?(?:かか[るっりら]|前|以内)|何時間|何分以内|何営業日|日数|期間|時間軸|スパン|年間有効|有効期限|どのくらいの間)|\b(how long|how many (years|months|weeks|days|hours)|within how many hours|duration|valid for|time ?(?:horizon|frame|span)s?|timeframes?|over what period)\b/iu;
/** A count of time units (「何日前」「how many days before」) is a length of time, not a count of things. */
const COUNTS_TIME =
  /(何年間|何か月|何ヶ月|何カ月|何日|何週間|何時間|何営業日)|\bhow many (years|months|weeks|days|hours|business days)\b/iu;
const ASKS_DEADLINE = /(期限|締切|締め切り|いつまで|何日まで|何月まで)|\b(deadline|due date|by when|until when)\b/iu;
/** 「何月何日」「1月の何日」: the day itself, which a year or a month does not give. */
const ASKS_DAY =
  /(何月何日|[月の]\s*何日(?!間|前|以内|かかる|くらい|ぐらい|ほど|まで))|\b(what day|which day|exact(?:\s+\w+)? date|(?:month and day|day and month)|specific date)\b/iu;
/** Who, where and on what form: asked whatever the asked type (「座長は誰」「どこに提出」「どの様式で」). */
// Who holds a named role (座長は誰, 担当者はどなた) or won is a person's name; 「誰向け」「誰が取りまとめた」 may be a body.
const ASKS_PERSON =
  /((座長|委員長|議長|担当者|委員|メンバー|講師|発言者|提案者|大臣|長官|理事長|会長|社長|代表者?)[^。？?]{0,12}(誰|だれ|どなた|氏名|名前))|((誰|だれ|どなた)[^。？?]{0,8}(座長|委員長|議長|担当者|提案|発言|大臣|長官|勝|当選))|(どの(委員|メンバー|方|人)(が|です|でした))|\bwho (chairs|chaired|is the chair|proposed|said|won|wins)\b|\bwho (?:is|was|are|were) (?:(?:the|its|[a-z]+['’]s) )?(?:current |new |present |former )?(?:[a-z-]+ )?(?:minister|chair(?:man|person)?|head|director|president|secretary|commissioner|leader|ambassador|winner)s?\b|\bwhich (?:(?:committee|panel|board|council|expert|outside) )?(member|expert|official|person|minister|speaker|participant)s?\b(?!['’]s|\s+(meeting|panel|group|council|committee|session|body|level|state|country|countries|ministry|report|paper)s?\b)/iu;
/** 「内訳も」 "the breakdown": the parts a figure is made of. */
const ASKS_BREAKDOWN = /内訳|\bbreakdown\b/iu;
/** A figure, each time it is given (50%, 25%, 25%). */
const AMOUNTS = new RegExp(AMOUNT.source, "gu");
/** 「今の大臣は誰」 "who is the current minister": who holds the role now, not who held it (西村前大臣). */
const ASKS_INCUMBENT = /現在|今の|現職|現任|\b(?:current|currently|present|now|today)\b/iu;
/** A title held before (前大臣, 元会長): its holder is not the one in office. */
const FORMER_TITLE = /[前元旧](?:氏|座長|委員長|大臣|理事長|会長|社長|議員)|\bformer\b/giu;
/** 「どんな要望が出ていた」「何を求めている」: what someone asked others to do. */
const ASKS_REQUESTS = /要望|要請|注文|リクエスト|求め(?!られ)|\b(?:requests?|asked for|called for)\b/iu;
/**
 * A line that asks for something: 「…を設けてほしい」「…すべき」「…を期待する」「…していただきたい」. Requests are
 * written so, not named: no heading need say 要望.
 */
const REQUEST_LINE =
  /(?:ほしい|欲しい|求め(?:る|たい|ます)|べき(?:だ|である)?|期待(?:する|したい|します)?|いただきたい|願いたい)(?:。|$|[)）]|、)/u;
/**
 * 「どこに書いてある」「どこに根拠が」 ask for a source, not a place; 「どこで困っている」 asks at what point; 「推進法の
 * どこに入ってて」 the part of a law (第5章) that holds a scheme.
 */
// 「取りまとめたのはどこで、」「所管はどこですか」: どこ with the copula asks which body, unless a place word is asked.
// "examples where information exchange is needed": a relative "where" asks no place; "where is / where to" does.
const ASKS_PLACE =
  /(どこで(?!困|悩|苦労|つまず|躓|引っかか|迷|難航|す|しょう|[、,])|(?<!法の|法律の)どこに(?!書|根拠|規定|記載|定め|載|入|位置|含|盛)|どこへ|どこの(?:会議室|会場|場所|部屋|建物|施設|庁舎|ホール)|提出先|宛先|申請先|届出先|会場|開催場所|\b(?:which|what) (?:office|agency|authority|desk|window|contact point)\b[^?.]*\b(?:apply|submit|file|send)\b|^\s*where\b(?![^?.]*\branks?\b)|\bwhere (is|are|was|were|do|does|did|can|could|should|will|would|to|exactly)\b(?![^?.]*\branks?\b))/iu;
/** "Where was the target set?", "where is it stated": the document that says it, not a place. */
const ASKS_SOURCE_EN =
  /\bwhere\b[^?.]*\b(?:set|stated|written|laid out|set out|defined|mentioned|described|specified|adopted|decided|announced|say|says)\b/iu;
/** 「結論は」「問題なしと判断したのか」「どういう条件なら問題ない」: what a case was judged, which a case's title does not say. */
const ASKS_VERDICT =
  /(問題なし|問題ない(と|って)|OK(という|って|と|なの)|(どういう|どんな|どの)条件(なら|で|だと)|判断(した|された|している)の)|\b(ruled|verdict|under what conditions)\b/iu;
/** 「案からどこが変わりましたか」「変更点は」, "what changed": what was changed, which a schedule line does not say. */
const ASKS_CHANGE =
  /((どこ|何|なに|どの点)(が|は)変わ|変更点|変わった(点|ところ)|変更された(点|ところ|の))|\bwhat (has |was |were )?changed\b|\bwhat changes\b/iu;
/** A line that says what was changed, added, removed or made clearer. */
const CHANGE = /変更|修正|追加|削除|見直|改め|新た|変わ|改訂|改定|反映|拡充|明確化|追記|加え/u;
/** 「結論」 asks for a verdict when a case, a ruling body or a dispute is what concluded (not a meeting's summary). */
const ASKS_CONCLUSION = /(結論|\bconclu(sion|ded)\b)/iu;
const RULING = /(事例|ケース|公取委|公正取引委員会|紛争|裁判|判決|違法|適法|\b(case|dispute|court|ftc|jftc)\b)/iu;
/** 「補償額はどうやって計算される」: a method of calculation, which the amount's mention does not give. */
const ASKS_CALCULATION =
  /((どうやって|どのように|どう)[^。？?]{0,8}(決ま|計算|算定|算出))|(算定方法|計算方法|算出方法|算定基準|計算式)|\bhow (is|are|was|will)\b[^?]{0,50}\b(calculated|computed|determined|assessed)\b/iu;
/**
 * The names of people or organisations (委員の氏名, 会社名, "the names of the entities", "name and affiliation"):
 * a head count (約20団体) or a description (国有企業) does not give them. A law's or an office's name is a title,
 * not asked here.
 */
const ASKS_NAMES =
  /(氏名|実名|会社名|企業名|社名|団体名|(どの|どこの)(会社|企業)|(どの|どこの)(業界)?団体|(会社|企業|団体|機関|組織|事業者)(って|は|が)(どこ|どちら)|(委員|メンバー|企業|会社|団体|個人|人物|発言者|参加者|出席者|事業者)[^。？?]{0,12}(名前|名簿)|名前[^。？?]{0,6}(所属|一覧))|\b(names?\b[^?]{0,60}\b(members?|compan(y|ies)|firms?|entities|associations?|individuals?|persons?|people|speakers?|participants?|organi[sz]ations?|affiliations?)|(member|person|speaker|company|firm)['’]s name|names? and affiliations?|by names?|(which|what) ((?!(should|do|does|did|can|could|must|will|would|are|is|were|was|have|has)\b)[a-z-]+ )?(compan(y|ies)|firms?))\b/iu;
/**
 * The names of the people on a body (委員の名簿, 出席者の氏名, "the list of members"): a member line or a person, which
 * companies named side by side (インテル、サムスン) or a body's name do not give.
 */
const ASKS_MEMBERS =
  /((委員|メンバー|構成員|出席者|参加者|発言者)(?:の|全員の|全員|等の)?(名前|名簿|氏名|一覧))|\b((names?|list) of (the )?(members|participants|attendees|speakers|experts)|members? list|roster)\b/iu;
/** 「根拠になる法律は何」「どの法律で」, "which law": the name of a law is asked. */
const ASKS_LAW =
  /(根拠[^。？?、]{0,6}(法律|法令|法)(?!的)|(法律|法令)[^。？?]{0,10}(名前|名称|正式名)|(どの|何という|なんという|何の)(法律|法令)|法律名|法令名)|\b((which|what) (law|act|statute|legislation)\b|legal basis|name of the (law|act))/iu;
/** A law by its name: 「重要経済安保情報保護活用法」, 特定秘密保護法, 外為法. */
const LAW_NAME = /[一-龥ァ-ヶー・]{2,}法(?![人令的定務案制規])|[一-龥ァ-ヶー]{2,}に関する法律|\bAct\b/u;
const ASKS_FORM = /(様式|書式|フォーマット|テンプレート|申請書|\bform\b)/iu;
/**
 * A person: a name with a title (試験太郎教授), a chair named (座長：…), a Latin full name. A title after an office's name
 * (経済産業大臣, 主務大臣, 内閣総理大臣) is the office's, not a person's.
 */
const PERSON =
  /([一-龥]{1,4}\s?[一-龥]{1,3}\s*(?<!総理|主務|産業|貿易|経産|外務|財務|防衛|担当|国務|内閣|厚生|労働|交通|環境|科学|水産|法務|総務|通商)(氏|座長|委員長|教授|大臣|理事長|会長|社長|議員))|((座長|委員長|議長|会長)\s*[:：]?\s*[一-龥]{2,})|[A-Z][a-z]+\s[A-Z][A-Za-z]+/u;
/** A member list's line: a name and its affiliation (・大島昌彦 (日本商工会議所), 川島富士雄 神戸大学大学院 教授). */
const MEMBER =
  /(^|[\s・•-])[一-龥]{2,5}\s*([(（][^)）]{0,30}|\s+\S{0,20})(大学|会議所|連合会|機構|事務所|研究所|研究科|株式会社|財団|協会|教授|弁護士)/u;
/** A line of a member list (大島昌彦 (日本商工会議所)): a person, named with where they belong. */
export function memberLine(line: string): boolean {
  return MEMBER.test(line.normalize("NFKC"));
}

/**
 * A company or association by its name (丸紅株式会社, MP Materials社, 電子情報技術産業協会), or companies named side by
 * side (NVIDIAとAMD, インテル、サムスン).
 */
const ORGANISATION =
  /([ァ-ヶA-Za-z一-龥ー]{2,}(株式会社|有限会社|合同会社)|(株式会社|有限会社|合同会社)[ァ-ヶA-Za-z一-龥ー]{2,}|㈱|[(（][株有][)）]|\b(Inc|Corp|Corporation|Ltd|LLC|GmbH|plc)\b|([A-Za-z][A-Za-z0-9&. ]*[A-Za-z0-9]|[ァ-ヶ][ァ-ヶー・]*)社(?=[はがのにでへやとをも、,。\s)）]|$)|[一-龥ァ-ヶ]{2,}(協会|工業会|連合会|会議所)|[A-Z][A-Za-z0-9]{2,}(と|、|及び|および|, | and )[A-Z][A-Za-z0-9]{1,}|(?<!と)[ァ-ヶー]{3,}、[ァ-ヶー]{3,}(?=[、,。\s)）とやの等]|など|$))/u;
const ROLE = /(座長|委員長|議長|会長|理事長|担当|大臣|責任者|chair)/iu;
const PLACE =
  /(会議室|庁舎|本館|別館|\d+\s*階|ホール|会場|オンライン|Web会議|ウェブ会議|提出先|宛先|申請先|届出先|窓口|メール|@|https?:)/u;
const VERDICT =
  /(問題(と|に)?なら(ない|ず)|問題(は|が)?ない|問題となる|違反(しない|とならない|となる|する)|抵触(しない|する)|認められ(る|ない)|許容され|差し支えない|独占禁止法上(の)?問題)(?!おそれ|との懸念)/u;
const COUNTED = `(?:${DIGITS}[\\d,]*|${KANJI_NUMBER}+)\\s*`;
/** A survey's sample (n=3,007) counts the companies or people who answered it. */
const SAMPLE = `[(（]\\s*n\\s*[=＝]\\s*${DIGITS}`;
const COMPANIES = new RegExp(`${COUNTED}(?:社(?!会)|企業|事業者)|${SAMPLE}`, "u");
const COUNTRIES = new RegExp(`${COUNTED}(?:か国|カ国|ヶ国|箇国|国・地域|の国)`, "u");
const CASES = new RegExp(`${COUNTED}件`, "u");
const PEOPLE = new RegExp(`${COUNTED}(?:人|名)(?![目前])|${SAMPLE}`, "u");
const CALCULATION = /(算定|計算|算出|相当額|乗じ|×|基準額)/u;
const FORM = /(様式|書式|別紙|別記|申請書|届出書|報告書の?記載)/u;
const ASKS_RATE = /(率|割合|比率|シェア|何割|何%|何％|何パーセント)|\b(rates?|percentage|percent|ratio|share)\b/iu;
const ASKS_MONEY =
  /(金額|[^何]額|予算|費用|価格|手数料|いくら|コスト|何円|罰金)|\b(amount|budget|cost|price|fee|fine|how much money|funding)\b/iu;
const DURATION = new RegExp(
  `(${DIGITS}+|${KANJI_NUMBER}+)\\s*(年間|か年|カ年|か月|ヶ月|カ月|箇月|日間|週間|日前|日以内|営業日|時間|分以内)|(?<![0-9０-９和成昭元])${DIGITS}{1,2}\\s*年(?!\\s*${DIGITS}|度)`,
  "u",
);
const DATE_RANGE = new RegExp(
  `${DIGITS}{1,2}\\s*月\\s*${DIGITS}{1,2}\\s*日[^~～〜]{0,20}[~～〜]\\s*${DIGITS}{1,2}\\s*月`,
  "u",
);
/** A day of a month: 1月15日, 令和七年五月十六日, 25/5/30, 11/20. */
const DAY = new RegExp(
  `(${DIGITS}{1,2}|${KANJI_NUMBER}{1,3})\\s*月\\s*(${DIGITS}{1,2}|${KANJI_NUMBER}{1,3})\\s*日|(?<![\\d/])\\d{1,4}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{1,2}(?![\\d/])|(?<![\\d/])\\d{1,2}/\\d{1,2}(?![\\d/])`,
  "u",
);
const DEADLINE = /(期限|締切|締め切り|まで|目途|目標|[~～〜]\s*[0-9０-９]{1,4}\s*[年月日/])/u;
const RATE = new RegExp(`(${DIGITS}[\\d,.，]*\\s*(%|％|割|パーセント|倍)|${KANJI_NUMBER}+割|半数|半分)`, "u");
const MONEY = new RegExp(
  `(${DIGITS}[\\d,.，]*\\s*(円|ドル|ユーロ|元|億|兆|万|${DOLLAR_SIGN})|${SIGNED_DOLLARS}|[億兆万]円|億ドル)`,
  "u",
);

const STATED_COUNT = new RegExp(
  `(?<![A-Za-z0-9０-９第])(${DIGITS}+)\\s*(?:つ|個|件|分野|技術|品目|物資|事業|項目|類型|種類|種|制度|領域|か国|カ国|社|団体|の(?=[一-龥ァ-ヶ]))`,
  "u",
);

const STATED_COUNTS = new RegExp(STATED_COUNT.source, "gu");

/** Numbers the question states as counts (4つ, 14事業), not years or dates (2024年, 5月). */
export function statedCounts(question: string): Set<string> {
  return new Set([...question.normalize("NFKC").matchAll(STATED_COUNTS)].map((match) => match[1]!));
}

const STATED_AMOUNT =
  /(\d[\d,]*(?:\.\d+)?)\s*(兆|億|万)?\s*(円|ドル|ユーロ|%|割|団体|社|か国|カ国|件|技術|物資|分野|品目|人|名)/gu;

/** A figure as compared: digits without separators, then its unit (約9,500億円 → 9500億円). */
export function figureKey(digits: string, scale = "", unit = ""): string {
  return `${digits.replace(/,/gu, "")}${scale}${unit}`;
}

/**
 * Sums, rates and counts the question itself gives (「約9,500億円のうち、蓄電池向けは」「シェア9割のうち中国製は」
 * 「287団体のうち航空機メーカーは」): the asker has them, so a line that gives only those does not answer what is asked.
 */
export function statedAmounts(question: string): string[] {
  const text = question.normalize("NFKC");
  return [
    ...[...text.matchAll(STATED_AMOUNT)].map(([, digits, scale, unit]) => figureKey(digits!, scale, unit)),
    ...[...text.matchAll(STATED_AMOUNT_EN)].flatMap((match) => englishFigureKey(match)),
  ];
}

/** "¥950 billion", "USD 150 million", "$52.7 billion", "5 trillion yen": a sum an English question gives. */
const STATED_AMOUNT_EN =
  /(?:(¥|JPY\s?|US\$|USD\s?|\$)\s?(\d[\d,]*(?:\.\d+)?)\s?(trillion|billion|million|tn|bn|m)?\b|(\d[\d,]*(?:\.\d+)?)\s?(trillion|billion|million|tn|bn|m)?\s?(yen|dollars))/giu;

const EN_SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6, tn: 1e12, bn: 1e9, m: 1e6 };

/** An English sum as the documents key it: ¥950 billion → 9500億円, $150 million → 1.5億ドル. */
function englishFigureKey(match: RegExpMatchArray): string[] {
  const [, sign, signedDigits, signedScale, digits, scale, word] = match;
  const unit = (sign ?? word ?? "").toLowerCase().trim();
  const currency = unit === "¥" || unit === "jpy" || unit === "yen" ? "円" : "ドル";
  const value =
    Number((signedDigits ?? digits ?? "").replace(/,/gu, "")) *
    (EN_SCALE[(signedScale ?? scale ?? "").toLowerCase()] ?? 1);
  if (!Number.isFinite(value) || value <= 0) return [];
  const [size, japanese] =
    value >= 1e12 ? [1e12, "兆"] : value >= 1e8 ? [1e8, "億"] : value >= 1e4 ? [1e4, "万"] : [1, ""];
  // 9500億 as the documents write it: no float noise (0.1 + 0.2) in the digits.
  const scaled = Number((value / size).toPrecision(12));
  return [figureKey(String(scaled), japanese, currency)];
}

/** A converted sum in brackets right after a figure (527億ドル(約7兆円)): the same figure, said again. */
const CONVERSION = /^\s*\(\s*約?\s*\d[\d,]*(?:\.\d+)?\s*(?:兆|億|万)?\s*(?:円|ドル|ユーロ)\s*\)/u;

/** A line without the figures the question gives (see statedAmounts), nor their conversions in brackets. */
export function withoutStated(line: string, stated: readonly string[]): string {
  if (stated.length === 0) return line;
  const text = line.normalize("NFKC");
  let out = "";
  let from = 0;
  for (const match of text.matchAll(STATED_AMOUNT)) {
    const [figure, digits, scale = "", unit] = match;
    if (!stated.includes(figureKey(digits!, scale, unit))) continue;
    const end = match.index! + figure.length;
    out += text.slice(from, match.index);
    from = end + (text.slice(end).match(CONVERSION)?.[0].length ?? 0);
  }
  return out + text.slice(from);
}

/**
 * The lines without the figures the question gives, when the asked type is one such a figure could pass for (a sum,
 * a rate, a count: 「9割のうち中国製は何割」); other asked types read the lines as they are.
 */
export function withoutStatedFigures(type: AskedType, lines: readonly string[], stated: readonly string[]): string[] {
  return type === "amount" || type === "count" ? lines.map((line) => withoutStated(line, stated)) : [...lines];
}

/** How many items a list question says there are (「15分野を全部」「4つの技術はどれ」), when it says. */
const STATED_COUNT_EN =
  /\b(?:all|the|these|those)?\s*(\d+)\s+(?:[a-z/-]+\s+){0,5}?(?:sectors|fields|areas|items|technologies|categories|cases|countries|types|kinds|measures|pillars|requirements|principles|goods|products|industries|regimes|associations|organi[sz]ations|groups|companies|firms|members|minerals|materials|elements|earths|businesses|projects|points|steps)\b/iu;

export function statedItemCount(part: string): number | undefined {
  const text = part.normalize("NFKC");
  // "the 3 Ps": the letters counted are the items (「3つのP」).
  const letters = countedLetters(text)[0]?.match(/^(\d+)/u);
  const match = text.match(STATED_COUNT) ?? numberWordsAsDigits(text).match(STATED_COUNT_EN) ?? letters;
  const count = match ? Number(match[1]) : Number.NaN;
  // A stated size past what an answer can show (「50の重要技術を全部」) is still the size asked: fewer items do not answer it.
  return count >= 3 && count <= 99 ? count : undefined;
}

/** 「いくつ」「何個」「何項目」, "how many principles": a count with no counter of its own (not 何団体, 何社, 何件). */
const ITEM_COUNT_WORDS = "いくつ|幾つ|何個|何項目|何点|何つ";
const COUNTS_ITEMS = new RegExp(`(${ITEM_COUNT_WORDS})|\\bhow many\\b`, "iu");
const OPENS_WITH_ITEM_COUNT = new RegExp(`^(?:${ITEM_COUNT_WORDS})`, "u");

export function countsItems(part: string): boolean {
  return COUNTS_ITEMS.test(part.normalize("NFKC"));
}

/** The text opens with such a count (「何個で」 after 「原則って」). */
export function opensWithItemCount(text: string): boolean {
  return OPENS_WITH_ITEM_COUNT.test(text);
}

/** 「全部挙げて」「一覧で」「list all」: every item is asked for, not some of them. */
const ASKS_EVERY_ITEM = /(全部|全て|すべて|一覧|全項目|全\d)|\b(all|every|full list|complete list|each of the)\b/iu;

export function asksEveryItem(part: string): boolean {
  return ASKS_EVERY_ITEM.test(part) || statedItemCount(part) !== undefined;
}

/**
 * 「何社」「何か国」「何人」, "how many companies": a count of these things, which a count of other things (14対象事業,
 * 4つの柱) does not give.
 */
const COUNTED_KINDS: [ValueKind, RegExp][] = [
  ["companies", /何社|企業数|社数|\bhow many (?:[a-z-]+ )?(?:compan(?:y|ies)|firms)\b/iu],
  ["countries", /何(?:か|カ|ヶ|箇)国|国数|\bhow many (?:[a-z-]+ )?(?:countries|nations|states)\b/iu],
  ["people", /何人|何名|人数|\bhow many (?:[a-z-]+ )?(?:people|persons|members|experts|employees|staff)\b/iu],
  // 「インフォームを出した件数」: how often a thing was done, which 15技術 (what the scheme covers) does not say. 何件
  // alone is often said of items (「今回何件追加されたか」 of technologies), so only 件数 asks for cases.
  ["cases", /件数|\bhow many times\b/iu],
];

const ANY_TYPE_KINDS = new Set<ValueKind>([
  "person",
  "incumbent",
  "breakdown",
  "names",
  "members",
  "place",
  "form",
  "verdict",
  "calculation",
  "law",
  "change",
  "requests",
]);
/** Asked types answered by a number or a date, which must also be about the asked topic. */
export type NumericType = "date" | "count" | "amount";
export const NUMERIC_TYPES: ReadonlySet<AskedType> = new Set<NumericType>(["date", "count", "amount"]);

export function isNumericType(type: AskedType): type is NumericType {
  return NUMERIC_TYPES.has(type);
}

/** What kind of value one asked part wants, when its wording says (else any value of its type). */
export function askedValueKind(type: AskedType, part: string): ValueKind | undefined {
  if (ASKS_PERSON.test(part)) return ASKS_INCUMBENT.test(part) ? "incumbent" : "person";
  if (ASKS_MEMBERS.test(part)) return "members";
  if (ASKS_BREAKDOWN.test(part)) return "breakdown";
  if (ASKS_NAMES.test(part)) return "names";
  // The law's name, not the date or count asked beside it (「正式な名前と施行の時期」 asks both).
  if (ASKS_LAW.test(part) && !NUMERIC_TYPES.has(type)) return "law";
  if (ASKS_CALCULATION.test(part)) return "calculation";
  if (ASKS_VERDICT.test(part) || (ASKS_CONCLUSION.test(part) && RULING.test(part))) return "verdict";
  if (ASKS_CHANGE.test(part) && !NUMERIC_TYPES.has(type)) return "change";
  if (ASKS_FORM.test(part) && type !== "date") return "form";
  if (ASKS_PLACE.test(part) && !ASKS_SOURCE_EN.test(part) && type !== "date") return "place";
  if (ASKS_REQUESTS.test(part) && (type === "list" || type === "definition")) return "requests";
  if (type === "date")
    return ASKS_DURATION.test(part)
      ? "duration"
      : ASKS_DEADLINE.test(part)
        ? "deadline"
        : ASKS_DAY.test(part)
          ? "day"
          : undefined;
  if (type === "count" && COUNTS_TIME.test(part)) return "duration";
  if (type === "count") {
    const counted = COUNTED_KINDS.find(([, asks]) => asks.test(part));
    if (counted) return counted[0];
  }
  if (type === "amount" || type === "count")
    return ASKS_RATE.test(part) ? "rate" : ASKS_MONEY.test(part) && type === "amount" ? "money" : undefined;
  return undefined;
}

/** A name with a role (座長：…, …理事長（座長）). */
function holdsRole(text: string): boolean {
  return PERSON.test(text) && ROLE.test(text);
}

/** What a line must hold to carry a value of each kind. */
const KIND_TESTS: Record<ValueKind, (text: string) => boolean> = {
  // A span from one date to another (11月26日 … ~12月26日) says how long as well as when.
  duration: (text) => DURATION.test(text) || DATE_RANGE.test(text),
  deadline: (text) => DEADLINE.test(text) && holdsDate(text),
  day: (text) => DAY.test(text),
  rate: (text) => RATE.test(text),
  money: (text) => MONEY.test(text),
  // A name with the role asked about (座長：…, …理事長（座長）), not any member of a list.
  person: holdsRole,
  // 「50%(…関税25%+相互関税25%)」「3.5%を…、最大1.5%を…」: figures given side by side, of the parts of a whole.
  breakdown: (text) => (text.match(AMOUNTS) ?? []).length >= 2,
  incumbent: (text) => holdsRole(text.replace(FORMER_TITLE, " ")),
  names: (text) => PERSON.test(text) || MEMBER.test(text) || ORGANISATION.test(text),
  members: (text) => PERSON.test(text) || MEMBER.test(text),
  place: (text) => PLACE.test(text),
  form: (text) => FORM.test(text),
  verdict: (text) => VERDICT.test(text),
  calculation: (text) => CALCULATION.test(text),
  companies: (text) => COMPANIES.test(text),
  countries: (text) => COUNTRIES.test(text),
  people: (text) => PEOPLE.test(text),
  cases: (text) => CASES.test(text),
  law: (text) => LAW_NAME.test(text.normalize("NFKC")),
  change: (text) => CHANGE.test(text),
  requests: (text) => REQUEST_LINE.test(text),
};

/**
 * Whether an excerpt carries a value of the asked type: a date for いつ, a number for 何件 / いくら,
 * several items for a list; of the asked kind when the question names one (a duration, a deadline,
 * a rate, a sum). Types whose answer is prose (definition, reason, procedure, yes/no, comparison) are
 * carried by the excerpt's relevance, checked elsewhere.
 */
export function carriesValue(type: AskedType, lines: string[], kind?: ValueKind): boolean {
  const text = lines.join("\n");
  // A breakdown may be one line (「50%(…25%+…25%)」) or an item a line (「半導体 1兆円」「蓄電池 3000億円」…).
  if (kind === "breakdown")
    return lines.some(KIND_TESTS.breakdown) || lines.filter((line) => AMOUNT.test(line)).length >= 2;
  // A value of the asked kind is a value of its type (10年 is a duration though not a date).
  if (kind && (NUMERIC_TYPES.has(type) || ANY_TYPE_KINDS.has(kind))) return lines.some(KIND_TESTS[kind]);
  switch (type) {
    case "date":
      return holdsDate(text);
    case "amount":
      // 「how much LNG inventory」: a stock is measured in the days of use it covers (2~3週間分の在庫).
      return AMOUNT.test(text) || SUPPLY.test(text);
    case "count": {
      // A heading's number (「1 技術流出を防ぐために」) numbers a section; it counts nothing, and 「…の一つとして」 says
      // "one of", not how many.
      const counted = lines
        .map((line) => line.replace(HEADING_NUMBER, ""))
        .join("\n")
        .replace(ONE_OF, "");
      // 「どのくらい」 is answered by an amount as often as by a count; 「何個」 by a list that numbers its items (①②③).
      return COUNT.test(counted) || AMOUNT.test(text) || enumeratedCount(lines) >= 2;
    }
    case "list":
      return itemCount(lines) >= 2;
    case "reason":
      return GIVES_REASON.test(text);
    default:
      return true;
  }
}

/** How a missing value of a named kind is named (「場所・提出先」 rather than the asked type's 「内容」). */
export const KIND_LABELS: Record<ValueKind, Record<Language, string>> = {
  duration: { ja: "期間", en: "the length of time" },
  deadline: { ja: "期限", en: "the deadline" },
  day: { ja: "日付(何月何日)", en: "the exact day" },
  rate: { ja: "割合・率", en: "the rate" },
  money: { ja: "金額", en: "the amount of money" },
  person: { ja: "人物・担当者", en: "the person" },
  incumbent: { ja: "現在の在任者", en: "the person now in office" },
  breakdown: { ja: "内訳", en: "the breakdown" },
  names: { ja: "名称・氏名", en: "the names" },
  members: { ja: "委員・出席者の氏名", en: "the members' names" },
  place: { ja: "場所・提出先", en: "the place" },
  form: { ja: "様式", en: "the form" },
  verdict: { ja: "結論・判断", en: "the conclusion" },
  calculation: { ja: "算定方法", en: "the method of calculation" },
  companies: { ja: "企業数", en: "the number of companies" },
  countries: { ja: "国数", en: "the number of countries" },
  people: { ja: "人数", en: "the number of people" },
  cases: { ja: "件数", en: "the number of cases" },
  law: { ja: "法律名", en: "the name of the law" },
  change: { ja: "変更点", en: "what changed" },
  requests: { ja: "要望の内容", en: "the requests" },
};

/** How the missing point is named: 「〇〇の時期」, "the date of …". */
export const ASKED_LABELS: Record<AskedType, Record<Language, string>> = {
  definition: { ja: "内容", en: "a definition" },
  list: { ja: "一覧(すべての項目)", en: "the full list" },
  date: { ja: "時期・日付", en: "the date or period" },
  count: { ja: "数", en: "the number" },
  amount: { ja: "金額・割合", en: "the amount or rate" },
  procedure: { ja: "手続き・方法", en: "the procedure" },
  reason: { ja: "理由", en: "the reason" },
  "yes-no": { ja: "可否", en: "a yes or no" },
  comparison: { ja: "違い", en: "the difference" },
};
