import type { QuestionEntry, QuestionQuery } from "../questions/types.ts";

/** The list's saved views. "inbox" (未対応 + 自分の担当) is where the console opens. */
export const VIEWS = ["inbox", "unassigned", "mine", "overdue", "all"] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  inbox: "未対応＋自分の担当",
  unassigned: "未割り当て",
  mine: "自分の担当",
  overdue: "期限超過",
  all: "すべて",
};

export function parseView(value: string | undefined): View {
  return (VIEWS as readonly string[]).includes(value ?? "") ? (value as View) : "inbox";
}

/** The query of a view for one signed-in official; queues show the longest-waiting first, すべて the newest. */
export function viewQuery(view: View, options: { login: string; now: Date; targetHours: number }): QuestionQuery {
  const waiting: QuestionQuery["status"] = ["open", "assigned"];
  switch (view) {
    case "inbox":
      return { status: waiting, assigneeOrUnassigned: options.login, order: "oldest" };
    case "unassigned":
      return { status: waiting, unassigned: true, order: "oldest" };
    case "mine":
      return { status: waiting, assignee: options.login, order: "oldest" };
    case "overdue":
      return { status: waiting, receivedBefore: overdueBefore(options), order: "oldest" };
    case "all":
      return { order: "newest" };
  }
}

export function overdueBefore(options: { now: Date; targetHours: number }): Date {
  return new Date(options.now.getTime() - options.targetHours * 3_600_000);
}

/** A view's query narrowed by the filter form: a chosen status must also be one the view shows. */
export function combine(view: QuestionQuery, filters: QuestionQuery): QuestionQuery {
  const status =
    view.status && filters.status ? view.status.filter((status) => filters.status?.includes(status)) : undefined;
  return {
    ...filters,
    ...view,
    status: status ?? filters.status ?? view.status,
    // An impossible combination (e.g. 回答済み in 自分の担当) matches nothing rather than everything.
    ...(status && status.length === 0 ? { receivedBefore: new Date(0) } : {}),
  };
}

export interface Waiting {
  /** 「2日 5時間」, or for answered questions the time it took. */
  label: string;
  overdue: boolean;
  /** The entry still waits for the ministry. */
  waiting: boolean;
}

export function formatHours(ms: number): string {
  const hours = Math.max(0, Math.floor(ms / 3_600_000));
  if (hours < 1) return `${Math.max(0, Math.floor(ms / 60_000))}分`;
  if (hours < 24) return `${hours}時間`;
  return `${Math.floor(hours / 24)}日 ${hours % 24}時間`;
}

/** How long an entry has waited for the ministry (or waited, once answered), against the answer target. */
export function waitingTime(entry: QuestionEntry, options: { now: Date; targetHours: number }): Waiting {
  const target = options.targetHours * 3_600_000;
  const waiting = entry.status === "open" || entry.status === "assigned";
  const end = waiting ? options.now : (entry.answeredAt ?? entry.closedAt ?? options.now);
  const ms = end.getTime() - entry.receivedAt.getTime();
  return { label: waiting ? formatHours(ms) : `回答まで ${formatHours(ms)}`, overdue: waiting && ms > target, waiting };
}
