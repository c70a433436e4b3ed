import type { AnswerResult, Citation, RetrievalFilter } from "../rag/types.ts";

export type Surface = "slack" | "teams" | "web" | "cli";

export type QuestionStatus = "open" | "assigned" | "answered" | "closed";

/** Why a question reached the ministry's log. */
/** "failed": taiwa could not answer at all (a dependency was down); the question is kept for the ministry. */
/** "partial": taiwa answered part of the question; the answer names the parts the documents do not cover. */
export type LogReason = "unresolved" | "partial" | "thumbs-down" | "escalated" | "failed";

/** Where and how to reply later, in the same thread. Opaque to everything but its surface's notifier. */
export interface DeliveryTarget {
  surface: Surface;
  /** Surface-specific JSON (Slack channel + thread_ts, Teams conversation reference, web session id). */
  data: Record<string, unknown>;
}

/** Who asked, kept pseudonymous: the display name lives apart and can be erased. */
export interface Asker {
  /** Pseudonymous, stable per surface user (e.g. hash of Slack team+user). */
  askerId: string;
  displayName?: string;
}

export interface NewQuestionEntry {
  /** Dedupe key: the same chat event delivered twice creates one entry. */
  eventKey: string;
  surface: Surface;
  /** Slack team id / Teams tenant id. */
  workspaceId?: string;
  /** Organisation, mapped by configuration from workspaceId. */
  organisation?: string;
  asker: Asker;
  question: string;
  botAnswer: string;
  citations: Citation[];
  reason: LogReason;
  /** Optional context the user typed when escalating. */
  userContext?: string;
  topic?: string;
  delivery?: DeliveryTarget;
  receivedAt?: Date;
}

export interface QuestionEntry extends Omit<NewQuestionEntry, "receivedAt"> {
  id: string;
  status: QuestionStatus;
  assignee?: string;
  ministryAnswer?: string;
  receivedAt: Date;
  assignedAt?: Date;
  answeredAt?: Date;
  deliveredAt?: Date;
  closedAt?: Date;
  deliveryAttempts: number;
  deliveryError?: string;
  /** When the delivery worker tries again; undefined once delivered or given up. */
  nextDeliveryAt?: Date;
  /** Set when retention purged the text: only anonymous counts remain. */
  purgedAt?: Date;
  /** 0 (or absent) before any answer, 1 for the first answer, 2+ after each correction. */
  answerVersion?: number;
  /** Web only: when the asker's browser loaded the delivered answer (deliveredAt means stored, not seen). */
  readAt?: Date;
  /** The group of similar questions it belongs to (the id of the group's first question); undefined when alone. */
  groupId?: string;
}

export interface QuestionQuery {
  status?: QuestionStatus[];
  topic?: string;
  organisation?: string;
  surface?: Surface;
  from?: Date;
  to?: Date;
  /** Full-text search over question, answer and ministry answer. */
  text?: string;
  /** Only this pseudonymous asker's entries (the web chat's replies). */
  askerId?: string;
  /** Only entries assigned to this console login. */
  assignee?: string;
  /** Only entries nobody is assigned to. */
  unassigned?: boolean;
  /** Entries nobody is assigned to, plus this login's (the console's default queue). */
  assigneeOrUnassigned?: string;
  /** Only entries received before this instant (the console's 期限超過 view). */
  receivedBefore?: Date;
  /** "oldest" puts the longest-waiting first (the console's queue); default newest first. */
  order?: "oldest" | "newest";
  /** One row per group of similar questions (its first question) instead of every member. */
  collapseGroups?: boolean;
  limit?: number;
  offset?: number;
}

/** A status change made by a console user; rejected with TaiwaError "conflict" when the status does not allow it. */
export interface TransitionRequest {
  id: string;
  /** Console login of who made the change (kept in the audit trail). */
  actor: string;
  at?: Date;
}

/** One line of the audit trail: who viewed or changed what, when. */
export interface AuditEvent {
  at: Date;
  actor: string;
  /** e.g. "view", "assign", "answer", "close", "reopen", "export", "faq-publish", "user-add", "login". */
  action: string;
  questionId?: string;
  /** Short, non-confidential detail (never question text). */
  detail?: string;
}

/** One answer or correction as it was sent. */
export interface AnswerVersion {
  version: number;
  answer: string;
  actor: string;
  at: Date;
}

