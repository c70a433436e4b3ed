/**
 * Abbreviations and variants of the economic-security domain that the general Sudachi synonym
 * dictionary does not know. Each group is a set of interchangeable names; the first is canonical.
 */
export const DOMAIN_SYNONYM_GROUPS: readonly string[][] = [
  ["経済安全保障", "経済安保"],
  ["独占禁止法", "独禁法"],
  ["公正取引委員会", "公取委", "公取"],
  ["経済産業省", "経産省", "meti"],
  ["内閣府", "cao"],
  ["セキュリティ・クリアランス", "セキュリティクリアランス", "クリアランス", "適性評価", "sc"],
  ["希土類", "レアアース"],
  ["経済安全保障推進法", "経済安保推進法", "推進法"],
  ["外国為替及び外国貿易法", "外為法"],
  ["不正競争防止法", "不競法"],
  ["サプライチェーン", "供給網", "サプライ・チェーン"],
  ["強靱化", "強靭化"],
  ["技術流出", "技術漏洩", "技術漏えい", "技術が外に漏れる"],
  ["ガイダンス", "ガイドンス"],
  ["経済安全保障重要技術育成プログラム", "kプログラム"],
  ["アクションプラン", "行動計画"],
  ["有識者会議", "専門家会議"],
  ["基幹インフラ", "重要インフラ"],
  ["特定重要物資", "重要物資"],
  ["特定重要技術", "重要技術"],
  ["官民戦略対話", "官民対話", "戦略的対話", "官民の戦略的対話"],
  ["エンティティリスト", "el", "entity list"],
  ["cfius", "対米外国投資委員会"],
  ["骨太方針", "経済財政運営と改革の基本方針"],
  ["輸出管理", "輸出規制"],
  ["営業秘密", "トレードシークレット"],
  ["事例集", "ケース集"],
  ["企業結合", "事業統合", "経営統合", "m&a", "合併"],
  ["重要鉱物", "クリティカルミネラル"],
  ["特許出願非公開", "特許非公開", "秘密特許"],
  ["転職", "人材流出", "引き抜き"],
  ["議事要旨", "議事録"],
  ["人事交流", "人材交流", "官民交流"],
  ["経営層", "経営陣", "経営者", "トップ"],
  ["サイバー攻撃", "サイバーアタック"],
  ["アメリカ", "米国"],
  ["有志国", "同志国"],
  ["みなし輸出", "技術提供"],
  ["パブリックコメント", "パブコメ", "意見募集", "意見公募"],
  ["上場会社", "上場企業"],
  ["懸念", "不安", "心配"],
  ["無人航空機", "ドローン", "無人機"],
  // A unit of a company: askers say 専任部署 or 専門の部署, the guideline 「新しい組織の設立」.
  ["組織", "部署"],
  // Setting up a unit: 「新組織の設置」 asked, 「新しい組織の設立」 written.
  ["設置", "設立", "新設"],
  // A law's basis for something (法律上の根拠) is the provision that says it (規定, 附則).
  ["根拠", "規定", "附則"],
  // A company with no room for it (余力がない) is, in the guideline's words, one whose 経営資源に限りがある.
  ["経営資源", "余力", "余裕", "リソース"],
  // 「必須ですか」 is answered by 「必要はなく」.
  ["必須", "必要"],
  // Seeing a disruption coming: the documents say 予兆把握 and 早期警戒 (EWS), askers say 察知 and 事前に気づく.
  ["早期警戒", "予兆把握", "察知", "early warning", "ews"],
  // What something costs: askers say コスト or 「…にかかるお金」, the documents 費用. お金 alone is money of any kind
  // (「国のお金で」「お金がない」), not a cost.
  ["費用", "コスト", "かかるお金", "かかったお金"],
  // The way something leaks or travels: askers say ルート, the documents 経路 (流出経路).
  ["経路", "ルート"],
];
