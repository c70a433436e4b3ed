import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MammothDocxLoader } from "../../../rag/ingest/mammoth-docx-loader.ts";
import { fixturesDir, runDocumentLoaderContract } from "./document-loader-contract.ts";

runDocumentLoaderContract({
  name: "MammothDocxLoader",
  create: () => new MammothDocxLoader(),
  fixture: "sample-ja.docx",
  expectedText: "令和4年5月に成立した法律の柱を整理する。",
});

describe("MammothDocxLoader", () => {
  it("keeps Word headings and bullet lists as # and - lines", async () => {
    const result = await new MammothDocxLoader().load({
      path: "sample-ja.docx",
      bytes: await readFile(join(fixturesDir, "sample-ja.docx")),
    });
    if (!result.ok) throw new Error(result.reason);
    const lines = result.pages[0]!.text.split("\n").filter((line) => line !== "");
    expect(lines).toContain("# 経済安全保障推進法の概要(テスト用)");
    expect(lines).toContain("## 4つの制度");
    expect(lines).toContain("- 特許出願の非公開");
  });

  it("refuses a ZIP that is not a Word document", async () => {
    const notDocx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200)]);
    expect((await new MammothDocxLoader().load({ path: "x.docx", bytes: notDocx })).ok).toBe(false);
  });
});
