import type { SlackRateLimits } from "./types.ts";

const WINDOW_MS = 60_000;
/** Beyond this many tracked users and workspaces, stale entries are swept before counting. */
const MAX_TRACKED_KEYS = 10_000;

/**
 * Sliding one-minute windows per user and per workspace, held in this process: with several replicas
 * each enforces the limit on the events it receives.
 */
export class SlackRateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limits: SlackRateLimits) {}

  /** Counts the question unless a limit is already reached; `limitedBy` says which. */
  take(request: { userKey: string; workspaceKey: string; now?: number }): {
    allowed: boolean;
    limitedBy?: "user" | "workspace";
  } {
    const now = request.now ?? Date.now();
    if (this.hits.size > MAX_TRACKED_KEYS) this.sweep(now);
    const user = this.recent(`u:${request.userKey}`, now);
    const workspace = this.recent(`w:${request.workspaceKey}`, now);
    if (user.length >= this.limits.perUserPerMinute) return { allowed: false, limitedBy: "user" };
    if (workspace.length >= this.limits.perWorkspacePerMinute) return { allowed: false, limitedBy: "workspace" };
    this.hits.set(`u:${request.userKey}`, [...user, now]);
    this.hits.set(`w:${request.workspaceKey}`, [...workspace, now]);
    return { allowed: true };
  }

  private sweep(now: number): void {
    for (const key of [...this.hits.keys()]) this.recent(key, now);
  }

  /** Hits within the window; keys with none left are forgotten, so idle users cost no memory. */
  private recent(key: string, now: number): number[] {
    const kept = (this.hits.get(key) ?? []).filter((time) => now - time < WINDOW_MS);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }
}
