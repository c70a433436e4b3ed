import type {
  AnswerVersion,
  AuditEvent,
  ConsoleAccounts,
  CountKind,
  DeliveryTarget,
  FaqStore,
  NewQuestionEntry,
  OrganisationStore,
  QuestionEntry,
  QuestionGroups,
  QuestionLog,
  QuestionNote,
  QuestionQuery,
  QuestionStats,
  ReplyTemplateStore,
  Surface,
  TransitionRequest,
} from "../types.ts";
import { computeStats, countEvent, eraseAsker, listAudit, purgeClosed } from "./audit-and-stats.ts";
import { getEntry, listEntries, recordEntry } from "./entry-queries.ts";
import {
  answerEntry,
  assignEntry,
  claimDeliveries,
  closeEntry,
  correctEntry,
  insertAudit,
  markDelivered,
  markDeliveryFailed,
  reopenEntry,
  retryDelivery,
} from "./entry-transitions.ts";
import { SqlConsoleAccounts } from "./sql-console-accounts.ts";
import { SqlFaqStore } from "./sql-faq-store.ts";
import { SqlOrganisationStore } from "./sql-organisation-store.ts";
import { SqlQuestionGroups } from "./sql-question-groups.ts";
import { SqlReplyTemplateStore } from "./sql-reply-template-store.ts";
import type { SqlDatabase } from "./types.ts";
import { addNote, listAnswerVersions, listNotes, listPresence, markRead, touchPresence } from "./work-queue-queries.ts";

/** The question log over any SqlDatabase: one set of queries for SQLite and PostgreSQL. */
export class SqlQuestionLog implements QuestionLog {
  readonly accounts: ConsoleAccounts;
  readonly faq: FaqStore;
  readonly groups: QuestionGroups;
  readonly organisations: OrganisationStore;
  readonly templates: ReplyTemplateStore;

  constructor(protected readonly db: SqlDatabase) {
    this.templates = new SqlReplyTemplateStore(db);
    this.accounts = new SqlConsoleAccounts(db);
    this.faq = new SqlFaqStore(db);
    this.groups = new SqlQuestionGroups(db);
    this.organisations = new SqlOrganisationStore(db);
  }

  record(entry: NewQuestionEntry): Promise<{ entry: QuestionEntry; created: boolean }> {
    return recordEntry(this.db, entry);
  }

  get(id: string): Promise<QuestionEntry | undefined> {
    return getEntry(this.db, id);
  }

  list(query: QuestionQuery): Promise<{ entries: QuestionEntry[]; total: number }> {
    return listEntries(this.db, query);
  }

  assign(request: TransitionRequest & { assignee: string }): Promise<QuestionEntry> {
    return assignEntry(this.db, request);
  }

  answer(request: TransitionRequest & { answer: string }): Promise<QuestionEntry> {
    return answerEntry(this.db, request);
  }

  closeQuestion(request: TransitionRequest): Promise<QuestionEntry> {
    return closeEntry(this.db, request);
  }

  reopen(request: TransitionRequest): Promise<QuestionEntry> {
    return reopenEntry(this.db, request);
  }

  claimDeliveries(request: {
    now: Date;
    leaseMs: number;
    limit: number;
    ids?: string[];
  }): Promise<{ entries: QuestionEntry[] }> {
    return claimDeliveries(this.db, request);
  }

  markDelivered(request: { id: string; deliveredAt: Date }): Promise<void> {
    return markDelivered(this.db, request);
  }

  markDeliveryFailed(request: { id: string; error: string; nextAttemptAt?: Date }): Promise<void> {
    return markDeliveryFailed(this.db, request);
  }

  correct(request: TransitionRequest & { answer: string }): Promise<QuestionEntry> {
    return correctEntry(this.db, request);
  }

  listAnswerVersions(request: { questionId: string }): Promise<{ versions: AnswerVersion[] }> {
    return listAnswerVersions(this.db, request);
  }

  addNote(request: { questionId: string; author: string; body: string; at?: Date }): Promise<QuestionNote> {
    return addNote(this.db, request);
  }

  listNotes(request: { questionId: string }): Promise<{ notes: QuestionNote[] }> {
    return listNotes(this.db, request);
  }

  touchPresence(request: { questionId: string; login: string; at: Date }): Promise<void> {
    return touchPresence(this.db, request);
  }

  listPresence(request: { questionId: string; since: Date }): Promise<{ viewers: { login: string; seenAt: Date }[] }> {
    return listPresence(this.db, request);
  }

  markRead(request: { ids: string[]; at: Date }): Promise<void> {
    return markRead(this.db, request);
  }

  retryDelivery(request: { id: string; at: Date; delivery?: DeliveryTarget }): Promise<boolean> {
    return retryDelivery(this.db, request);
  }

  addAudit(event: AuditEvent): Promise<void> {
    return insertAudit(this.db, event);
  }

  listAudit(request: {
    questionId?: string;
    limit?: number;
    excludeActions?: string[];
  }): Promise<{ events: AuditEvent[] }> {
    return listAudit(this.db, request);
  }

  countEvent(request: { kind: CountKind; surface: Surface; topic?: string; at?: Date }): Promise<void> {
    return countEvent(this.db, request);
  }

  stats(request: { from: Date; to: Date }): Promise<QuestionStats> {
    return computeStats(this.db, request);
  }

  eraseAsker(request: { askerId: string }): Promise<{ entries: number; names: number }> {
    return eraseAsker(this.db, request);
  }

  purge(request: { closedBefore: Date; now?: Date }): Promise<{ entries: number }> {
    return purgeClosed(this.db, request);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
