import { describe, expect, it } from "vitest";
import { linkableUrl } from "../../bots/link-url.ts";

describe("linkableUrl (issue 12 item 11)", () => {
  it("links only http and https, without credentials", () => {
    expect(linkableUrl("https://www.meti.go.jp/a.pdf")).toBe("https://www.meti.go.jp/a.pdf");
    expect(linkableUrl("http://www.meti.go.jp/a.pdf")).toBe("http://www.meti.go.jp/a.pdf");
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,x",
      "https://u:p@host/",
      "not a url",
      "",
    ])
      expect(linkableUrl(url), url).toBeUndefined();
    expect(linkableUrl(undefined)).toBeUndefined();
  });

  it("percent-encodes what would end or break a Slack or Markdown link, keeping the same target", () => {
    const url = linkableUrl("https://example.go.jp/a<b>|c (1)[2].pdf?q=\"x\"&y='z'#top");
    expect(url).toBe("https://example.go.jp/a%3Cb%3E%7Cc%20%281%29%5B2%5D.pdf?q=%22x%22&y=%27z%27#top");
    expect(url).not.toMatch(/[<>|()[\]"' ]/);
    expect(decodeURI(new URL(url ?? "").pathname)).toBe("/a<b>|c (1)[2].pdf");
    expect(linkableUrl("http://[::1]:8080/a b")).toBe("http://[::1]:8080/a%20b");
  });
});
