import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { joinRuns, PdfjsPdfLoader } from "../../../rag/ingest/pdfjs-pdf-loader.ts";
import { fixturesDir, runDocumentLoaderContract } from "./document-loader-contract.ts";

runDocumentLoaderContract({
  name: "PdfjsPdfLoader",
  create: () => new PdfjsPdfLoader(),
  fixture: "sample-ja.pdf",
  expectedText: "第1章 総則",
});

describe("PdfjsPdfLoader", () => {
  it("returns one page of Japanese text per PDF page, numbered from 1", async () => {
    const result = await new PdfjsPdfLoader().load({
      path: "sample-ja.pdf",
      bytes: await readFile(join(fixturesDir, "sample-ja.pdf")),
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.pages.map((page) => page.page)).toEqual([1, 2]);
    expect(result.pages[0]!.text).toContain("本ガイダンスは、企業が保有する重要技術の流出を防ぐた\nめの基本的な考え方");
    expect(result.pages[0]!.text).toContain("・共同研究で扱う試作品の設計情報");
    expect(result.pages[1]!.text).toContain("① 情報管理\n秘密情報を特定し");
  });

  it("puts a blank line where the baseline jumps, a line break on the next baseline, a space across a gap", () => {
    const text = joinRuns([
      { text: "見出し", x: 0, y: 700, width: 36, height: 12, endOfLine: false },
      { text: "一行目", x: 0, y: 660, width: 36, height: 12, endOfLine: false },
      { text: "続き", x: 36, y: 660, width: 24, height: 12, endOfLine: false },
      { text: "二行目", x: 0, y: 645, width: 36, height: 12, endOfLine: false },
      { text: "離れた列", x: 200, y: 645, width: 48, height: 12, endOfLine: false },
    ]);
    expect(text).toBe("見出し\n\n一行目続き\n二行目 離れた列");
  });

  it("refuses a PDF without a text layer (a scan) with a reason", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([200, 200]).drawRectangle({ x: 10, y: 10, width: 50, height: 50 });
    const result = await new PdfjsPdfLoader().load({ path: "scan.pdf", bytes: await pdf.save() });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("no text layer") });
  });

  it("refuses bytes without a PDF header", async () => {
    const result = await new PdfjsPdfLoader().load({
      path: "fake.pdf",
      bytes: new TextEncoder().encode("これはPDFではない"),
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining("PDF") });
  });
});
