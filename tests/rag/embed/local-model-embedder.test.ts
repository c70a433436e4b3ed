import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TaiwaError } from "../../../app/errors.ts";
import { LocalModelEmbedder } from "../../../rag/embed/local-model-embedder.ts";
import { TINY_VOCABULARY, tinyRow, writeTinyModel } from "../../doubles/tiny-onnx-model.ts";

function configError(modelDir: string): TaiwaError {
  try {
    new LocalModelEmbedder({ modelDir });
  } catch (error) {
    expect(error).toBeInstanceOf(TaiwaError);
    return error as TaiwaError;
  }
  throw new Error("expected a configuration error");
}

describe("LocalModelEmbedder configuration", () => {
  it("names EMBEDDING_MODEL_DIR and the fix when the folder does not exist", () => {
    const error = configError("/nonexistent/taiwa-model");
    expect(error.code).toBe("config_invalid");
    expect(error.message).toMatch(
      /EMBEDDING_MODEL_DIR=.*does not exist: point EMBEDDING_MODEL_DIR at a transformers.js model folder/,
    );
  });

  it("names the missing file when the folder is incomplete", () => {
    const folder = mkdtempSync(join(tmpdir(), "taiwa-model-"));
    writeFileSync(join(folder, "config.json"), JSON.stringify({ hidden_size: 8 }));
    writeFileSync(join(folder, "tokenizer.json"), "{}");
    expect(configError(folder).message).toContain("has no onnx/model.onnx");
  });

  it("reads the vector size from config.json", () => {
    const folder = mkdtempSync(join(tmpdir(), "taiwa-model-"));
    mkdirSync(join(folder, "onnx"));
    writeFileSync(join(folder, "config.json"), JSON.stringify({ hidden_size: 384 }));
    writeFileSync(join(folder, "tokenizer.json"), "{}");
    writeFileSync(join(folder, "onnx", "model.onnx"), "");
    const embedder = new LocalModelEmbedder({ modelDir: folder });
    expect(embedder.dimensions).toBe(384);
    expect(embedder.modelId).toMatch(/^local:taiwa-model-/);
  });

  it("fails with embedder_unavailable, not a crash, when the model files cannot be loaded", async () => {
    const folder = mkdtempSync(join(tmpdir(), "taiwa-model-"));
    mkdirSync(join(folder, "onnx"));
    writeFileSync(join(folder, "config.json"), JSON.stringify({ hidden_size: 8, model_type: "bert" }));
    writeFileSync(join(folder, "tokenizer.json"), "{}");
    writeFileSync(join(folder, "onnx", "model.onnx"), "not an onnx file");
    const error = await new LocalModelEmbedder({ modelDir: folder })
      .embed({ texts: ["a"] })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TaiwaError);
    expect((error as TaiwaError).code).toBe("embedder_unavailable");
  });
});

/** Optional package: `npm run setup:local-embeddings` installs it (scripts/test-all.sh does, so CI runs both sides). */
function transformersInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("@huggingface/transformers");
    return true;
  } catch {
    return false;
  }
}
const installed = transformersInstalled();

describe.skipIf(installed)("LocalModelEmbedder without the optional @huggingface/transformers", () => {
  it("says how to install it instead of crashing", async () => {
    const folder = join(mkdtempSync(join(tmpdir(), "taiwa-model-")), "tiny-bert");
    writeTinyModel(folder);
    const error = await new LocalModelEmbedder({ modelDir: folder })
      .embed({ texts: ["経済"] })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TaiwaError);
    expect((error as TaiwaError).code).toBe("embedder_unavailable");
    expect((error as TaiwaError).message).toContain("npm run setup:local-embeddings");
  });
});

describe.skipIf(!installed)(
  "LocalModelEmbedder with a model folder made here (transformers.js on onnxruntime-node, offline)",
  () => {
    /** Mean of the token rows (with [CLS] and [SEP]), unit length: what mean pooling over the Gather graph gives. */
    function expected(tokens: string[]): number[] {
      const rows = ["[CLS]", ...tokens, "[SEP]"].map((token) => tinyRow(TINY_VOCABULARY.indexOf(token)));
      const mean = rows.reduce(
        (sum, row) => sum.map((value, index) => value + (row[index] ?? 0) / rows.length),
        new Array<number>(rows[0]?.length ?? 0).fill(0),
      );
      const length = Math.hypot(...mean);
      return mean.map((value) => value / length);
    }

    it("tokenises, runs the ONNX graph and mean-pools with the attention mask, in batches", async () => {
      const folder = join(mkdtempSync(join(tmpdir(), "taiwa-model-")), "tiny-bert");
      writeTinyModel(folder);
      const embedder = new LocalModelEmbedder({ modelDir: folder, batchSize: 2 });
      expect(embedder.dimensions).toBe(8);
      const { vectors } = await embedder.embed({ texts: ["経済", "輸出規制", "安全保障"] });
      expect(vectors).toHaveLength(3);
      const cases: [number, string[]][] = [
        [0, ["経", "済"]],
        [1, ["輸", "出", "規", "制"]],
        [2, ["安", "全", "保", "障"]],
      ];
      for (const [index, tokens] of cases) {
        const want = expected(tokens);
        for (const [column, value] of (vectors[index] ?? []).entries())
          expect(value).toBeCloseTo(want[column] ?? Number.NaN, 5);
      }
    });
  },
);
