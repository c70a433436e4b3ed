/**
 * 「会議では、…について何か問題提起はありましたか？」「Did anyone at the meeting suggest …?」: the question asks what
 * was said at a meeting, which its record (the minutes) holds as remarks; a slide that shares the words states a
 * policy, not what anyone said.
 */
const AT_MEETING = /会議|有識者|委員|出席者|meeting|experts?\b|members?\b/iu;
const SAID_JA = /問題提起|提起|指摘|言及|発言|意見|声|議論|話題|提案|要望|出て(?:た|い|ま)|出まし|述べ/u;
const SAID_EN =
  /\b(?:mention|raise|suggest|discuss|said|say|point(?:ed)? out|propos|comment|argue|call(?:ed)? for|warn|express)/iu;

export function asksForRemarks(question: string): boolean {
  const text = question.normalize("NFKC");
  return AT_MEETING.test(text) && (SAID_JA.test(text) || SAID_EN.test(text));
}
