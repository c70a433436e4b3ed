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
  ["導入", "開始"],
  ["指定", "選定"],
];

/** The event and the other words for it (施行 → 施行, 適用, 開始, 発効, 運用); the event alone when none is known. */
export function eventWords(event: string): string[] {
  const groups = EVENT_GROUPS.filter((group) => group.includes(event));
  return [...new Set([event, ...groups.flat()])];
}
