import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../../app/config.ts";
import { TaiwaError } from "../../app/errors.ts";
import { createDedupeStore } from "../../bots/dedupe/create-dedupe-store.ts";
import { QuestionSpool } from "../../questions/question-spool.ts";
import { ERASED_ASKER } from "../../questions/sql/audit-and-stats.ts";
import type { CliCommand } from "../types.ts";
import { withQuestionLog } from "./question-log-access.ts";

export const eraseAskerCommand: CliCommand = {
  name: "erase-asker",
  summary: "質問者の表示名と識別子を質問ログから消去します(件数の統計は残ります)",
  usage: "npm run -s taiwa -- erase-asker <askerId>",
  async run(argv, io) {
    const askerId = argv[0];
    if (!askerId || askerId.startsWith("--")) {
      throw new TaiwaError(
        "input_malformed",
        `質問者IDを指定してください(コンソールの質問詳細「質問者」欄に表示されます)。\n使い方 / usage: ${this.usage}`,
      );
    }
    const result = await withQuestionLog(io, async (log, config) => {
      const erased = await log.eraseAsker({ askerId });
      // Questions still waiting in this data dir's spool (the store was down when they came) lose their asker too.
      const spooled = await new QuestionSpool({ dataDir: config.TAIWA_DATA_DIR }).eraseAsker({
        askerId,
        erasedId: ERASED_ASKER,
      });
      // Answers stored behind Slack buttons name the asker (and their Slack user id) for up to 30 days.
      await forgetStoredAnswers(config, askerId);
      const entries = erased.entries + spooled.entries;
      await log.addAudit({ at: new Date(), actor: "cli", action: "erase-asker", detail: `${entries} 件` });
      return { ...erased, entries };
    });
    io.stdout.write(
      result.entries === 0 && result.names === 0
        ? `質問者 ${askerId} の記録は見つかりませんでした。\n`
        : `質問者 ${askerId} を消去しました: 表示名 ${result.names} 件、質問 ${result.entries} 件を匿名化しました(質問件数の統計は残ります)。\n`,
    );
    return 0;
  },
};

async function forgetStoredAnswers(config: Config, askerId: string): Promise<void> {
  // Without PostgreSQL the store is a file in the data dir: none there means nothing to forget (and none to create).
  if (!config.DATABASE_URL && !existsSync(join(config.TAIWA_DATA_DIR, "slack.db"))) return;
  const store = createDedupeStore({ config });
  try {
    await store.forget({ containing: JSON.stringify(askerId) });
  } finally {
    await store.close();
  }
}
