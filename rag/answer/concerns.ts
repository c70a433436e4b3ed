/**
 * Questions that ask what worries someone (「産業界は独禁法のどういう点を気にしているか」, "what concerns were raised")
 * are answered by the lines that voice one, whatever words they share with the question: the documents write a worry
 * as 懸念, おそれ or 不安, seldom as the asker's 気にする. A worry the asker only mentions (「不安の声が出ています。制度の
 * 狙いは」, 「懸念が解消されない場合」) is not what is asked.
 */
const WORRY = "気にし|気にな|懸念(?![国先])|心配|不安|危惧|憂慮";
/** A question word before the worry in the same clause (「どんな懸念」「どういう点を気にして」): the worry is what is asked. */
const ASKS_CONCERN = new RegExp(`(?:どんな|どういう|どのような|どの|何|なに)[^。?？、]{0,12}(?:${WORRY})`, "u");
const ASKS_CONCERN_EN = /\b(?:what|which)\b[^.?]{0,30}\b(?:concerns?|worries|worried|fears?)\b/iu;

/** The words a line voices a worry with. */
const VOICES_CONCERN = /懸念(?![国先])|おそれ|恐れ|不安|心配|危惧|憂慮|支障|萎縮/u;

export function asksAboutConcerns(question: string): boolean {
  const text = question.normalize("NFKC");
  return ASKS_CONCERN.test(text) || ASKS_CONCERN_EN.test(text);
}

export function voicesConcern(text: string): boolean {
  return VOICES_CONCERN.test(text);
}