/** A note between ministry staff on a question; never sent to the asker. */
export interface QuestionNote {
  id: string;
  questionId: string;
  author: string;
  body: string;
  at: Date;
}

/** A reply template offered in the console's composer. */
export interface ReplyTemplate {
  id: string;
  title: string;
  body: string;
  updatedBy: string;
  updatedAt: Date;
}

/** Reply templates, edited by admins. */
export interface ReplyTemplateStore {
  list(): Promise<ReplyTemplate[]>;
  get(id: string): Promise<ReplyTemplate | undefined>;
  /** Adds a template, or replaces the one with `id`. */
  save(request: { id?: string; title: string; body: string; by: string; at?: Date }): Promise<ReplyTemplate>;
  remove(id: string): Promise<boolean>;
}

/** Anonymous counters kept apart from entries, so they survive retention and erasure. */
export type CountKind = "ask" | "resolved" | "unresolved" | "thumbs-up" | "thumbs-down" | "escalated";

export interface QuestionStats {
  /** Logged questions per ISO week (Monday, JST) and topic. */
  weekly: { weekStart: string; topic: string; count: number }[];
  /** Asks per week, and how many the bot resolved. */
  asks: { weekStart: string; asked: number; resolved: number; attempts: number }[];
  /** Logged entries in the period by status. */
  byStatus: Record<QuestionStatus, number>;
  /** Received → answered, for entries answered in the period. */
  medianAnswerMs?: number;
  answeredCount: number;
  /** Logged entries in the period per organisation ("" when unknown), surface and topic ("other" when unknown). */
  byOrganisation: { key: string; count: number }[];
  bySurface: { key: string; count: number }[];
  byTopic: { key: string; count: number }[];
  /** Every answer attempt by the bot (resolved + not resolved, including failures) and the resolved ones. */
  attempts: number;
  resolved: number;
}

export type ConsoleRole = "contact" | "admin";

export interface ConsoleUser {
  login: string;
  role: ConsoleRole;
  disabled: boolean;
  createdAt: Date;
}

