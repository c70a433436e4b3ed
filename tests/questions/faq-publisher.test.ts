import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../app/logger.ts";
import { previewFaqCitation } from "../../questions/faq-citation-preview.ts";
import { createFaqPublisher, faqDocumentMeta } from "../../questions/faq-publisher.ts";
import { SqliteQuestionLog } from "../../questions/sqlite-question-log.ts";

describe("FAQ dates, versions and the citation preview", () => {
  it("dates an FAQ by its JST publication day, like the rest of the console", () => {
    // 2026-12-01 16:30 UTC is already 2 December in Japan.
    const meta = faqDocumentMeta({
      id: "4",
      question: "Q",
      answer: "A",
      publishedBy: "sato",
      publishedAt: new Date("2026-12-01T16:30:00Z"),
      version: 1,
    });
    expect(meta.date).toBe("2026-12-02");
    expect(meta.version).toBeUndefined();
  });

  it("previews the citation the bot will show: title, issuer, JST date, version and the answer as passage", () => {
    const citation = previewFaqCitation({
      question: "補助金の申請はいつから受け付けますか",
      answer: "2027年4月1日から受け付けます。",
      at: new Date("2026-12-01T16:30:00Z"),
      version: 2,
    });
    expect(citation).toMatchObject({
      n: 1,
      title: "補助金の申請はいつから受け付けますか",
      issuer: "経済産業省",
      date: "2026-12-02",
      version: "第2版",
      kind: "faq",
    });
    expect(citation?.text).toContain("2027年4月1日から受け付けます。");
  });

  it("publishes an edit as a new file and withdraws the old one from the folder and the manifest", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "taiwa-faq-publisher-"));
    const questionLog = await SqliteQuestionLog.open({ dataDir });
    let reindexed = 0;
    const publisher = createFaqPublisher({
      questionLog,
      dataDir,
      reindexFaq: async () => {
        reindexed++;
      },
      logger: createLogger({ LOG_LEVEL: "silent" }),
    });
    // An FAQ is published from a question that exists in the log.
    const { entry: asked } = await questionLog.record({
      eventKey: "faq-source",
      surface: "web",
      asker: { askerId: "asker-1" },
      question: "Q",
      botAnswer: "",
      citations: [],
      reason: "unresolved",
    });
    const { entry: first } = await publisher.publish({
      questionId: asked.id,
      question: "Q",
      answer: "A",
      actor: "sato",
    });
    const { entry: second } = await publisher.revise({ id: first.id, question: "Q", answer: "A2", actor: "admin" });
    expect(existsSync(join(dataDir, "faq", `${first.id}.md`))).toBe(false);
    expect(readFileSync(join(dataDir, "faq", `${second.id}.md`), "utf8")).toBe("# Q\n\nA2\n");
    const manifest = JSON.parse(readFileSync(join(dataDir, "faq", "manifest.json"), "utf8"));
    expect(
      manifest.documents.map((document: { docId: string; version?: string }) => [document.docId, document.version]),
    ).toEqual([[`faq-${second.id}`, "第2版"]]);
    expect(reindexed).toBe(2);
    const { events } = await questionLog.listAudit({ questionId: asked.id });
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(["faq-publish", "faq-revise"]));
    await questionLog.close();
  });
});
