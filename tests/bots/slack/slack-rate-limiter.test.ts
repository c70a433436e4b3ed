import { describe, expect, it } from "vitest";
import { SlackRateLimiter } from "../../../bots/slack/slack-rate-limiter.ts";

describe("SlackRateLimiter", () => {
  it("limits each user per minute, then lets them ask again after the window", () => {
    const limiter = new SlackRateLimiter({ perUserPerMinute: 2, perWorkspacePerMinute: 100 });
    const take = (now: number) => limiter.take({ userKey: "u1", workspaceKey: "T1", now });
    expect(take(0).allowed).toBe(true);
    expect(take(1_000).allowed).toBe(true);
    expect(take(2_000)).toEqual({ allowed: false, limitedBy: "user" });
    expect(limiter.take({ userKey: "u2", workspaceKey: "T1", now: 2_000 }).allowed).toBe(true);
    expect(take(60_001).allowed).toBe(true);
  });

  it("limits a whole workspace across its users", () => {
    const limiter = new SlackRateLimiter({ perUserPerMinute: 10, perWorkspacePerMinute: 3 });
    const results = ["a", "b", "c", "d"].map((user) => limiter.take({ userKey: user, workspaceKey: "T1", now: 0 }));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.limitedBy).toBe("workspace");
    expect(limiter.take({ userKey: "e", workspaceKey: "T2", now: 0 }).allowed).toBe(true);
  });
});
