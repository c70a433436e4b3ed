import { describe, expect, it } from "vitest";
import { PlainTextLoader } from "../../../rag/ingest/plain-text-loader.ts";
import { runDocumentLoaderContract } from "./document-loader-contract.ts";

runDocumentLoaderContract({
  name: "PlainTextLoader",
  create: () => new PlainTextLoader(),
  fixture: "sample-ja.txt",
  expectedText: "第1章 総則",
});

describe("PlainTextLoader", () => {
  it("decodes Shift_JIS text", async () => {
    const bytes = Uint8Array.from(Buffer.from("8c6f8dcf88c0915395db8fe1", "hex"));
    expect(await new PlainTextLoader().load({ path: "sjis.txt", bytes })).toEqual({
      ok: true,
      pages: [{ text: "経済安全保障" }],
    });
  });

  it("drops a UTF-8 byte order mark", async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("本文")]);
    expect(await new PlainTextLoader().load({ path: "bom.txt", bytes })).toEqual({
      ok: true,
      pages: [{ text: "本文" }],
    });
  });

  it("refuses whitespace-only files", async () => {
    const result = await new PlainTextLoader().load({ path: "blank.txt", bytes: new TextEncoder().encode(" \n\t\n") });
    expect(result.ok).toBe(false);
  });
});
