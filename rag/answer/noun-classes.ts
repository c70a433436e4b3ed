/**
 * Semantic classes of the nouns a question asks about (「施行時期は」「出資額は」「理由を」): the class of
 * the asked noun, not the wording around it, decides the asked type. Compounds take the class of
 * their head (the last word: 施行日 → date, 件数 → count, 出資額 → amount).
 */
export type NounClass =
  | "date"
  | "amount"
  | "count"
  | "reason"
  | "procedure"
  | "comparison"
  | "list"
  | "definition"
  /** 程度, くらい: measures whatever noun they attach to. */
  | "extent"
  /** Nouns that name no topic (こと, 内容, 資料): never a question's focus. */
  | "generic"
  /** An ordinary content noun: the question's topic. */
  | "none";

const CLASSES: Record<Exclude<NounClass, "none">, string[]> = {
  date: [
    "いつ",
    "時期",
    "期限",
    "期間",
    "スパン",
    "日程",
    "期日",
    "日付",
    "日時",
    "年月日",
    // 「成立した年月」: the year and month asked.
    "年月",
    "年度",
    "年",
    "月",
    "日",
    "頃",
    "ごろ",
    "時点",
    "開始",
    "施行日",
    "予定日",
    "年間",
    "か月",
    "ヶ月",
    "カ月",
    "日間",
    "時間",
    "有効期間",
    "スケジュール",
    "いつ頃",
    "締切",
    "締め切り",
    "〆切",
  ],
  amount: [
    "額",
    "金額",
    "予算",
    "費用",
    "価格",
    "円",
    "ドル",
    "率",
    "割合",
    "比率",
    "シェア",
    "%",
    "手数料",
    "補助額",
    "出資額",
    "規模",
    "コスト",
    // 何倍, 何割: a ratio is asked, a value of the amount kind (約4.2倍, 3割), not a count.
    "倍",
    "割",
  ],
  count: ["数", "件数", "個数", "社数", "人数", "総数"],
  reason: ["理由", "背景", "目的", "原因", "狙い", "ねらい", "意図", "経緯", "なぜ"],
  procedure: ["方法", "手続き", "手続", "手順", "流れ", "やり方", "進め方", "申請方法", "対応方法", "取り組み方"],
  comparison: ["違い", "差", "差異", "比較", "相違", "相違点", "異同"],
  list: ["一覧", "種類", "例", "事例", "項目", "全部", "全て", "すべて", "リスト", "内訳", "対象"],
  definition: ["意味", "定義", "仕組み", "概要", "考え方", "位置づけ", "位置付け", "趣旨", "中身"],
  // 「何年が目安」: the target or rough figure measures what the question word asks (何年, いくら), no topic of its own.
  // 「実績も」: the figures achieved, beside the target asked before it.
  extent: ["程度", "くらい", "ぐらい", "ほど", "規模感", "目安", "目途", "めど", "見込み", "実績"],
  generic: [
    "こと",
    "もの",
    "点",
    "内容",
    "場合",
    // 「どういうケースが対象に」 asks which cases, as 「どんな場合」 does: no kind of item of its own.
    "ケース",
    // 「全体で何物資」: the whole of the topic, no topic of its own.
    "全体",
    // 「結局何%かかる扱い」: how the asker frames the question, no topic.
    "結局",
    "扱い",
    "取り扱い",
    "取扱い",
    // 「合計でいくら」: the total of the topic asked, no topic of its own.
    "合計",
    "総計",
    "トータル",
    "件",
    "話",
    "資料",
    "情報",
    "ところ",
    "よう",
    "ため",
    "方",
    "感じ",
    "辺",
    "あたり",
    "具体",
    "具体的",
    "何",
    "ん",
    "の",
    "今",
    "いま",
    "最近",
    "ほか",
    "他",
    "等",
    "など",
    "場面",
    "部分",
    "それ",
    "これ",
    "ここ",
    "今回",
    "実際",
    "本当",
    "関係",
    "関連",
    "最新",
    // 「現在いくつ」: when the state is asked (the newest document), not what it is of.
    "現在",
    "現時点",
    "目下",
    "直近",
    "以上",
    "国",
    "的",
    "ふう",
    "自体",
    "制度",
    "法律",
    // 「出る予定」「どういう意見だったか」: what is asked about something, not a topic of its own.
    "予定",
    "意見",
    "コメント",
    "それぞれ",
    "各々",
    "数字",
    // 「正式な名前と施行時期」: a name is what is asked of the law, no topic its date line must say.
    "名前",
    "名称",
    "正式名",
    "正式名称",
  ],
};

