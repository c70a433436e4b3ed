import { describe, expect, it } from "vitest";
import { asksForRemarks } from "../../../rag/answer/asked-remarks.ts";

describe("asksForRemarks", () => {
  it("finds a question about what was said at a meeting, in Japanese or English", () => {
    expect(asksForRemarks("会議では、株主の実態把握について何か問題提起はありましたか？")).toBe(true);
    expect(asksForRemarks("有識者会議ではどんな案が出てましたか？")).toBe(true);
    expect(asksForRemarks("Did anyone at the 5th expert meeting suggest a Japanese CFIUS?")).toBe(true);
  });

  it("does not take a meeting's date or a policy question for one", () => {
    expect(asksForRemarks("第8回有識者会議はいつ開かれましたか？")).toBe(false);
    expect(asksForRemarks("技術流出対策ガイダンスは義務ですか？")).toBe(false);
  });
});
