import { TaiwaError } from "../../app/errors.ts";
import { purgeExpired } from "../../questions/retention.ts";
import type { CliCommand } from "../types.ts";
import { withQuestionLog } from "./question-log-access.ts";

export const purgeCommand: CliCommand = {
  name: "purge",
  summary: "保存期間(RETENTION_DAYS)を過ぎた完了済み質問の本文を削除します",
  usage: "npm run -s taiwa -- purge [--days <N>]",
  async run(argv, io) {
    const daysIndex = argv.indexOf("--days");
    const given = daysIndex >= 0 ? argv[daysIndex + 1] : undefined;
    if (daysIndex >= 0 && !(given && /^\d+$/.test(given) && Number(given) > 0)) {
      throw new TaiwaError(
        "input_malformed",
        `--days には1以上の日数を指定してください。\n使い方 / usage: ${this.usage}`,
      );
    }
    const result = await withQuestionLog(io, async (log, config) => {
      const days = given ? Number(given) : config.RETENTION_DAYS;
      if (!days) {
        throw new TaiwaError(
          "input_malformed",
          "保存期間が決まっていません: RETENTION_DAYS を設定するか --days <N> を指定してください。",
        );
      }
      const purged = await purgeExpired({ questionLog: log, retentionDays: days });
      await log.addAudit({ at: new Date(), actor: "cli", action: "purge", detail: `${purged.entries} 件(${days} 日)` });
      return purged;
    });
    io.stdout.write(
      `${result.closedBefore.toISOString()} より前に完了した質問 ${result.entries} 件の本文を削除しました(件数の統計は残ります)。\n`,
    );
    return 0;
  },
};
