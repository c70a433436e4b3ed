import type { AnswerResult, Citation } from "../rag/types.ts";

export type Surface = "slack" | "teams" | "web" | "cli";

export type QuestionStatus = "open" | "assigned" | "answered" | "closed";

/** Why a question reached the ministry's log. */
export type LogReason = "unresolved" | "thumbs-down" | "escalated";

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
  limit?: number;
  offset?: number;
}

/** The ministry's question log. Adapters: SQLite (embedded) and PostgreSQL. */
export interface QuestionLog {
  /** Idempotent on eventKey: returns the existing entry when the event was seen before. */
  record(entry: NewQuestionEntry): Promise<{ entry: QuestionEntry; created: boolean }>;
  get(id: string): Promise<QuestionEntry | undefined>;
  list(query: QuestionQuery): Promise<{ entries: QuestionEntry[]; total: number }>;
  close(): Promise<void>;
}

/** Delivers a ministry answer back to where the question was asked. One adapter per surface. */
export interface Notifier {
  readonly surface: Surface;
  deliver(request: { entry: QuestionEntry; answer: string }): Promise<{ deliveredAt: Date }>;
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
  signal?: AbortSignal;
  onPartial?: (text: string) => void;
}

export interface AskOutcome {
  answer: AnswerResult;
  /** The log entry's id when the question was logged for the ministry. */
  questionId?: string;
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

/** The one service every surface calls. */
export interface AskService {
  ask(request: AskRequest): Promise<AskOutcome>;
  feedback(request: FeedbackRequest): Promise<{ questionId?: string }>;
}
