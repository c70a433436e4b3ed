import { z } from "zod";
import type { Citation } from "../../rag/types.ts";
import type { DeliveryTarget, LogReason, QuestionEntry, QuestionStatus, Surface } from "../types.ts";
import type { SqlRow } from "./types.ts";

/** Entries joined with their asker's display name. */
export const ENTRY_SELECT =
  "SELECT q.*, a.display_name AS asker_display_name FROM questions q LEFT JOIN askers a ON a.asker_id = q.asker_id";

/** Entry ids are integers; anything else cannot name an entry. */
export function parseId(id: string): number | undefined {
  return /^\d{1,15}$/.test(id) ? Number(id) : undefined;
}

/** pg returns BIGINT as a string; SQLite as a number. */
export function toDate(value: unknown): Date | undefined {
  if (value === null || value === undefined) return undefined;
  return new Date(Number(value));
}

function optional(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

const deliverySchema = z.object({ surface: z.string(), data: z.record(z.string(), z.unknown()) });

function parseJson<T>(text: unknown, fallback: T): T {
  if (typeof text !== "string" || text === "") return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function rowToEntry(row: SqlRow): QuestionEntry {
  const delivery = deliverySchema.safeParse(parseJson<unknown>(row.delivery, undefined));
  const displayName = optional(row.asker_display_name);
  return {
    id: String(row.id),
    eventKey: String(row.event_key),
    surface: String(row.surface) as Surface,
    workspaceId: optional(row.workspace_id),
    organisation: optional(row.organisation),
    asker:
      displayName === undefined ? { askerId: String(row.asker_id) } : { askerId: String(row.asker_id), displayName },
    question: String(row.question),
    botAnswer: String(row.bot_answer),
    citations: parseJson<Citation[]>(row.citations, []),
    reason: String(row.reason) as LogReason,
    userContext: optional(row.user_context),
    topic: optional(row.topic),
    status: String(row.status) as QuestionStatus,
    assignee: optional(row.assignee),
    ministryAnswer: optional(row.ministry_answer),
    receivedAt: new Date(Number(row.received_at)),
    assignedAt: toDate(row.assigned_at),
    answeredAt: toDate(row.answered_at),
    deliveredAt: toDate(row.delivered_at),
    closedAt: toDate(row.closed_at),
    delivery: delivery.success ? (delivery.data as DeliveryTarget) : undefined,
    deliveryAttempts: Number(row.delivery_attempts ?? 0),
    deliveryError: optional(row.delivery_error),
    nextDeliveryAt: toDate(row.next_delivery_at),
    purgedAt: toDate(row.purged_at),
    answerVersion: Number(row.answer_version ?? 0),
    readAt: toDate(row.read_at),
    groupId: optional(row.group_id),
  };
}

const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;

/** Monday (JST) of the week holding `at`, as YYYY-MM-DD. */
export function weekStartJst(at: number): string {
  const day = Math.floor((at + JST_OFFSET_MS) / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is the number of days since Monday.
  const monday = day - ((day + 3) % 7);
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
}

/** YYYY-MM-DD in JST. */
export function dayJst(at: number): string {
  return new Date(at + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** LIKE pattern for a substring match, with %, _ and \ escaped (used with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
