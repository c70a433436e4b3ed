import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { syncFaqFolder } from "../../questions/faq-folder-sync.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";

const opened: SqliteQuestionLog[] = [];
afterEach(async () => {
  for (const log of opened.splice(0)) await log.close();
});

async function replicaSetup() {
  const shared = await SqliteQuestionLog.open({ dataDir: await mkdtemp(join(tmpdir(), "taiwa-faq-db-")) });
  opened.push(shared);
  return { faq: shared.faq, replicaDataDir: await mkdtemp(join(tmpdir(), "taiwa-faq-replica-")) };
}

describe("syncFaqFolder", () => {
  it("brings a replica's FAQ folder in line with the shared log, and says when it changed", async () => {
    const { faq, replicaDataDir } = await replicaSetup();
    const entry = await faq.add({ question: "公募はいつですか", answer: "2027年4月です。", publishedBy: "contact1" });
    expect(await syncFaqFolder({ faq, dataDir: replicaDataDir })).toEqual({ changed: true });
    expect(await readFile(join(replicaDataDir, "faq", `${entry.id}.md`), "utf8")).toMatch(/2027年4月/);
    const manifest = JSON.parse(await readFile(join(replicaDataDir, "faq", "manifest.json"), "utf8"));
    expect(manifest.documents).toEqual([expect.objectContaining({ docId: `faq-${entry.id}`, kind: "faq" })]);

    expect(await syncFaqFolder({ faq, dataDir: replicaDataDir })).toEqual({ changed: false });

    await faq.remove(entry.id);
    expect(await syncFaqFolder({ faq, dataDir: replicaDataDir })).toEqual({ changed: true });
    expect((await readdir(join(replicaDataDir, "faq"))).filter((file) => file.endsWith(".md"))).toEqual([]);
  });
});