export interface ConsoleSession {
  /** SHA-256 of the cookie token: a leaked table does not give working cookies. */
  tokenHash: string;
  login: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Console accounts and sessions, in the same store so replicas share them. */
export interface ConsoleAccounts {
  /** Throws TaiwaError "conflict" when the login exists. */
  createUser(request: { login: string; passwordHash: string; role: ConsoleRole; at?: Date }): Promise<ConsoleUser>;
  getUser(login: string): Promise<(ConsoleUser & { passwordHash: string }) | undefined>;
  listUsers(): Promise<ConsoleUser[]>;
  /** Throws TaiwaError "not_found" for an unknown login. */
  updateUser(request: {
    login: string;
    disabled?: boolean;
    role?: ConsoleRole;
    passwordHash?: string;
  }): Promise<ConsoleUser>;
  createSession(session: ConsoleSession): Promise<void>;
  getSession(tokenHash: string): Promise<ConsoleSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(login: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<number>;
}

export interface FaqEntry {
  id: string;
  questionId?: string;
  question: string;
  answer: string;
  publishedBy: string;
  publishedAt: Date;
  /** 1 for a first publication; an edit publishes version n + 1 and withdraws version n. */
  version: number;
  /** The id of the entry this version replaced. */
  supersedes?: string;
  /** Set when a newer version replaced it: no longer served, kept for the record. */
  withdrawnAt?: Date;
}

/** Approved FAQ entries published from answered questions. */
export interface FaqStore {
  add(request: {
    questionId?: string;
    question: string;
    answer: string;
    publishedBy: string;
    at?: Date;
  }): Promise<FaqEntry>;
  /**
   * Publishes an edit of a published entry as its next version and withdraws the old one, in one transaction.
   * Throws TaiwaError "conflict" when the entry is already withdrawn (someone edited it first).
   */
  revise(request: { id: string; question: string; answer: string; publishedBy: string; at?: Date }): Promise<FaqEntry>;
  get(id: string): Promise<FaqEntry | undefined>;
  /** Published entries (not withdrawn), newest first; `includeWithdrawn` adds the replaced versions. */
  list(request?: { includeWithdrawn?: boolean }): Promise<FaqEntry[]>;
  remove(id: string): Promise<boolean>;
}

/** A question a new one may be grouped with: what the comparison reads of it. */
export type GroupCandidate = Pick<QuestionEntry, "id" | "question">;

/**
 * Groups of questions that ask the same thing, so one answer reaches every asker. Which question joins which group
 * is decided outside the store (questions/question-grouper.ts); the store keeps the membership.
 */
export interface QuestionGroups {
  /**
   * Open or assigned questions that may take a new member (not purged, not split off), newest first: only their id
   * and text, which is all a comparison reads, since every logged question reads hundreds of them.
   */
  candidates(request: { limit: number; excludeId?: string }): Promise<{ entries: GroupCandidate[] }>;
  /** Puts question `id` into the group of question `withId` (founding the group when `withId` stands alone). */
  join(request: { id: string; withId: string }): Promise<{ groupId: string }>;
  /** Every question of a group, oldest first. */
  members(groupId: string): Promise<QuestionEntry[]>;
  /** Number of members per group id. */
  sizes(groupIds: string[]): Promise<Map<string, number>>;
  /**
   * Takes a question out of its group (the official found the grouping wrong); it is never grouped automatically
   * again. A group left with one member dissolves. Throws TaiwaError "conflict" when it is in no group.
   */
  split(request: TransitionRequest): Promise<QuestionEntry>;
}

/** Workspace (Slack team id / Teams tenant id) → organisation name, edited by admins in the console. */
export interface OrganisationStore {
  list(): Promise<{ workspaceId: string; name: string }[]>;
  set(request: { workspaceId: string; name: string }): Promise<void>;
  remove(workspaceId: string): Promise<boolean>;
}

/** The ministry's question log. Adapters: SQLite (embedded) and PostgreSQL. */
export interface QuestionLog {
  /** Idempotent on eventKey: returns the existing entry when the event was seen before. */
  record(entry: NewQuestionEntry): Promise<{ entry: QuestionEntry; created: boolean }>;
  get(id: string): Promise<QuestionEntry | undefined>;
  list(query: QuestionQuery): Promise<{ entries: QuestionEntry[]; total: number }>;
  /** open|assigned → assigned. */
  assign(request: TransitionRequest & { assignee: string }): Promise<QuestionEntry>;
  /** open|assigned → answered; resets delivery so the worker delivers the new answer. */
  answer(request: TransitionRequest & { answer: string }): Promise<QuestionEntry>;
  /** open|assigned|answered → closed. */
  closeQuestion(request: TransitionRequest): Promise<QuestionEntry>;
  /** answered|closed → assigned (or open without an assignee). */
  reopen(request: TransitionRequest): Promise<QuestionEntry>;
  /**
   * Claims answered, undelivered entries due for delivery (optionally only `ids`) with a lease, so that of several
   * replicas only one delivers each.
   */
  claimDeliveries(request: {
    now: Date;
    leaseMs: number;
    limit: number;
    ids?: string[];
  }): Promise<{ entries: QuestionEntry[] }>;
  markDelivered(request: { id: string; deliveredAt: Date }): Promise<void>;
  /** Records a failed attempt; nextAttemptAt undefined means give up (shown as failed in the console). */
  markDeliveryFailed(request: { id: string; error: string; nextAttemptAt?: Date }): Promise<void>;
  /**
   * answered|closed → same status: replaces the ministry answer with a correction (answerVersion + 1) and makes it
   * due for delivery; every version stays in listAnswerVersions.
   */
  correct(request: TransitionRequest & { answer: string }): Promise<QuestionEntry>;
  listAnswerVersions(request: { questionId: string }): Promise<{ versions: AnswerVersion[] }>;
  addNote(request: { questionId: string; author: string; body: string; at?: Date }): Promise<QuestionNote>;
  listNotes(request: { questionId: string }): Promise<{ notes: QuestionNote[] }>;
  /** Records that `login` has the question open now. */
  touchPresence(request: { questionId: string; login: string; at: Date }): Promise<void>;
  /** Who had the question open since `since`, most recent first. */
  listPresence(request: { questionId: string; since: Date }): Promise<{ viewers: { login: string; seenAt: Date }[] }>;
  /** Web answers the asker's browser has loaded: sets readAt once (delivered entries only). */
  markRead(request: { ids: string[]; at: Date }): Promise<void>;
  /**
   * Makes an undelivered answer due now again (the console's manual retry after the worker gave up), optionally by
   * another route (`delivery`, e.g. a DM to the asker after the bot lost the channel).
   */
  retryDelivery(request: { id: string; at: Date; delivery?: DeliveryTarget }): Promise<boolean>;
  addAudit(event: AuditEvent): Promise<void>;
  /** Newest first; `excludeActions` leaves out e.g. page views ("view"). */
  listAudit(request: {
    questionId?: string;
    limit?: number;
    excludeActions?: string[];
  }): Promise<{ events: AuditEvent[] }>;
  countEvent(request: { kind: CountKind; surface: Surface; topic?: string; at?: Date }): Promise<void>;
  stats(request: { from: Date; to: Date }): Promise<QuestionStats>;
  /** Erases the display name and replaces the asker id with "erased" on every entry; counts stay. */
  eraseAsker(request: { askerId: string }): Promise<{ entries: number; names: number }>;
  /** Retention: blanks question, answers, context and identity of entries closed before `closedBefore`. */
  purge(request: { closedBefore: Date; now?: Date }): Promise<{ entries: number }>;
  readonly accounts: ConsoleAccounts;
  readonly faq: FaqStore;
  readonly groups: QuestionGroups;
  readonly organisations: OrganisationStore;
  readonly templates: ReplyTemplateStore;
  close(): Promise<void>;
}

/** Delivers a ministry answer back to where the question was asked. One adapter per surface. */
export interface Notifier {
  readonly surface: Surface;
  /** Throws TaiwaError "delivery_failed"; `isRetryable: false` when no retry can help (the bot left the channel).
   * `correction`: the answer replaces one delivered before, and says so (「訂正」). */
  deliver(request: { entry: QuestionEntry; answer: string; correction?: boolean }): Promise<{ deliveredAt: Date }>;
  /** Another way to reach the asker after this entry's route failed for good (Slack: their DM instead of the channel). */
  alternativeRoute?(entry: QuestionEntry): DeliveryRoute | undefined;
}

/** A route the console offers when delivery failed for good: the button's label and the target to deliver to. */
export interface DeliveryRoute {
  label: string;
  delivery: DeliveryTarget;
}

/** What a surface needs from the core: the answer, and a log entry when the answer is unresolved. */
export interface AskRequest {
  question: string;
  surface: Surface;
  /** Dedupe key for the chat event (Slack event_id, Teams activity id). */
  eventKey: string;
  workspaceId?: string;
  /** Organisation the surface mapped from the workspace (e.g. Slack team or Enterprise Grid id), when it knows one. */
  organisation?: string;
  asker: Asker;
  delivery?: DeliveryTarget;
  /** Earlier question in the thread. */
  context?: string;
  /** Narrows retrieval (document kinds, ids); passed through to the Answerer. */
  filter?: RetrievalFilter;
  signal?: AbortSignal;
  onPartial?: (text: string) => void;
}

export interface AskOutcome {
  answer: AnswerResult;
  /** The log entry's id when the question was logged for the ministry. Internal: never shown to askers. */
  questionId?: string;
  /** What askers see for a logged question (questionReference): opaque, unlike the id. */
  reference?: string;
  /** "queued" when the log store was down: the entry waits in the spool and is recorded on retry (no id yet). */
  logged?: "recorded" | "queued";
}

export interface FeedbackRequest {
  surface: Surface;
  eventKey: string;
  workspaceId?: string;
  /** Organisation the surface mapped from the workspace, when it knows one. */
  organisation?: string;
  asker: Asker;
  question: string;
  answer: AnswerResult | { answer: string; citations: Citation[]; topics?: string[] };
  kind: "thumbs-up" | "thumbs-down" | "escalated";
  userContext?: string;
  delivery?: DeliveryTarget;
}

/** Optional counters for operators (e.g. Prometheus); never carries question text. */
export interface AskMetrics {
  increment(name: CountKind | "spooled" | "spool-drained", labels?: Record<string, string>): void;
}

/** Resolves a workspace (Slack team id / Teams tenant id) to its organisation. */
export interface OrganisationDirectory {
  lookup(workspaceId: string | undefined): Promise<string | undefined>;
}

/** The one service every surface calls. */
export interface AskService {
  ask(request: AskRequest): Promise<AskOutcome>;
  feedback(
    request: FeedbackRequest,
  ): Promise<{ questionId?: string; reference?: string; logged?: "recorded" | "queued" }>;
}
