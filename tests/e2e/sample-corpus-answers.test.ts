import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCore } from "../../app/core.ts";

const repoRoot = join(import.meta.dirname, "..", "..");

describe("answers on the bundled sample corpus (what `npm start` serves on a fresh machine)", () => {
  it("names all four systems for 「経済安全保障推進法の4つの制度は何ですか？」, the README's sample question", async () => {
    const core = await openCore({
      dataDir: await mkdtemp(join(tmpdir(), "taiwa-sample-")),
      corpusDir: join(repoRoot, "corpus"),
    });
    await core.ensureIndexed();
    const result = await core.answerer.answer({ question: "経済安全保障推進法の4つの制度は何ですか？" });
    expect(result.resolved).toBe(true);
    for (const system of ["重要物資", "基幹インフラ", "先端的な重要技術", "特許出願の非公開"])
      expect(result.answer, system).toContain(system);
    expect(result.citations.length).toBeGreaterThan(0);
  });
});
