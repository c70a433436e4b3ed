import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentLoader } from "../../../rag/ingest/types.ts";

export const fixturesDir = join(import.meta.dirname, "..", "..", "fixtures", "documents");

/** What every DocumentLoader must do: read its fixture, and refuse bad files with a reason instead of throwing. */
export function runDocumentLoaderContract(options: {
  name: string;
  create: () => DocumentLoader;
  fixture: string;
  /** A phrase the fixture's text must contain. */
  expectedText: string;
}): void {
  describe(`${options.name} (DocumentLoader contract)`, () => {
    it("declares lower-case extensions with a dot", () => {
      for (const extension of options.create().extensions) expect(extension).toMatch(/^\.[a-z]+$/);
    });

    it("loads its Japanese fixture", async () => {
      const bytes = await readFile(join(fixturesDir, options.fixture));
      const result = await options.create().load({ path: options.fixture, bytes });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.pages.map((page) => page.text).join("\n")).toContain(options.expectedText);
    });

    it("refuses an empty file with a reason", async () => {
      const result = await options
        .create()
        .load({ path: `empty${options.create().extensions[0]}`, bytes: new Uint8Array() });
      expect(result).toEqual({ ok: false, reason: expect.any(String) });
    });

    it("refuses binary garbage with a reason, without throwing", async () => {
      const garbage = new Uint8Array(4096);
      for (let index = 0; index < garbage.length; index++) garbage[index] = (index * 7919 + 13) % 256;
      const result = await options.create().load({ path: `garbage${options.create().extensions[0]}`, bytes: garbage });
      expect(result.ok).toBe(false);
    });

    it("refuses a truncated file, without throwing", async () => {
      const bytes = await readFile(join(fixturesDir, options.fixture));
      const truncated = new Uint8Array(bytes.subarray(0, Math.floor(bytes.length / 3)));
      truncated[truncated.length - 1] = 0;
      const result = await options.create().load({ path: options.fixture, bytes: truncated });
      expect(result.ok).toBe(false);
    });
  });
}
