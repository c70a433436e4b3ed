import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";
import type { Embedder } from "../types.ts";

export interface LocalModelEmbedderOptions {
  /** A transformers.js model folder: config.json, tokenizer.json, onnx/model.onnx (EMBEDDING_MODEL_DIR). */
  modelDir: string;
  /** Texts per forward pass: bounds memory on long documents. */
  batchSize?: number;
  /** Prepended to every text, for models trained with prefixes (e.g. "passage: " for E5). */
  prefix?: string;
}

/** The fields of the model's config.json we read. */
const modelConfigSchema = z.object({
  hidden_size: z.number().int().positive().optional(),
  d_model: z.number().int().positive().optional(),
});

type FeatureExtractor = (
  texts: string[],
  options: { pooling: "mean"; normalize: boolean },
) => Promise<{ tolist(): unknown }>;

/**
 * Embeds with a model folder on disk through transformers.js on onnxruntime-node, for air-gapped sites.
 * Nothing is ever downloaded: remote models are disabled and the folder must hold every file.
 * transformers.js is imported lazily so installs without it (and without a model) still start.
 */
export class LocalModelEmbedder implements Embedder {
  readonly dimensions: number;
  readonly modelId: string;
  readonly #options: LocalModelEmbedderOptions;
  readonly #modelDir: string;
  #extractor: Promise<FeatureExtractor> | undefined;

  constructor(options: LocalModelEmbedderOptions) {
    this.#modelDir = resolve(options.modelDir);
    this.#options = options;
    this.dimensions = readDimensions(this.#modelDir);
    this.modelId = `local:${basename(this.#modelDir)}`;
  }

  async embed(request: { texts: string[]; signal?: AbortSignal }): Promise<{ vectors: number[][] }> {
    const extractor = await this.#load();
    const batchSize = this.#options.batchSize ?? 16;
    const vectors: number[][] = [];
    for (let start = 0; start < request.texts.length; start += batchSize) {
      if (request.signal?.aborted)
        throw new TaiwaError("model_timeout", "embedding was cancelled", { cause: request.signal.reason });
      const batch = request.texts.slice(start, start + batchSize).map((text) => `${this.#options.prefix ?? ""}${text}`);
      const output = (await extractor(batch, { pooling: "mean", normalize: true })).tolist();
      vectors.push(...z.array(z.array(z.number()).length(this.dimensions)).parse(output));
    }
    return { vectors };
  }

  #load(): Promise<FeatureExtractor> {
    this.#extractor ??= loadExtractor(this.#modelDir).catch((error: unknown) => {
      this.#extractor = undefined;
      throw error instanceof TaiwaError
        ? error
        : new TaiwaError("embedder_unavailable", `cannot load the model in EMBEDDING_MODEL_DIR=${this.#modelDir}`, {
            cause: error,
          });
    });
    return this.#extractor;
  }
}

/** The slice of @huggingface/transformers taiwa uses; the package is optional (`npm run setup:local-embeddings`). */
interface TransformersModule {
  env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
  pipeline: (task: string, model: string, options: object) => Promise<FeatureExtractor>;
}

/** A variable, so neither tsc nor a bundler insists on the optional package being installed. */
const TRANSFORMERS_PACKAGE = "@huggingface/transformers";

async function loadExtractor(modelDir: string): Promise<FeatureExtractor> {
  let transformers: TransformersModule;
  try {
    transformers = (await import(TRANSFORMERS_PACKAGE)) as TransformersModule;
  } catch (error) {
    throw new TaiwaError(
      "embedder_unavailable",
      `EMBEDDING_MODEL_DIR is set but ${TRANSFORMERS_PACKAGE} is not installed: run \`npm run setup:local-embeddings\` (from the npm registry only), or unset EMBEDDING_MODEL_DIR`,
      { cause: error },
    );
  }
  transformers.env.allowRemoteModels = false;
  transformers.env.allowLocalModels = true;
  transformers.env.localModelPath = dirname(modelDir);
  return transformers.pipeline("feature-extraction", basename(modelDir), { local_files_only: true, dtype: "fp32" });
}

/** Checks the folder up front so a wrong path fails at start with a fix, not at the first question. */
function readDimensions(modelDir: string): number {
  const fix =
    "point EMBEDDING_MODEL_DIR at a transformers.js model folder (config.json, tokenizer.json, onnx/model.onnx)";
  if (!existsSync(modelDir))
    throw new TaiwaError("config_invalid", `EMBEDDING_MODEL_DIR=${modelDir} does not exist: ${fix}`);
  for (const file of ["config.json", "tokenizer.json", join("onnx", "model.onnx")]) {
    if (!existsSync(join(modelDir, file)))
      throw new TaiwaError("config_invalid", `EMBEDDING_MODEL_DIR=${modelDir} has no ${file}: ${fix}`);
  }
  let parsed: z.infer<typeof modelConfigSchema>;
  try {
    parsed = modelConfigSchema.parse(JSON.parse(readFileSync(join(modelDir, "config.json"), "utf8")));
  } catch (error) {
    throw new TaiwaError("config_invalid", `EMBEDDING_MODEL_DIR=${modelDir} has an unreadable config.json: ${fix}`, {
      cause: error,
    });
  }
  const dimensions = parsed.hidden_size ?? parsed.d_model;
  if (!dimensions)
    throw new TaiwaError(
      "config_invalid",
      `config.json in EMBEDDING_MODEL_DIR=${modelDir} states no hidden_size: ${fix}`,
    );
  return dimensions;
}
