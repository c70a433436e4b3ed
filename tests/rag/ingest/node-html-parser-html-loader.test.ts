import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NodeHtmlParserHtmlLoader } from "../../../rag/ingest/node-html-parser-html-loader.ts";
import { fixturesDir, runDocumentLoaderContract } from "./document-loader-contract.ts";

runDocumentLoaderContract({
  name: "NodeHtmlParserHtmlLoader",
  create: () => new NodeHtmlParserHtmlLoader(),
  fixture: "sample-ja.html",
  expectedText: "# 相談窓口のご案内",
});

describe("NodeHtmlParserHtmlLoader", () => {
  async function load(): Promise<string> {
    const result = await new NodeHtmlParserHtmlLoader().load({
      path: "sample-ja.html",
      bytes: await readFile(join(fixturesDir, "sample-ja.html")),
    });
    if (!result.ok) throw new Error(result.reason);
    return result.pages[0]!.text;
  }

  it("drops script, style and nav", async () => {
    const text = await load();
    expect(text).not.toContain("tracking");
    expect(text).not.toContain("color: red");
    expect(text).not.toContain("ホーム");
  });

  it("turns headings into # lines and list items into - lines", async () => {
    const lines = (await load()).split("\n");
    expect(lines).toContain("# 相談窓口のご案内");
    expect(lines).toContain("## 1. 相談先");
    expect(lines).toContain("- 経済産業省(所管省庁)");
    expect(lines).toContain("- 公正取引委員会");
  });

  it("keeps inline text in one line and table cells apart", async () => {
    const text = await load();
    expect(text).toContain("独占禁止法上の考え方を事前に相談できます。");
    expect(text).toMatch(/電話\t平日/);
  });

  it("refuses a page with no body text", async () => {
    const bytes = new TextEncoder().encode("<html><body><script>x()</script><nav>メニュー</nav></body></html>");
    expect((await new NodeHtmlParserHtmlLoader().load({ path: "empty.html", bytes })).ok).toBe(false);
  });
});
