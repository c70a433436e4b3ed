import type { AbstainReason, Language } from "../types.ts";
import { type NounClass, nounClassOf } from "./noun-classes.ts";

export const ANTITRUST_PATTERN =
  /(独占禁止法|独禁法|公正取引委員会|公取委|企業結合|カルテル|競争政策|競争法|antitrust|competition law|merger)/iu;

/** Export control and technology transfer (外為法, みなし輸出): the security trade control desk answers those. */
const EXPORT_PATTERN =
  /(輸出|外為法|外国為替|みなし輸出|技術(?:移転|提供|流出)|該非|export|FEFTA|technology transfer|deemed export)/iu;

const DESKS = {
  exportControl: { ja: "経済産業省の安全保障貿易管理の相談窓口", en: "METI's security export control desk" },
  antitrust: {
    ja: "公正取引委員会(独占禁止法・企業結合の事前相談)",
    en: "the Japan Fair Trade Commission (antitrust and merger consultations)",
  },
  policy: { ja: "経済産業省の経済安全保障政策課", en: "METI's Economic Security Policy Division" },
} as const;

/** "Should we go private?", 「非上場化すべきでしょうか」: what to do, asked of taiwa. */
const OWN_DECISION =
  /\bshould\s+(we|I|my|our)\b|べき(でしょうか|ですか|か[。？?]?$)|(方|ほう)が(いい|よい|良い)(でしょうか|ですか|か)/iu;

/** What a law or a rule decides (a licence, a violation, a report): with none named, the asker's case is a business decision. */
const LEGAL_POINT =
  /(法|違反|違法|適法|合法|許可|届出|報告|申請|審査|規制|該当|抵触|承認|認定|採択|罰則|契約|訴え|カルテル|ライセンス)|\b(legal\w*|illegal|law\w*|licen[cs]e\w*|permit\w*|report\w*|notif\w*|fil(e|ed|ing)|approv\w*|complian\w*|comply|violat\w*|breach\w*|antitrust|antimonopoly|sue|liab\w*|penal\w*|fine[sd]?|allowed|ok|okay|trouble|FEFTA|act)\b/iu;

/**
 * The own-case answer, pointing to the desk for the question's field: an export licence question is not sent to
 * the antitrust regulator, nor a joint-purchasing one to the export control desk.
 */
export function legalJudgementMessage(question: string, lang: Language): string {
  const desks = [
    ...(EXPORT_PATTERN.test(question) ? [DESKS.exportControl] : []),
    ...(ANTITRUST_PATTERN.test(question) ? [DESKS.antitrust] : []),
  ];
  const named = (desks.length > 0 ? desks : [DESKS.policy]).map((desk) => desk[lang]);
  if (OWN_DECISION.test(question) && !LEGAL_POINT.test(question))
    return lang === "ja"
      ? `個々の企業がどうすべきかは、その企業の事情によるため、公表資料からはお答えできません。資料が企業に一般に求めている取組についてのご質問にはお答えします。具体的なご相談は、${named.join("または")}にお寄せください。この質問は担当者に引き継ぎました。`
      : `What your own company should do depends on its circumstances, which the published documents cannot decide. taiwa can tell you what the documents ask of companies in general. For your case, please consult ${named.join(" or ")}. The question has been passed to the ministry's contact.`;
  return lang === "ja"
    ? `個別の案件が法令上どう扱われるかの判断は、公表資料からはお答えできません。具体的な案件は、${named.join("または")}にご相談ください。この質問は担当者に引き継ぎました。`
    : `taiwa cannot judge how the law applies to your own case from the published documents. Please consult ${named.join(" or ")}. The question has been passed to the ministry's contact.`;
}

