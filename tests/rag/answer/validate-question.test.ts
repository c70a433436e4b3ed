import { describe, expect, it } from "vitest";
import { isTaiwaError } from "../../../app/errors.ts";
import { validateQuestion } from "../../../rag/answer/validate-question.ts";
import { checkUserText } from "../../../server/parse-ask-body.ts";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("validateQuestion (issue 12 item 17)", () => {
  it("counts characters as code points, like the HTTP check: 1,001 emoji fit a 2,000-character limit", () => {
    const emoji = "😀".repeat(1001);
    expect(checkUserText(emoji, 2000).ok).toBe(true);
    expect(validateQuestion(emoji, 2000)).toBe(emoji);
  });

  it("rejects one character over the limit in both places, with the limit as a parameter", () => {
    const over = "😀".repeat(11);
    expect(checkUserText(over, 10)).toEqual({ ok: false, code: "input_too_long", params: { max: 10 } });
    const error = thrown(() => validateQuestion(over, 10));
    expect(isTaiwaError(error) && error.code).toBe("input_too_long");
    expect(isTaiwaError(error) && error.params).toEqual({ max: 10 });
    expect(validateQuestion("😀".repeat(10), 10)).toHaveLength(20);
  });

  it("rejects a lone UTF-16 surrogate as unreadable text, in both places", () => {
    for (const text of ["経済\uD800安全", "\uDC00", "末尾\uD83D"]) {
      expect(checkUserText(text, 100), JSON.stringify(text)).toEqual({ ok: false, code: "input_binary" });
      const error = thrown(() => validateQuestion(text, 100));
      expect(isTaiwaError(error) && error.code, JSON.stringify(text)).toBe("input_binary");
    }
    expect(validateQuestion("絵文字😀は一文字", 100)).toBe("絵文字😀は一文字");
  });
});
