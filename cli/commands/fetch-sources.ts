import { join, resolve } from "node:path";
import { TaiwaError } from "../../app/errors.ts";
import { readManifest } from "../../rag/ingest/corpus-manifest.ts";
import { fetchSources } from "../../rag/ingest/fetch-sources.ts";
import { parseCommandArgs } from "../options.ts";
import type { CliCommand, CliIo } from "../types.ts";

const usage = "npm run -s taiwa -- fetch-sources [--manifest corpus/manifest.json] [--target DIR] [--force]";

/** The manifest defaults to the corpus folder's (TAIWA_CORPUS_DIR, else ./corpus). */
function parse(
  argv: string[],
  env: Record<string, string | undefined>,
): { manifest: string; target?: string; force: boolean } {
  const { values, positionals } = parseCommandArgs(
    argv,
    { manifest: { type: "string" }, target: { type: "string" }, force: { type: "boolean" } },
    usage,
  );
  if (positionals.length > 0) {
    throw new TaiwaError(
      "input_malformed",
      `引数が正しくありません(unexpected: ${positionals.join(" ")})。使い方: ${usage}`,
    );
  }
  return {
    manifest:
      typeof values.manifest === "string" ? values.manifest : join(env.TAIWA_CORPUS_DIR ?? "corpus", "manifest.json"),
    target: typeof values.target === "string" ? values.target : undefined,
    force: values.force === true,
  };
}

/** `fetch-sources`: downloads the official documents listed in the manifest's `sources`, or explains how offline. */
export function createFetchSourcesCommand(dependencies: { fetch: typeof globalThis.fetch }): CliCommand {
  return {
    name: "fetch-sources",
    summary: "公式文書(PDF)を corpus/ にダウンロード / download the official documents listed in corpus/manifest.json",
    usage,
    async run(argv: string[], io: CliIo): Promise<number> {
      const options = parse(argv, io.env);
      const manifest = await readManifest({ path: resolve(options.manifest) });
      if (manifest.sources.length === 0) {
        io.stdout.write("マニフェストに sources がありません (the manifest lists no sources).\n");
        return 0;
      }
      const result = await fetchSources({
        manifest,
        targetDir: options.target,
        fetch: dependencies.fetch,
        force: options.force,
        onProgress: (event) => io.stdout.write(`  ${event.outcome.padEnd(10)} ${event.file}\n`),
      });
      for (const failure of result.failed) {
        if (failure.reason !== "offline") io.stderr.write(`  失敗 / failed: ${failure.file} (${failure.reason})\n`);
      }
      if (result.offline) {
        io.stderr.write(`${result.message}\n`);
        return 2;
      }
      (result.failed.length > 0 ? io.stderr : io.stdout).write(`${result.message}\n`);
      return result.failed.length > 0 ? 1 : 0;
    },
  };
}

export const fetchSourcesCommand = createFetchSourcesCommand({ fetch: globalThis.fetch });