/** Fixed user-facing wording, so every surface says the same thing. */
export const ABSTAIN_MESSAGES: Record<AbstainReason, Record<Language, string>> = {
  "no-evidence": {
    ja: "ご質問の内容は、taiwa が参照している公表資料では確認できませんでした。推測による回答は控えます。この質問は経済産業省の担当者に引き継ぎました。回答があり次第、この場所でお知らせします。",
    en: "The published documents taiwa draws on do not cover this question, so it will not guess. The question has been passed to the ministry's contact, and their answer will be sent here.",
  },
  partial: {
    ja: "ご質問の一部は、taiwa が参照している公表資料に記載がありません。この質問は経済産業省の担当者に引き継ぎました。",
    en: "Part of this question is not answered by the published documents taiwa draws on. The question has been passed to the ministry's contact.",
  },
  // The question's field picks the desk (legalJudgementMessage); without one, the general policy desk.
  "legal-judgement": { ja: legalJudgementMessage("", "ja"), en: legalJudgementMessage("", "en") },
  "out-of-scope": {
    ja: "その内容は、taiwa が参照している公表資料の範囲外のためお答えできません。経済安全保障に関する公表資料についてのご質問をお寄せください。",
    en: "That is outside the published documents taiwa answers from. Please ask about Japan's published economic-security documents.",
  },
  "prompt-injection": {
    ja: "そのご依頼にはお応えできません。taiwa は公表資料に基づき、出典を示して経済安全保障に関するご質問にお答えします。",
    en: "taiwa cannot do that. It answers questions about Japan's economic-security documents from the published sources, with citations.",
  },
};

export const ANTITRUST_NOTE: Record<Language, string> = {
  ja: "※公表資料に基づく一般的な情報であり、個別の案件についての法的見解ではありません。個別のご相談は経済産業省または公正取引委員会へ。",
  en: "Note: general information from published material, not a legal opinion on any individual case. For a specific case, consult METI or the Japan Fair Trade Commission.",
};

const MAX_QUOTED_WORDS = 10;

/** An English part as the answer names it: whole when short, else its first words (a pasted question reads badly). */
function partName(part: string): string {
  const words = part.trim().split(/\s+/u);
  return words.length <= MAX_QUOTED_WORDS ? part.trim() : `${words.slice(0, MAX_QUOTED_WORDS - 2).join(" ")} …`;
}

/**
 * Which part of a several-part question a gap is about: 「On "…":」 before the sentence. A one-part question
 * passes no part: the asker knows what they asked, and the question pasted back reads badly.
 */
function about(part: string, sentence: string): string {
  return part.trim() === ""
    ? `${sentence[0]!.toUpperCase()}${sentence.slice(1)}`
    : `On "${partName(part)}": ${sentence}`;
}

/** The missing point a label names, by the class of noun that already says it (補助率 is a 割合・率, 待機期間 a 期間). */
const LABEL_OF_CLASS: Partial<Record<NounClass, RegExp>> = {
  amount: /金額|割合|率/u,
  date: /時期|日付|期間|期限/u,
  count: /数/u,
};

/**
 * 「「提出期限」の期限」 reads as a stutter: a topic that already names the missing point (提出期限, 中小企業の補助率,
 * 審査の待機期間) stands alone. 「補償額」の算定方法 does not: the amount's name is not its method.
 */
function pointJa(focus: string, label: string): string {
  if (!focus) return label;
  const named = focus.endsWith(label) || LABEL_OF_CLASS[nounClassOf(focus)]?.test(label) === true;
  return named ? `「${focus}」` : `「${focus}」の${label}`;
}

/** Partial answers: what the documents say comes first, then what they do not. */
export const PARTIAL_TEXTS = {
  intro: { ja: "資料には次の記載があります。", en: "The documents say the following." },
  missing: {
    ja: (focus: string, label: string) => `ご質問の${pointJa(focus, label)}については、資料に記載がありません。`,
    en: (part: string, label: string) => about(part, `the documents do not state ${label}.`),
  },
  /** The cited passage holds a value of the asked kind, but taiwa could not tell that it is about the topic. */
  unconfirmed: {
    ja: (focus: string, label: string) =>
      `ご質問の${pointJa(focus, label)}は、引用した箇所からは確認できませんでした。出典の該当ページもご確認ください。`,
    en: (part: string, label: string) =>
      about(part, `taiwa could not confirm ${label} from the quoted lines; please check the cited pages too.`),
  },
  /** The quoted lines hold a value of the asked kind, but taiwa could not tell that it is the one asked about. */
  quotedUnconfirmed: {
    ja: (focus: string, label: string) =>
      `引用した箇所には${label}の記載がありますが、${focus ? `ご質問の「${focus}」についてのものかは` : "ご質問についてのものかは"}確認できませんでした。出典の該当ページもご確認ください。`,
    en: (part: string, label: string) =>
      about(
        part,
        `the quoted lines give a value of this kind, but taiwa could not confirm that it is ${label} asked for; please check the cited pages too.`,
      ),
  },
  handedOver: {
    ja: "この点は経済産業省の担当者に引き継ぎました。回答があり次第、この場所でお知らせします。",
    en: "The question has been passed to the ministry's contact, and their answer will be sent here.",
  },
} as const;
