import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from "../app/data-dir-permissions.ts";
import { TaiwaError } from "../app/errors.ts";
import type { Logger } from "../app/logger.ts";
import { PUBLISHED_FAQ_PREFIX } from "../rag/retrieve/lexical-search-index.ts";
import type { DocumentMeta } from "../rag/types.ts";
import { dayJst } from "./sql/entry-rows.ts";
import type { FaqEntry, QuestionLog } from "./types.ts";

export interface FaqPublisher {
  readonly folder: string;
  publish(request: {
    questionId?: string;
    question: string;
    answer: string;
    actor: string;
  }): Promise<{ entry: FaqEntry; reindexed: boolean }>;
  unpublish(request: { id: string; actor: string }): Promise<{ removed: boolean; reindexed: boolean }>;
  /** An edit: publishes the next version and withdraws this one (kept in the log, gone from the index). */
  revise(request: {
    id: string;
    question: string;
    answer: string;
    actor: string;
  }): Promise<{ entry: FaqEntry; reindexed: boolean }>;
}

export const FAQ_ISSUER = "経済産業省";

export function faqDocumentMeta(entry: FaqEntry): DocumentMeta & { file: string } {
  return {
    file: `${entry.id}.md`,
    docId: `${PUBLISHED_FAQ_PREFIX}${entry.id}`,
    title: entry.question,
    issuer: FAQ_ISSUER,
    // The date the bot cites is the ministry's (JST) publication day, like every date in the console.
    date: dayJst(entry.publishedAt.getTime()),
    kind: "faq",
    ...(entry.version > 1 ? { version: `第${entry.version}版` } : {}),
  };
}

export function faqMarkdown(entry: FaqEntry): string {
  return `# ${entry.question.replace(/\s+/g, " ").trim()}\n\n${entry.answer.trim()}\n`;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text, { encoding: "utf8", mode: PRIVATE_FILE_MODE });
  await rename(`${path}.tmp`, path);
}

/**
 * Approved FAQ entries become corpus documents: `${dataDir}/faq/<id>.md` plus `manifest.json` describing every file
 * (kind "faq", docId "faq-<id>"), then `reindexFaq` re-ingests the folder.
 */
export function createFaqPublisher(options: {
  questionLog: QuestionLog;
  dataDir: string;
  reindexFaq: () => Promise<void>;
  logger: Logger;
}): FaqPublisher {
  const folder = join(options.dataDir, "faq");

  async function syncManifest(): Promise<void> {
    const entries = await options.questionLog.faq.list();
    await writeAtomically(
      join(folder, "manifest.json"),
      `${JSON.stringify({ documents: entries.map(faqDocumentMeta) }, null, 2)}\n`,
    );
  }

  async function reindex(): Promise<boolean> {
    try {
      await options.reindexFaq();
      return true;
    } catch (error) {
      options.logger.error({ err: error }, "FAQ re-index failed");
      return false;
    }
  }

  return {
    folder,
    async publish(request) {
      // An FAQ names the question it came from; one that does not exist would be a dangling, unaudited link.
      if (request.questionId !== undefined && !(await options.questionLog.get(request.questionId))) {
        throw new TaiwaError(
          "not_found",
          `質問 ${request.questionId} は見つかりません。FAQは既存の質問から公開してください。`,
        );
      }
      await mkdir(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
      const entry = await options.questionLog.faq.add({
        questionId: request.questionId,
        question: request.question.trim(),
        answer: request.answer.trim(),
        publishedBy: request.actor,
      });
      await writeAtomically(join(folder, `${entry.id}.md`), faqMarkdown(entry));
      await syncManifest();
      await options.questionLog.addAudit({
        at: new Date(),
        actor: request.actor,
        action: "faq-publish",
        questionId: request.questionId,
        detail: `faq-${entry.id}`,
      });
      return { entry, reindexed: await reindex() };
    },
    async revise(request) {
      await mkdir(folder, { recursive: true });
      const entry = await options.questionLog.faq.revise({
        id: request.id,
        question: request.question.trim(),
        answer: request.answer.trim(),
        publishedBy: request.actor,
      });
      await writeAtomically(join(folder, `${entry.id}.md`), faqMarkdown(entry));
      await rm(join(folder, `${request.id}.md`), { force: true });
      await syncManifest();
      await options.questionLog.addAudit({
        at: new Date(),
        actor: request.actor,
        action: "faq-revise",
        questionId: entry.questionId,
        detail: `faq-${request.id} → faq-${entry.id}(第${entry.version}版)`,
      });
      return { entry, reindexed: await reindex() };
    },
    async unpublish(request) {
      const entry = await options.questionLog.faq.get(request.id);
      const removed = await options.questionLog.faq.remove(request.id);
      if (!removed || !entry) return { removed: false, reindexed: false };
      await mkdir(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
      await rm(join(folder, `${entry.id}.md`), { force: true });
      await syncManifest();
      await options.questionLog.addAudit({
        at: new Date(),
        actor: request.actor,
        action: "faq-unpublish",
        questionId: entry.questionId,
        detail: `faq-${entry.id}`,
      });
      return { removed: true, reindexed: await reindex() };
    },
  };
}
