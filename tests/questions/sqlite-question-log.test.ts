import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";
import { runQuestionLogContract } from "./question-log.contract.ts";

runQuestionLogContract({
  name: "SQLite",
  create: () => SqliteQuestionLog.open({ dataDir: mkdtempSync(join(tmpdir(), "taiwa-qlog-")) }),
});
