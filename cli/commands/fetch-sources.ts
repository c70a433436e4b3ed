import { resolve } from "node:path";
import { TaiwaError } from "../../app/errors.ts";
import { readManifest } from "../../rag/ingest/corpus-manifest.ts";
import { fetchSources } from "../../rag/ingest/fetch-sources.ts";
import type { CliCommand, CliIo } from "../types.ts";

const usage = "npm run -s taiwa -- fetch-sources [--manifest corpus/manifest.json] [--target DIR] [--force]";

function parse(argv: string[]): { manifest: string; target?: string; force: boolean } {
  const options: { manifest: string; target?: string; force: boolean } = {
    manifest: "corpus/manifest.json",
    force: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = argv[index + 1];
    if (argument === "--force") options.force = true;
    else if ((argument === "--manifest" || argument === "--target") && value !== undefined && !value.startsWith("--")) {
      if (argument === "--manifest") options.manifest = value;
      else options.target = value;
      index++;
    } else {
      throw new TaiwaError(
        "input_malformed",
        `引数が正しくありません (bad argument: ${argument}). 使い方 / usage: ${usage}`,
      );
    }
  }
  return options;
}

/** `fetch-sources`: downloads the official documents listed in the manifest's `sources`, or explains how offline. */
export function createFetchSourcesCommand(dependencies: { fetch: typeof globalThis.fetch }): CliCommand {
  return {
    name: "fetch-sources",
    summary: "公式文書(PDF)を corpus/ にダウンロード / download the official documents listed in corpus/manifest.json",
    usage,
    async run(argv: string[], io: CliIo): Promise<number> {
      const options = parse(argv);
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