const EXACT = new Map<string, NounClass>();
for (const [nounClass, nouns] of Object.entries(CLASSES) as [NounClass, string[]][])
  for (const noun of nouns) EXACT.set(noun, nounClass);

/** Heads whose class carries over to a compound that ends with them. */
/** Heads of a compound that names an amount (出資額, 法人税率, 補助割合). */
const AMOUNT_HEADS = "額|費用|予算|価格|率|割合|金利|規模";

const HEAD_CLASSES: [NounClass, RegExp][] = [
  ["date", /(時期|期限|期間|日程|期日|年度|施行日|予定日|スケジュール)$/u],
  ["amount", new RegExp(`(${AMOUNT_HEADS})$`, "u")],
  ["count", /(件数|人数|社数|総数)$/u],
  ["reason", /(理由|背景|目的|原因)$/u],
  ["procedure", /(方法|手続き?|手順)$/u],
  ["comparison", /(違い|相違点?)$/u],
  ["definition", /(意味|定義|仕組み)$/u],
];

export function nounClassOf(noun: string): NounClass {
  const exact = EXACT.get(noun);
  if (exact) return exact;
  for (const [nounClass, head] of HEAD_CLASSES) if (head.test(noun)) return nounClass;
  return "none";
}

/** The head of a measured compound, with its counter: 額, 総額, 率, 割合, 数, 本数, 件数, 参加国数 → 参加, 返済期間 → 返済. */
const MEASURE_HEAD = new RegExp(`(総?(?:${AMOUNT_HEADS})|(件|人|社|本|回|国|か国|品目|総)?数|期間)$`, "u");

/** What a measured compound is of: 出資額 → 出資, 指定数 → 指定, 法人税率 → 法人税 (undefined when the stem is too short to say). */
export function measuredStem(noun: string): string | undefined {
  const stem = noun.replace(MEASURE_HEAD, "");
  return stem !== noun && stem.length >= 2 ? stem : undefined;
}

/**
 * The measure a compound names when it is a word of its own (支援総額 → 総額, 申請件数 → 件数, 補助割合 → 割合):
 * a figure given as 「総額約2.4兆円」 is the total asked. A one-character head (額, 率, 数) says too little.
 */
export function measureWord(noun: string): string | undefined {
  const head = noun.match(MEASURE_HEAD)?.[0];
  return head && head.length >= 2 && head !== noun ? head : undefined;
}

/** Whether a compound names what its head measures (法人税率, 出資額, 申請件数), rather than being a bare class word (率, シェア). */
export function namesMeasuredTopic(noun: string, nounClass: NounClass): boolean {
  return !EXACT.has(noun) && nounClassOf(noun) === nounClass;
}

/** Whether a compound names a measure of its own class (補助率, 待機期間, 申請件数), whichever class that is. */
export function namesMeasure(noun: string): boolean {
  const nounClass = nounClassOf(noun);
  return nounClass !== "none" && namesMeasuredTopic(noun, nounClass);
}

/** A period of something named (返済期間, 契約期間): how long that lasts, not any period the topic mentions. */
export function namesPeriodOf(noun: string): boolean {
  return noun.endsWith("期間") && namesMeasuredTopic(noun, "date") && measuredStem(noun) !== undefined;
}
