import { describe, expect, it } from "vitest";
import { escapeMrkdwn, readableMarkers, splitMrkdwn, truncateText } from "../../../bots/slack/slack-text.ts";

describe("Slack text helpers", () => {
  it("escapes &, < and > for mrkdwn, and only those", () => {
    expect(escapeMrkdwn("a < b && c > d *bold* _it_")).toBe("a &lt; b &amp;&amp; c &gt; d *bold* _it_");
  });

  it("turns [n] markers into readable references", () => {
    expect(readableMarkers("指定されます[1]。また[2][3]、[1, 2]。", "ja")).toBe(
      "指定されます（出典1）。また（出典2・3）、（出典1・2）。",
    );
    expect(readableMarkers("It is designated[1].", "en")).toBe("It is designated (source 1).");
  });

  it("splits on sentence boundaries within the limit", () => {
    const pieces = splitMrkdwn("一つ目の文です。二つ目の文です。三つ目の文です。", 17);
    expect(pieces).toEqual(["一つ目の文です。二つ目の文です。", "三つ目の文です。"]);
  });

  it("never exceeds the limit after escaping, and never splits a surrogate pair or an entity", () => {
    const text = `${"&<>".repeat(1500)}${"😀".repeat(2000)}。短い文。`;
    const pieces = splitMrkdwn(text, 3000);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(3000);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      expect(piece).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(pieces.join("")).toBe(escapeMrkdwn(text));
  });

  it("truncates without splitting a surrogate pair", () => {
    const cut = truncateText("😀".repeat(10), 6);
    expect(cut).toBe("😀😀…");
  });
});
