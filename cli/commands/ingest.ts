import { openCore } from "../../app/core.ts";
import { TaiwaError } from "../../app/errors.ts";
import { dataDirFrom, parseCommandArgs } from "../options.ts";
import { progressBar } from "../progress-bar.ts";
import type { CliCommand } from "../types.ts";

const usage = "npm run -s taiwa -- ingest <files or folders…> [--manifest FILE] [--data-dir DIR] [--json]";

export const ingestCommand: CliCommand = {
  name: "ingest",
  summary: "文書を取り込み、検索インデックスを更新する (ingest documents)",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { manifest: { type: "string" }, json: { type: "boolean" } },
      usage,
    );
    if (positionals.length === 0)
      throw new TaiwaError("input_malformed", `取り込むファイルかフォルダを指定してください。使い方: ${usage}`);
    const core = await openCore({ dataDir: dataDirFrom(values, io.env) });
    const bar = io.stderr.isTTY && !values.json ? progressBar(io.stderr) : undefined;
    const report = await core.ingest({
      paths: positionals,
      manifestPath: typeof values.manifest === "string" ? values.manifest : undefined,
      onProgress: (progress) => bar?.update(progress.done, progress.total, progress.path),
    });
    bar?.done();
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    }
    io.stdout.write(
      `${[
        `取り込み完了 (ingested): ファイル ${report.files} 件, チャンク ${report.chunks} 件`,
        `  追加 ${report.added} / 更新 ${report.updated} / 変更なし ${report.unchanged} / 削除 ${report.removed} / スキップ ${report.skipped.length}`,
        `  所要時間 ${report.durationMs + report.indexMs} ms (取り込み ${report.durationMs} ms, 索引 ${report.indexMs} ms)`,
        ...report.skipped.map((skipped) => `  スキップ (skipped): ${skipped.path} — ${skipped.reason}`),
      ].join("\n")}\n`,
    );
    return 0;
  },
};
