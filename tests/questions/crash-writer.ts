// Child process for the crash-safety test: records entries in a loop and reports each one after its commit returns.
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";

const [dataDir, startText] = process.argv.slice(2);
if (!dataDir) throw new Error("usage: crash-writer.ts <dataDir> [start]");
const log = await SqliteQuestionLog.open({ dataDir });
process.stdout.write("ready\n");
for (let index = Number(startText ?? 0); ; index += 1) {
  await log.record({
    eventKey: `crash-${index}`,
    surface: "slack",
    asker: { askerId: `asker-${index % 7}`, displayName: `利用者${index % 7}` },
    question: `質問 ${index} ${"経済安全保障".repeat(50)}`,
    botAnswer: "回答".repeat(100),
    citations: [],
    reason: "unresolved",
  });
  process.stdout.write(`committed crash-${index}\n`);
}
