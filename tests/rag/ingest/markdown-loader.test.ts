import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MarkdownLoader } from "../../../rag/ingest/markdown-loader.ts";
import { fixturesDir, runDocumentLoaderContract } from "./document-loader-contract.ts";

runDocumentLoaderContract({
  name: "MarkdownLoader",
  create: () => new MarkdownLoader(),
  fixture: "sample-ja.md",
  expectedText: "# 特定重要物資の概要",
});

describe("MarkdownLoader", () => {
  it("drops YAML front matter and keeps headings and list markers", async () => {
    const result = await new MarkdownLoader().load({
      path: "sample-ja.md",
      bytes: await readFile(join(fixturesDir, "sample-ja.md")),
    });
    if (!result.ok) throw new Error(result.reason);
    const text = result.pages[0]!.text;
    expect(text).not.toContain("front matter");
    expect(text).toContain("## 指定物資");
    expect(text).toContain("- 半導体");
    expect(result.pages[0]!.page).toBeUndefined();
  });
});
