import { TaiwaError } from "../../app/errors.ts";
import { charCount, hasLoneSurrogate } from "../user-text.ts";

export const DEFAULT_MAX_QUESTION_CHARS = 2000;

/** Rejects what is not a question: empty, over the length limit, or binary. Returns the trimmed text. */
export function validateQuestion(question: unknown, maxChars = DEFAULT_MAX_QUESTION_CHARS): string {
  if (typeof question !== "string")
    throw new TaiwaError("input_malformed", "質問は文字列で入力してください。(The question must be text.)");
  // Control characters other than tab and line breaks mean binary data, not typed text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point.
  const controls = question.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/gu)?.length ?? 0;
  if (controls > 0 || hasLoneSurrogate(question)) {
    throw new TaiwaError(
      "input_binary",
      "質問に読み取れない文字(バイナリデータ)が含まれています。文章で入力してください。(The question contains binary data; please type it as text.)",
    );
  }
  const trimmed = question.normalize("NFC").trim();
  if (trimmed.length === 0)
    throw new TaiwaError(
      "input_empty",
      "質問が空です。質問を入力してください。(The question is empty; please type a question.)",
    );
  const length = charCount(trimmed);
  if (length > maxChars) {
    throw new TaiwaError(
      "input_too_long",
      `質問が長すぎます(${length}文字)。${maxChars}文字以内にまとめてください。(The question is too long: ${length} characters; the limit is ${maxChars}.)`,
      { params: { max: maxChars } },
    );
  }
  return trimmed;
}
