import { answerRequirements } from "../answer/answer-requirements.ts";

/**
 * What a question asks for (its point), besides its topic: two questions on the same topic that ask
 * different points (いつ vs 何件) are different questions. The typed requirements the answerer already
 * checks (period, count, amount, contact, penalty) are reused; the other kinds are only needed here.
 */
const KINDS: { name: string; asks: RegExp }[] = [
  {
    name: "when",
    asks: /(いつ|時期|期限|締切|締め切り|施行日|開始日|何日前|何月|スケジュール|\bwhen\b)/iu,
  },
  { name: "duration", asks: /(何日|何週間|期間|どのくらいかか|どれくらいかか|how long)/iu },
  { name: "where", asks: /(どこ|窓口|問い合わせ先|問合せ先|相談先|報告先|提出先|\bwhere\b)/iu },
  { name: "who", asks: /(誰|だれ|どんな人|どのような人|どの企業|どの事業者|\bwho\b)/iu },
  {
    name: "how",
    asks: /(どのように|どうやって|どうすれば|どうしたら|どう(?!して|なって)[\p{Script=Han}]|方法|手続|手順|やり方|防ぐ|対応|\bhow (do|can|should|to)\b)/iu,
  },
  { name: "why", asks: /(なぜ|どうして|理由|背景|目的|\bwhy\b)/iu },
  { name: "what-changed", asks: /(何が変わ|変更点|改正点|違い|\bwhat changed\b)/iu },
  {
    name: "what",
    asks: /(何です|なんです|とは|何を|何が|何に|どんな(?!人)|どのような(?!人)|一覧|種類|含まれ|対象|範囲|どこまで|分野|\bwhat\b)/iu,
  },
  {
    name: "whether",
    asks: /(必要ですか|必要でしょうか|求められますか|よいですか|いいですか|可能ですか|できますか|問題になりますか|許されますか|\b(can|may|must) we\b)/iu,
  },
];

/** The points a question asks for, e.g. {"when"} or {"count"}; empty when nothing specific is asked. */
export function questionFocus(question: string): Set<string> {
  const folded = question.normalize("NFKC");
  const focus = new Set<string>();
  for (const requirement of answerRequirements(folded))
    if (!requirement.name.startsWith("label:")) focus.add(requirement.name);
  for (const kind of KINDS) if (kind.asks.test(folded)) focus.add(kind.name);
  // "何年間/有効期間" is a period, not a date: 期限 and 何年 overlap with "when" only by wording.
  if (focus.has("period")) focus.delete("when");
  // "対象となるのはどんな人" asks who; its 対象 is not a separate point.
  if (focus.has("who")) focus.delete("what");
  return focus;
}

/** Both name a point and the points are disjoint: the questions ask different things. */
export function focusConflicts(left: Set<string>, right: Set<string>): boolean {
  if (left.size === 0 || right.size === 0) return false;
  for (const name of left) if (right.has(name)) return false;
  return true;
}
